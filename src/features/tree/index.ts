import * as vscode from 'vscode';
import { commandIds, settingKeys, viewIds } from '../../ids';
import { ChallengesTreeProvider } from './challengesTreeProvider';
import { ChallengesDragAndDrop } from './dragAndDrop';
import { copyLink, openToSide, renameTitle, revealInExplorer } from './entryActions';
import { reviewsDueGroup } from '../../core/index/entryGroups';
import { registerQueryCommands } from './queryCommands';
import { remindOfReviews } from './reviewReminder';
import { RecentEntries, searchEntries } from './searchEntries';
import type { Services } from '../../services';

/** What the Challenges tree needs. */
export type TreeServices = Pick<Services, 'index' | 'catalog' | 'journal' | 'fs' | 'settings' | 'clock' | 'threads' | 'safeScreen' | 'people'>;

/** Registers the Challenges view, its commands and its drag and drop; returns the provider for tests. */
export function register(context: vscode.ExtensionContext, deps: TreeServices): ChallengesTreeProvider {
	const provider = new ChallengesTreeProvider(deps.index, deps.catalog, deps.fs, deps.clock, () => deps.settings.staleAfterDays(), deps.threads, deps.safeScreen);
	const view = vscode.window.createTreeView(viewIds.challenges, {
		treeDataProvider: provider, showCollapseAll: true, canSelectMany: true, dragAndDropController: new ChallengesDragAndDrop(deps.catalog),
	});
	const recent = new RecentEntries(context.workspaceState, deps.index);
	const showReviewsDue = async () => {
		await deps.journal.whenIdle();
		if (provider.reviewsDue().length === 0) {
			void vscode.window.showInformationMessage(vscode.l10n.t('No entry is due for review today.'));
			return;
		}
		await view.reveal({ kind: 'group', group: reviewsDueGroup }, { expand: true, select: true, focus: true });
	};
	context.subscriptions.push(
		provider,
		view,
		recent,
		deps.settings.onDidChange(keys => {
			if (keys.has(settingKeys.staleAfterDays)) {
				provider.refresh();
			}
		}),
		vscode.commands.registerCommand(commandIds.refresh, () => deps.journal.refresh()),
		vscode.commands.registerCommand(commandIds.showMore, (group: string) => provider.showMore(group)),
		vscode.commands.registerCommand(commandIds.showReviewsDue, showReviewsDue),
		vscode.commands.registerCommand(commandIds.searchEntries, () => searchEntries(deps.index, deps.safeScreen.policy(), recent)),
		vscode.commands.registerCommand(commandIds.openToSide, openToSide),
		vscode.commands.registerCommand(commandIds.revealInExplorer, revealInExplorer),
		vscode.commands.registerCommand(commandIds.copyLink, copyLink),
		vscode.commands.registerCommand(commandIds.renameTitle, (target?: unknown, title?: unknown) => renameTitle(target, typeof title === 'string' ? title : undefined)),
	);
	registerQueryCommands(context, provider, view);
	void remindOfReviews(context.globalState, deps, () => provider.reviewsDue().length, showReviewsDue);
	return provider;
}
