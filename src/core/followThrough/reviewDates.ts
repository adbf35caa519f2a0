import { addDays, isValidIsoDate, type IsoDate } from '../model/dates';
import type { EntrySummary } from '../model/entry';
import { periodOf } from '../model/periods';
import { BlockTracker, splitLines } from '../text/markdownBlocks';

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

/** A decision review's heading, as Review Entry writes it: `## Review, YYYY-MM-DD`. */
const reviewHeading = /^ {0,3}## +Review, (\d{4}-\d{2}-\d{2})[ \t]*$/;

/**
 * The dates of the decision reviews recorded in `body`: each `## Review, YYYY-MM-DD` heading
 * outside fenced code and HTML comments, in the order written. A body without "## Review, " is
 * not split into lines.
 */
export function recordedReviewDates(body: string): IsoDate[] {
	if (!body.includes('## Review, ')) {
		return [];
	}
	const tracker = new BlockTracker();
	const dates: IsoDate[] = [];
	for (const line of splitLines(body)) {
		const date = tracker.consume(line) ? undefined : reviewHeading.exec(line)?.[1];
		if (date !== undefined && isValidIsoDate(date)) {
			dates.push(date);
		}
	}
	return dates;
}

/**
 * The review date that comes next for an entry: the earlier of its `review` date and the first
 * date of its `reviews` list not yet reviewed. A listed date counts as reviewed once a decision
 * review dated on or after it is recorded in the entry (`lastReviewed`); the single `review` date
 * stays until it is changed, as it always has. `undefined` when nothing is left to review.
 */
export function nextReview(entry: Pick<EntrySummary, 'review' | 'reviews' | 'lastReviewed'>): IsoDate | undefined {
	const reviewed = entry.lastReviewed;
	const scheduled = entry.reviews?.find(date => reviewed === undefined || date > reviewed);
	if (scheduled === undefined || (entry.review !== undefined && entry.review < scheduled)) {
		return entry.review;
	}
	return scheduled;
}

/** Whether an entry comes due for review some day: it has a review date left ({@link nextReview}), and it is not closed or broken. */
export function isReviewable(entry: EntrySummary): boolean {
	return nextReview(entry) !== undefined && entry.status !== 'closed' && !entry.problem;
}

/** Whether an entry is due for review on `today`: its next review date has come, and it is not closed or broken. */
export function isReviewDue(entry: EntrySummary, today: IsoDate): boolean {
	return isReviewable(entry) && nextReview(entry)! <= today;
}

const titleCollator = new Intl.Collator();

/** The earliest next review date ({@link nextReview}) first; then by title; then by URI, so the order is total. */
export function compareByReview(a: EntrySummary, b: EntrySummary): number {
	const reviewA = nextReview(a) ?? '';
	const reviewB = nextReview(b) ?? '';
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
