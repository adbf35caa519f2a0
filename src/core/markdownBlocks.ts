const fencePattern = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const commentStartPattern = /^ {0,3}<!--/;

/** The lines of `text`, split on any line break. */
export function splitLines(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}

/**
 * Follows fenced code and HTML comment blocks line by line, so that a line scanner
 * does not mistake `### x` inside a code sample or a comment for a heading.
 */
export class BlockTracker {
	private fence: string | undefined;
	private inComment = false;

	/** Whether `line`, the next line of the text, belongs to a code fence or a comment block. */
	consume(line: string): boolean {
		if (this.fence) {
			const close = fencePattern.exec(line);
			if (close && close[1][0] === this.fence[0] && close[1].length >= this.fence.length && close[2].trim() === '') {
				this.fence = undefined;
			}
			return true;
		}
		if (this.inComment) {
			this.inComment = !line.includes('-->');
			return true;
		}
		const open = fencePattern.exec(line);
		// A backtick fence's info string may not hold a backtick; "```x```" is inline code.
		if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
			this.fence = open[1];
			return true;
		}
		if (commentStartPattern.test(line)) {
			this.inComment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
			return true;
		}
		return false;
	}
}
