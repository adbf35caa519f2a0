import * as assert from 'node:assert/strict';

/** The fastest of three runs of `run`, in milliseconds; it stops early once a run takes longer than `limit`. */
export function fastest(run: () => void, limit: number): number {
	let best = Infinity;
	for (let attempt = 0; attempt < 3 && (attempt === 0 || best <= limit); attempt++) {
		const started = performance.now();
		run();
		best = Math.min(best, performance.now() - started);
	}
	return best;
}

/**
 * Asserts that `run` reads each shape in linear time: under 2 s for `size` characters, and 4× the
 * text in under 12× the time (quadratic would be 16×), plus 100 ms for a shared machine's noise,
 * in the best of up to three tries.
 */
export function assertLinearTime(size: number, run: (text: string) => void, shapes: readonly [name: string, make: (length: number) => string][]): void {
	for (const [name, make] of shapes) {
		const short = make(size);
		const long = make(4 * size);
		const shortMs = fastest(() => run(short), 2000);
		assert.ok(shortMs < 2000, `${name}: ${shortMs.toFixed(0)} ms for ${size} characters`);
		// Up to three tries, stopping at the first under the limit: one pause of a loaded machine does not fail it, a quadratic parse still does.
		const limit = 12 * shortMs + 100;
		let longMs = Infinity;
		for (let attempt = 0; attempt < 3 && longMs >= limit; attempt++) {
			longMs = Math.min(longMs, fastest(() => run(long), 0));
		}
		assert.ok(longMs < limit, `${name}: ${longMs.toFixed(0)} ms for 4× the text, ${shortMs.toFixed(0)} ms for 1×`);
	}
}
