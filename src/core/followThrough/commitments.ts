import { blockParser } from '../text/blockParser';
import { blockBoundaryBefore } from '../text/markdownBlocks';
import { detached } from '../text/textFile';
import type { Commitment } from '../model/entry';
import { firstMarkerLine, readLogseqTask, type MarkerState } from './logseqTasks';
import { readTaskFields } from './taskFields';

/** Longest action text kept in the index; longer ones are cut with an ellipsis. */
const maxActionLength = 200;

const taskPattern = /^\[([ xX/-])\][ \t]+(.*)$/s;
/** What a box says: `[ ]` and Obsidian's in-progress `[/]` are open, `[-]` is cancelled. */
const boxStates: Readonly<Record<string, MarkerState>> = { ' ': 'open', '/': 'open', x: 'done', X: 'done', '-': 'cancelled' };
const ownerPattern = /(?:^|\s)@([\p{L}\p{N}][\p{L}\p{N}._-]*)/u;


/**
 * `text` with each run of white space made one space, trimmed, and cut to {@link maxActionLength}
 * characters with an ellipsis. Word by word, stopping once the cut is reached: a long item costs
 * no more than reading up to its cut.
 */
function shownAction(text: string): string {
	const words = /\S+/g;
	let shown = '';
	for (let word = words.exec(text); word && shown.length <= maxActionLength; word = words.exec(text)) {
		shown += shown === '' ? word[0] : ` ${word[0]}`;
	}
	return shown.length > maxActionLength ? `${shown.slice(0, maxActionLength - 1)}…` : shown;
}

/** Reads one task item's text, in any of the task syntaxes: its state, owner, dates and action. */
function readTask(content: string, line: number): Commitment | undefined {
	const box = taskPattern.exec(content);
	const logseq = box ? undefined : readLogseqTask(content);
	if (!box && !logseq) {
		return undefined;
	}
	const state = box ? boxStates[box[1]] : logseq!.state;
	const fields = readTaskFields(box ? box[2] : logseq!.rest, logseq ? 'logseq' : undefined);
	const owner = ownerPattern.exec(fields.text)?.[1];
	const text = shownAction(owner ? fields.text.replace(ownerPattern, ' ') : fields.text);
	const cancelled = state === 'cancelled' || (state === 'open' && fields.cancelled);
	const priority = fields.values.priority ?? logseq?.priority;
	return {
		line, text: detached(text), done: state === 'done', ...(cancelled ? { cancelled } : {}),
		...(owner ? { owner: detached(owner) } : {}), ...fields.values, ...(priority ? { priority } : {}),
	};
}

/** Whether `code` is a space or a tab. */
function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x09;
}

/** Whether a check box (`[ ]`, `[x]`, `[X]`, Obsidian's `[/]` and `[-]`) starts at offset `at`. */
function isBox(text: string, at: number): boolean {
	const mark = text.charCodeAt(at + 1);
	return text.charCodeAt(at) === 0x5b && text.charCodeAt(at + 2) === 0x5d && (mark === 0x20 || mark === 0x78 || mark === 0x58 || mark === 0x2f || mark === 0x2d);
}

/** Whether the line before the one starting at `lineStart` ends in what may be a list marker (`-`, `*`, `+`, `1.`, `1)`), blanks aside. */
function markerEndsLineAbove(text: string, lineStart: number): boolean {
	let at = lineStart - (text.charCodeAt(lineStart - 1) === 0x0a && text.charCodeAt(lineStart - 2) === 0x0d ? 3 : 2);
	while (at >= 0 && isBlank(text.charCodeAt(at))) {
		at--;
	}
	const code = text.charCodeAt(at);
	return code === 0x2d || code === 0x2a || code === 0x2b || code === 0x2e || code === 0x29;
}

/**
 * Where a list item's text may start on the line starting at `lineStart`, else -1: after nothing but
 * blanks, block quote markers (`>`) and list markers (`- `, `* `, `+ `, `1. `, `1) `), with a list marker
 * among them or ending the line above (an item's text may start on the line after its marker). Only the
 * line's start is read: every line on which markdown-it finds a list item's text passes, and a few that
 * it does not (`- > [ ] x`), which the parser then leaves out.
 */
export function itemTextOffset(text: string, lineStart: number): number {
	let at = lineStart;
	let marker = false;
	for (;;) {
		while (isBlank(text.charCodeAt(at))) {
			at++;
		}
		const code = text.charCodeAt(at);
		if (code === 0x3e) {
			at++;
			continue;
		}
		let after = at;
		if (code === 0x2d || code === 0x2a || code === 0x2b) {
			after++;
		} else {
			while (after - at < 9 && text.charCodeAt(after) >= 0x30 && text.charCodeAt(after) <= 0x39) {
				after++;
			}
			const close = text.charCodeAt(after);
			after = after > at && (close === 0x2e || close === 0x29) ? after + 1 : at;
		}
		if (after === at || !isBlank(text.charCodeAt(after))) {
			break;
		}
		at = after;
		marker = true;
	}
	return marker || markerEndsLineAbove(text, lineStart) ? at : -1;
}

/** The offset of the check box on the line starting at `lineStart` when the line may open a task item ({@link itemTextOffset}), else -1. */
export function taskBoxOffset(text: string, lineStart: number): number {
	const at = itemTextOffset(text, lineStart);
	return at !== -1 && isBox(text, at) ? at : -1;
}

/**
 * The start of the first line that holds a check box, when some line may open a task item
 * ({@link taskBoxOffset}); else -1, and the entry skips the markdown parser. One pass: a scan for `[`,
 * as few lines hold one; each line's start is read once, for its first box, and no character twice
 * in the search for line starts.
 */
function firstTaskBoxLine(body: string): number {
	let first = -1;
	// The start of the line holding the last box; no line break lies between `scanned` and that box.
	let lineStart = 0;
	let scanned = 0;
	let tested = -1;
	for (let at = body.indexOf('['); at !== -1; at = body.indexOf('[', at + 1)) {
		if (!isBox(body, at)) {
			continue;
		}
		for (let back = at; back > scanned; back--) {
			const code = body.charCodeAt(back - 1);
			if (code === 0x0a || code === 0x0d) {
				lineStart = back;
				break;
			}
		}
		scanned = at;
		if (first === -1) {
			first = lineStart;
		}
		// Only a line's first box can follow nothing but markers: the box's own brackets are no marker.
		if (lineStart !== tested) {
			tested = lineStart;
			if (taskBoxOffset(body, lineStart) !== -1) {
				return first;
			}
		}
	}
	return -1;
}

/**
 * The commitments of an entry's body: task-list items (and Logseq `TODO` items) at any depth of any list, found with
 * markdown-it's block parser, so that items in code blocks and HTML comments do not count.
 * `firstLine` is the body's first line in the file. Never throws.
 */
export function parseCommitments(body: string, firstLine = 0): Commitment[] {
	const starts = [firstTaskBoxLine(body), firstMarkerLine(body, lineStart => itemTextOffset(body, lineStart))].filter(start => start !== -1);
	if (starts.length === 0) {
		return [];
	}
	const firstBox = Math.min(...starts);
	// No task item starts above the first box, so markdown-it reads from the last block boundary before it.
	const from = blockBoundaryBefore(body, firstBox);
	const tokens = blockParser('commonmark').parse(from.offset === 0 ? body : body.slice(from.offset), {});
	firstLine += from.line;
	const commitments: Commitment[] = [];
	for (let at = 2; at < tokens.length; at++) {
		const token = tokens[at];
		// A list item's first paragraph: list_item_open, paragraph_open, inline.
		if (token.type === 'inline' && tokens[at - 1].type === 'paragraph_open' && tokens[at - 2].type === 'list_item_open' && token.map) {
			const commitment = readTask(token.content, firstLine + token.map[0]);
			if (commitment) {
				commitments.push(commitment);
			}
		}
	}
	return commitments;
}
