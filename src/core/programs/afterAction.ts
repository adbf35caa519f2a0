import { answerText } from '../coaching/answers';
import { findQuestions } from '../coaching/questions';
import { withoutTaskBox } from '../followThrough/decisionReview';
import { statusChange } from '../followThrough/status';
import type { IsoDate } from '../model/dates';
import type { EntrySummary } from '../model/entry';
import type { HeaderValue } from '../text/headerEdit';

/** One target of a program, from its parent entry's Targets stage. */
export interface ProgramTarget {
	/** The question of the Targets stage it answers. */
	readonly question: string;
	/** The target as written: one list item of the answer, or the answer's first paragraph; `''` when unanswered. */
	readonly target: string;
}

/** The stage of a parent entry whose questions hold the program's targets. */
export const targetsStage = 'Targets';

/** Longest target quoted in a heading. */
const maxTargetText = 100;

const listItemPattern = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*\S)/;

function oneLine(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > maxTargetText ? `${line.slice(0, maxTargetText - 1)}…` : line;
}

/**
 * The targets of a program's parent entry: under each question of its `## Targets` stage, each list
 * item of the answer, else its first paragraph; an unanswered question stands as a target not written yet.
 */
export function programTargets(parentText: string): ProgramTarget[] {
	return findQuestions(parentText)
		.filter(question => question.stage.trim().toLowerCase() === targetsStage.toLowerCase())
		.flatMap(question => {
			const answer = answerText(parentText, question).replace(/<!--[\s\S]*?-->/g, '').trim();
			const items = answer.split(/\r?\n/).map(line => listItemPattern.exec(line)?.[1]).filter((item): item is string => item !== undefined);
			const targets = items.length > 0 ? items : [answer.split(/\r?\n[ \t]*\r?\n/)[0]];
			return targets.map(target => ({ question: question.text, target: oneLine(target) }));
		});
}

/** What Close Phase needs to know of the phase and its program. */
export interface AfterActionRequest {
	/** The phase's name, e.g. `Due diligence`. */
	readonly phaseName: string;
	/** The phase's number in the program, from 1, and how many phases the program has. */
	readonly phaseNumber: number;
	/** How many phases the program has. */
	readonly phaseCount: number;
	/** The parent entry's title. */
	readonly programTitle: string;
	/** The markdown link from the phase entry to the parent entry. */
	readonly programLink: string;
	/** The parent entry's text, as it reads now. */
	readonly parentText: string;
	/** The day of the review. */
	readonly today: IsoDate;
}

/** What Close Phase writes: a section appended at the end, and header keys. */
export interface AfterActionPlan {
	/** The after-action review to append, starting with a line break when the text does not end with one. */
	readonly appendix: string;
	/** Offset within {@link appendix} of the line under its first question, where the cursor goes. */
	readonly cursorOffset: number;
	/** Header keys to set: the phase is closed (`status: closed`, `closed:`). */
	readonly header: Record<string, HeaderValue>;
	/** How many targets the review lists. */
	readonly targets: number;
}

/** A heading made from text the user wrote: on one line, no check box, and no `#` run that would close the heading. */
function headingText(text: string): string {
	return withoutTaskBox(text).replace(/#+$/, '').replace(/<!--/g, '<\\!--').trim();
}

function targetQuestion({ question, target }: ProgramTarget): string {
	return target === ''
		? `### ${headingText(oneLine(question))} (not written in the program yet): what would the answer be now?`
		: `### Target "${headingText(target)}": where does it stand now?`;
}

/**
 * The after-action review that closes a phase, in the four steps of the Army's review (intended,
 * actual, why the difference, sustain and change), with one question per target of the program so
 * that each phase is measured against what the program set out to do. Markdown is English, like the templates.
 */
export function planAfterAction(text: string, entry: Pick<EntrySummary, 'status' | 'decided' | 'closed'>, request: AfterActionRequest, eol: string): AfterActionPlan {
	const targets = programTargets(request.parentText);
	const firstQuestion = '### How had you defined success for this phase before it began?';
	const targetQuestions = targets.length > 0
		? targets.map(targetQuestion)
		: [`### The program states no targets yet: what should this phase be measured against? Write them under ${targetsStage} in the program entry.`];
	const head = [
		'', `## After-action review: ${oneLine(request.phaseName)}, ${request.today}`,
		'', `> Phase ${request.phaseNumber} of ${request.phaseCount} of [${oneLine(request.programTitle).replace(/[[\]]/g, '\\$&')}](${request.programLink}). Look at what happened, not who is to blame, and at what is within your control.`,
		'', firstQuestion,
	];
	const rest = [
		'### What actually happened, step by step?',
		'### Where did the result differ from the plan?',
		'### What caused each difference?',
		'## Against the program\'s targets',
		...targetQuestions,
		'## Sustain and change',
		'### What worked well enough to do again, on purpose, in the next phase?',
		'### What will you change in the next phase?',
		'### Who needs to hear what you learned?',
	];
	const lead = text === '' || /\n$/.test(text) ? '' : eol;
	const before = lead + head.join(eol) + eol;
	return {
		appendix: before + rest.map(line => `${eol}${line}${eol}`).join(''),
		cursorOffset: before.length,
		header: entry.status === 'closed' ? {} : statusChange(entry, 'closed', request.today),
		targets: targets.length,
	};
}
