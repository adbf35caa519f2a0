import MarkdownIt from 'markdown-it';
import { isValidIsoDate, type IsoDate } from './dates';

/** An action item: `- [ ] action @owner due:YYYY-MM-DD`, done as `- [x] … done:YYYY-MM-DD`. */
export interface Commitment {
	/** Zero-based line of the item in the whole file. */
	readonly line: number;
	/** The action, without the checkbox, the owner and the dates. */
	readonly text: string;
	/** The first `@owner`, without the `@`. */
	readonly owner?: string;
	/** The `due:` date, when it is a valid date. */
	readonly due?: IsoDate;
	/** Whether the box is ticked (`[x]` or `[X]`). */
	readonly done: boolean;
	/** The `done:` date, written when the item was marked done from the Commitments view. */
	readonly doneOn?: IsoDate;
	/** A `due:` or `done:` value that is not a valid date, as written. */
	readonly badDate?: string;
}

/** Longest action text kept in the index; longer ones are cut with an ellipsis. */
const maxActionLength = 200;

const taskPattern = /^\[([ xX])\][ \t]+(.*)$/s;
const ownerPattern = /(?:^|\s)@([\p{L}\p{N}][\p{L}\p{N}._-]*)/u;
const datePattern = /(?:^|\s)(due|done):(\S*)/g;
/** A cheap test that a body may hold a task item at all, so most entries skip the markdown parser. */
const mayHoldTask = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/m;

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
		line, text, done: task[1] !== ' ',
		...(owner ? { owner } : {}), ...(due ? { due } : {}), ...(doneOn ? { doneOn } : {}), ...(badDate ? { badDate } : {}),
	};
}

/**
 * The commitments of an entry's body: task-list items at any depth of any list, found with
 * markdown-it's block parser, so that items in code blocks and HTML comments do not count.
 * `firstLine` is the body's first line in the file. Never throws.
 */
export function parseCommitments(body: string, firstLine = 0): Commitment[] {
	if (!mayHoldTask.test(body)) {
		return [];
	}
	const tokens = blockParser().parse(body, {});
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
