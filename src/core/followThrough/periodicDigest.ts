import type { AreaCatalog, ChallengeArea } from '../model/areas';
import type { Commitment, EntrySummary } from '../model/entry';
import { addDays, type IsoDate } from '../model/dates';
import type { Period, PeriodKind } from '../model/periods';
import { nextReview } from './reviewDates';
import { checkInFigures, type CheckInFigures } from './checkInTrend';
import { isOpen } from './commitmentGroups';

/** The name of each review's file after its start date (as in `2026-11-23-weekly-review.md`), and of its lens. */
export const reviewNames: Readonly<Record<PeriodKind, string>> = { week: 'weekly-review', month: 'monthly-review', quarter: 'quarterly-review' };

/** An area is quiet when its newest entry is older than this many days before the period's end. */
export const quietDays: Readonly<Record<PeriodKind, number>> = { week: 30, month: 30, quarter: 90 };

/** Statuses that mean a decision was made, for entries without a `decided` date. */
const decidedStatuses: readonly string[] = ['decided', 'implementing', 'reviewing', 'closed'];

/** A commitment and the entry it is written in. */
export interface CommitmentItem {
	/** The entry that holds it. */
	readonly entry: EntrySummary;
	/** The action item. */
	readonly commitment: Commitment;
}

/** The entries of one area. */
export interface AreaEntries {
	/** The area, or `undefined` for entries that name no known area. */
	readonly area?: ChallengeArea;
	/** Its entries of the period, oldest first. */
	readonly entries: readonly EntrySummary[];
}

/** An area with no recent entry. */
export interface QuietArea {
	/** The area. */
	readonly area: ChallengeArea;
	/** The date of its newest entry, when it has one. */
	readonly lastEntry?: IsoDate;
}

/** A decision and the day it was made. */
export interface Decision {
	/** The entry that records it. */
	readonly entry: EntrySummary;
	/** Its `decided` date, else its `date`. */
	readonly on: IsoDate;
}

/** What the journal says about a period, for its review. */
export interface ReviewDigest {
	/** Entries dated in the period, by area in catalog order; those with no known area last. */
	readonly entriesByArea: readonly AreaEntries[];
	/** Decisions made in the period, oldest first. */
	readonly decisions: readonly Decision[];
	/** Commitments done in the period. */
	readonly done: readonly CommitmentItem[];
	/** Open commitments that are not overdue, soonest due first, undated last. */
	readonly open: readonly CommitmentItem[];
	/** Open commitments due before today, oldest first. */
	readonly overdue: readonly CommitmentItem[];
	/** Entries not closed whose review date is on or before the period's end, oldest first. */
	readonly reviewsDue: readonly EntrySummary[];
	/** Areas with no entry in the last {@link quietDays} days before the period's end. */
	readonly quietAreas: readonly QuietArea[];
	/** The energy and mood of the check-ins dated in the period. */
	readonly checkIns: CheckInFigures;
	/** Of a week only: the energy and mood of the check-ins of the week before, to compare with. */
	readonly checkInsBefore?: CheckInFigures;
}

/** Whether an entry is itself a periodic review; those are not listed as entries of a period. */
export function isPeriodicReview(entry: EntrySummary): boolean {
	return Object.values(reviewNames).some(name => entry.fileName.endsWith(`-${name}.md`));
}

function byDateThenTitle<T>(dateOf: (item: T) => string, titleOf: (item: T) => string): (a: T, b: T) => number {
	return (a, b) => dateOf(a).localeCompare(dateOf(b)) || titleOf(a).localeCompare(titleOf(b));
}

/** Sorts undated items after every date. */
const undated = '9999-99-99';

function entriesByArea(entries: readonly EntrySummary[], catalog: AreaCatalog): AreaEntries[] {
	const sorted = [...entries].sort(byDateThenTitle(entry => entry.date ?? undated, entry => entry.title));
	const groups: AreaEntries[] = catalog.areas
		.map(area => ({ area, entries: sorted.filter(entry => entry.areas.includes(area.id)) }));
	groups.push({ entries: sorted.filter(entry => !entry.areas.some(id => catalog.has(id))) });
	return groups.filter(group => group.entries.length > 0);
}

function quietAreas(entries: readonly EntrySummary[], catalog: AreaCatalog, period: Period): QuietArea[] {
	const since = addDays(period.end, -quietDays[period.kind]);
	return catalog.areas.flatMap(area => {
		let lastEntry: IsoDate | undefined;
		for (const entry of entries) {
			if (entry.date !== undefined && entry.areas.includes(area.id) && (lastEntry === undefined || entry.date > lastEntry)) {
				lastEntry = entry.date;
			}
		}
		if (lastEntry !== undefined && lastEntry >= since) {
			return [];
		}
		return [lastEntry === undefined ? { area } : { area, lastEntry }];
	});
}

/**
 * Gathers what a review of `period` lists, from every entry of the journal, on `today`.
 * Files that could not be read are left out; periodic reviews are not counted as entries of an area.
 */
export function digestPeriod(period: Period, journal: Iterable<EntrySummary>, catalog: AreaCatalog, today: IsoDate): ReviewDigest {
	const inPeriod = (date: IsoDate | undefined) => date !== undefined && date >= period.start && date <= period.end;
	const entries = [...journal].filter(entry => !entry.problem);
	const notReviews = entries.filter(entry => !isPeriodicReview(entry));
	const commitments = entries.flatMap(entry => (entry.commitments ?? []).map(commitment => ({ entry, commitment })));
	const dueOf = (item: CommitmentItem) => item.commitment.due ?? undated;
	const byDue = byDateThenTitle(dueOf, item => item.commitment.text);
	const isOverdue = (item: CommitmentItem) => item.commitment.due !== undefined && item.commitment.due < today;
	const open = commitments.filter(item => isOpen(item.commitment));
	return {
		entriesByArea: entriesByArea(notReviews.filter(entry => inPeriod(entry.date)), catalog),
		decisions: entries
			.flatMap(entry => {
				const on = entry.decided ?? (decidedStatuses.includes(entry.status ?? '') ? entry.date : undefined);
				return on !== undefined && inPeriod(on) ? [{ entry, on }] : [];
			})
			.sort(byDateThenTitle(decision => decision.on, decision => decision.entry.title)),
		done: commitments
			.filter(item => item.commitment.done && inPeriod(item.commitment.doneOn ?? item.entry.date))
			.sort(byDateThenTitle(item => item.commitment.doneOn ?? item.entry.date ?? undated, item => item.commitment.text)),
		open: open.filter(item => !isOverdue(item)).sort(byDue),
		overdue: open.filter(isOverdue).sort(byDue),
		reviewsDue: entries
			.filter(entry => (nextReview(entry) ?? undated) <= period.end && entry.status !== 'closed')
			.sort(byDateThenTitle(entry => nextReview(entry) ?? undated, entry => entry.title)),
		quietAreas: quietAreas(notReviews, catalog, period),
		checkIns: checkInFigures(entries, period.start, period.end),
		...(period.kind === 'week' ? { checkInsBefore: checkInFigures(entries, addDays(period.start, -7), addDays(period.start, -1)) } : {}),
	};
}
