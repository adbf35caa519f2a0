/** How a Logseq marker leaves its task: still open, done, or cancelled. */
export type MarkerState = 'open' | 'done' | 'cancelled';

const markerStates: Readonly<Record<string, MarkerState>> = {
	TODO: 'open', DOING: 'open', LATER: 'open', NOW: 'open', DONE: 'done', CANCELED: 'cancelled', CANCELLED: 'cancelled',
};

/** A Logseq task item's text: its marker, an optional `[#A]` priority, and the rest. */
const logseqTask = /^(TODO|DOING|LATER|NOW|DONE|CANCELED|CANCELLED)[ \t]+(?:\[#([ABC])\][ \t]*)?(.*)$/s;
/** A marker anywhere, for the pre-scan; a match inside a word (`KNOW `) is then refused for not starting the item's text. */
const anyMarker = /(?:TODO|DOING|LATER|NOW|DONE|CANCELED|CANCELLED)[ \t]/g;
const priorities = { A: 'high', B: 'medium', C: 'low' } as const;

/** A Logseq task read from a list item's text. */
export interface LogseqTask {
	/** What its marker says. */
	readonly state: MarkerState;
	/** Its `[#A]`, `[#B]` or `[#C]` priority, as Obsidian Tasks names them. */
	readonly priority?: 'high' | 'medium' | 'low';
	/** The text after the marker and priority. */
	readonly rest: string;
}

/** Reads a list item's text as a Logseq task (`TODO Call Ana`, `DONE [#A] Ship it`), or `undefined`. */
export function readLogseqTask(content: string): LogseqTask | undefined {
	const match = logseqTask.exec(content);
	if (!match) {
		return undefined;
	}
	const priority = match[2] === undefined ? undefined : priorities[match[2] as keyof typeof priorities];
	return { state: markerStates[match[1]], ...(priority ? { priority } : {}), rest: match[3] };
}

/** The length of the Logseq marker at `at` in `text`, or 0 when none is there. */
export function markerLength(text: string, at: number): number {
	const match = /^(?:TODO|DOING|LATER|NOW|DONE|CANCELED|CANCELLED)(?=[ \t])/.exec(text.slice(at, at + 10));
	return match ? match[0].length : 0;
}

function isLineBreak(code: number): boolean {
	return code === 0x0a || code === 0x0d;
}

/**
 * The start of the first line whose list item text starts with a Logseq marker, or -1. `textOffset`
 * gives, for a line start, where an item's text starts on that line (-1 for none). Linear: only a
 * line's first marker is tested (the text's start comes before any other), and each character is
 * passed at most twice, once looking for a line's start and once for its end.
 */
export function firstMarkerLine(body: string, textOffset: (lineStart: number) => number): number {
	let lineEnd = 0;
	anyMarker.lastIndex = 0;
	for (let match = anyMarker.exec(body); match; match = anyMarker.exec(body)) {
		if (match.index < lineEnd) {
			continue;
		}
		let lineStart = match.index;
		while (lineStart > lineEnd && !isLineBreak(body.charCodeAt(lineStart - 1))) {
			lineStart--;
		}
		if (textOffset(lineStart) === match.index) {
			return lineStart;
		}
		lineEnd = match.index;
		while (lineEnd < body.length && !isLineBreak(body.charCodeAt(lineEnd))) {
			lineEnd++;
		}
	}
	return -1;
}
