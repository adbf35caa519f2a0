import * as vscode from 'vscode';
import type { CommitmentGrouping } from '../../core/followThrough/commitmentGroups';
import { commandIds, viewIds } from '../../ids';
import type { CommitmentNode } from './commitmentNodes';
import { CommitmentsTreeProvider } from './commitmentsTreeProvider';
import { markCommitmentDone } from './markDone';
import type { Services } from '../../services';

/** What the Commitments view needs. */
export type CommitmentsServices = Pick<Services, 'index' | 'catalog' | 'clock' | 'safeScreen'>;

/** Where the chosen grouping is kept, per workspace. */
const groupingKey = 'leadershipJournal.commitmentGrouping';

/** Registers the Commitments view, Mark Done and Group Commitments By…; returns the provider for tests. */
export function register(context: vscode.ExtensionContext, deps: CommitmentsServices): CommitmentsTreeProvider {
	const provider = new CommitmentsTreeProvider(deps.index, deps.catalog, deps.clock, deps.safeScreen);
	const saved = context.workspaceState.get<CommitmentGrouping>(groupingKey);
	provider.setGrouping(saved === 'owner' || saved === 'area' ? saved : 'due');
	const view = vscode.window.createTreeView(viewIds.commitments, { treeDataProvider: provider });
	const updateBadge = () => {
		const overdue = provider.overdue();
		view.badge = overdue === 0 ? undefined : {
			value: overdue,
			tooltip: overdue === 1 ? vscode.l10n.t('1 commitment is overdue') : vscode.l10n.t('{0} commitments are overdue', overdue),
		};
	};
	updateBadge();
	context.subscriptions.push(
		provider,
		view,
		provider.onDidChangeTreeData(updateBadge),
		vscode.commands.registerCommand(commandIds.markCommitmentDone, (node?: CommitmentNode) => markCommitmentDone(node, deps.clock)),
		vscode.commands.registerCommand(commandIds.showMoreCommitments, (key: string) => provider.showMore(key)),
		vscode.commands.registerCommand(commandIds.groupCommitmentsBy, async (grouping?: unknown) => {
			const chosen = grouping === 'due' || grouping === 'owner' || grouping === 'area' ? grouping : await pickGrouping(provider.commitmentGrouping);
			if (chosen) {
				provider.setGrouping(chosen);
				await context.workspaceState.update(groupingKey, chosen);
			}
		}),
	);
	return provider;
}

async function pickGrouping(current: CommitmentGrouping): Promise<CommitmentGrouping | undefined> {
	const picked = await vscode.window.showQuickPick([
		{ label: `$(calendar) ${vscode.l10n.t('Due date')}`, detail: vscode.l10n.t('Overdue, this week, later, no date'), grouping: 'due' as const },
		{ label: `$(person) ${vscode.l10n.t('Owner')}`, detail: vscode.l10n.t('Who committed to it (@owner)'), grouping: 'owner' as const },
		{ label: `$(type-hierarchy) ${vscode.l10n.t('Challenge area')}`, detail: vscode.l10n.t('The areas of the entry it is written in'), grouping: 'area' as const },
	].map(item => ({ ...item, description: item.grouping === current ? vscode.l10n.t('current') : undefined })), {
		title: vscode.l10n.t('Group Commitments By'),
	});
	return picked?.grouping;
}
