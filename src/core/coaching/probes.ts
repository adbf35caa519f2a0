/** How many follow-up questions Think It Through asks: none, one per stage, or one after every answer. */
export type ProbeSetting = 'none' | 'some' | 'all';

/** The probe settings, in the order the settings editor lists them. */
export const probeSettings: readonly ProbeSetting[] = ['none', 'some', 'all'];

/** A short follow-up question that a coach asks after an answer. */
export type ProbeKind = 'andWhatElse' | 'whatMakesYouSure' | 'whatWouldItTake' | 'whoAndWhen';

/** The question each probe asks, as it is written under the answer. */
export const probeQuestions: Readonly<Record<ProbeKind, string>> = {
	andWhatElse: 'And what else?',
	whatMakesYouSure: 'What makes you sure of that?',
	whatWouldItTake: 'What would it take?',
	whoAndWhen: 'Who will do it, and by when?',
};

/** "And what else?" is asked at most this many times after one question: the Coaching Habit's advice. */
export const maxAndWhatElse = 2;

/** Which GROW stage a stage heading names, by its first word; other stages ask "And what else?". */
function stageKind(stage: string): 'goal' | 'reality' | 'options' | 'wayForward' | 'other' {
	const name = stage.trim().toLowerCase();
	if (name.startsWith('reality')) {
		return 'reality';
	}
	if (name.startsWith('option')) {
		return 'options';
	}
	if (name.startsWith('way forward') || name.startsWith('will') || name.startsWith('next step')) {
		return 'wayForward';
	}
	return name.startsWith('goal') ? 'goal' : 'other';
}

/** Whether a stage is the Way forward, whose answers should name who does what by when. */
export function isWayForward(stage: string): boolean {
	return stageKind(stage) === 'wayForward';
}

const weekdays = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun';
const months = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const whenPattern = new RegExp(`\\d|\\b(?:${weekdays}|${months}|today|tonight|tomorrow|next (?:week|month|quarter|year)|this (?:week|month|quarter)|end of|eod|eow|asap|q[1-4])\\b`, 'i');
const personPattern = /@[\p{L}\p{N}]|\b(?:i|i'll|i’ll|i'm|me|my|we|we'll|us|our)\b/iu;
/** A capitalized word that does not start a sentence: most likely a name, unless it is a day or a month. */
const capitalizedPattern = /[^.!?\s]\s+(\p{Lu}\p{Ll}+)/gu;
const calendarWord = new RegExp(`^(?:${weekdays}|${months})$`, 'i');
/** A capitalized first word that is the subject of the verb after it ("Dana will…", "Dana drafts…"), not an imperative ("Talk to…"). */
const subjectPattern = /^\s*\p{Lu}\p{Ll}+\s+(?:will|can|must|should|\p{Ll}+s)\b/u;

/** Whether an answer says who will act: an @handle, a first-person word, or a name. */
export function namesSomeone(answer: string): boolean {
	return personPattern.test(answer) || [...answer.matchAll(capitalizedPattern)].some(match => !calendarWord.test(match[1])) || subjectPattern.test(answer);
}

/** Whether an answer says when: a date, a weekday or month, a number, or words such as "tomorrow" or "next week". */
export function saysWhen(answer: string): boolean {
	return whenPattern.test(answer);
}

/** What the session has asked so far, for choosing the next probe. */
export interface ProbeHistory {
	/** Stages (by heading text) that have had a probe in this session. */
	readonly probedStages: ReadonlySet<string>;
	/** How many probes have followed the current question already. */
	readonly probesOfQuestion: number;
	/** The probe asked last after the current question, if any. */
	readonly lastProbe?: ProbeKind;
}

/**
 * The probe to ask after `answer` to a question of `stage`, or `undefined` for none. A Way forward
 * answer that does not say who and when is always met with "Who will do it, and by when?", unless
 * probes are off. Otherwise: Reality answers get "What makes you sure of that?", Options answers
 * "What would it take?", and the others "And what else?", which may be asked again, at most twice.
 * With `some`, only the first answer of each stage gets a probe.
 */
export function nextProbe(setting: ProbeSetting, stage: string, answer: string, history: ProbeHistory): ProbeKind | undefined {
	if (setting === 'none' || answer.trim() === '') {
		return undefined;
	}
	const kind = stageKind(stage);
	if (history.probesOfQuestion === 0 && kind === 'wayForward' && (!namesSomeone(answer) || !saysWhen(answer))) {
		return 'whoAndWhen';
	}
	if (history.probesOfQuestion > 0) {
		const again = history.lastProbe === 'andWhatElse' && history.probesOfQuestion < maxAndWhatElse;
		return again ? 'andWhatElse' : undefined;
	}
	if (setting === 'some' && history.probedStages.has(stage)) {
		return undefined;
	}
	switch (kind) {
		case 'reality': return 'whatMakesYouSure';
		case 'options': return 'whatWouldItTake';
		case 'wayForward': return undefined;
		default: return 'andWhatElse';
	}
}
