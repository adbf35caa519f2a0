import { planNewEntry, type NewEntryPlan, type NewEntryRequest } from '../coaching/newEntry';
import type { IsoDate } from '../model/dates';
import { displayDate, type EntrySummary } from '../model/entry';
import { toIsoDate } from '../model/dates';
import { commitmentStateWords, obstacleQuestion, readConclusion, type CommitmentStanding, type Conclusion } from './conclusion';

/** A follow-up session on a challenge: the entry it continues, and the new entry's title and area. */
export interface FollowUpRequest extends NewEntryRequest {
	/** The entry this one continues, as the index knows it. */
	readonly earlier: EntrySummary;
	/** The text of the earlier entry now, unsaved changes included. */
	readonly earlierText: string;
	/** The earlier entry's path relative to the journal folder, with `/` between segments: what `continues:` holds. */
	readonly continues: string;
}

/** Longest answer quoted in Where you left off; longer ones are cut with an ellipsis. */
const maxQuoted = 300;

/** Text made safe to stand inside a markdown link's `[…]`. */
function linkText(text: string): string {
	return text.replace(/[[\]\\]/g, match => `\\${match}`);
}

/** An answer on one line, shortened; `_not written_` when empty. */
export function quoted(answer: string): string {
	const line = answer.replace(/\s+/g, ' ').trim();
	if (line === '') {
		return '_not written_';
	}
	return line.length > maxQuoted ? `${line.slice(0, maxQuoted - 1)}…` : line;
}

/** The markdown link target of the entry at `path` below the journal folder, seen from a file in `folderSegments` below it. */
export function journalLink(path: string, folderSegments: readonly string[]): string {
	return `${'../'.repeat(folderSegments.length)}${path.split('/').map(encodeURIComponent).join('/')}`;
}

function commitmentLine(standing: CommitmentStanding, link: string): string {
	const { commitment, state } = standing;
	const details = [
		commitment.owner ? `@${commitment.owner}` : undefined,
		commitment.due ? `due ${commitment.due}` : undefined,
		commitment.doneOn ? `done ${commitment.doneOn}` : undefined,
	].filter(part => part !== undefined);
	const action = `[${linkText(quoted(commitment.text))}](${link}#L${commitment.line + 1})`;
	return `- ${commitmentStateWords[state]}: ${action}${details.length > 0 ? ` · ${details.join(' · ')}` : ''}`;
}

/** The last review's line: its day, the recorded outcome and decision quality, and what happened. */
function reviewLine(conclusion: Conclusion, earlier: EntrySummary): string | undefined {
	const last = conclusion.reviews.at(-1);
	if (!last && earlier.outcome === undefined) {
		return undefined;
	}
	const graded = [
		earlier.outcome ? `outcome ${earlier.outcome}` : undefined,
		earlier.decisionQuality ? `decision ${earlier.decisionQuality}` : undefined,
	].filter(part => part !== undefined).join(', ');
	const what = last && last.whatHappened !== '' ? `: ${quoted(last.whatHappened)}` : '';
	return `- **Last review${last ? `, ${last.date}` : ''}:** ${graded === '' ? 'no outcome recorded' : graded}${what}`;
}

/**
 * "Where you left off": what the earlier entry concluded, rendered at the moment the follow-up is
 * created. Commitments are listed as links to their lines, never copied as task items, so that the
 * earlier entry stays the one place where they are ticked off.
 */
export function whereYouLeftOff(earlier: EntrySummary, earlierText: string, link: string, today: IsoDate): string {
	const conclusion = readConclusion(earlierText, today);
	const status = earlier.status ? ` · ${earlier.status}` : '';
	const lines = [
		`From [${linkText(earlier.title)}](${link}), ${displayDate(earlier)}${status}.`,
		'',
		`- **My choice:** ${quoted(conclusion.choice)}`,
		`- **Expected outcome:** ${quoted(conclusion.expectedOutcome)}`,
		`- **What would change my mind:** ${quoted(conclusion.wouldChangeMyMind)}`,
		`- **Confidence:** ${earlier.confidence !== undefined ? String(earlier.confidence) : quoted(conclusion.confidence)}`,
	];
	if (conclusion.baseline !== '' || conclusion.target !== '') {
		lines.push(`- **Return:** baseline ${quoted(conclusion.baseline)} → target ${quoted(conclusion.target)}`);
	}
	const review = reviewLine(conclusion, earlier);
	if (review) {
		lines.push(review);
	}
	lines.push('', conclusion.commitments.length === 0 ? 'No commitments were written.' : 'Commitments, as they stand today:', '');
	lines.push(...conclusion.commitments.map(standing => commitmentLine(standing, link)));
	return lines.join('\n').replace(/\n+$/, '');
}

/** A question for each overdue commitment of the earlier entry: what got in the way. */
export function obstacleQuestions(earlierText: string, today: IsoDate): string {
	return readConclusion(earlierText, today).commitments
		.filter(standing => standing.state === 'overdue')
		.map(standing => `${obstacleQuestion(quoted(standing.commitment.text))}\n`)
		.join('\n');
}

/**
 * Plans a follow-up entry from a follow-up template: the new entry's header names the earlier one
 * in `continues:`, and the template's `{{whereYouLeftOff}}`, `{{obstacleQuestions}}`, `{{continues}}`,
 * `{{earlierTitle}}` and `{{earlierLink}}` are filled from the earlier entry as it reads now.
 */
export function planFollowUp(request: FollowUpRequest, template: string): NewEntryPlan {
	const today = toIsoDate(request.now);
	const folderSegments = [today.slice(0, 4)];
	const link = journalLink(request.continues, folderSegments);
	// A follow-up is reviewed once, after the area's `reviewAfterDays`: the schedule belongs to the challenge's first entry.
	return planNewEntry({ ...request, area: { ...request.area, reviewSchedule: undefined } }, template, {
		continues: request.continues,
		earlierTitle: linkText(request.earlier.title),
		earlierLink: link,
		whereYouLeftOff: whereYouLeftOff(request.earlier, request.earlierText, link, today),
		obstacleQuestions: obstacleQuestions(request.earlierText, today),
	});
}
