import { answerText } from './answers';
import { findQuestions } from './questions';

/** The energy and mood a daily check-in answered, each a whole number from 1 to 5. */
export interface CheckInScores {
	/** The answer to the first question starting with "Energy" that holds a score. */
	readonly energy?: number;
	/** The answer to the first question starting with "Mood" that holds a score. */
	readonly mood?: number;
}

/** Lowest and highest score of the check-in's scales. */
export const scoreRange = { low: 1, high: 5 } as const;

/** A cheap test that a body may hold an energy or mood question: a `### Energy` or `### Mood` heading. */
const scoreHeading = /^ {0,3}###[ \t]+(?:energy|mood)/im;

/**
 * The score an answer gives: its first number, when that is a whole number from 1 to 5;
 * "4", "4/5" and "4 – tired but ok" give 4; "6", "3.5" and "none" give nothing.
 */
export function readScore(answer: string): number | undefined {
	const match = /\d+(?:[.,]\d+)?/.exec(answer);
	if (!match || !/^\d+$/.test(match[0])) {
		return undefined;
	}
	const value = Number(match[0]);
	return value >= scoreRange.low && value <= scoreRange.high ? value : undefined;
}

/** The energy and mood answered in a body (text without a header); empty when it asks neither. Never throws. */
export function readCheckInScores(body: string): CheckInScores {
	if (!scoreHeading.test(body)) {
		return {};
	}
	let energy: number | undefined;
	let mood: number | undefined;
	for (const question of findQuestions(body, true)) {
		const kind = /^(energy|mood)/i.exec(question.text)?.[1].toLowerCase();
		if (kind === undefined || !question.answered || (kind === 'energy' ? energy : mood) !== undefined) {
			continue;
		}
		const score = readScore(answerText(body, question));
		if (kind === 'energy') {
			energy = score;
		} else {
			mood = score;
		}
	}
	return { ...(energy === undefined ? {} : { energy }), ...(mood === undefined ? {} : { mood }) };
}
