import { readDateValue, type IsoDate } from '../model/dates';
import { parseCommitments } from '../followThrough/commitments';
import { recordedReviewDates } from '../followThrough/reviewDates';
import { readStatedReturn } from '../followThrough/conclusion';
import { decisionOutcomes, decisionQualities, maxReturnText, type DecisionOutcome, type DecisionQuality, type EffortReturn, type EntryProblem, type EntrySummary } from '../model/entry';
import { parseHeader, splitHeader } from '../text/header';
import { BlockTracker } from '../text/markdownBlocks';
import { questionProgress } from '../coaching/questions';
import { readCheckInScores } from '../coaching/checkInScores';
import { areaKeys } from '../text/headerValues';
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
	const name = uri.slice(uri.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(name);
	} catch {
		return name;
	}
}

/** Reads a list written as a YAML list, a single value, or a comma-separated string. */
export function readList(value: unknown): string[] {
	const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
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

/** The text of the first `#` heading outside fenced code, or `undefined`. */
export function firstHeading(body: string): string | undefined {
	const blocks = new BlockTracker();
	for (const line of body.split('\n', 2000)) {
		const heading = blocks.consume(line) ? null : /^ {0,3}# +(.*?)(?: +#+)? *\r?$/.exec(line);
		if (heading && heading[1].trim() !== '') {
			return heading[1].trim();
		}
	}
	return undefined;
}

/** The `title:` line of a header that does not parse, so that a broken entry still shows its name. */
function salvageTitle(text: string): string | undefined {
	const split = splitHeader(text);
	const line = 'block' in split ? /^title:[ \t]*(.*?)[ \t]*\r?$/m.exec(split.block) : null;
	return readText(line?.[1].replace(/^(["'])(.*)\1$/, '$2'));
}

/** `{ [key]: value }`, or nothing when the value is missing: keeps absent keys out of the summaries. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
	return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A `continues:` value as a path below the journal folder: `/` between segments, no leading `./` or `/`. */
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
	const data = parsed.data;
	const areas = readAreas(data, options.areaMapping);
	const body = text.slice(parsed.bodyOffset);
	const title = readText(data.title) ?? (parsed.problem && salvageTitle(text)) ?? fallbackTitle(body, fileName, options);
	const aliases = readList(data.aliases ?? data.alias);
	const status = readText(data.status)?.toLowerCase();
	const questions = questionProgress(body, true);
	const commitments = parseCommitments(body, lineOfOffset(text, parsed.bodyOffset));
	const confidence = typeof data.confidence === 'number' && data.confidence >= 0 && data.confidence <= 100 ? data.confidence : undefined;
	const outcome = readText(data.outcome)?.toLowerCase();
	const quality = readText(data.decisionQuality)?.toLowerCase();
	const reviews = readReviewDates(data.reviews);
	const scores = readCheckInScores(body);
	return {
		uri: facts.uri,
		fileName,
		title: title.length > 300 ? `${title.slice(0, 299)}…` : detached(title),
		date: readDateValue(data.date) ?? readDateValue(data.created),
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
		...optional('effortReturn', parsed.problem ? undefined : effortReturnOf(text, data)),
		...optional('energy', scores.energy),
		...optional('mood', scores.mood),
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
	return { uri: facts.uri, fileName, title: fileName, areas: [], tags: [], people: [], mtime: facts.mtime, size: facts.size, problem };
}
