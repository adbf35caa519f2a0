import type { AreaCatalog } from '../model/areas';
import { byCloseness } from '../text/closestMatch';
import { parseCommitments } from '../followThrough/commitments';
import { readCustomAreas } from '../model/customAreas';
import { repairDate } from './dateRepair';
import { isValidIsoDate, readDateValue } from '../model/dates';
import { parseHeader, type HeaderProblem } from '../text/header';
import { areaKeys, dateKeys, dateListKeys, knownKeyInOtherCase, knownKeys, locateHeader, withKnownKeys, type HeaderField } from '../text/headerValues';
import type { TextRange } from '../text/textEdit';
import { choiceKeys, listKeys } from './headerCompletion';

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
	/** A known key written in another case (`Title:`): read, but other tools may not read it. */
	| 'capitalizedKey'
	/** A known key written in another case next to the lower-case one, or after another case of it: ignored. */
	| 'ignoredKey'
	/** A known key's value that YAML reads as a comment (`tags: #x`), so the value is lost. */
	| 'hashComment'
	/** A list inside the list of `areas`, `tags` or `people` (`tags: [[x]]`, a wikilink to its writer). */
	| 'nestedList';

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
	/**
	 * What the replacement does, when it is more than a value in place of another: `quote` puts the
	 * written text in quotes, so that YAML reads it as text; `indent` indents the lines that go on
	 * with a quoted value.
	 */
	readonly action?: 'quote' | 'indent';
	/** For an unknown area that can be a custom area: that area. */
	readonly newArea?: NewArea;
}

/** One thing wrong with an entry's header or commitments, and where it is. */
export interface HeaderDiagnostic extends TextRange {
	/** What is wrong. */
	readonly code: HeaderDiagnosticCode;
	/** How bad it is: an unreadable header is an error, a value the reader ignores a warning. */
	readonly severity: 'error' | 'warning';
	/** The header key (a known key in lower case, however written), or `due`/`done` for a commitment; absent for `headerProblem`. */
	readonly key?: string;
	/** The text the span holds, as written. */
	readonly written: string;
	/** For `headerProblem`: the problem, as the entry reader reports it. */
	readonly problem?: HeaderProblem;
	/** A way to fix it, when there is one. */
	readonly fix?: HeaderFix;
}

/** A `due:` or `done:` date, as the commitment reader finds them. */
const commitmentDate = /(^|\s)(due|done):(\S*)/g;

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
	let span = problem.code === 'invalidYaml' || problem.code === 'unresolvedAlias' || problem.code === 'unindentedQuote' ? locateHeader(text)?.firstError : undefined;
	if (!span || text.slice(span.start, span.end).trim() === '') {
		span = lineSpan(text, starts, span ? lineOf(starts, span.start) : problem.line);
	}
	const written = text.slice(span.start, span.end);
	// A value that YAML reads as a reference reads as the text it is once it is in quotes; a quoted value goes on once its lines are indented.
	const fix = problem.code === 'unresolvedAlias' ? { fix: { replacements: [JSON.stringify(written)], action: 'quote' as const } }
		: problem.code === 'unindentedQuote' && problem.detail !== undefined ? { fix: { replacements: [problem.detail], action: 'indent' as const } } : {};
	return { code: 'headerProblem', severity: 'error', ...span, written, problem, ...fix };
}

function isBlank(value: unknown): boolean {
	return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function titleCase(id: string): string {
	return id.split('-').filter(word => word !== '').map(word => word[0].toUpperCase() + word.slice(1)).join(' ');
}

function areaDiagnostics(text: string, field: HeaderField, key: string, catalog: AreaCatalog): HeaderDiagnostic[] {
	return field.items.flatMap(item => {
		const id = item.text.trim().toLowerCase();
		if (id === '' || catalog.has(id)) {
			return [];
		}
		const newArea = { id, name: titleCase(id) };
		const addable = readCustomAreas([newArea]).areas.length === 1;
		return [{
			code: 'unknownArea' as const, severity: 'warning' as const, key, start: item.start, end: item.end,
			written: text.slice(item.start, item.end),
			fix: { replacements: byCloseness(id, catalog.areas.map(area => area.id)), ...(addable ? { newArea } : {}) },
		}];
	});
}

/** A diagnostic on a field's whole value. */
function valueDiagnostic(text: string, field: HeaderField, key: string, code: HeaderDiagnosticCode, replacements: readonly string[]): HeaderDiagnostic {
	const { start, end } = field.valueSpan;
	return {
		code, severity: 'warning', key, start, end, written: text.slice(start, end),
		...(replacements.length > 0 ? { fix: { replacements } } : {}),
	};
}

/** For a key that holds one of a few words, as the reader reads it: trimmed, lower-cased. */
function choiceDiagnostic(text: string, field: HeaderField, key: string, value: unknown, choices: readonly string[], code: HeaderDiagnosticCode): HeaderDiagnostic[] {
	const word = typeof value === 'string' || typeof value === 'number' ? String(value).trim().toLowerCase() : '';
	return choices.includes(word) ? [] : [valueDiagnostic(text, field, key, code, byCloseness(word, choices))];
}

/** The items of a list of dates (`reviews`) that are not dates. */
function dateListDiagnostics(text: string, field: HeaderField, key: string): HeaderDiagnostic[] {
	return field.items.flatMap(item => {
		if (readDateValue(item.text) !== undefined) {
			return [];
		}
		const repaired = repairDate(item.text);
		return [{
			code: 'invalidDate' as const, severity: 'warning' as const, key, start: item.start, end: item.end,
			written: text.slice(item.start, item.end), ...(repaired ? { fix: { replacements: [repaired] } } : {}),
		}];
	});
}

/** Where YAML reads a known key's value otherwise than its writer meant: `#x` as a comment, `[[x]]` as a list inside a list. */
function shapeDiagnostics(text: string, field: HeaderField, key: string): HeaderDiagnostic[] {
	if (!knownKeys.includes(key)) {
		return [];
	}
	const comments = field.hashComments.map(item => ({
		code: 'hashComment' as const, severity: 'warning' as const, key, start: item.start, end: item.end, written: item.text,
		fix: { replacements: [JSON.stringify(item.text)], action: 'quote' as const },
	}));
	const nested = listKeys.includes(key) ? field.nestedLists.map(list => {
		// A block list's item holds one word; a flow list takes them all, without their inner brackets.
		const replacement = list.words && (list.blockItem ? (list.words.length === 1 ? list.words[0] : undefined) : `[${list.words.join(', ')}]`);
		return {
			code: 'nestedList' as const, severity: 'warning' as const, key, start: list.start, end: list.end, written: text.slice(list.start, list.end),
			...(replacement === undefined ? {} : { fix: { replacements: [replacement] } }),
		};
	}) : [];
	return [...comments, ...nested];
}

/** What is wrong with the value of `field`, read as the value of `key`. */
function valueDiagnostics(text: string, field: HeaderField, key: string, data: Readonly<Record<string, unknown>>, catalog: AreaCatalog): HeaderDiagnostic[] {
	if (areaKeys.includes(key)) {
		return areaDiagnostics(text, field, key, catalog);
	}
	if (dateListKeys.includes(key)) {
		return dateListDiagnostics(text, field, key);
	}
	const value = data[key];
	if (isBlank(value)) {
		return [];
	}
	if (dateKeys.includes(key)) {
		const repaired = typeof value === 'string' ? repairDate(value) : undefined;
		return readDateValue(value) !== undefined ? [] : [valueDiagnostic(text, field, key, 'invalidDate', repaired ? [repaired] : [])];
	}
	switch (key) {
		case 'status':
			return choiceDiagnostic(text, field, key, value, choiceKeys.status, 'unknownStatus');
		case 'outcome':
			return choiceDiagnostic(text, field, key, value, choiceKeys.outcome, 'unknownOutcome');
		case 'decisionQuality':
			return choiceDiagnostic(text, field, key, value, choiceKeys.decisionQuality, 'unknownDecisionQuality');
		case 'confidence':
			return typeof value === 'number' && value >= 0 && value <= 100 ? [] : [valueDiagnostic(text, field, key, 'badConfidence', [])];
		default:
			return [];
	}
}

/**
 * The diagnostics of every field. A known key written in another case (`Title:`) is read as the
 * reader reads it, when the header has no lower-case one and no other case of it written earlier,
 * and flagged with a fix that writes it in lower case; else it is ignored, and flagged as such.
 */
function fieldDiagnostics(text: string, fields: readonly HeaderField[], data: Readonly<Record<string, unknown>>, catalog: AreaCatalog): HeaderDiagnostic[] {
	const read = new Set(fields.map(field => field.key));
	return fields.flatMap(field => {
		const known = knownKeyInOtherCase(field.key);
		if (known === undefined) {
			return [...shapeDiagnostics(text, field, field.key), ...valueDiagnostics(text, field, field.key, data, catalog)];
		}
		const { start, end } = field.keySpan;
		const keyDiagnostic = { severity: 'warning' as const, key: known, start, end, written: text.slice(start, end) };
		if (read.has(known)) {
			return [{ code: 'ignoredKey' as const, ...keyDiagnostic }];
		}
		read.add(known);
		return [
			{ code: 'capitalizedKey' as const, ...keyDiagnostic, fix: { replacements: [known] } },
			...shapeDiagnostics(text, field, known),
			...valueDiagnostics(text, field, known, data, catalog),
		];
	});
}

function hasBadCommitmentDate(body: string): boolean {
	for (const match of body.matchAll(commitmentDate)) {
		if (!isValidIsoDate(match[3])) {
			return true;
		}
	}
	return false;
}

/**
 * The commitments whose `due:` or `done:` date does not parse. A quick scan comes first, so a body
 * with only good dates (or none) is never parsed as markdown.
 */
function commitmentDiagnostics(text: string, bodyOffset: number): HeaderDiagnostic[] {
	const body = text.slice(bodyOffset);
	if (!hasBadCommitmentDate(body)) {
		return [];
	}
	const starts = lineStarts(text);
	const diagnostics: HeaderDiagnostic[] = [];
	for (const commitment of parseCommitments(body, lineOf(starts, bodyOffset))) {
		if (commitment.badDate === undefined) {
			continue;
		}
		const written = commitment.badDate;
		const token = new RegExp(`(?<=^|\\s)${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\S)`, 'g');
		token.lastIndex = starts[commitment.line];
		const found = token.exec(text);
		if (!found) {
			continue;
		}
		const key = written.slice(0, written.indexOf(':'));
		const repaired = repairDate(written.slice(key.length + 1));
		diagnostics.push({
			code: 'badCommitmentDate', severity: 'warning', key, start: found.index, end: found.index + written.length, written,
			...(repaired ? { fix: { replacements: [`${key}:${repaired}`] } } : {}),
		});
	}
	return diagnostics;
}

/**
 * Everything wrong with an entry that the reader would silently ignore or refuse: a header that
 * does not parse, unknown areas, statuses, outcomes and decision qualities, dates that are not dates, a confidence
 * outside 0–100, known keys written in capitals, values YAML reads as comments (`tags: #x`) or as
 * lists inside lists (`tags: [[x]]`), and commitment dates that do not parse. Reads only the header and, when a
 * commitment date looks wrong, the body's lists. Never throws.
 */
export function headerDiagnostics(text: string, catalog: AreaCatalog): HeaderDiagnostic[] {
	const parsed = parseHeader(text);
	const header: HeaderDiagnostic[] = parsed.problem
		? [problemDiagnostic(text, parsed.problem)]
		: fieldDiagnostics(text, locateHeader(text)?.fields ?? [], withKnownKeys(parsed.data), catalog);
	return [...header, ...commitmentDiagnostics(text, parsed.bodyOffset)];
}
