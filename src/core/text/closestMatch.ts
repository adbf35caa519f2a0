/**
 * How many single-character insertions, deletions, substitutions or swaps of two neighbours
 * turn `a` into `b` (the optimal string alignment distance).
 */
export function editDistance(a: string, b: string): number {
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, beforePrevious[j - 2] + 1);
			}
			current.push(best);
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length];
}

/**
 * `candidates` ordered closest to `word` first, ignoring case: those that start with `word`
 * (or that `word` starts with) come first, so `reorg` finds `reorganization`; then by edit distance.
 * Ties keep the candidates' order.
 */
export function byCloseness(word: string, candidates: readonly string[]): string[] {
	const typed = word.trim().toLowerCase();
	const ranked = candidates.map((candidate, order) => {
		const lower = candidate.toLowerCase();
		const prefix = typed !== '' && (lower.startsWith(typed) || typed.startsWith(lower));
		return { candidate, order, prefix, distance: editDistance(typed, lower) };
	});
	ranked.sort((a, b) => Number(b.prefix) - Number(a.prefix) || a.distance - b.distance || a.order - b.order);
	return ranked.map(item => item.candidate);
}
