/** A stretch of a text, by offsets. */
export interface TextRange {
	/** Offset where it starts. */
	readonly start: number;
	/** Offset just past its end. */
	readonly end: number;
}

/**
 * A change to a text: the range is replaced by `text`; `start` equal to `end` is an insertion.
 * Every core function that proposes an edit returns these, as offsets into the text it was given;
 * the extension turns them into a `WorkspaceEdit` in one place (src/adapters/textEdits.ts).
 */
export interface TextEdit extends TextRange {
	/** The new text. */
	readonly text: string;
}

/** A point in a text: an offset and the zero-based line it is on. */
export interface TextPoint {
	/** Offset in the text. */
	readonly offset: number;
	/** Line of the offset, counting `\r\n`, `\r` and `\n` as one break each, as markdown-it does. */
	readonly line: number;
}

/** Whether `offset` lies in `range`, either end included (a cursor just past a word is on it). */
export function rangeHolds(range: TextRange, offset: number): boolean {
	return range.start <= offset && offset <= range.end;
}

/** The offset at which each line of `text` starts; line breaks are `\r\n`, `\r` or `\n`. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
			starts.push(at + 1);
		}
	}
	return starts;
}

/** How many `\n` line breaks come before `offset`: the zero-based line it is on in a file with `\n` or `\r\n` endings. */
export function lineOfOffset(text: string, offset: number): number {
	let lines = 0;
	for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
		lines++;
	}
	return lines;
}

/** `text` with `edits` applied; the edits are offsets into `text` and must not overlap. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
	let result = text;
	for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
		result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
	}
	return result;
}
