import type { AreaCatalog } from '../model/areas';
import { byCloseness } from '../text/closestMatch';
import { parseCommitments } from '../followThrough/commitments';
import { taskFields, type TaskField } from '../followThrough/taskFields';
import { readCustomAreas } from '../model/customAreas';
import { repairDate } from './dateRepair';
import { isValidIsoDate, readDateValue } from '../model/dates';
import { parseHeader, type HeaderProblem } from '../text/header';
import { areaKeys, dateKeys, dateListKeys, locateHeader, type HeaderField } from '../text/headerValues';
import type { TextRange } from '../text/textEdit';
import { choiceKeys } from './headerCompletion';

/** What a diagnostic is about. The VS Code side turns each code into a sentence. */
export type HeaderDiagnosticCode =
	/** The header cannot be read at all (see `problem`); the entry is under "Needs attention". */
	| 'headerProblem'
	/** An id in `areas` (or `area`, `challenges`, `challenge`) that names no area. */
	| 'unknownArea'
	/** A `date`, `review`, `decided` or `closed` value, or an item of `reviews`, that is not a date. */
	| 'invalidDate'
	/** A `status` that is not one of the lifecycle's. */
	| 'unknownStatus'
	/** A `confidence` that is not a number from 0 to 100. */
	| 'badConfidence'
	/** An `outcome` that is not one of the known outcomes. */
	| 'unknownOutcome'
	/** A `decisionQuality` that is not `sound`, `mixed` or `poor`. */
	| 'unknownDecisionQuality'
	/** A commitment's `due:` or `done:` whose date does not parse. */
	| 'badCommitmentDate'
	/** A commitment's date in Obsidian Tasks', Dataview's or Logseq's syntax (`📅`, `[due:: ]`, `DEADLINE: <>`) that does not parse; the span is the value. */
	| 'badTaskDate';

/** An area that a fix can add to the custom areas. */
export interface NewArea {
	/** The id, as the setting wants it. */
	readonly id: string;
	/** A name made from the id, in Title Case. */
	readonly name: string;
}

/** What can replace the text a diagnostic points at. */
export interface HeaderFix {
	/** Texts that can replace the span, best first. */
	readonly replacements: readonly string[];
	/** For an unknown area that can be a custom area: that area. */
	readonly newArea?: NewArea;
}

/** One thing wrong with an entry's header or commitments, and where it is. */
export interface HeaderDiagnostic extends TextRange {
	/** What is wrong. */
	readonly code: HeaderDiagnosticCode;
	/** How bad it is: an unreadable header is an error, a value the reader ignores a warning. */
	readonly severity: 'error' | 'warning';
	/** The header key, or the field for a commitment (`due`, `done`, `scheduled`, `start`, `created`, `cancelled`); absent for `headerProblem`. */
	readonly key?: string;
	/** The text the span holds, as written. */
	readonly written: string;
	/** For `headerProblem`: the problem, as the entry reader reports it. */
	readonly problem?: HeaderProblem;
	/** A way to fix it, when there is one. */
	readonly fix?: HeaderFix;
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
		starts.push(at + 1);
	}
	return starts;
}

/** The span of a whole line, without its line break. */
function lineSpan(text: string, starts: readonly number[], line: number): TextRange {
	const start = starts[Math.min(line, starts.length - 1)];
	const lineBreak = text.indexOf('\n', start);
	const end = lineBreak === -1 ? text.length : lineBreak;
	return { start, end: text[end - 1] === '\r' ? end - 1 : end };
}

function lineOf(starts: readonly number[], offset: number): number {
	let line = 0;
	while (line + 1 < starts.length && starts[line + 1] <= offset) {
		line++;
	}
	return line;
}

function problemDiagnostic(text: string, problem: HeaderProblem): HeaderDiagnostic {
	const starts = lineStarts(text);
	let span = problem.code === 'invalidYaml' ? locateHeader(text)?.firstError : undefined;
	if (!span || text.slice(span.start, span.end).trim() === '') {
		span = lineSpan(text, starts, span ? lineOf(starts, span.start) : problem.line);
	}
	return { code: 'headerProblem', severity: 'error', ...span, written: text.slice(span.start, span.end), problem };
}

function isBlank(value: unknown): boolean {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function titleCase(id: string): string {
	return id.split('-').filter(word => word !== '').map(word => word[0].toUpperCase() + word.slice(1)).join(' ');
}

function areaDiagnostics(text: string, field: HeaderField, catalog: AreaCatalog): HeaderDiagnostic[] {
	return field.items.flatMap(item => {
		const id = item.text.trim().toLowerCase();
		if (id === '' || catalog.has(id)) {
			return [];
		}
		const newArea = { id, name: titleCase(id) };
		const addable = readCustomAreas([newArea]).areas.length === 1;
		return [{
			code: 'unknownArea' as const, severity: 'warning' as const, key: field.key, start: item.start, end: item.end,
			written: text.slice(item.start, item.end),
			fix: { replacements: byCloseness(id, catalog.areas.map(area => area.id)), ...(addable ? { newArea } : {}) },
		}];
	});
}

/** A diagnostic on a field's whole value. */
function valueDiagnostic(text: string, field: HeaderField, code: HeaderDiagnosticCode, replacements: readonly string[]): HeaderDiagnostic {
	const { start, end } = field.valueSpan;
	return {
		code, severity: 'warning', key: field.key, start, end, written: text.slice(start, end),
		...(replacements.length > 0 ? { fix: { replacements } } : {}),
	};
}

/** For a key that holds one of a few words, as the reader reads it: trimmed, lower-cased. */
function choiceDiagnostic(text: string, field: HeaderField, value: unknown, choices: readonly string[], code: HeaderDiagnosticCode): HeaderDiagnostic[] {
	const word = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '';
	return choices.includes(word) ? [] : [valueDiagnostic(text, field, code, byCloseness(word, choices))];
}

/** The items of a list of dates (`reviews`) that are not dates. */
function dateListDiagnostics(text: string, field: HeaderField): HeaderDiagnostic[] {
	return field.items.flatMap(item => {
		if (readDateValue(item.text) !== undefined) {
			return [];
		}
		const repaired = repairDate(item.text);
		return [{
			code: 'invalidDate' as const, severity: 'warning' as const, key: field.key, start: item.start, end: item.end,
			written: text.slice(item.start, item.end), ...(repaired ? { fix: { replacements: [repaired] } } : {}),
		}];
	});
}

function fieldDiagnostics(text: string, field: HeaderField, data: Readonly<Record<string, unknown>>, catalog: AreaCatalog): HeaderDiagnostic[] {
	if (areaKeys.includes(field.key)) {
		return areaDiagnostics(text, field, catalog);
	}
	if (dateListKeys.includes(field.key)) {
		return dateListDiagnostics(text, field);
	}
	const value = data[field.key];
	if (isBlank(value)) {
		return [];
	}
	if (dateKeys.includes(field.key)) {
		const repaired = typeof value === 'string' ? repairDate(value) : undefined;
		return readDateValue(value) !== undefined ? [] : [valueDiagnostic(text, field, 'invalidDate', repaired ? [repaired] : [])];
	}
	switch (field.key) {
		case 'status':
			return choiceDiagnostic(text, field, value, choiceKeys.status, 'unknownStatus');
		case 'outcome':
			return choiceDiagnostic(text, field, value, choiceKeys.outcome, 'unknownOutcome');
		case 'decisionQuality':
			return choiceDiagnostic(text, field, value, choiceKeys.decisionQuality, 'unknownDecisionQuality');
		case 'confidence':
			return typeof value === 'number' && value >= 0 && value <= 100 ? [] : [valueDiagnostic(text, field, 'badConfidence', [])];
		default:
			return [];
	}
}

/** The first date field in `text` whose value is not a date. */
function firstBadDate(text: string): TaskField | undefined {
	return taskFields(text).find(field => field.name !== 'priority' && field.name !== 'recurrence' && !isValidIsoDate(field.value));
}

/** The end of the paragraph from `from`: the first blank line after it, or the end of `text`. */
function paragraphEnd(text: string, from: number): number {
	const blank = /\n[ \t]*(?:\r?\n|$)/g;
	blank.lastIndex = from;
	return blank.exec(text)?.index ?? text.length;
}

/** A diagnostic for a bad commitment date `field` found in `text` at `offset`: ours spans `due:value`, the other syntaxes their value. */
function badDateDiagnostic(field: TaskField, text: string, offset: number): HeaderDiagnostic {
	const ours = field.syntax === 'journal';
	const [start, end] = ours ? [field.start, field.end] : [field.valueStart, field.valueStart + field.value.length];
	const written = text.slice(start, end);
	const repaired = repairDate(field.value);
	return {
		code: ours ? 'badCommitmentDate' : 'badTaskDate', severity: 'warning', key: field.name, start: offset + start, end: offset + end, written,
		...(repaired ? { fix: { replacements: [ours ? `${field.name}:${repaired}` : repaired] } } : {}),
	};
}

/**
 * The commitments whose dates do not parse, in any task syntax. A quick scan comes first, so a body
 * with only good dates (or none) is never parsed as markdown.
 */
function commitmentDiagnostics(text: string, bodyOffset: number): HeaderDiagnostic[] {
	const body = text.slice(bodyOffset);
	if (!firstBadDate(body)) {
		return [];
	}
	const starts = lineStarts(text);
	const diagnostics: HeaderDiagnostic[] = [];
	for (const commitment of parseCommitments(body, lineOf(starts, bodyOffset))) {
		if (commitment.badDate === undefined) {
			continue;
		}
		// The item's first bad date is the first in its paragraph, as nothing but list markers comes before its text;
		// it is nearly always on the item's line or the next (Logseq's DEADLINE:), so those are read first.
		const from = starts[commitment.line];
		const near = text.slice(from, starts[commitment.line + 2] ?? text.length);
		const nearField = firstBadDate(near);
		const item = nearField ? near : text.slice(from, paragraphEnd(text, from));
		const field = nearField ?? firstBadDate(item);
		if (field) {
			diagnostics.push(badDateDiagnostic(field, item, from));
		}
	}
	return diagnostics;
}

/**
 * Everything wrong with an entry that the reader would silently ignore or refuse: a header that
 * does not parse, unknown areas, statuses, outcomes and decision qualities, dates that are not dates, a confidence
 * outside 0–100, and commitment dates that do not parse. Reads only the header and, when a
 * commitment date looks wrong, the body's lists. Never throws.
 */
export function headerDiagnostics(text: string, catalog: AreaCatalog): HeaderDiagnostic[] {
	const parsed = parseHeader(text);
	const header: HeaderDiagnostic[] = parsed.problem
		? [problemDiagnostic(text, parsed.problem)]
		: (locateHeader(text)?.fields ?? []).flatMap(field => fieldDiagnostics(text, field, parsed.data, catalog));
	return [...header, ...commitmentDiagnostics(text, parsed.bodyOffset)];
}
