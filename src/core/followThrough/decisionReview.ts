import { answerParagraph, answerText } from '../coaching/answers';
import type { IsoDate } from '../model/dates';
import { decisionOutcomes, decisionQualities, type DecisionOutcome, type DecisionQuality, type EntrySummary } from '../model/entry';
import type { HeaderValue } from '../text/headerEdit';
import { statusChange } from './status';
import { findQuestions } from '../coaching/questions';
import { commitmentStateWords, obstacleQuestion, readConclusion, type CommitmentStanding } from './conclusion';

/** What the leader answered when reviewing: each is left out when skipped. */
export interface ReviewAnswers {
	/** How it turned out against what was expected; left out when it is too early to tell. */
	readonly outcome?: DecisionOutcome;
	/** How sound the decision was, given what was known then. */
	readonly decisionQuality?: DecisionQuality;
	/** The measure's actual value now, as typed. */
	readonly actual?: string;
	/** What the effort cost (hours, money), as typed. */
	readonly cost?: string;
}

/** What Review Entry writes: a section appended at the end, and header keys. */
export interface EntryReviewPlan {
	/** The decision review to append, starting with a line break. */
	readonly appendix: string;
	/** Offset within {@link appendix} of the line under "What actually happened?", where the cursor goes. */
	readonly cursorOffset: number;
	/**
	 * Header keys to set: `status: reviewing`, `outcome`, `decisionQuality`, `actual` and `cost` when
	 * answered, and `confidence` when the decision block states it and the header does not.
	 */
	readonly header: Record<string, HeaderValue>;
	/** For new header keys, the key each goes below when the header has it: `decisionQuality` beside `outcome`. */
	readonly headerAfter: Readonly<Record<string, string>>;
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

/** Whether `value` is a recorded decision quality. */
export function isDecisionQuality(value: string | undefined): value is DecisionQuality {
	return (decisionQualities as readonly (string | undefined)[]).includes(value);
}

/**
 * A line made unable to open a task item: a check box (`[ ]`, `[x]`) at the start of its content,
 * after any quote markers, list markers and indentation, gets its bracket escaped. Quoted answers
 * then never become commitments of their own.
 */
export function withoutTaskBox(line: string): string {
	return line.replace(/^((?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)\[([ xX])\]/, '$1\\[$2]');
}

/** A one-line answer as a paragraph that opens no heading, rule, comment, fence, HTML block or task item. */
export function safeParagraph(answer: string): string {
	const paragraph = withoutTaskBox(answerParagraph(answer));
	return /^(`{3,}|~{3,}|<)/.test(paragraph) ? `\\${paragraph}` : paragraph;
}

/** An answer as quoted lines: `> ` before each line, no check box left to tick. */
function quoteLines(answer: string): string[] {
	return answer.split(/\r\n|\r|\n/).map(line => `> ${withoutTaskBox(line)}`.trimEnd());
}

/** Labelled answers as one block quote, a paragraph each: `> **Label:** answer`; `_not written_` for an empty one. */
export function labelledQuote(fields: readonly (readonly [label: string, answer: string])[]): string[] {
	return fields.flatMap(([label, answer], at) => {
		const [first, ...rest] = answer === '' ? ['_not written_'] : quoteLines(answer).map(line => line.replace(/^> ?/, ''));
		return [...at > 0 ? ['>'] : [], `> **${label}:** ${first}`.trimEnd(), ...rest.map(line => `> ${line}`.trimEnd())];
	});
}

/** An answer on one line, for a list item or a heading. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A commitment quoted back as a plain list item: where it stands, its action, owner and dates; never a task item. */
export function commitmentLine({ commitment, state }: CommitmentStanding): string {
	const details = [
		commitment.owner ? `@${commitment.owner}` : undefined,
		commitment.due ? `due ${commitment.due}` : undefined,
		commitment.doneOn ? `done ${commitment.doneOn}` : undefined,
	].filter(part => part !== undefined);
	return `- ${commitmentStateWords[state]}: ${oneLine(commitment.text)}${details.length > 0 ? ` · ${details.join(' · ')}` : ''}`;
}

/** The outcome and decision quality as the review records them, on one line; `undefined` when neither was given. */
function gradeLine(answers: ReviewAnswers): string | undefined {
	const parts = [
		answers.outcome ? `**Outcome:** ${answers.outcome}` : undefined,
		answers.decisionQuality ? `**Decision, given what was known then:** ${answers.decisionQuality}` : undefined,
	].filter(part => part !== undefined);
	return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** A text answered in a box, as a header value: trimmed, on one line; `undefined` when empty. */
function typedValue(answer: string | undefined): string | undefined {
	const value = answer === undefined ? '' : oneLine(answer);
	return value === '' ? undefined : value;
}

/**
 * Review Entry: a decision review appended to the entry, and what it found recorded in the header.
 *
 * The review quotes everything back: the decision (choice, what would change my mind, confidence),
 * the expected outcome, the baseline and target of the return, and every commitment with where it
 * stands today, as plain list items, never as task items, so that no commitment is duplicated.
 * It asks what happened, why it differed, how much luck played a part, what got in the way of each
 * overdue commitment and what comes next; the actual value and the cost, when given, are written
 * under their own headings. Markdown is English, like the templates.
 */
export function planEntryReview(text: string, entry: EntrySummary, answers: ReviewAnswers, today: IsoDate, eol: string): EntryReviewPlan {
	const conclusion = readConclusion(text, today);
	const confidence = entry.confidence ?? statedConfidence(text);
	const actual = typedValue(answers.actual);
	const cost = typedValue(answers.cost);
	const section = (heading: string, lines: readonly string[] = []) => ['', heading, ...lines.length > 0 ? ['', ...lines] : []];

	const decided = conclusion.choice === '' && conclusion.wouldChangeMyMind === '' && conclusion.confidence === ''
		? ['_The decision block does not say._']
		: labelledQuote([
			['My choice', conclusion.choice],
			['What would change my mind', conclusion.wouldChangeMyMind],
			['Confidence', conclusion.confidence !== '' ? conclusion.confidence : confidence !== undefined ? String(confidence) : ''],
		]);
	const expected = conclusion.expectedOutcome === '' ? ['_The decision block does not say._'] : quoteLines(conclusion.expectedOutcome);
	const grade = gradeLine(answers);
	const before = [
		'', `## Review, ${today}`,
		...grade ? ['', grade] : [],
		...section('### What did you decide, and how sure were you?', decided),
		...section('### What did you expect to happen?', expected),
		...section('### What actually happened?'),
		'',
	];
	const returned = conclusion.baseline !== '' || conclusion.target !== ''
		? section('### The return you aimed for', labelledQuote([['Baseline', conclusion.baseline], ['Target', conclusion.target]]))
		: [];
	const overdue = conclusion.commitments.filter(standing => standing.state === 'overdue');
	const after = [
		...section('### Why was there a difference?'),
		...section('### How much did luck play a part?'),
		...returned,
		...actual !== undefined ? section('### Actual value', [safeParagraph(actual)]) : [],
		...cost !== undefined ? section('### What it cost', [safeParagraph(cost)]) : [],
		...conclusion.commitments.length > 0 ? section('### Where the commitments stand', conclusion.commitments.map(commitmentLine)) : [],
		...overdue.flatMap(standing => section(obstacleQuestion(oneLine(standing.commitment.text)))),
		...section('### What will you do next?'),
		'',
	];
	const lead = text === '' || /\n$/.test(text) ? '' : eol;
	const head = lead + before.join(eol);
	const appendix = head + after.join(eol);

	const header: Record<string, HeaderValue> = entry.status === 'closed' || entry.status === 'reviewing' ? {} : statusChange(entry, 'reviewing', today);
	if (answers.outcome) {
		header.outcome = answers.outcome;
	}
	if (answers.decisionQuality) {
		header.decisionQuality = answers.decisionQuality;
	}
	if (entry.confidence === undefined && confidence !== undefined) {
		header.confidence = confidence;
	}
	if (actual !== undefined) {
		header.actual = actual;
	}
	if (cost !== undefined) {
		header.cost = cost;
	}
	return { appendix, cursorOffset: head.length, header, headerAfter: { decisionQuality: 'outcome', cost: 'actual' } };
}
