import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/areas';
import type { JournalIndex } from '../../core/journalIndex';
import { commandIds, viewIds } from '../../ids';
import type { JournalWorkspace } from '../../vscode/journalWorkspace';
import { ChallengesTreeProvider } from './challengesTreeProvider';

/** What the Challenges tree needs. */
export interface TreeDependencies {
	readonly index: JournalIndex;
	readonly catalog: () => AreaCatalog;
	readonly journal: JournalWorkspace;
}

/** Registers the Challenges view and its commands; returns the provider for tests. */
export function register(context: vscode.ExtensionContext, deps: TreeDependencies): ChallengesTreeProvider {
	const provider = new ChallengesTreeProvider(deps.index, deps.catalog);
	const view = vscode.window.createTreeView(viewIds.challenges, { treeDataProvider: provider, showCollapseAll: true });
	context.subscriptions.push(
		provider,
		view,
		vscode.commands.registerCommand(commandIds.refresh, () => deps.journal.refresh()),
		vscode.commands.registerCommand(commandIds.showMore, (group: string) => provider.showMore(group)),
	);
	return provider;
}
