import { addDays, type IsoDate } from '../model/dates';
import type { EntrySummary } from '../model/entry';
import { periodOf } from '../model/periods';

/** A choice offered by Schedule Review. */
export interface ReviewDateChoice {
	/** Which choice: one week, 30 days, 90 days, or the end of the quarter. */
	readonly id: 'week' | 'days30' | 'days90' | 'quarterEnd';
	/** The review date it sets. */
	readonly date: IsoDate;
}

/** The review dates Schedule Review offers on `today`; the quarter follows the fiscal year. */
export function reviewDateChoices(today: IsoDate, fiscalYearStartMonth: number): ReviewDateChoice[] {
	return [
		{ id: 'week', date: addDays(today, 7) },
		{ id: 'days30', date: addDays(today, 30) },
		{ id: 'days90', date: addDays(today, 90) },
		{ id: 'quarterEnd', date: periodOf('quarter', today, fiscalYearStartMonth).end },
	];
}

/** Whether an entry comes due for review some day: it has a `review` date, and it is not closed or broken. */
export function isReviewable(entry: EntrySummary): boolean {
	return entry.review !== undefined && entry.status !== 'closed' && !entry.problem;
}

/** Whether an entry is due for review on `today`: its `review` date has come, and it is not closed or broken. */
export function isReviewDue(entry: EntrySummary, today: IsoDate): boolean {
	return isReviewable(entry) && entry.review! <= today;
}

const titleCollator = new Intl.Collator();

/** The earliest review date first; then by title; then by URI, so the order is total. */
export function compareByReview(a: EntrySummary, b: EntrySummary): number {
	const reviewA = a.review ?? '';
	const reviewB = b.review ?? '';
	return reviewA < reviewB ? -1 : reviewA > reviewB ? 1 : titleCollator.compare(a.title, b.title) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/** The entries due for review on `today`, the longest overdue first. */
export function reviewsDue(entries: Iterable<EntrySummary>, today: IsoDate): EntrySummary[] {
	const due: EntrySummary[] = [];
	for (const entry of entries) {
		if (isReviewDue(entry, today)) {
			due.push(entry);
		}
	}
	return due.sort(compareByReview);
}
