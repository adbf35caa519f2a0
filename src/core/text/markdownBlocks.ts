import type { TextPoint } from './textEdit';

// The s flag lets `.` take a U+2028 too: without it `$` fails there, and the backtracking is quadratic in a run of backticks.
const fencePattern = /^ {0,3}(`{3,}|~{3,})(.*)$/s;
const commentStartPattern = /^ {0,3}<!--/;

/** The lines of `text`, split on any line break. */
export function splitLines(text: string): string[] {
	return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/**
 * The character code after up to three spaces from `start` (a line's start): where a fence, comment
 * or heading marker must be.
 */
export function markerCode(text: string, start: number): number {
	let at = start;
	while (at < start + 3 && text.charCodeAt(at) === 0x20) {
		at++;
	}
	return text.charCodeAt(at);
}

/** Whether a {@link markerCode} may start a fence (`` ` ``, `~`), a comment (`<`) or a heading (`#`). */
export function isMarker(code: number): boolean {
	return code === 0x60 || code === 0x7e || code === 0x3c || code === 0x23;
}

/**
 * Follows fenced code and HTML comment blocks line by line, so that a line scanner
 * does not mistake `### x` inside a code sample or a comment for a heading.
 */
export class BlockTracker {
	private fence: string | undefined;
	private inComment = false;

	/** Whether the last line left a fence or a comment block open. */
	get inBlock(): boolean {
		return this.fence !== undefined || this.inComment;
	}

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
		const marker = markerCode(line, 0);
		// Most lines open nothing: only "`", "~" and "<" can start a fence or a comment.
		if (marker !== 0x60 && marker !== 0x7e && marker !== 0x3c) {
			return false;
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

/** Raw HTML blocks that, unlike the others, may run on past a blank line (CommonMark types 1, 3, 4 and 5). */
const spanningHtmlPattern = /^<(?:(?:script|pre|style|textarea)(?:[ \t>]|$)|\?|![A-Za-z]|!\[CDATA\[)/i;

/**
 * The latest line start at or before `limit` from which a CommonMark block parse of `text` reads the
 * same as from the start: a line at column 0 that starts with `#`, after a blank line, outside fenced
 * code, HTML comments and raw HTML blocks. Such a line closes every list and block quote, so no
 * block above it reaches below it. Anything the scan is not sure of (an indented fence or comment,
 * a `<pre>` or `<script>` block) ends the search, so the answer is safe; it is often the text's start.
 */
export function blockBoundaryBefore(text: string, limit: number): TextPoint {
	let best: TextPoint = { offset: 0, line: 0 };
	let fence: string | undefined;
	let inComment = false;
	let previousBlank = true;
	// The next carriage return at or after the line start, looked for again only once passed: one search per line would be quadratic.
	let carriage = text.indexOf('\r');
	for (let start = 0, line = 0; start <= limit && start < text.length; line++) {
		let end = text.indexOf('\n', start);
		if (carriage !== -1 && carriage < start) {
			carriage = text.indexOf('\r', start);
		}
		if (end === -1 || (carriage !== -1 && carriage < end)) {
			end = carriage === -1 ? text.length : carriage;
		}
		const content = text.slice(start, end);
		if (fence) {
			const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
			if (close && close[1][0] === fence[0] && close[1].length >= fence.length) {
				fence = undefined;
			}
		} else if (inComment) {
			inComment = !content.includes('-->');
		} else {
			const marker = markerCode(content, 0);
			if (content.charCodeAt(0) === 0x23 && previousBlank) {
				best = { offset: start, line };
			} else if (marker === 0x60 || marker === 0x7e || marker === 0x3c) {
				const open = fencePattern.exec(content);
				const opensFence = open !== null && !(open[1][0] === '`' && open[2].includes('`'));
				// An indented fence or tag may belong to a list item and end before the scan would think it does.
				if (marker !== content.charCodeAt(0) ? opensFence || marker === 0x3c : spanningHtmlPattern.test(content)) {
					break;
				}
				if (opensFence) {
					fence = open[1];
				} else if (content.startsWith('<!--')) {
					inComment = !content.includes('-->');
				}
			}
		}
		previousBlank = /^[ \t]*$/.test(content);
		start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
	}
	return best;
}
