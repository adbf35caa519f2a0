import type * as vscode from 'vscode';
import { AreaCatalog } from './core/areas';
import { JournalIndex } from './core/journalIndex';
import { JournalUpdater } from './core/journalUpdater';
import * as newEntryFeature from './features/newEntry';
import * as treeFeature from './features/tree';
import type { ChallengesTreeProvider } from './features/tree/challengesTreeProvider';
import { JournalWorkspace } from './vscode/journalWorkspace';
import { TemplateStore } from './vscode/templateStore';
import { WorkspaceFileSystem } from './vscode/workspaceFileSystem';

/** What `activate` returns: a small surface for the integration tests. */
export interface LeadershipJournalApi {
	/** Resolves when the journal is indexed and every pending file event is applied. */
	whenIdle(): Promise<void>;
	/** The Challenges tree's data provider. */
	readonly challengesTree: ChallengesTreeProvider;
}

/** The composition root: builds the core and the adapters, and registers every feature. */
export function activate(context: vscode.ExtensionContext): LeadershipJournalApi {
	const catalog = new AreaCatalog();
	const index = new JournalIndex(catalog);
	const fs = new WorkspaceFileSystem();
	const updater = new JournalUpdater(fs, index);
	const journal = new JournalWorkspace(index, updater);
	context.subscriptions.push(updater, journal);

	const challengesTree = treeFeature.register(context, { index, catalog: () => catalog, journal, fs });
	newEntryFeature.register(context, {
		catalog: () => catalog,
		journal,
		templates: new TemplateStore(context.extensionUri),
		now: () => new Date(),
	});

	journal.start();
	return { whenIdle: () => journal.whenIdle(), challengesTree };
}

