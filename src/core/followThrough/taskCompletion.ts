import { addDays, isoDateToSortKey, isValidIsoDate, type IsoDate } from '../model/dates';
import { splitLines } from '../text/markdownBlocks';
import { lineStarts, type TextEdit } from '../text/textEdit';
import { itemTextOffset } from './commitments';
import { markerLength } from './logseqTasks';
import { nextReferenceDate, parseRecurrence } from './recurrence';
import { syntaxOfFields, taskFields, type TaskField } from './taskFields';

const dayMs = 86_400_000;
/** An Obsidian block id ending the line (` ^abc-1`), which stays last. */
const blockId = /\s\^[A-Za-z0-9-]+$/;
/** How each syntax writes the day a task was done, new. */
const doneStamps = { journal: (day: IsoDate) => `done:${day}`, tasks: (day: IsoDate) => `✅ ${day}`, dataview: (day: IsoDate) => `[completion:: ${day}]` };

/** `text` with the values (or whole fields) replaced, from the last one back so that offsets hold. */
function replaceFields(text: string, changes: readonly [field: TaskField, replacement: string, whole: boolean][]): string {
	let result = text;
	for (const [field, replacement, whole] of [...changes].sort((a, b) => b[0].start - a[0].start)) {
		const [from, to] = whole ? [field.start, field.end] : [field.valueStart, field.valueStart + field.value.length];
		result = `${result.slice(0, from)}${replacement}${result.slice(to)}`;
	}
	return result;
}

/** A box's text stamped done on `today` in the syntax its fields use: an existing done date is replaced, else one is added before any block id. */
function stampDone(content: string, fields: readonly TaskField[], today: IsoDate): string {
	const syntax = syntaxOfFields(fields);
	const written = fields.find(field => field.name === 'done' && field.syntax === syntax);
	if (written) {
		return replaceFields(content, [[written, today, false]]);
	}
	const at = blockId.exec(content)?.index ?? content.length;
	return `${content.slice(0, at)} ${doneStamps[syntax](today)}${content.slice(at)}`;
}

/**
 * The next occurrence of a recurring box's text, or `undefined` when it does not recur by a rule read
 * here: its due, scheduled and start dates moved by as many days as its reference date (due, else
 * scheduled, else start) moves to {@link nextReferenceDate}; its done and cancelled dates dropped.
 */
function nextOccurrenceText(content: string, fields: readonly TaskField[], today: IsoDate): string | undefined {
	const rule = fields.map(field => field.name === 'recurrence' ? parseRecurrence(field.value) : undefined).find(found => found !== undefined);
	if (!rule) {
		return undefined;
	}
	const dated = (name: TaskField['name']) => fields.find(field => field.name === name && isValidIsoDate(field.value));
	const reference = (dated('due') ?? dated('scheduled') ?? dated('start'))?.value;
	const shift = reference === undefined ? 0 : Math.round((isoDateToSortKey(nextReferenceDate(rule, reference, today)) - isoDateToSortKey(reference)) / dayMs);
	const changes: [TaskField, string, boolean][] = fields.flatMap(field => {
		if (field.name === 'done' || field.name === 'cancelled') {
			return [[field, '', true] as [TaskField, string, boolean]];
		}
		const moves = (field.name === 'due' || field.name === 'scheduled' || field.name === 'start') && isValidIsoDate(field.value);
		return moves ? [[field, addDays(field.value, shift), false] as [TaskField, string, boolean]] : [];
	});
	return replaceFields(content, changes).replace(/[ \t]+$/, '');
}

/**
 * The edit that marks the commitment on line `lineNumber` of `text` done, in the syntax the line
 * uses: `[ ]` (or `[/]`) becomes `[x]` and the day is stamped as ` done:<today>`, ` ✅ <today>` or
 * ` [completion:: <today>]`; a Logseq marker becomes `DONE`. A recurring item also gets its next
 * occurrence, open, on a new line above it, as Obsidian Tasks writes it. `undefined` when the line is
 * no longer an open task item.
 */
export function markDoneEdit(text: string, lineNumber: number, today: IsoDate): TextEdit | undefined {
	const lineStart = lineStarts(text)[lineNumber];
	const at = lineStart === undefined ? -1 : itemTextOffset(text, lineStart);
	if (at === -1) {
		return undefined;
	}
	const marker = markerLength(text, at);
	if (marker > 0) {
		return /^(?:TODO|DOING|LATER|NOW)$/.test(text.slice(at, at + marker)) ? { start: at, end: at + marker, text: 'DONE' } : undefined;
	}
	const mark = text.charAt(at + 1);
	if (text.charAt(at) !== '[' || text.charAt(at + 2) !== ']' || (mark !== ' ' && mark !== '/')) {
		return undefined;
	}
	const line = splitLines(text)[lineNumber];
	const content = line.slice(at - lineStart + 3).trimEnd();
	const fields = taskFields(content);
	const done = { start: at, end: at + 3 + content.length, text: `[x]${stampDone(content, fields, today)}` };
	const next = nextOccurrenceText(content, fields, today);
	if (next === undefined) {
		return done;
	}
	const lineBreak = text.startsWith('\r\n', lineStart + line.length) ? '\r\n' : '\n';
	const prefix = line.slice(0, at - lineStart);
	return { start: lineStart, end: done.end, text: `${prefix}[ ]${next}${lineBreak}${prefix}${done.text}` };
}
