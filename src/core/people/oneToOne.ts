import type { Lens } from '../coaching/lens';
import { planFixedEntry, type NewEntryPlan } from '../coaching/newEntry';
import { findQuestions } from '../coaching/questions';
import { momentVariables, renderTemplate, insertAfterIntro } from '../coaching/template';
import type { OpenCommitment } from '../followThrough/commitmentGroups';
import { parseCommitments } from '../followThrough/commitments';
import { entryLink } from '../followThrough/periodicReview';
import { displayDate, type EntrySummary } from '../model/entry';
import { splitHeader } from '../text/header';
import { headerValueSource } from '../text/headerEdit';
import { slugify } from '../model/slug';
import { oneToOneTag, type PersonSummary } from './personSummary';

/** The lens a one-to-one is made of. */
export const oneToOneLensId = 'one-to-one';

/** The file name of a person's one-to-one on a day, after the date: `one-to-one-<handle>`. */
export function oneToOneName(key: string): string {
	return `one-to-one-${key}`;
}

/** Where a person's one-to-one of `date` goes below the journal folder: the year folder and `<date>-one-to-one-<handle>.md`. */
export function oneToOnePath(date: string, key: string): string[] {
	return [date.slice(0, 4), `${date}-${slugify(oneToOneName(key))}.md`];
}

/** What the last one-to-one left open: its unticked items and the questions added to it that have no answer. */
export interface CarriedForward {
	/** Unticked task items, as their action text with the owner. */
	readonly items: readonly string[];
	/** `###` questions without an answer that the lens does not ask anyway. */
	readonly questions: readonly string[];
}

/** Reads what a one-to-one's text leaves open; `lens` questions are left out, as the new one asks them again. */
export function carriedForward(text: string, lens: Lens, alreadyListed: ReadonlySet<number> = new Set()): CarriedForward {
	const split = splitHeader(text);
	const body = text.slice(split.bodyOffset);
	const firstLine = text.slice(0, split.bodyOffset).split('\n').length - 1;
	const lensQuestions = new Set(findQuestions(lens.body, true).map(question => question.text.toLowerCase()));
	return {
		items: parseCommitments(body, firstLine).filter(item => !item.done && !alreadyListed.has(item.line))
			.map(item => `${item.text}${item.owner ? ` @${item.owner}` : ''}${item.due ? `, due ${item.due}` : ''}`),
		questions: findQuestions(text).filter(question => !question.answered && !lensQuestions.has(question.text.toLowerCase()))
			.map(question => question.text),
	};
}

/** What goes into a new one-to-one. */
export interface OneToOneRequest {
	/** The one-to-one lens. */
	readonly lens: Lens;
	/** The moment of creation. */
	readonly now: Date;
	/** The person, with what the journal holds about them. */
	readonly summary: PersonSummary;
	/** What the last one-to-one left open, when there was one. */
	readonly carried?: CarriedForward;
	/** The URI of the new entry's folder, for links. */
	readonly folderUri: string;
}

/** Text that does not start a task item or a heading when it opens a list item. */
function plain(text: string): string {
	return text.replace(/^([[#])/, '\\$1');
}

function section(heading: string, lines: readonly string[]): string {
	return `**${heading}**\n\n${lines.length > 0 ? lines.join('\n') : '- None.'}\n`;
}

function itemLine({ entry, commitment }: OpenCommitment, folderUri: string, today: string): string {
	const due = commitment.due ? (commitment.due < today ? `, overdue since ${commitment.due}` : `, due ${commitment.due}`) : '';
	return `- ${plain(commitment.text)}${commitment.owner ? ` @${commitment.owner}` : ''}${due}, in ${entryLink(entry, folderUri)}`;
}

/** The decisions involving the person since their last one-to-one (all when there was none), newest first. */
export function decisionsSinceLastOneToOne(summary: PersonSummary): EntrySummary[] {
	const since = summary.lastOneToOne && displayDate(summary.lastOneToOne);
	return summary.decisions.filter(entry => since === undefined || (entry.decided ?? displayDate(entry)) >= since);
}

/**
 * Today's one-to-one with a person: a header naming them, then what I owe them, what they owe me, the
 * decisions involving them since the last one-to-one and the talking points carried forward from it,
 * then the lens's questions. One a day per person, so its name is fixed (`<date>-one-to-one-<handle>.md`).
 * Items are listed as plain bullets, never task lines, so that no commitment is copied.
 */
export function planOneToOne(request: OneToOneRequest): NewEntryPlan {
	const { summary, folderUri } = request;
	const variables = momentVariables(request.now);
	const name = summary.person.name;
	const header = [
		'---',
		`title: ${headerValueSource(`One-to-one with ${name}, ${variables.date}`)}`,
		`date: ${variables.date}`,
		'areas: [general]',
		`tags: [${oneToOneTag}]`,
		`people: [${headerValueSource(name)}]`,
		'---',
		'',
		`# One-to-one with ${plain(name)}, ${variables.date}`,
		'',
		'',
	].join('\n');
	const carried = request.carried;
	const prepared = [
		'## Prepared for this one-to-one',
		'',
		`_What the journal held about ${plain(name)} on ${variables.date}._`,
		'',
		section('What I owe them', summary.iOwe.map(item => itemLine(item, folderUri, variables.date))),
		section('What they owe me', summary.theyOwe.map(item => itemLine(item, folderUri, variables.date))),
		section(summary.lastOneToOne ? 'Decisions involving them since the last one-to-one' : 'Decisions involving them',
			decisionsSinceLastOneToOne(summary).map(entry => `- ${entryLink(entry, folderUri)}, ${entry.decided ?? displayDate(entry)}`)),
		section(summary.lastOneToOne ? `Carried forward from ${entryLink(summary.lastOneToOne, folderUri)}` : 'Carried forward',
			[...carried?.items.map(item => `- ${plain(item)}`) ?? [], ...carried?.questions.map(question => `- ${plain(question)}`) ?? []]),
	].join('\n');
	const rendered = renderTemplate(header + request.lens.body, variables);
	return planFixedEntry(insertAfterIntro(rendered, prepared), variables.date, oneToOneName(summary.person.key));
}
