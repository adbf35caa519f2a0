import MarkdownIt from 'markdown-it';
import { isValidIsoDate, type IsoDate } from '../model/dates';
import { blockBoundaryBefore } from '../text/markdownBlocks';
import { detached } from '../text/textFile';
import type { Commitment } from '../model/entry';

/** Longest action text kept in the index; longer ones are cut with an ellipsis. */
const maxActionLength = 200;

const taskPattern = /^\[([ xX])\][ \t]+(.*)$/s;
const ownerPattern = /(?:^|\s)@([\p{L}\p{N}][\p{L}\p{N}._-]*)/u;
const datePattern = /(?:^|\s)(due|done):(\S*)/g;
/** What comes before a check box on a line that opens a list item: `- `, `* `, `+ `, `1. `, `1) `. */
const itemPrefix = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+$/;

let parser: MarkdownIt | undefined;

/** A block-level markdown parser: lists, code and HTML are recognized; inline markup is not needed. */
function blockParser(): MarkdownIt {
	if (!parser) {
		parser = new MarkdownIt('commonmark', { html: true });
		parser.core.ruler.disable(['inline', 'text_join']);
	}
	return parser;
}

/** Reads one task item's text: its owner, dates and action. */
function readTask(content: string, line: number): Commitment | undefined {
	const task = taskPattern.exec(content);
	if (!task) {
		return undefined;
	}
	const rest = task[2].replace(/\s+/g, ' ').trim();
	let due: IsoDate | undefined;
	let doneOn: IsoDate | undefined;
	let badDate: string | undefined;
	for (const [, key, value] of rest.matchAll(datePattern)) {
		if (!isValidIsoDate(value)) {
			badDate ??= `${key}:${value}`;
		} else if (key === 'due') {
			due ??= value;
		} else {
			doneOn ??= value;
		}
	}
	const owner = ownerPattern.exec(rest)?.[1];
	let text = rest.replace(datePattern, ' ').replace(ownerPattern, ' ').replace(/\s+/g, ' ').trim();
	if (text.length > maxActionLength) {
		text = `${text.slice(0, maxActionLength - 1)}…`;
	}
	return {
		line, text: detached(text), done: task[1] !== ' ',
		...(owner ? { owner: detached(owner) } : {}), ...(due ? { due } : {}), ...(doneOn ? { doneOn } : {}), ...(badDate ? { badDate } : {}),
	};
}

/** The start of the line holding offset `at`; `unicodeBreaks` also counts U+2028 and U+2029 as line breaks. */
function lineStart(text: string, at: number, unicodeBreaks: boolean): number {
	for (; at > 0; at--) {
		const code = text.charCodeAt(at - 1);
		if (code === 0x0a || code === 0x0d || (unicodeBreaks && (code === 0x2028 || code === 0x2029))) {
			break;
		}
	}
	return at;
}

/**
 * The start of the first line that holds a check box (`[ ]`, `[x]`, `[X]`), when some line opens a list
 * item with one; else -1, and the entry skips the markdown parser. A scan for `[`, as few lines hold one.
 */
function firstTaskBoxLine(body: string): number {
	let first = -1;
	for (let at = body.indexOf('['); at !== -1; at = body.indexOf('[', at + 1)) {
		const mark = body.charCodeAt(at + 1);
		if (body.charCodeAt(at + 2) !== 0x5d || (mark !== 0x20 && mark !== 0x78 && mark !== 0x58)) {
			continue;
		}
		if (first === -1) {
			first = lineStart(body, at, false);
		}
		// Lines as a JavaScript `^` with the m flag sees them, as the test this replaces did.
		if (itemPrefix.test(body.slice(lineStart(body, at, true), at))) {
			return first;
		}
	}
	return -1;
}

/**
 * The commitments of an entry's body: task-list items at any depth of any list, found with
 * markdown-it's block parser, so that items in code blocks and HTML comments do not count.
 * `firstLine` is the body's first line in the file. Never throws.
 */
export function parseCommitments(body: string, firstLine = 0): Commitment[] {
	const firstBox = firstTaskBoxLine(body);
	if (firstBox === -1) {
		return [];
	}
	// No task item starts above the first box, so markdown-it reads from the last block boundary before it.
	const from = blockBoundaryBefore(body, firstBox);
	const tokens = blockParser().parse(from.offset === 0 ? body : body.slice(from.offset), {});
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
