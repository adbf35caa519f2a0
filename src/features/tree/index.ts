import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/areas';
import type { JournalIndex } from '../../core/journalIndex';
import type { JournalFileSystem } from '../../core/ports';
import { commandIds, viewIds } from '../../ids';
import type { JournalWorkspace } from '../../vscode/journalWorkspace';
import { ChallengesTreeProvider } from './challengesTreeProvider';

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
}

/** Registers the Challenges view and its commands; returns the provider for tests. */
export function register(context: vscode.ExtensionContext, deps: TreeDependencies): ChallengesTreeProvider {
	const provider = new ChallengesTreeProvider(deps.index, deps.catalog, deps.fs);
	const view = vscode.window.createTreeView(viewIds.challenges, { treeDataProvider: provider, showCollapseAll: true });
	context.subscriptions.push(
		provider,
		view,
		vscode.commands.registerCommand(commandIds.refresh, () => deps.journal.refresh()),
		vscode.commands.registerCommand(commandIds.showMore, (group: string) => provider.showMore(group)),
	);
	return provider;
}
