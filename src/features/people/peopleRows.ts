import * as vscode from 'vscode';
import type { OpenCommitment } from '../../core/followThrough/commitmentGroups';
import type { IsoDate } from '../../core/model/dates';
import { displayDate, type EntrySummary } from '../../core/model/entry';
import { type LoneProcess, type SinglePoints, type SinglePointsBaseline, type SoleRunner } from '../../core/people/keyPeople';
import type { ContactDue, PersonSummary } from '../../core/people/personSummary';
import type { ScreenPolicy } from '../../core/privacy/screen';
import type { PersonSection } from './peopleNodes';
import { singlePointsChangeText } from '../../ui/keyPeopleText';

/**
 * What one row of the People view says: one small function per kind of row, each given the screen's
 * policy, so that on the safe screen names show as initials and commitments and entries without text.
 */
export interface RowText {
	/** The row's label. */
	readonly label: string;
	/** The grey text beside it. */
	readonly description?: string;
	/** The hover. */
	readonly tooltip?: string;
}

function overdueCount(items: readonly OpenCommitment[], today: IsoDate): number {
	return items.filter(item => item.commitment.due !== undefined && item.commitment.due < today).length;
}

/** A person: their name; their handle, last entry and overdue items; the roster's facts on hover (initials only, on the safe screen). */
export function personRow(summary: PersonSummary, today: IsoDate, screen: ScreenPolicy): RowText {
	const { person } = summary;
	const overdue = overdueCount(summary.iOwe, today) + overdueCount(summary.theyOwe, today);
	const description = [
		screen.showsDetail ? `@${person.key}` : undefined,
		summary.lastEntry ? vscode.l10n.t('last entry {0}', summary.lastEntry) : vscode.l10n.t('no entry yet'),
		overdue > 0 ? vscode.l10n.t('{0} overdue', overdue) : undefined,
	].filter(part => part !== undefined).join(' · ');
	const roster = person.rostered;
	const facts = roster ? [
		roster.role, roster.team && vscode.l10n.t('Team: {0}', roster.team), roster.site && vscode.l10n.t('Site: {0}', roster.site),
		roster.timezone && vscode.l10n.t('Time zone: {0}', roster.timezone), summary.cadence && vscode.l10n.t('Contact every {0} days', summary.cadence),
		roster.runs.length > 0 ? vscode.l10n.t('Runs: {0}', roster.runs.join(', ')) : undefined,
		roster.backup.length > 0 ? vscode.l10n.t('Backs up: {0}', roster.backup.join(', ')) : undefined,
	] : [vscode.l10n.t('Not in the roster (people.md)')];
	const name = screen.person(person.name);
	return { label: name, description, tooltip: screen.showsDetail ? [name, ...facts.filter(Boolean)].join('\n') : name };
}

/** A part of a person, with how many items it holds. */
export function sectionRow(summary: PersonSummary, section: PersonSection): RowText {
	switch (section) {
		case 'iOwe': return { label: vscode.l10n.t('What I owe them'), description: String(summary.iOwe.length) };
		case 'theyOwe': return { label: vscode.l10n.t('What they owe me'), description: String(summary.theyOwe.length) };
		case 'decisions': return { label: vscode.l10n.t('Decisions'), description: String(summary.decisions.length) };
		case 'entries': return { label: vscode.l10n.t('Entries'), description: String(summary.entries.length) };
	}
}

/** An open commitment: its action; its owner and due date. On the safe screen, no action and the owner's initials. */
export function commitmentRow({ entry, commitment }: OpenCommitment, today: IsoDate, screen: ScreenPolicy): RowText {
	const overdue = commitment.due !== undefined && commitment.due < today;
	const description = [
		commitment.owner ? screen.person(`@${commitment.owner}`) : undefined,
		commitment.due ? (overdue ? vscode.l10n.t('overdue since {0}', commitment.due) : vscode.l10n.t('due {0}', commitment.due)) : undefined,
	].filter(part => part !== undefined).join(' · ');
	const label = !screen.showsDetail ? vscode.l10n.t('Commitment') : commitment.text || vscode.l10n.t('(no action written)');
	return { label, description, tooltip: vscode.l10n.t('From: {0}', screen.entryLabel(entry)) };
}

/** An entry: its title (its area and date, on the safe screen); its date and status. */
export function entryRow(entry: EntrySummary, screen: ScreenPolicy): RowText {
	return { label: screen.entryLabel(entry), description: [displayDate(entry), entry.status].filter(Boolean).join(' · ') };
}

/** Contact due, with how many are past it. */
export function contactDueGroupRow(count: number): RowText {
	return { label: vscode.l10n.t('Contact due'), description: String(count), tooltip: vscode.l10n.t('Past their contact cadence: no one-to-one or check-in naming them for longer than `cadence:` days') };
}

/** Someone past their cadence: their name; the days since the last contact. */
export function contactDueRow(due: ContactDue, screen: ScreenPolicy): RowText {
	const cadence = due.summary.cadence ?? 0;
	return {
		label: screen.person(due.summary.person.name),
		description: due.daysSince === undefined
			? vscode.l10n.t('no contact yet · every {0} days', cadence)
			: vscode.l10n.t('{0} days since last contact · every {1} days', due.daysSince, cadence),
	};
}

/** Single points of failure, with how many processes have one person and the change since the last quarterly review. */
export function singlePointsGroupRow(points: SinglePoints, baseline: SinglePointsBaseline | undefined): RowText {
	const count = String(points.processes.length);
	return {
		label: vscode.l10n.t('Single points of failure'),
		description: baseline ? `${count} · ${singlePointsChangeText(points.processes.map(lone => lone.process), baseline)}` : count,
		tooltip: vscode.l10n.t('Processes and systems in the roster (runs:, backup:) that only one person can run'),
	};
}

/** A process only one person can run: the process; who. */
export function loneProcessRow(lone: LoneProcess, screen: ScreenPolicy): RowText {
	return { label: lone.process, description: vscode.l10n.t('only {0}', screen.person(lone.person.name)) };
}

/** Someone who alone runs two or more processes: who; what. */
export function soleRunnerRow(runner: SoleRunner, screen: ScreenPolicy): RowText {
	return { label: screen.person(runner.person.name), description: vscode.l10n.t('alone runs {0}', runner.processes.join(', ')) };
}
