import type { AreaCatalog, ChallengeArea } from '../model/areas';
import { checkInName, planCheckIn, type Lens } from '../coaching/lens';
import { planNewEntry, type NewEntryPlan, type NewEntryRequest } from '../coaching/newEntry';
import { addDays, addMonths, toIsoDate, type IsoDate } from '../model/dates';
import { displayDate, entryStatuses, type DecisionOutcome, type EntrySummary } from '../model/entry';
import type { JournalFileSystem } from '../model/ports';
import { decodeText, looksBinary, maxEntryBytes } from '../text/textFile';
import { readConclusion } from './conclusion';
import { quoted } from './followUp';
import { isPeriodicReview } from './periodicDigest';
import { entryLink } from './periodicReview';

/** The template variable that places Earlier in this area; templates without it get the block after their intro. */
export const earlierInAreaVariable = 'earlierInArea';

/** How many conclusions Earlier in this area lists at most. */
export const earlierInAreaCount = 3;

/** How many days on either side of a day On this day looks when nothing is dated that very day. */
export const nearDays = 3;

/** How far back On this day looks, in calendar months, and what it calls each. */
const lookBackSpans: readonly { readonly label: string; readonly months: number }[] = [
	{ label: 'A month ago', months: 1 },
	{ label: 'Three months ago', months: 3 },
	{ label: 'A year ago', months: 12 },
];

const outcomeWords: Readonly<Record<DecisionOutcome, string>> = {
	'better': 'better than expected',
	'as-expected': 'as expected',
	'worse': 'worse than expected',
};

/** Statuses that mean a decision was made: `decided` and every one after it. */
const decidedStatuses: readonly string[] = entryStatuses.slice(entryStatuses.indexOf('decided'));

/** Whether an entry is a check-in, by its file name: `<date>-check-in.md`. */
export function isCheckIn(entry: EntrySummary): boolean {
	return entry.fileName.endsWith(`-${checkInName}.md`);
}

/** Whether an entry is about a challenge: readable, and neither a check-in nor a periodic review. */
function isChallengeEntry(entry: EntrySummary): boolean {
	return !entry.problem && !isCheckIn(entry) && !isPeriodicReview(entry);
}

/** Whether an entry records a decision: its status is `decided` or later. */
export function hasDecision(entry: EntrySummary): boolean {
	return entry.status !== undefined && decidedStatuses.includes(entry.status);
}

function withoutTrailingSlash(uri: string): string {
	return uri.replace(/\/+$/, '');
}

/** The URI of the year folder below the journal folder that an entry created on `today` goes into. */
function yearFolderUri(journalRootUri: string, today: IsoDate): string {
	return `${withoutTrailingSlash(journalRootUri)}/${today.slice(0, 4)}`;
}

/** Text safe inside `_…_` emphasis: markdown's inline markers escaped. */
function plainText(text: string): string {
	return text.replace(/[\\`*_[\]<]/g, '\\$&');
}

/** What Earlier in this area looks at. */
export interface EarlierInAreaRequest {
	/** Every indexed entry; those outside the journal folder are left out. */
	readonly entries: Iterable<EntrySummary>;
	/** The area of the new entry. */
	readonly areaId: string;
	/** The URI of the journal folder, as a string. */
	readonly journalRootUri: string;
	/** The day of the new entry: later entries are not "earlier". */
	readonly today: IsoDate;
}

/**
 * The conclusions a new entry looks back on: the entries of its area in the journal folder that
 * record a decision (status `decided` or later) and are dated on or before today, newest first by
 * date, at most {@link earlierInAreaCount}. Entries that need attention, check-ins and periodic
 * reviews are left out.
 */
export function earlierConclusions(request: EarlierInAreaRequest): EntrySummary[] {
	const root = `${withoutTrailingSlash(request.journalRootUri)}/`;
	return [...request.entries]
		.filter(entry => entry.uri.startsWith(root) && isChallengeEntry(entry) && entry.areas.includes(request.areaId)
			&& hasDecision(entry) && displayDate(entry) <= request.today)
		.sort((a, b) => displayDate(b).localeCompare(displayDate(a)) || a.title.localeCompare(b.title) || a.uri.localeCompare(b.uri))
		.slice(0, earlierInAreaCount);
}

/** A conclusion and the choice it records. */
export interface EarlierConclusion {
	/** The entry, as the index knows it. */
	readonly entry: EntrySummary;
	/** The answer under `### My choice` of its Decision stage, as written; `undefined` when the file could not be read. */
	readonly choice?: string;
}

/** Reads the choice of each conclusion from its file; one that cannot be read is kept without its choice. */
export function readChoices(conclusions: readonly EntrySummary[], fs: Pick<JournalFileSystem, 'readFile'>, today: IsoDate): Promise<EarlierConclusion[]> {
	return Promise.all(conclusions.map(async (entry): Promise<EarlierConclusion> => {
		try {
			const bytes = await fs.readFile(entry.uri);
			if (bytes.length > maxEntryBytes || looksBinary(bytes)) {
				return { entry };
			}
			return { entry, choice: readConclusion(decodeText(bytes), today).choice };
		} catch {
			return { entry };
		}
	}));
}

/** The conclusions of {@link earlierConclusions}, each with its choice read from its file through `fs`. */
export function findEarlierInArea(request: EarlierInAreaRequest, fs: Pick<JournalFileSystem, 'readFile'>): Promise<EarlierConclusion[]> {
	return readChoices(earlierConclusions(request), fs, request.today);
}

/** How a decision turned out: its `outcome` and `decisionQuality`, else "not reviewed yet". */
function turnedOut(entry: EntrySummary): string {
	const outcome = entry.outcome && outcomeWords[entry.outcome];
	const quality = entry.decisionQuality && `decision: ${entry.decisionQuality}`;
	if (outcome && quality) {
		return `${outcome} (${quality})`;
	}
	return outcome ?? quality ?? 'not reviewed yet';
}

/**
 * "Earlier in this area", as markdown: each conclusion as a link relative to the folder `folderUri`
 * of the new entry, with its date and status, the choice made and how it turned out. Never a task
 * line, so that no commitment is copied. `''` when there is no conclusion.
 */
export function renderEarlierInArea(conclusions: readonly EarlierConclusion[], area: ChallengeArea, folderUri: string, today: IsoDate): string {
	if (conclusions.length === 0) {
		return '';
	}
	const lines = [
		'## Earlier in this area',
		'',
		`_The last decisions in ${plainText(area.name)}, as the journal had them on ${today}. Delete this section if you do not need it._`,
		'',
	];
	for (const { entry, choice } of conclusions) {
		lines.push(`- ${entryLink(entry, folderUri)}, ${displayDate(entry)}${entry.status ? ` · ${entry.status}` : ''}`);
		if (choice !== undefined) {
			lines.push(`  - **My choice:** ${quoted(choice)}`);
		}
		lines.push(`  - **How it turned out:** ${turnedOut(entry)}`);
	}
	return lines.join('\n');
}

/** A new entry and the conclusions it looks back on. */
export interface LookingBackRequest extends NewEntryRequest {
	/** The URI of the journal folder, as a string; the links are relative to the new entry's year folder in it. */
	readonly journalRootUri: string;
	/** The conclusions to list, from {@link findEarlierInArea}; none for no block. */
	readonly earlier: readonly EarlierConclusion[];
}

/**
 * Plans a new entry with Earlier in this area: where the template holds `{{earlierInArea}}` the
 * block goes there, else right after the title and intro, before the first stage. No conclusion, no block.
 */
export function planNewEntryLookingBack(request: LookingBackRequest, template: string): NewEntryPlan {
	const today = toIsoDate(request.now);
	const block = renderEarlierInArea(request.earlier, request.area, yearFolderUri(request.journalRootUri, today), today);
	return planNewEntry(request, template, {}, { name: earlierInAreaVariable, text: block });
}

/** The day of an On this day span and the entries found for it. */
export interface LookBackDay {
	/** What the span is called, e.g. `A month ago`. */
	readonly label: string;
	/** The day that far back. */
	readonly day: IsoDate;
	/** The entries dated that day, else those within {@link nearDays} days of it, oldest first. */
	readonly entries: readonly EntrySummary[];
}

/**
 * On this day: for one month, three months and one year before `today` (the same day of the month,
 * or the month's last day when it has no such day), the entries of the journal folder dated that
 * day, or, when none is, those dated within {@link nearDays} days of it. Spans with no entry are left
 * out, and so are undated entries, entries that need attention, check-ins and periodic reviews.
 */
export function onThisDay(entries: Iterable<EntrySummary>, today: IsoDate, journalRootUri: string): LookBackDay[] {
	const root = `${withoutTrailingSlash(journalRootUri)}/`;
	const dated = [...entries].filter((entry): entry is EntrySummary & { readonly date: IsoDate } =>
		entry.date !== undefined && entry.uri.startsWith(root) && isChallengeEntry(entry));
	const listed = new Set<string>();
	return lookBackSpans.flatMap(({ label, months }) => {
		const day = addMonths(today, -months);
		const from = addDays(day, -nearDays);
		const to = addDays(day, nearDays);
		const near = dated.filter(entry => entry.date >= from && entry.date <= to && !listed.has(entry.uri));
		const exact = near.filter(entry => entry.date === day);
		const found = (exact.length > 0 ? exact : near)
			.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.uri.localeCompare(b.uri));
		for (const entry of found) {
			listed.add(entry.uri);
		}
		return found.length > 0 ? [{ label, day, entries: found }] : [];
	});
}

/** "On this day", as markdown: each entry as a link relative to the folder `folderUri`, with its date and areas. `''` when there is none. */
export function renderOnThisDay(days: readonly LookBackDay[], catalog: AreaCatalog, folderUri: string): string {
	if (days.length === 0) {
		return '';
	}
	const lines = ['## On this day', ''];
	for (const { label, day, entries } of days) {
		lines.push(`**${label}, ${day}**`, '');
		for (const entry of entries) {
			const areas = entry.areas.map(id => catalog.get(id)?.name ?? id).join(', ');
			lines.push(`- ${entryLink(entry, folderUri)}, ${displayDate(entry)}${areas ? ` · ${areas}` : ''}`);
		}
		lines.push('');
	}
	return lines.join('\n').trimEnd();
}

/** Today's check-in and the journal it looks back on. */
export interface CheckInLookingBackRequest {
	/** The check-in questions. */
	readonly lens: Lens;
	/** The moment of creation. */
	readonly now: Date;
	/** Every indexed entry; those outside the journal folder are left out. */
	readonly entries: Iterable<EntrySummary>;
	/** The areas, for their names. */
	readonly catalog: AreaCatalog;
	/** The URI of the journal folder, as a string. */
	readonly journalRootUri: string;
}

/** Plans today's check-in with On this day between its title and its questions, when there is anything to show. */
export function planCheckInLookingBack(request: CheckInLookingBackRequest): NewEntryPlan {
	const today = toIsoDate(request.now);
	const days = onThisDay(request.entries, today, request.journalRootUri);
	return planCheckIn(request.lens, request.now, renderOnThisDay(days, request.catalog, yearFolderUri(request.journalRootUri, today)));
}
