import type { TextPoint } from './textEdit';

// The s flag lets `.` take a U+2028 too: without it `$` fails there, and the backtracking is quadratic in a run of backticks.
const fencePattern = /^ {0,3}(`{3,}|~{3,})(.*)$/s;

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

/** Whether `code` is a space or a tab, the only blanks CommonMark knows. */
function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x09;
}

/**
 * Whether a line that starts with `code`, read at the top level outside every block but a paragraph,
 * can only be paragraph text: `code` is no blank and no marker of another block.
 */
function isPlainStart(code: number): boolean {
	switch (code) {
		case 0x20: case 0x09: case 0x23: case 0x60: case 0x7e: case 0x3c: case 0x3e: case 0x2d: case 0x2a: case 0x2b: case 0x5f: case 0x3d:
			return false;
		default:
			return code < 0x30 || code > 0x39;
	}
}

/** The tag names that open a CommonMark HTML block of type 6. */
const blockTagNames = 'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset'
	+ '|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol'
	+ '|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const attribute = '(?:\\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\\s*=\\s*(?:[^"\'=<>`\\x00-\\x20]+|\'[^\']*\'|"[^"]*"))?)';
const loneTag = `^(?:<[A-Za-z][A-Za-z0-9-]*${attribute}*\\s*\\/?>|<\\/[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*$`;

/**
 * CommonMark's seven kinds of HTML block, told by their first line as markdown-it tells them: types 1–5
 * end on the line that holds their `end`, types 6 and 7 before a blank line. The last, a line holding
 * just one open or close tag, cannot interrupt a paragraph.
 */
const htmlBlocks: readonly { readonly start: RegExp; readonly end?: RegExp }[] = [
	{ start: /^<(?:script|pre|style|textarea)(?=\s|>|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
	{ start: /^<!--/, end: /-->/ },
	{ start: /^<\?/, end: /\?>/ },
	{ start: /^<![A-Za-z]/, end: />/ },
	{ start: /^<!\[CDATA\[/, end: /\]\]>/ },
	{ start: new RegExp(`^</?(?:${blockTagNames})(?=\\s|/?>|$)`, 'i') },
	{ start: new RegExp(loneTag) },
];

/** Block quotes and list items nested deeper than this are read as text: it bounds the work per line. */
const maxDepth = 100;

/** A block quote or list item that the next line may continue. */
interface Container {
	/** Whether it is a block quote; else a list item. */
	readonly quote: boolean;
	/**
	 * A list item's content column, counted from the content column of the block quote around it (or
	 * from the line start); `Infinity` once the item can hold nothing more.
	 */
	indent: number;
	/** Whether a list item's marker line held nothing else, and no line has followed yet. */
	fresh: boolean;
}

/**
 * Follows a markdown text's block structure line by line as markdown-it reads it, so that a line scanner
 * can tell the headings at the top level from `#` lines inside fenced or indented code, HTML blocks of
 * CommonMark's seven kinds, block quotes and list items (with their lazy continuation lines), and see
 * which paragraphs a setext underline makes headings. One pass without look-ahead: each line is read
 * from its start only as far as its block markers go, and to its end only for a fence, a thematic break
 * or HTML. Link reference definitions are read as paragraphs.
 */
export class BlockTracker {
	private readonly containers: Container[] = [];
	/** The leaf block open in the innermost container. */
	private leaf: 'none' | 'paragraph' | 'fence' | 'code' | 'html' = 'none';
	/** The open fence's character and length. */
	private fenceCode = 0;
	private fenceLength = 0;
	/** What a line holds that ends the open HTML block; `undefined` when a blank line ends it. */
	private htmlEnd: RegExp | undefined;
	/** The number of the line read last, counted from 0. */
	private lineNumber = -1;
	/** The line on which the paragraph open at the top level started, or -1. */
	private paragraphStart = -1;
	/** The line on which the heading found last starts. */
	private headingLine = -1;
	/** Whether the line read last belongs to a container, code or HTML. */
	private inner = false;
	// The line being read: its text and end; the next offset to read and the column its character starts
	// at; the column reached, past that start when part of a tab is taken; the offset and column of the
	// first character from there that is not blank; the content column of the innermost block quote.
	private text = '';
	private end = 0;
	private pos = 0;
	private posColumn = 0;
	private column = 0;
	private first = 0;
	private firstColumn = 0;
	private quoteColumn = 0;
	// Just past where a thematic break test with `breakMark` failed on the line: a test with that mark starting later, before there, fails too.
	private breakMark = 0;
	private breakFailure = 0;

	/** The line number (from 0, the first line read) on which the heading {@link read} returned last starts: a setext heading starts at its text. */
	get headingStart(): number {
		return this.headingLine;
	}

	/** The line number on which the paragraph open at the top level started, or -1 when none is open. */
	get paragraphLine(): number {
		return this.paragraphStart;
	}

	/** Reads `line`, the next line of the text: whether it belongs to code, raw HTML, a block quote or a list item. */
	consume(line: string): boolean {
		this.read(line);
		return this.inner;
	}

	/**
	 * Reads the next line of the text, `text` from `start` to `end` without its line break (a last `\r` is
	 * left out): the level of the top-level heading that ends on it, an ATX heading or a setext underline;
	 * else 0.
	 */
	read(text: string, start = 0, end = text.length): number {
		this.lineNumber++;
		if (end > start && text.charCodeAt(end - 1) === 0x0d) {
			end--;
		}
		this.inner = true;
		// Most lines of most texts: paragraph text or an empty line, at the top level.
		if (this.containers.length === 0 && (this.leaf === 'none' || this.leaf === 'paragraph')) {
			if (start === end) {
				this.closeParagraph();
				this.inner = false;
				return 0;
			}
			if (isPlainStart(text.charCodeAt(start))) {
				this.startParagraph();
				return 0;
			}
		}
		this.text = text;
		this.end = end;
		this.pos = start;
		this.posColumn = 0;
		this.column = 0;
		this.quoteColumn = 0;
		this.breakMark = 0;
		this.findText();
		const matched = this.matchContainers();
		if (matched < this.containers.length) {
			if (this.first < this.end && this.leaf === 'paragraph' && !this.endsLazyParagraph(matched)) {
				return 0;
			}
			this.containers.length = matched;
			this.leaf = 'none';
		}
		const blank = this.first >= this.end;
		const indent = this.firstColumn - this.column;
		switch (this.leaf) {
			case 'fence':
				if (!blank && indent < 4 && this.closesFence()) {
					this.leaf = 'none';
				}
				return 0;
			case 'html':
				if (this.htmlEnd ? this.htmlEnd.test(this.text.slice(this.first, this.end)) : blank) {
					this.leaf = 'none';
				}
				return 0;
			case 'code':
				if (blank || indent >= 4) {
					return 0;
				}
				this.leaf = 'none';
				break;
			case 'paragraph': {
				if (blank) {
					this.closeParagraph();
					break;
				}
				const level = indent >= 4 ? 0 : this.setextLevel();
				if (level > 0) {
					const top = this.containers.length === 0;
					this.headingLine = this.paragraphStart;
					this.closeParagraph();
					this.inner = !top;
					return top ? level : 0;
				}
				if (indent >= 4 || !this.interrupts('paragraph')) {
					this.inner = this.containers.length > 0;
					return 0;
				}
				this.closeParagraph();
				break;
			}
			case 'none':
				break;
		}
		return this.startBlocks();
	}

	/** Opens blocks on the rest of the line, in markdown-it's order: containers, then one leaf. */
	private startBlocks(): number {
		for (;;) {
			if (this.first >= this.end) {
				this.inner = this.containers.length > 0;
				return 0;
			}
			if (this.firstColumn - this.column >= 4) {
				this.leaf = 'code';
				return 0;
			}
			const code = this.text.charCodeAt(this.first);
			const run = this.fenceRun();
			if (run > 0) {
				this.leaf = 'fence';
				this.fenceCode = code;
				this.fenceLength = run;
				return 0;
			}
			const deeper = this.containers.length < maxDepth;
			if (code === 0x3e && deeper) {
				this.containers.push({ quote: true, indent: 0, fresh: false });
				this.takeQuoteMarker();
				continue;
			}
			if (this.isThematicBreak()) {
				this.inner = this.containers.length > 0;
				return 0;
			}
			const marker = deeper ? this.listMarkerEnd() : -1;
			if (marker !== -1) {
				this.openListItem(marker);
				continue;
			}
			const html = this.htmlType(true);
			if (html !== -1) {
				this.htmlEnd = htmlBlocks[html].end;
				this.leaf = this.htmlEnd?.test(this.text.slice(this.first, this.end)) ? 'none' : 'html';
				return 0;
			}
			const level = this.atxLevel();
			if (level > 0) {
				if (this.containers.length > 0) {
					return 0;
				}
				this.headingLine = this.lineNumber;
				this.inner = false;
				return level;
			}
			this.startParagraph();
			return 0;
		}
	}

	/** Continues the open containers that the line continues, taking their markers; how many it continues. */
	private matchContainers(): number {
		for (let at = 0; at < this.containers.length; at++) {
			const container = this.containers[at];
			const blank = this.first >= this.end;
			if (container.quote) {
				// markdown-it takes a ">" however far it is indented, once the list items around it go on.
				if (blank || this.text.charCodeAt(this.first) !== 0x3e) {
					return at;
				}
				this.takeQuoteMarker();
			} else if (blank) {
				// A list item may start with one blank line, not two.
				if (container.fresh) {
					container.indent = Infinity;
				}
			} else if (this.firstColumn - this.quoteColumn >= container.indent) {
				this.column = this.quoteColumn + container.indent;
			} else {
				return at;
			}
			container.fresh = false;
		}
		return this.containers.length;
	}

	/**
	 * Whether the line, which continues only the first `matched` containers, ends the paragraph open in the
	 * innermost one rather than continuing it lazily, as markdown-it decides it. The level around the first
	 * block quote not continued asks first: there 4 columns of indentation make code. When that quote is
	 * inside list items not continued, the innermost of them asks instead, at its own indentation, which
	 * the line is short of: any block may start, but a list marker 4 columns past the list it would join is
	 * text. Block quotes further in ask again and see the line as outdented: any block start ends them.
	 */
	private endsLazyParagraph(matched: number): boolean {
		let quote = matched;
		while (quote < this.containers.length && !this.containers[quote].quote) {
			quote++;
		}
		for (let deeper = quote + 1; deeper < this.containers.length; deeper++) {
			if (this.containers[deeper].quote) {
				return this.interrupts('any');
			}
		}
		if (quote === matched) {
			return this.firstColumn - this.column < 4 && this.interrupts('any');
		}
		const parent = quote >= 2 ? this.containers[quote - 2] : undefined;
		const listColumn = this.quoteColumn + (parent && !parent.quote ? parent.indent : 0);
		return this.interrupts(this.firstColumn - listColumn >= 4 ? 'none' : 'any');
	}

	/**
	 * Whether the line's text starts a block that ends a paragraph: a fence, block quote, thematic break,
	 * ATX heading, HTML block of types 1–6, or a list item unless `list` is `'none'`; with `'paragraph'`,
	 * only one that may interrupt a paragraph it would otherwise continue: not empty, and if ordered, at 1.
	 */
	private interrupts(list: 'paragraph' | 'any' | 'none'): boolean {
		if (this.text.charCodeAt(this.first) === 0x3e || this.fenceRun() > 0 || this.isThematicBreak() || this.atxLevel() > 0 || this.htmlType(false) !== -1) {
			return true;
		}
		const after = list === 'none' ? -1 : this.listMarkerEnd();
		if (after === -1 || list === 'any') {
			return after !== -1;
		}
		let at = after;
		while (at < this.end && isBlank(this.text.charCodeAt(at))) {
			at++;
		}
		return at < this.end && (after === this.first + 1 || Number(this.text.slice(this.first, after - 1)) === 1);
	}

	/** Sets `first` and `firstColumn` to the first character from `pos` that is not blank. */
	private findText(): void {
		let at = this.pos;
		let column = this.posColumn;
		for (; at < this.end; at++) {
			const code = this.text.charCodeAt(at);
			if (code === 0x20) {
				column++;
			} else if (code === 0x09) {
				column += 4 - (column % 4);
			} else {
				break;
			}
		}
		this.first = at;
		this.firstColumn = column;
	}

	/** Takes the `>` at `first` and one blank after it: a tab gives one of its columns. */
	private takeQuoteMarker(): void {
		this.pos = this.first + 1;
		this.posColumn = this.firstColumn + 1;
		this.column = this.posColumn;
		const next = this.pos < this.end ? this.text.charCodeAt(this.pos) : 0;
		if (next === 0x20) {
			this.pos++;
			this.posColumn++;
			this.column++;
		} else if (next === 0x09) {
			this.column++;
		}
		this.quoteColumn = this.column;
		this.findText();
	}

	/** Opens a list item whose marker ends at `after`: its content starts 1–4 columns past the marker. */
	private openListItem(after: number): void {
		const markerEnd = this.firstColumn + after - this.first;
		this.pos = after;
		this.posColumn = markerEnd;
		this.column = markerEnd;
		this.findText();
		const blank = this.first >= this.end;
		const gap = blank || this.firstColumn - markerEnd > 4 ? 1 : this.firstColumn - markerEnd;
		this.containers.push({ quote: false, indent: markerEnd + gap - this.quoteColumn, fresh: blank });
		this.column = markerEnd + gap;
	}

	/** The offset just past a list marker (`-`, `*`, `+`, `1.`, `1)`) at the line's text, else -1. */
	private listMarkerEnd(): number {
		const code = this.text.charCodeAt(this.first);
		let at = this.first + 1;
		if (code !== 0x2d && code !== 0x2a && code !== 0x2b) {
			at = this.first;
			while (at < this.end && at - this.first < 9 && this.text.charCodeAt(at) >= 0x30 && this.text.charCodeAt(at) <= 0x39) {
				at++;
			}
			const close = at < this.end ? this.text.charCodeAt(at) : 0;
			if (at === this.first || (close !== 0x2e && close !== 0x29)) {
				return -1;
			}
			at++;
		}
		return at === this.end || isBlank(this.text.charCodeAt(at)) ? at : -1;
	}

	/** The length of the run of backticks or tildes that opens a fence at the line's text, else 0. */
	private fenceRun(): number {
		const code = this.text.charCodeAt(this.first);
		if (code !== 0x60 && code !== 0x7e) {
			return 0;
		}
		let at = this.first;
		while (at < this.end && this.text.charCodeAt(at) === code) {
			at++;
		}
		const run = at - this.first;
		if (run < 3) {
			return 0;
		}
		// A backtick fence's info string may hold no backtick: "```x```" is inline code.
		for (; code === 0x60 && at < this.end; at++) {
			if (this.text.charCodeAt(at) === 0x60) {
				return 0;
			}
		}
		return run;
	}

	/** Whether the line's text closes the open fence: a run as long or longer of its character, then blanks. */
	private closesFence(): boolean {
		let at = this.first;
		while (at < this.end && this.text.charCodeAt(at) === this.fenceCode) {
			at++;
		}
		if (at - this.first < this.fenceLength) {
			return false;
		}
		while (at < this.end && isBlank(this.text.charCodeAt(at))) {
			at++;
		}
		return at === this.end;
	}

	/** Whether the line's text is a thematic break: three or more `*`, `-` or `_`, and blanks. */
	private isThematicBreak(): boolean {
		const mark = this.text.charCodeAt(this.first);
		if ((mark !== 0x2a && mark !== 0x2d && mark !== 0x5f) || (mark === this.breakMark && this.first < this.breakFailure)) {
			return false;
		}
		let count = 0;
		let at = this.first;
		for (; at < this.end; at++) {
			const code = this.text.charCodeAt(at);
			if (code === mark) {
				count++;
			} else if (!isBlank(code)) {
				break;
			}
		}
		if (at === this.end && count >= 3) {
			return true;
		}
		// Nested list markers ("- - - x") would otherwise read the rest of the line once per item.
		this.breakMark = mark;
		this.breakFailure = at + 1;
		return false;
	}

	/** The index in {@link htmlBlocks} of the HTML block the line's text opens, else -1; `loneTag` admits type 7. */
	private htmlType(loneTag: boolean): number {
		if (this.text.charCodeAt(this.first) !== 0x3c) {
			return -1;
		}
		const line = this.text.slice(this.first, this.end);
		const kinds = loneTag ? htmlBlocks.length : htmlBlocks.length - 1;
		for (let type = 0; type < kinds; type++) {
			if (htmlBlocks[type].start.test(line)) {
				return type;
			}
		}
		return -1;
	}

	/** The level of the ATX heading the line's text is (one to six `#`, then a blank or the end), else 0. */
	private atxLevel(): number {
		let at = this.first;
		while (at < this.end && at - this.first < 7 && this.text.charCodeAt(at) === 0x23) {
			at++;
		}
		const level = at - this.first;
		return level > 0 && level <= 6 && (at === this.end || isBlank(this.text.charCodeAt(at))) ? level : 0;
	}

	/** The level of the setext heading the line's text underlines, a run of `=` (1) or `-` (2) and blanks, else 0. */
	private setextLevel(): number {
		const mark = this.text.charCodeAt(this.first);
		if (mark !== 0x3d && mark !== 0x2d) {
			return 0;
		}
		let at = this.first;
		while (at < this.end && this.text.charCodeAt(at) === mark) {
			at++;
		}
		while (at < this.end && isBlank(this.text.charCodeAt(at))) {
			at++;
		}
		return at === this.end ? (mark === 0x3d ? 1 : 2) : 0;
	}

	/** Makes the line paragraph text: a new paragraph unless one is open. */
	private startParagraph(): void {
		if (this.leaf !== 'paragraph') {
			this.leaf = 'paragraph';
			this.paragraphStart = this.containers.length === 0 ? this.lineNumber : -1;
		}
		this.inner = this.containers.length > 0;
	}

	/** Closes the open paragraph. */
	private closeParagraph(): void {
		this.leaf = 'none';
		this.paragraphStart = -1;
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
