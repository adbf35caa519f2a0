import * as assert from 'node:assert/strict';

/**
 * The fastest of up to `attempts` runs of `run`, in milliseconds. It stops as soon as one run takes no
 * longer than `enoughMs`: a linear scan gets several chances at a quiet moment of a shared machine,
 * a quadratic one stays slow on every try.
 */
export function fastest(run: () => void, enoughMs: number, attempts = 7): number {
	let best = Infinity;
	for (let attempt = 0; attempt < attempts && best > enoughMs; attempt++) {
		const started = performance.now();
		run();
		best = Math.min(best, performance.now() - started);
	}
	return best;
}

/**
 * Asserts that `run` reads each shape in linear time: under 2 s for `size` characters (the best of
 * three runs), and 4× the text in under 12× that time (quadratic would be 16×) plus 100 ms for a
 * shared machine's noise, in the best of up to seven runs.
 */
export function assertLinearTime(size: number, run: (text: string) => void, shapes: readonly [name: string, make: (length: number) => string][]): void {
	for (const [name, make] of shapes) {
		const short = make(size);
		const long = make(4 * size);
		const shortMs = fastest(() => run(short), 0, 3);
		assert.ok(shortMs < 2000, `${name}: ${shortMs.toFixed(0)} ms for ${size} characters`);
		const limit = 12 * shortMs + 100;
		const longMs = fastest(() => run(long), limit);
		assert.ok(longMs < limit, `${name}: ${longMs.toFixed(0)} ms for 4× the text, ${shortMs.toFixed(0)} ms for 1×`);
	}
}
