import * as vscode from 'vscode';
import type { NewCommitment } from '../../core/followThrough/newCommitment';
import { reviewDateChoices } from '../../core/followThrough/reviewDates';
import { isValidIsoDate, toIsoDate, type IsoDate } from '../../core/model/dates';
import type { Services } from '../../services';

/** What the commitment prompts need: the journal's owners and people, and today. */
export type CommitmentPromptServices = Pick<Services, 'index' | 'settings' | 'clock'>;

/** Everyone the journal names as an owner or in `people`, most often first. */
function knownOwners(index: CommitmentPromptServices['index']): string[] {
	const uses = new Map<string, number>();
	for (const entry of index.all()) {
		for (const name of [...entry.people, ...(entry.commitments ?? []).flatMap(commitment => commitment.owner ? [commitment.owner] : [])]) {
			const handle = name.replace(/\s+/g, '-');
			if (handle.toLowerCase() !== 'me') {
				uses.set(handle, (uses.get(handle) ?? 0) + 1);
			}
		}
	}
	return [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

async function askOwner(deps: CommitmentPromptServices): Promise<string | null | undefined> {
	const someoneElse = { label: `$(person-add) ${vscode.l10n.t('Someone else…')}`, owner: undefined as string | null | undefined };
	const picked = await vscode.window.showQuickPick([
		{ label: `$(account) ${vscode.l10n.t('Me')}`, description: '@me', owner: 'me' },
		...knownOwners(deps.index).map(owner => ({ label: `$(person) ${owner}`, description: `@${owner}`, owner: owner })),
		someoneElse,
	], { title: vscode.l10n.t('New Commitment (1/2): who will do it?'), placeHolder: vscode.l10n.t('The owner, written as @owner') });
	if (picked !== someoneElse) {
		return picked?.owner;
	}
	const typed = await vscode.window.showInputBox({
		title: vscode.l10n.t('New Commitment (1/2): who will do it?'),
		prompt: vscode.l10n.t('A name or handle, such as dana or Dana Li.'),
		validateInput: text => text.trim() === '' ? vscode.l10n.t('Type a name, or press Escape to go back.') : undefined,
	});
	return typed?.trim();
}

async function askDue(deps: CommitmentPromptServices): Promise<IsoDate | null | undefined> {
	const today = toIsoDate(deps.clock.now());
	const choices = reviewDateChoices(today, deps.settings.fiscalYearStartMonth());
	const labels: Record<string, string> = {
		week: vscode.l10n.t('In 1 week'), days30: vscode.l10n.t('In 30 days'), days90: vscode.l10n.t('In 90 days'), quarterEnd: vscode.l10n.t('At the end of the quarter'),
	};
	const pick = { label: `$(calendar) ${vscode.l10n.t('Pick a date…')}`, due: undefined as IsoDate | null | undefined };
	const none = { label: `$(circle-slash) ${vscode.l10n.t('No due date')}`, due: null as IsoDate | null | undefined };
	const picked = await vscode.window.showQuickPick([
		...choices.map(choice => ({ label: labels[choice.id] ?? choice.id, description: choice.date, due: choice.date })),
		pick, none,
	], { title: vscode.l10n.t('New Commitment (2/2): by when?') });
	if (picked !== pick) {
		return picked?.due;
	}
	const typed = await vscode.window.showInputBox({
		title: vscode.l10n.t('New Commitment (2/2): by when?'),
		prompt: vscode.l10n.t('The due date, as YYYY-MM-DD.'),
		value: today,
		validateInput: text => isValidIsoDate(text.trim()) ? undefined : vscode.l10n.t('Type a date as YYYY-MM-DD, for example {0}.', today),
	});
	return typed?.trim();
}

/**
 * Offers to turn a Way forward answer into a commitment, in the journal's syntax: a yes or no, then
 * who (owners and people from the journal, or someone else) and by when (the review date choices,
 * a typed date, or none). Escape at any step adds nothing.
 */
export async function offerCommitment(answer: string, deps: CommitmentPromptServices): Promise<NewCommitment | undefined> {
	const yes = vscode.l10n.t('Turn it into a commitment');
	const choice = await vscode.window.showQuickPick([
		{ label: `$(checklist) ${yes}`, detail: answer, yes: true },
		{ label: `$(close) ${vscode.l10n.t('Not now')}`, yes: false },
	], { title: vscode.l10n.t('Who will do it, and by when?'), placeHolder: vscode.l10n.t('A conclusion with an owner and a date is one you can follow up.') });
	if (!choice?.yes) {
		return undefined;
	}
	const owner = await askOwner(deps);
	if (owner === undefined) {
		return undefined;
	}
	const due = await askDue(deps);
	if (due === undefined) {
		return undefined;
	}
	return { action: answer, ...(owner ? { owner } : {}), ...(due ? { due } : {}) };
}
