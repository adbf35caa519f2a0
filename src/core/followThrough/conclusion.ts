import { answerText } from '../coaching/answers';
import { findQuestions, type Question } from '../coaching/questions';
import type { IsoDate } from '../model/dates';
import type { Commitment } from '../model/entry';
import { splitHeader } from '../text/header';
import { lineOfOffset } from '../text/textEdit';
import { commitmentState, type CommitmentState } from './commitmentGroups';
import { parseCommitments } from './commitments';

/** A commitment of an entry and where it stands on a given day. */
export interface CommitmentStanding {
	/** The commitment as written. */
	readonly commitment: Commitment;
	/** Done on time, done late, done, open or overdue. */
	readonly state: CommitmentState;
}

/** One decision review the entry holds: a `## Review, YYYY-MM-DD` section. */
export interface RecordedReview {
	/** The day of the review. */
	readonly date: IsoDate;
	/** Zero-based line of its first question, just under its heading. */
	readonly line: number;
	/** The answer to "What actually happened?", as written; `''` when there is none. */
	readonly whatHappened: string;
}

/**
 * What an entry concluded, read from its text: the decision block, the return on the effort, the
 * commitments and where they stand, and the reviews written so far. Every answer is as the leader
 * wrote it; `''` where the entry does not say.
 */
export interface Conclusion {
	/** Decision · Options considered. */
	readonly optionsConsidered: string;
	/** Decision · My choice. */
	readonly choice: string;
	/** Decision · Expected outcome. */
	readonly expectedOutcome: string;
	/** Decision · Confidence, as written. */
	readonly confidence: string;
	/** Decision · Reversible? */
	readonly reversible: string;
	/** Decision · What would change my mind. */
	readonly wouldChangeMyMind: string;
	/** Return on the effort · Baseline. */
	readonly baseline: string;
	/** Return on the effort · Target. */
	readonly target: string;
	/** Return on the effort · How it is measured. */
	readonly measure: string;
	/** Every task item of the entry, in the order written. */
	readonly commitments: readonly CommitmentStanding[];
	/** The decision reviews, oldest first. */
	readonly reviews: readonly RecordedReview[];
}

const reviewHeading = /^Review, (\d{4}-\d{2}-\d{2})$/;

/** How each commitment state is said in the markdown the core writes. */
export const commitmentStateWords: Readonly<Record<CommitmentState, string>> = {
	onTime: 'Done on time',
	late: 'Done late',
	done: 'Done',
	open: 'Open',
	overdue: 'Overdue',
	cancelled: 'Cancelled',
};

/** The question asked about an overdue commitment, its action shortened to `action` as given. */
export function obstacleQuestion(action: string): string {
	return `### What got in the way of “${action}”?`;
}

/** The answer to the first question of a stage starting with `stagePrefix` whose text starts with `questionPrefix`, ignoring case. */
function answerIn(text: string, questions: readonly Question[], stagePrefix: string, questionPrefix: string): string {
	const found = questions.find(question => question.stage.toLowerCase().startsWith(stagePrefix) && question.text.toLowerCase().startsWith(questionPrefix))
		?? questions.find(question => question.text.toLowerCase().startsWith(questionPrefix));
	return found ? answerText(text, found) : '';
}

/** The return on the effort as the entry states it: its baseline, target and measure; `''` where it does not say. */
export interface StatedReturn {
	/** Return on the effort · Baseline. */
	readonly baseline: string;
	/** Return on the effort · Target. */
	readonly target: string;
	/** Return on the effort · How it is measured. */
	readonly measure: string;
}

/** Reads only the return on the effort of the entry `text`: cheaper than {@link readConclusion}. */
export function readStatedReturn(text: string, questions: readonly Question[] = findQuestions(text)): StatedReturn {
	const back = (prefix: string) => answerIn(text, questions, 'return', prefix);
	return { baseline: back('baseline'), target: back('target'), measure: back('how will i measure') };
}

/** Reads what the entry `text` concluded, with each commitment's standing on `today`. */
export function readConclusion(text: string, today: IsoDate): Conclusion {
	const questions = findQuestions(text);
	const decision = (prefix: string) => answerIn(text, questions, 'decision', prefix);
	const split = splitHeader(text);
	const body = text.slice(split.bodyOffset);
	const commitments = parseCommitments(body, lineOfOffset(text, split.bodyOffset))
		.map(commitment => ({ commitment, state: commitmentState(commitment, today) }));
	const reviews: RecordedReview[] = [];
	for (const question of questions) {
		const date = reviewHeading.exec(question.stage)?.[1];
		if (date !== undefined && reviews.at(-1)?.date !== date) {
			reviews.push({ date, line: question.line, whatHappened: '' });
		}
		if (date !== undefined && question.text.toLowerCase().startsWith('what actually happened')) {
			reviews[reviews.length - 1] = { ...reviews[reviews.length - 1], whatHappened: answerText(text, question) };
		}
	}
	return {
		optionsConsidered: decision('options considered'),
		choice: decision('my choice'),
		expectedOutcome: decision('expected outcome'),
		confidence: decision('confidence'),
		reversible: decision('reversible'),
		wouldChangeMyMind: decision('what would change my mind'),
		...readStatedReturn(text, questions),
		commitments,
		reviews,
	};
}
