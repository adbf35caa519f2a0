/**
 * Follows fenced code blocks (``` and ~~~) line by line: text inside them is an example, not the
 * entry's own. Lighter than the block tracker, and deliberately blind to lists and quotes.
 */
export class FenceTracker {
	private fence: string | undefined;

	/** Reads the next line: whether it opens, closes or lies inside a fenced code block. */
	inCode(line: string): boolean {
		const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (mark && (this.fence === undefined || (mark[0] === this.fence[0] && mark.length >= this.fence.length && line.trim() === mark))) {
			this.fence = this.fence === undefined ? mark : undefined;
			return true;
		}
		return this.fence !== undefined;
	}
}
