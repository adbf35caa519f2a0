import * as vscode from 'vscode';
import { planFollowUp } from '../../core/followThrough/followUp';
import { generalAreaId } from '../../core/model/areas';
import { showNewEntry, entryOfDocument } from '../../adapters/entryFiles';
import { contextKeys } from '../../ids';
import type { Services } from '../../services';
import { entryTarget } from '../../ui/commandArguments';
import { inMessage } from '../../ui/messages';
import { checkedTitle, titleProblem } from '../../ui/titleInput';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';

/** What Continue This Challenge needs. */
export type ContinueServices = Pick<Services, 'catalog' | 'roots' | 'templates' | 'journal' | 'creator' | 'clock' | 'safeScreen'>;

/** Answers that skip the prompt: for keybindings and tests. */
export interface ContinueArguments {
	/** The entry to continue, when not the active one. */
	readonly uri?: vscode.Uri;
	/** The follow-up's title. */
	readonly title?: string;
}

/**
 * Continue This Challenge…: a follow-up entry for the challenge of the current entry. Its header
 * names the earlier entry in `continues:`, and it opens with Where you left off, rendered from the
 * earlier entry as it reads now, then the questions of a follow-up session.
 * @returns the follow-up's URI, or `undefined` when nothing was created.
 */
export async function continueChallenge(deps: ContinueServices, target: unknown, args: ContinueArguments = {}): Promise<vscode.Uri | undefined> {
	const uri = args.uri ?? entryTarget(target);
	const root = uri && deps.roots.rootOfEntry(uri);
	const continues = uri && deps.roots.journalPath(uri);
	if (!uri || !root || continues === undefined || !deps.roots.isJournalEntry(uri)) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal entry first, or use the command on an entry in the Challenges view: the follow-up continues that entry.'));
		return undefined;
	}
	const document = await vscode.workspace.openTextDocument(uri);
	const earlier = entryOfDocument(document);
	const screen = deps.safeScreen.policy();
	if (earlier.problem) {
		void vscode.window.showWarningMessage(vscode.l10n.t('The header of "{0}" could not be read; fix it first, so that the follow-up can say where you left off.', inMessage(screen.entryLabel(earlier))));
		return undefined;
	}
	const title = args.title !== undefined ? checkedTitle(args.title) : await askTitle(screen.entryLabel(earlier), !screen.safe);
	if (title === undefined) {
		return undefined;
	}
	const catalog = deps.catalog();
	const area = earlier.areas.map(id => catalog.get(id)).find(known => known !== undefined) ?? catalog.get(generalAreaId);
	if (!area) {
		return undefined;
	}
	const template = await deps.templates.followUpTemplate(area, root.workspaceFolder);
	const plan = planFollowUp({
		earlier, earlierText: document.getText(), continues: decodeURIComponent(continues),
		title, area, now: deps.clock.now(), folder: root.relativePath,
	}, template);
	const created = await deps.creator.create(vscode.Uri.joinPath(root.uri, ...plan.folderSegments), plan);
	if (created) {
		await showNewEntry(created, plan, deps.journal);
		markWalkthroughStep(contextKeys.didNewEntry);
	}
	return created;
}

/** Asks for the follow-up's title; suggests one made from the earlier entry's `earlierName` only when `suggest` (never a safe screen's label). */
async function askTitle(earlierName: string, suggest: boolean): Promise<string | undefined> {
	const suggested = suggest ? vscode.l10n.t('{0}: follow-up', earlierName) : '';
	const title = await vscode.window.showInputBox({
		title: vscode.l10n.t('Continue This Challenge'),
		prompt: vscode.l10n.t('The follow-up\'s title. It continues "{0}", which stays as it is.', earlierName),
		value: suggested,
		valueSelection: [suggested.length, suggested.length],
		validateInput: titleProblem,
	});
	return title?.trim();
}
