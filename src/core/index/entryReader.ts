import { blockParser } from '../text/blockParser';
import { dateFromPath, readDateValue, type IsoDate } from '../model/dates';
import { decodedUriSegment } from '../model/uriPath';
import { parseCommitments } from '../followThrough/commitments';
import { recordedReviewDates } from '../followThrough/reviewDates';
import { readStatedReturn } from '../followThrough/conclusion';
import { decisionOutcomes, decisionQualities, maxReturnText, type DateSource, type DecisionOutcome, type DecisionQuality, type EffortReturn, type EntryProblem, type EntrySummary } from '../model/entry';
import { headerTextToSalvage, parseHeader, readQuotedScalar } from '../text/header';
import { inlineText } from '../text/inlineText';
import { questionProgress } from '../coaching/questions';
import { readCheckInScores } from '../coaching/checkInScores';
import { areaKeys, knownField, locateHeader, nestedListDepth, withKnownKeys } from '../text/headerValues';
import { lineOfOffset } from '../text/textEdit';
import { detached } from '../text/textFile';
import { findConflictMarkers } from '../text/conflictMarkers';
import { readBodyTags } from '../text/bodyTags';
import { defaultReaderOptions, type ReaderOptions } from './readerOptions';

/** What is known about a file before its text is read. */
export interface FileFacts {
	/** The file's URI, as a string. */
	readonly uri: string;
	/** Last modification time in milliseconds since the epoch. */
	readonly mtime: number;
	/** Size in bytes. */
	readonly size: number;
}

/** The last path segment of a URI, decoded. */
export function fileNameOf(uri: string): string {
	return decodedUriSegment(uri.slice(uri.lastIndexOf('/') + 1));
}

/** An entry's date and where it comes from: the `date` key, else the file's name or folders, else none (the modification time). */
function entryDate(data: Readonly<Record<string, unknown>>, uri: string): { date?: IsoDate; dateSource: DateSource } {
	// `created` is the date Obsidian, Foam and Dendron write (Dendron's in epoch milliseconds).
	const fromHeader = readDateValue(data.date) ?? readDateValue(data.created);
	if (fromHeader !== undefined) {
		return { date: fromHeader, dateSource: 'header' };
	}
	const fromPath = dateFromPath(uri);
	return fromPath !== undefined ? { date: fromPath, dateSource: 'fileName' } : { dateSource: 'modified' };
}

/**
 * Reads a list written as a YAML list, a single value, or a comma-separated string. The items of
 * lists inside the list count too, {@link nestedListDepth} levels deep: `[[x]]`, a wikilink to its
 * writer, is a list inside a list to YAML.
 */
export function readList(value: unknown): string[] {
	const items = Array.isArray(value) ? value.flat(nestedListDepth) : typeof value === 'string' ? value.split(',') : [];
	const result: string[] = [];
	for (const item of items) {
		if (typeof item === 'string' || typeof item === 'number') {
			const text = String(item).trim();
			if (text !== '' && !result.includes(text)) {
				result.push(detached(text));
			}
		}
	}
	return result;
}

function readText(value: unknown): string | undefined {
	if (typeof value === 'string') {
		const text = value.trim();
		return text === '' ? undefined : detached(text);
	}
	return typeof value === 'number' ? String(value) : undefined;
}

/**
 * The `title`, as written: YAML reads `09` and `1.10` as the numbers 9 and 1.1, and `true` as a
 * boolean, so such a title is taken from its source text, which only the full parser locates.
 */
function readTitle(text: string, value: unknown): string | undefined {
	if (typeof value !== 'number' && typeof value !== 'boolean') {
		return readText(value);
	}
	const field = knownField(locateHeader(text)?.fields ?? [], 'title');
	return field && readText(text.slice(field.valueSpan.start, field.valueSpan.end));
}

/** Lines of the body searched for a heading: a title comes early, and a huge file is not read to its end for one. */
const maxHeadingLines = 2000;

/** A line that may be a level-1 heading, or the `===` under a setext one. */
const headingCandidate = /^ {0,3}(?:#(?:[ \t]|$)|=+[ \t]*$)/m;



/** The text of the first level-1 heading of `markdown` that shows any, or `undefined`. */
function headingIn(markdown: string): string | undefined {
	const tokens = blockParser('default').parse(markdown, {});
	for (let at = 0; at + 1 < tokens.length; at++) {
		const text = tokens[at].type === 'heading_open' && tokens[at].tag === 'h1' ? inlineText(tokens[at + 1].content) : '';
		if (text !== '') {
			return text;
		}
	}
	return undefined;
}

/**
 * The text a reader sees of the first level-1 heading in the first lines of `body`, a `#` heading
 * or a setext one (a paragraph underlined with `===`), as the preview finds it: not in code, a
 * comment, or the lines of a list item that only look like one. The body is parsed only when a
 * line may be a heading, up to that line first (block structure reads line by line, so the parse
 * holds), and then, when that line was not one, once to the line limit.
 */
export function firstHeading(body: string): string | undefined {
	const lines = body.split(/\r\n|\r|\n/, maxHeadingLines);
	const first = lines.findIndex(line => headingCandidate.test(line));
	if (first === -1) {
		return undefined;
	}
	return headingIn(lines.slice(0, first + 1).join('\n')) ?? (first + 1 < lines.length ? headingIn(lines.join('\n')) : undefined);
}

/**
 * The `title:` of a header that cannot be read, so that a broken entry still shows its name: a
 * quoted title read as YAML reads it, even across lines that are not indented; a plain one to the
 * end of its line, before a comment; a quote that never closes left out.
 */
function salvageTitle(text: string): string | undefined {
	const header = headerTextToSalvage(text);
	const key = header === undefined ? null : /^title:[ \t]*/im.exec(header);
	if (header === undefined || !key) {
		return undefined;
	}
	const start = key.index + key[0].length;
	const quoted = header[start] === '"' || header[start] === "'" ? readQuotedScalar(header, start) : undefined;
	if (quoted !== undefined) {
		return readText(quoted);
	}
	const line = /[^\r\n]*/y;
	line.lastIndex = start;
	const written = line.exec(header)?.[0] ?? '';
	return readText(/^["']/.test(written) ? written.slice(1) : written.replace(/[ \t]#.*$/, ''));
}

/** `{ [key]: value }`, or nothing when the value is missing: keeps absent keys out of the summaries. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
	return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A `continues:` (or `program:`) value as a path below the journal folder: `/` between segments, no leading `./` or `/`. */
export function continuesPath(value: unknown): string | undefined {
	const path = readText(value)?.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
	return path === undefined || path === '' ? undefined : path;
}

/** The dates of a `reviews` value (a YAML list, a date, or dates separated by commas): valid ones only, ascending, each once. */
export function readReviewDates(value: unknown): IsoDate[] {
	const items: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	const dates = new Set<IsoDate>();
	for (const item of items) {
		const date = readDateValue(item);
		if (date !== undefined) {
			dates.add(date);
		}
	}
	return [...dates].sort();
}

/** A part of the return on one line, shortened; `undefined` when empty. */
function returnText(text: string | undefined): string | undefined {
	const line = text?.replace(/\s+/g, ' ').trim();
	if (line === undefined || line === '') {
		return undefined;
	}
	return detached(line.length > maxReturnText ? `${line.slice(0, maxReturnText - 1)}…` : line);
}

/** The recorded return of an entry whose header has `actual` or `cost`: only those pay for reading the body's answers. */
function effortReturnOf(text: string, data: Readonly<Record<string, unknown>>): EffortReturn | undefined {
	const actual = returnText(readText(data.actual));
	const cost = returnText(readText(data.cost));
	if (actual === undefined && cost === undefined) {
		return undefined;
	}
	const stated = readStatedReturn(text);
	return {
		...optional('baseline', returnText(stated.baseline)),
		...optional('target', returnText(stated.target)),
		...optional('actual', actual),
		...optional('cost', cost),
	};
}

/** A header flag that is on: `true`, or `yes`/`true` written as text. */
function isTrue(value: unknown): boolean {
	return value === true || (typeof value === 'string' && /^(?:true|yes)$/i.test(value.trim()));
}

function latest(dates: readonly IsoDate[]): IsoDate | undefined {
	return dates.reduce<IsoDate | undefined>((last, date) => last === undefined || date > last ? date : last, undefined);
}

/** Header keys other tools use to sort notes, read as areas only through the user's mapping. */
const categoryKeys: readonly string[] = ['category', 'categories'];

/** The area ids of a header: the area keys' values, and the mapped values of the category keys, each once. */
function readAreas(data: Readonly<Record<string, unknown>>, mapping: ReadonlyMap<string, string>): string[] {
	const areas: string[] = [];
	const add = (id: string | undefined) => {
		if (id !== undefined && !areas.includes(id)) {
			areas.push(id);
		}
	};
	for (const key of areaKeys) {
		for (const area of readList(data[key])) {
			const id = area.toLowerCase();
			add(mapping.get(id) ?? id);
		}
	}
	for (const key of categoryKeys) {
		for (const category of readList(data[key])) {
			add(mapping.get(category.toLowerCase()));
		}
	}
	return areas;
}

/** The tags of the `tags` key (and `tag`, Obsidian's older one), and of the body when the options ask for them. */
function readTags(data: Readonly<Record<string, unknown>>, body: string, options: ReaderOptions): string[] {
	const tags = [...readList(data.tags), ...readList(data.tag)].map(tag => tag.replace(/^#/, ''));
	return [...new Set(options.bodyTags ? [...tags, ...readBodyTags(body)] : tags)];
}

/** The title an entry without a usable `title:` key shows: its first heading or its file name, in the order the options say. */
function fallbackTitle(body: string, fileName: string, options: ReaderOptions): string {
	const fromName = fileName.replace(/\.md$/i, '');
	return options.titleFrom === 'fileName' ? fromName : firstHeading(body) ?? fromName;
}

/** Builds the index's summary of one file from its text, read with `options`. Never throws. */
export function readEntry(text: string, facts: FileFacts, options: ReaderOptions = defaultReaderOptions): EntrySummary {
	const fileName = fileNameOf(facts.uri);
	const parsed = parseHeader(text);
	const data = withKnownKeys(parsed.data);
	const areas = readAreas(data, options.areaMapping);
	const body = text.slice(parsed.bodyOffset);
	const title = readTitle(text, data.title) ?? (parsed.problem && salvageTitle(text)) ?? fallbackTitle(body, fileName, options);
	const aliases = readList(data.aliases ?? data.alias);
	const status = readText(data.status)?.toLowerCase();
	const questions = questionProgress(body, true);
	const commitments = parseCommitments(body, lineOfOffset(text, parsed.bodyOffset));
	const confidence = typeof data.confidence === 'number' && data.confidence >= 0 && data.confidence <= 100 ? data.confidence : undefined;
	const outcome = readText(data.outcome)?.toLowerCase();
	const quality = readText(data.decisionQuality)?.toLowerCase();
	const reviews = readReviewDates(data.reviews);
	const scores = readCheckInScores(body);
	const phases = readList(data.phases).map(phase => phase.toLowerCase());
	return {
		uri: facts.uri,
		fileName,
		title: title.length > 300 ? `${title.slice(0, 299)}…` : detached(title),
		...entryDate(data, facts.uri),
		areas,
		tags: readTags(data, body, options),
		...(aliases.length > 0 ? { aliases } : {}),
		people: readList(data.people),
		status,
		review: readDateValue(data.review),
		...(reviews.length > 0 ? { reviews } : {}),
		...optional('lastReviewed', latest(recordedReviewDates(body))),
		mtime: facts.mtime,
		size: facts.size,
		problem: conflictProblem(text) ?? parsed.problem,
		...(questions.total > 0 ? { questions } : {}),
		...(commitments.length > 0 ? { commitments } : {}),
		...optional('decided', readDateValue(data.decided)),
		...optional('closed', readDateValue(data.closed)),
		...optional('confidence', confidence),
		...optional('outcome', (decisionOutcomes as readonly string[]).includes(outcome ?? '') ? outcome as DecisionOutcome : undefined),
		...optional('decisionQuality', (decisionQualities as readonly string[]).includes(quality ?? '') ? quality as DecisionQuality : undefined),
		...optional('continues', continuesPath(data.continues)),
		...optional('program', continuesPath(data.program)),
		...optional('phase', readText(data.phase)?.toLowerCase()),
		...(phases.length > 0 ? { phases } : {}),
		...optional('effortReturn', parsed.problem ? undefined : effortReturnOf(text, data)),
		...optional('energy', scores.energy),
		...optional('mood', scores.mood),
		...optional('confidential', isTrue(data.confidential) ? true : undefined),
	};
}

/** The problem of a text a merge left conflict markers in, located; `undefined` when it has none. */
function conflictProblem(text: string): EntryProblem | undefined {
	const markers = findConflictMarkers(text);
	return markers && { code: 'conflictMarkers', line: markers.lines[0], detail: markers.lines.map(line => line + 1).join(', ') };
}

/** A summary for a file that could not be read as text at all. */
export function unreadableEntry(facts: FileFacts, problem: EntryProblem): EntrySummary {
	const fileName = fileNameOf(facts.uri);
	return { uri: facts.uri, fileName, title: fileName, ...entryDate({}, facts.uri), areas: [], tags: [], people: [], mtime: facts.mtime, size: facts.size, problem };
}
