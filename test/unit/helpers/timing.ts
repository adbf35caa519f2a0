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
