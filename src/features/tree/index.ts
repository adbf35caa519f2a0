import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/model/areas';
import type { JournalIndex } from '../../core/index/journalIndex';
import type { JournalFileSystem } from '../../core/model/ports';
import { commandIds, settingKeys, settingsSection, viewIds } from '../../ids';
import { settingId } from '../../adapters/settings';
import type { JournalWorkspace } from '../../adapters/journalWorkspace';
import { ChallengesTreeProvider } from './challengesTreeProvider';
import { ChallengesDragAndDrop } from './dragAndDrop';
import { copyLink, openToSide, renameTitle, revealInExplorer } from './entryActions';
import { reviewsDueGroup } from '../../core/index/entryGroups';
import { registerQueryCommands } from './queryCommands';
import { remindOfReviews } from './reviewReminder';
import { RecentEntries, searchEntries } from './searchEntries';

/** What the Challenges tree needs. */
export interface TreeDependencies {
	/** The entries to show. */
	readonly index: JournalIndex;
	/** The challenge areas, in the order the tree shows them. */
	readonly catalog: () => AreaCatalog;
	/** Re-read by the Refresh command. */
	readonly journal: JournalWorkspace;
	/** Reads an entry's first lines for its tooltip. */
	readonly fs: JournalFileSystem;
	/** The current time, for the reviews that are due and how long entries are untouched. */
	readonly now: () => Date;
}

function staleAfterDays(): number {
	const value = vscode.workspace.getConfiguration(settingsSection).get<unknown>(settingKeys.staleAfterDays);
	return typeof value === 'number' && value >= 0 ? value : 30;
}

/** Registers the Challenges view, its commands and its drag and drop; returns the provider for tests. */
export function register(context: vscode.ExtensionContext, deps: TreeDependencies): ChallengesTreeProvider {
	const provider = new ChallengesTreeProvider(deps.index, deps.catalog, deps.fs, deps.now, staleAfterDays);
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
		vscode.workspace.onDidChangeConfiguration(event => {
			if (event.affectsConfiguration(settingId(settingKeys.staleAfterDays))) {
				provider.refresh();
			}
		}),
		vscode.commands.registerCommand(commandIds.refresh, () => deps.journal.refresh()),
		vscode.commands.registerCommand(commandIds.showMore, (group: string) => provider.showMore(group)),
		vscode.commands.registerCommand(commandIds.showReviewsDue, showReviewsDue),
		vscode.commands.registerCommand(commandIds.searchEntries, () => searchEntries(deps.index, deps.catalog(), recent)),
		vscode.commands.registerCommand(commandIds.openToSide, openToSide),
		vscode.commands.registerCommand(commandIds.revealInExplorer, revealInExplorer),
		vscode.commands.registerCommand(commandIds.copyLink, copyLink),
		vscode.commands.registerCommand(commandIds.renameTitle, (target?: unknown, title?: unknown) => renameTitle(target, typeof title === 'string' ? title : undefined)),
	);
	registerQueryCommands(context, provider, view);
	void remindOfReviews(context.globalState, deps, () => provider.reviewsDue().length, showReviewsDue);
	return provider;
}
