import { answerText } from '../coaching/answers';
import type { IsoDate } from '../model/dates';
import { decisionOutcomes, type DecisionOutcome, type EntrySummary } from '../model/entry';
import type { HeaderValue } from '../text/headerEdit';
import { statusChange } from './status';
import { findQuestions } from '../coaching/questions';

/** What Review Entry writes: a section appended at the end, and header keys. */
export interface EntryReviewPlan {
	/** The after-action review to append, starting with a line break. */
	readonly appendix: string;
	/** Offset within {@link appendix} of the line under "What actually happened?", where the cursor goes. */
	readonly cursorOffset: number;
	/** Header keys to set: `outcome`, `confidence` when the decision block states it, and `status: reviewing`. */
	readonly header: Record<string, HeaderValue>;
}

/** The answer to the first question whose text starts with `prefix`, ignoring case; `''` when there is none. */
function answerTo(text: string, prefix: string): string {
	const question = findQuestions(text).find(candidate => candidate.text.toLowerCase().startsWith(prefix));
	return question ? answerText(text, question) : '';
}

/** The confidence stated in the decision block: the first whole number from 0 to 100 in its answer. */
export function statedConfidence(text: string): number | undefined {
	const match = /(?:^|[^\d.])(\d{1,3})(?![\d.])/.exec(answerTo(text, 'confidence'));
	const value = match ? Number(match[1]) : NaN;
	return value >= 0 && value <= 100 ? value : undefined;
}

/** Whether `value` is a recorded outcome. */
export function isDecisionOutcome(value: string | undefined): value is DecisionOutcome {
	return (decisionOutcomes as readonly (string | undefined)[]).includes(value);
}

/**
 * Review Entry: an after-action review appended to the entry (what was expected, taken from the
 * decision block's expected outcome; what happened; why; what next), and the outcome recorded in
 * the header so that the decision can be scored against the confidence stated when it was made.
 */
export function planEntryReview(text: string, entry: EntrySummary, outcome: DecisionOutcome | undefined, today: IsoDate, eol: string): EntryReviewPlan {
	const expected = answerTo(text, 'expected outcome');
	const quoted = expected === '' ? '_The decision block does not say._' : expected.split(/\r?\n/).map(line => `> ${line}`.trimEnd()).join(eol);
	const lead = text === '' || /\n$/.test(text) ? '' : eol;
	const before = `${lead}${eol}## Review, ${today}${eol}${eol}### What did you expect to happen?${eol}${eol}${quoted}${eol}${eol}### What actually happened?${eol}`;
	const appendix = `${before}${eol}### Why was there a difference?${eol}${eol}### What will you do next?${eol}`;
	const header: Record<string, HeaderValue> = entry.status === 'closed' || entry.status === 'reviewing' ? {} : statusChange(entry, 'reviewing', today);
	if (outcome) {
		header.outcome = outcome;
	}
	const confidence = entry.confidence ?? statedConfidence(text);
	if (entry.confidence === undefined && confidence !== undefined) {
		header.confidence = confidence;
	}
	return { appendix, cursorOffset: before.length, header };
}
