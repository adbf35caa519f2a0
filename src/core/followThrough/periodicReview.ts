import type { AreaCatalog } from '../model/areas';
import type { EntrySummary } from '../model/entry';
import type { Lens } from '../coaching/lens';
import { planFixedEntry, type NewEntryPlan } from '../coaching/newEntry';
import type { Period, PeriodKind } from '../model/periods';
import { nextReview } from './reviewDates';
import { digestPeriod, quietDays, reviewNames, type CommitmentItem, type ReviewDigest } from './periodicDigest';
import type { CheckInFigures, ScoreAverage } from './checkInTrend';
import { momentVariables, renderTemplate, type RenderedTemplate } from '../coaching/template';
import { relativeUriPath } from '../model/uriPath';

/** What a weekly, monthly or quarterly review is made of. */
export interface PeriodicReviewRequest {
	/** The period under review; it names the file. */
	readonly period: Period;
	/** Every indexed entry; those outside the journal folder are left out. */
	readonly entries: Iterable<EntrySummary>;
	/** The areas, for grouping and for quiet areas. */
	readonly catalog: AreaCatalog;
	/** The questions that follow the lists. */
	readonly lens: Lens;
	/** The moment of creation: the entry's `date`, and "today" for what is overdue. */
	readonly now: Date;
	/** The URI of the journal folder, as a string. */
	readonly journalRootUri: string;
	/** More of what the review records: header lines after `period:`, and a section after the lists (a quarterly review's key people). */
	readonly more?: { readonly headerLines: readonly string[]; readonly section: string };
}

const reviewKinds: Readonly<Record<PeriodKind, { readonly title: string; readonly tag: string; readonly noun: string }>> = {
	week: { title: 'Weekly review', tag: 'weekly', noun: 'week' },
	month: { title: 'Monthly review', tag: 'monthly', noun: 'month' },
	quarter: { title: 'Quarterly review', tag: 'quarterly', noun: 'quarter' },
};

const none = '_None._';

/** Text safe as a link's label: brackets and backslashes escaped, line breaks flattened. */
function linkLabel(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\\[\]]/g, '\\$&');
}

/** A markdown link to an entry, labelled with its title, relative to the folder `folderUri` of the entry that holds it. */
export function entryLink(entry: EntrySummary, folderUri: string): string {
	const target = relativeUriPath(folderUri, entry.uri).replace(/[\s()<>]/g, character => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
	return `[${linkLabel(entry.title)}](${target})`;
}

function withStatus(entry: EntrySummary): string {
	return entry.status ? ` (${entry.status})` : '';
}

function commitmentLine({ entry, commitment }: CommitmentItem, folderUri: string, date: string | undefined): string {
	// A leading bracket would make the review's own line read as a task item.
	const text = commitment.text.replace(/^\[/, '\\[');
	const owner = commitment.owner ? ` @${commitment.owner}` : '';
	return `- ${text}${owner}${date ? `, ${date}` : ''}, in ${entryLink(entry, folderUri)}`;
}

function section(heading: string, lines: readonly string[]): string {
	return `**${heading}**\n\n${lines.length > 0 ? lines.join('\n') : none}\n`;
}

function checkInCount(count: number): string {
	return count === 1 ? '1 check-in' : `${count} check-ins`;
}

function scoreText(score: ScoreAverage, span: string): string {
	return score.average === undefined
		? `not answered ${span}`
		: `${score.average.toFixed(1)} on average ${span} (${checkInCount(score.count)})`;
}

/**
 * The energy and mood of a period's check-ins as one line, beside the week before's for a week:
 * "Energy: 3.6 on average this week (5 check-ins), 3.1 the week before (4 check-ins). Mood: …".
 */
export function checkInLine(current: CheckInFigures, before: CheckInFigures | undefined, noun: string): string {
	if (current.checkIns === 0) {
		return `No check-ins this ${noun}.`;
	}
	const score = (name: 'energy' | 'mood', label: string) => {
		const earlier = before === undefined ? ''
			: before[name].average === undefined ? `, none the ${noun} before`
				: `, ${before[name].average.toFixed(1)} the ${noun} before (${checkInCount(before[name].count)})`;
		return `${label}: ${scoreText(current[name], `this ${noun}`)}${earlier}.`;
	};
	return `${score('energy', 'Energy')} ${score('mood', 'Mood')}`;
}

/** The lists of a review, as markdown. */
function journalLists(digest: ReviewDigest, period: Period, folderUri: string): string {
	const link = (entry: EntrySummary) => entryLink(entry, folderUri);
	const due = (item: CommitmentItem) => item.commitment.due && `due ${item.commitment.due}`;
	return [
		section('Entries by area', digest.entriesByArea.flatMap(group => [
			`- ${group.area?.name ?? 'No known area'}`,
			...group.entries.map(entry => `  - ${link(entry)}${withStatus(entry)}`),
		])),
		section('Decisions made', digest.decisions.map(({ entry, on }) => `- ${link(entry)}, decided ${on}${withStatus(entry)}`)),
		section('Commitments done', digest.done.map(item => commitmentLine(item, folderUri, item.commitment.doneOn && `done ${item.commitment.doneOn}`))),
		section('Open commitments', digest.open.map(item => commitmentLine(item, folderUri, due(item)))),
		section('Overdue commitments', digest.overdue.map(item => commitmentLine(item, folderUri, due(item)))),
		section('Reviews due', digest.reviewsDue.map(entry => `- ${link(entry)}, review ${nextReview(entry)}${withStatus(entry)}`)),
		section(`Areas with no entry for ${quietDays[period.kind]} days`, digest.quietAreas.map(quiet =>
			`- ${quiet.area.name}: ${quiet.lastEntry ? `last entry ${quiet.lastEntry}` : 'no entry yet'}`)),
		section('Energy and mood', [checkInLine(digest.checkIns, digest.checkInsBefore, reviewKinds[period.kind].noun)]),
	].join('\n');
}

const header = (tag: string) => [
	'---',
	'title: {{title}}',
	'date: {{date}}',
	'areas: [general]',
	`tags: [review, ${tag}]`,
	'period: {{period}}',
	'---',
	'',
	'# {{title}}',
	'',
	'_{{start}} to {{end}}. The lists below were taken from the journal on {{date}}; they are not updated later._',
	'',
	'## The {{noun}} in the journal',
	'',
	'{{journalLists}}',
	'',
].join('\n');

/** Where the review of `period` goes below the journal folder: its year folder, then its file name. */
export function reviewPath(period: Period): string[] {
	const plan = planFixedEntry({ text: '', unknownVariables: [], cursorOffset: 0 }, period.start, reviewNames[period.kind]);
	return [...plan.folderSegments, ...plan.fileNames()];
}

/**
 * Plans a periodic review: a header, what the journal holds for the period, then the lens's questions.
 * One a period, so its name is fixed: `<year>/<period start>-weekly-review.md` and the like.
 */
export function planPeriodicReview(request: PeriodicReviewRequest): NewEntryPlan {
	const { period, lens } = request;
	const kind = reviewKinds[period.kind];
	const moment = momentVariables(request.now);
	const root = request.journalRootUri.replace(/\/+$/, '');
	const folderUri = [root, ...reviewPath(period).slice(0, -1)].join('/');
	const entries = [...request.entries].filter(entry => entry.uri.startsWith(`${root}/`));
	const digest = digestPeriod(period, entries, request.catalog, moment.date);
	// The lists go in as a variable's value, so that `{{…}}` in a title is never read as a variable.
	const more = request.more;
	const lists = journalLists(digest, period, folderUri);
	const rendered = renderTemplate(header(kind.tag) + lens.body, {
		...moment,
		title: `${kind.title}, ${period.label}`,
		period: period.id,
		start: period.start,
		end: period.end,
		noun: kind.noun,
		journalLists: more ? `${lists}\n${more.section}` : lists,
	});
	return planFixedEntry(more ? withHeaderLines(rendered, more.headerLines) : rendered, period.start, reviewNames[period.kind]);
}

/** A rendered review with `lines` added at the end of its header, as written: they are never read as template variables. */
function withHeaderLines(rendered: RenderedTemplate, lines: readonly string[]): RenderedTemplate {
	const at = rendered.text.indexOf('\n---', 3);
	const inserted = lines.map(line => `\n${line}`).join('');
	return { ...rendered, text: rendered.text.slice(0, at) + inserted + rendered.text.slice(at), cursorOffset: rendered.cursorOffset + inserted.length };
}
