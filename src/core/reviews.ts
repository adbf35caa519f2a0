import { addDays, type IsoDate } from './dates';
import type { EntrySummary } from './entry';
import { periodOf } from './periods';

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

/** Whether an entry is due for review on `today`: its `review` date has come, and it is not closed or broken. */
export function isReviewDue(entry: EntrySummary, today: IsoDate): boolean {
	return entry.review !== undefined && entry.review <= today && entry.status !== 'closed' && !entry.problem;
}

/** The entries due for review on `today`, the longest overdue first. */
export function reviewsDue(entries: Iterable<EntrySummary>, today: IsoDate): EntrySummary[] {
	const due: EntrySummary[] = [];
	for (const entry of entries) {
		if (isReviewDue(entry, today)) {
			due.push(entry);
		}
	}
	return due.sort((a, b) => (a.review! < b.review! ? -1 : a.review! > b.review! ? 1 : a.title.localeCompare(b.title)));
}
