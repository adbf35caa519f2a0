import { isValidIsoDate } from '../model/dates';
import { taskPriorities, type Commitment, type TaskPriority, type TaskSyntax } from '../model/entry';
import { parseRecurrence } from './recurrence';

/** A task field with a date value. */
export type DateFieldName = 'due' | 'scheduled' | 'start' | 'created' | 'done' | 'cancelled';

/** One field found in a task line's text, with its place in that text. */
export interface TaskField {
	/** What the field holds. */
	readonly name: DateFieldName | 'priority' | 'recurrence';
	/** The syntax it is written in. */
	readonly syntax: TaskSyntax;
	/** Its value as written, trimmed: a date, a priority name, or a recurrence rule. */
	readonly value: string;
	/** Offset of the whole field (signifier, key, brackets and value). */
	readonly start: number;
	/** Offset just past the whole field. */
	readonly end: number;
	/** Offset of the value. */
	readonly valueStart: number;
}

/** Spaces users type between a signifier and its value, the no-break kinds included. */
const blank = '[ \\t\\u00a0\\u202f]';
/** An emoji variation selector (U+FE0E, U+FE0F), which some keyboards add after a signifier. */
const selector = '[\\ufe0e\\ufe0f]?';

const emojiDates: Readonly<Record<string, DateFieldName>> = {
	'📅': 'due', '📆': 'due', '🗓': 'due', '⏳': 'scheduled', '⌛': 'scheduled', '🛫': 'start', '➕': 'created', '✅': 'done', '❌': 'cancelled',
};
const emojiPriorities: Readonly<Record<string, TaskPriority>> = { '🔺': 'highest', '⏫': 'high', '🔼': 'medium', '🔽': 'low', '⏬': 'lowest' };
/** Every Tasks signifier; a recurrence rule runs up to the next one. */
const signifiers = `${Object.keys(emojiDates).join('')}${Object.keys(emojiPriorities).join('')}🔁🏁🆔⛔`;

const dataviewKeys: Readonly<Record<string, TaskField['name']>> = {
	due: 'due', scheduled: 'scheduled', start: 'start', created: 'created', completion: 'done', cancelled: 'cancelled', priority: 'priority', repeat: 'recurrence',
};

/** A field read from a grammar's match: its name, syntax and value (before trimming). */
type FieldReader = (match: RegExpExecArray) => Omit<TaskField, 'start' | 'end' | 'valueStart'>;

/**
 * The field grammars, each linear: a value stops at the first character it cannot hold. Ours starts
 * at its key, after the blank before it (a lookbehind would be several times slower). An emoji
 * date must start with a digit (`✅ shipped` is prose); a Dataview field is `[key:: value]` or
 * `(key:: value)`; Logseq's `DEADLINE: <2026-01-01 Thu>` keeps the first word inside the angle
 * brackets; a recurrence rule runs to the next signifier, bracket, tag or `due:`. The numbers are
 * the groups holding the value as written and where the field starts (0: the whole match).
 */
const grammars: readonly [RegExp, number, FieldReader, number?][] = [
	[/(?:^|\s)(due|done):(\S*)/dgu, 2, match => ({ name: match[1] as DateFieldName, syntax: 'journal', value: match[2] }), 1],
	[new RegExp(`([${Object.keys(emojiDates).join('')}])${selector}${blank}*(\\d[^\\s\\[\\]()]*)`, 'dgu'), 2,
		match => ({ name: emojiDates[match[1]], syntax: 'tasks', value: match[2] })],
	[new RegExp(`([${Object.keys(emojiPriorities).join('')}])${selector}`, 'dgu'), 1, match => ({ name: 'priority', syntax: 'tasks', value: emojiPriorities[match[1]] })],
	[new RegExp(`🔁${selector}${blank}*((?:(?!\\s(?:due|done):)[^${signifiers}\\[\\]()#\\n\\r])*)`, 'dgu'), 1, match => ({ name: 'recurrence', syntax: 'tasks', value: match[1] })],
	[new RegExp(`[[(](${Object.keys(dataviewKeys).join('|')})::([^\\[\\]()]*)[\\])]`, 'dgiu'), 2, match => {
		const name = dataviewKeys[match[1].toLowerCase()];
		return { name, syntax: 'dataview', value: name === 'priority' ? match[2].trim().toLowerCase() : match[2] };
	}],
	[new RegExp(`(?<![\\p{L}\\p{N}])(DEADLINE|SCHEDULED):${blank}*<([^<>\\s]*)[^<>\\n\\r]*>`, 'dgu'), 2,
		match => ({ name: match[1] === 'DEADLINE' ? 'due' : 'scheduled', syntax: 'logseq', value: match[2] })],
];

/**
 * The task fields in `text` (a task line, or a few), in order, never two overlapping. Dates are not
 * checked here: a value that is no date is still a field, for diagnostics to point at.
 */
export function taskFields(text: string): TaskField[] {
	const found: TaskField[] = [];
	for (const [pattern, valueGroup, read, startGroup = 0] of grammars) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
			const field = read(match);
			const value = field.value.trim();
			if (field.name === 'priority' && !(taskPriorities as readonly string[]).includes(value)) {
				continue;
			}
			const written = match[valueGroup];
			const valueStart = match.indices![valueGroup][0] + written.length - written.trimStart().length;
			found.push({ ...field, value, start: match.indices![startGroup][0], end: match.index + match[0].length, valueStart });
		}
	}
	found.sort((a, b) => a.start - b.start);
	const apart: TaskField[] = [];
	for (const field of found) {
		if (apart.length === 0 || field.start >= apart[apart.length - 1].end) {
			apart.push(field);
		}
	}
	return apart;
}

/** The syntax a line's fields say it is written in: Dataview's if it has any Dataview field, else Tasks' if any emoji, else ours. */
export function syntaxOfFields(fields: readonly TaskField[]): Exclude<TaskSyntax, 'logseq'> {
	if (fields.some(field => field.syntax === 'dataview')) {
		return 'dataview';
	}
	return fields.some(field => field.syntax === 'tasks') ? 'tasks' : 'journal';
}

/** `text` without the given fields, each left as a space. */
function withoutFields(text: string, fields: readonly TaskField[]): string {
	let kept = '';
	let from = 0;
	for (const field of fields) {
		kept += `${text.slice(from, field.start)} `;
		from = field.end;
	}
	return `${kept}${text.slice(from)}`;
}

/** What a task line's fields say, as a commitment keeps it. */
export type TaskFieldValues = Pick<Commitment, 'due' | 'doneOn' | 'scheduled' | 'start' | 'priority' | 'recurrence' | 'badDate' | 'syntax'>;

/** A task line's text read for its fields. */
export interface ReadFields {
	/** The text without the fields, each left as a space. */
	readonly text: string;
	/** Whether a valid cancelled date is written (`❌ 2026-01-01`, `[cancelled:: 2026-01-01]`). */
	readonly cancelled: boolean;
	/** The fields' values: the first valid date of each kind, the first priority, the first rule read, the first bad date as written. */
	readonly values: TaskFieldValues;
}

const commitmentKeys: Readonly<Record<Exclude<DateFieldName, 'created' | 'cancelled'>, 'due' | 'doneOn' | 'scheduled' | 'start'>> = {
	due: 'due', done: 'doneOn', scheduled: 'scheduled', start: 'start',
};

/** Reads the fields of a task item's text (after its box or marker); `syntax` says the line's own, as Logseq's marker does. */
export function readTaskFields(text: string, syntax?: TaskSyntax): ReadFields {
	const fields = taskFields(text);
	const values: { -readonly [Key in keyof TaskFieldValues]: TaskFieldValues[Key] } = {};
	let cancelled = false;
	for (const field of fields) {
		if (field.name === 'priority') {
			values.priority ??= field.value as TaskPriority;
		} else if (field.name === 'recurrence') {
			values.recurrence ??= parseRecurrence(field.value) ? field.value : undefined;
		} else if (!isValidIsoDate(field.value)) {
			values.badDate ??= text.slice(field.start, field.end).replace(/\s+/g, ' ').trim();
		} else if (field.name === 'cancelled') {
			cancelled = true;
		} else if (field.name !== 'created') {
			values[commitmentKeys[field.name]] ??= field.value;
		}
	}
	const lineSyntax = syntax ?? syntaxOfFields(fields);
	if (lineSyntax !== 'journal') {
		values.syntax = lineSyntax;
	}
	for (const key of Object.keys(values) as (keyof TaskFieldValues)[]) {
		if (values[key] === undefined) {
			delete values[key];
		}
	}
	return { text: withoutFields(text, fields), cancelled, values };
}
