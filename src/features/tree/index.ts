import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/areas';
import type { JournalIndex } from '../../core/journalIndex';
import type { JournalFileSystem } from '../../core/ports';
import { commandIds, viewIds } from '../../ids';
import type { JournalWorkspace } from '../../vscode/journalWorkspace';
import { ChallengesTreeProvider, reviewsDueGroup, type EntryGrouping } from './challengesTreeProvider';
import { remindOfReviews } from './reviewReminder';

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
	/** The current time, for the reviews that are due. */
	readonly now: () => Date;
}

/** Where the chosen grouping is kept, per workspace. */
const groupingKey = 'leadershipJournal.entryGrouping';

/** Registers the Challenges view and its commands; returns the provider for tests. */
export function register(context: vscode.ExtensionContext, deps: TreeDependencies): ChallengesTreeProvider {
	const provider = new ChallengesTreeProvider(deps.index, deps.catalog, deps.fs, deps.now);
	provider.setGrouping(context.workspaceState.get<EntryGrouping>(groupingKey) === 'status' ? 'status' : 'area');
	const view = vscode.window.createTreeView(viewIds.challenges, { treeDataProvider: provider, showCollapseAll: true });
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
		vscode.commands.registerCommand(commandIds.refresh, () => deps.journal.refresh()),
		vscode.commands.registerCommand(commandIds.showMore, (group: string) => provider.showMore(group)),
		vscode.commands.registerCommand(commandIds.showReviewsDue, showReviewsDue),
		vscode.commands.registerCommand(commandIds.groupBy, async (grouping?: unknown) => {
			const chosen = grouping === 'area' || grouping === 'status' ? grouping : await pickGrouping(provider.entryGrouping);
			if (chosen) {
				provider.setGrouping(chosen);
				await context.workspaceState.update(groupingKey, chosen);
			}
		}),
	);
	void remindOfReviews(context.globalState, deps, () => provider.reviewsDue().length, showReviewsDue);
	return provider;
}

async function pickGrouping(current: EntryGrouping): Promise<EntryGrouping | undefined> {
	const picked = await vscode.window.showQuickPick([
		{ label: `$(type-hierarchy) ${vscode.l10n.t('Challenge area')}`, grouping: 'area' as const },
		{ label: `$(milestone) ${vscode.l10n.t('Status')}`, grouping: 'status' as const },
	].map(item => ({ ...item, description: item.grouping === current ? vscode.l10n.t('current') : undefined })), {
		title: vscode.l10n.t('Group Entries By'),
	});
	return picked?.grouping;
}
