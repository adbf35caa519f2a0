import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';
import { JournalIndexCache, summaryFormat } from './core/index/indexCache';
import { JournalIndex } from './core/index/journalIndex';
import { JournalUpdater } from './core/index/journalUpdater';
import * as checkInFeature from './features/checkIn';
import * as commitmentsFeature from './features/commitments';
import * as coachingFeature from './features/coaching';
import * as headerFeature from './features/header';
import * as guidedSessionFeature from './features/guidedSession';
import * as lifecycleFeature from './features/lifecycle';
import * as insightsFeature from './features/insights';
import type { InsightsPanel } from './features/insights/insightsPanel';
import * as newEntryFeature from './features/newEntry';
import * as onboardingFeature from './features/onboarding';
import * as periodicReviewFeature from './features/periodicReview';
import * as previewFeature from './features/preview';
import * as treeFeature from './features/tree';
import type { CommitmentsTreeProvider } from './features/commitments/commitmentsTreeProvider';
import type { ChallengesTreeProvider } from './features/tree/challengesTreeProvider';
import { AreaSettings } from './adapters/areaSettings';
import { JournalWorkspace } from './adapters/journalWorkspace';
import { TemplateStore } from './adapters/templateStore';
import { WorkspaceIndexCacheStorage } from './adapters/indexCacheStorage';
import { WorkspaceFileSystem } from './adapters/fileSystem';

/** What `activate` returns: a small surface for the integration tests. */
export interface LeadershipJournalApi {
	/** Resolves when the journal is indexed and every pending file event is applied. */
	whenIdle(): Promise<void>;
	/** The Challenges tree's data provider. */
	readonly challengesTree: ChallengesTreeProvider;
	/** The Commitments view's data provider. */
	readonly commitmentsTree: CommitmentsTreeProvider;
	/** Every journal entry the extension knows of. */
	readonly index: JournalIndex;
	/** The Insights panel, whose `html` is what it shows. */
	readonly insights: InsightsPanel;
	/** Adds the entry card and commitment badges to VS Code's markdown preview (package.json contributes `markdown.markdownItPlugins`). */
	extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

/** The composition root: builds the core and the adapters, and registers every feature. */
export function activate(context: vscode.ExtensionContext): LeadershipJournalApi {
	const areas = new AreaSettings();
	const catalog = () => areas.catalog;
	const index = new JournalIndex(areas.catalog);
	const fs = new WorkspaceFileSystem();
	const cache = context.storageUri && new JournalIndexCache(new WorkspaceIndexCacheStorage(context.storageUri),
		`${String((context.extension.packageJSON as { version?: unknown }).version)}/${summaryFormat}`);
	const updater = new JournalUpdater(fs, index, { cache });
	const journal = new JournalWorkspace(index, updater);
	const templates = new TemplateStore(context.extensionUri);
	const now = () => new Date();
	context.subscriptions.push(areas, updater, journal, areas.onDidChange(changed => index.setCatalog(changed)));

	const challengesTree = treeFeature.register(context, { index, catalog, journal, fs, now });
	const commitmentsTree = commitmentsFeature.register(context, { index, catalog, now });
	newEntryFeature.register(context, { catalog, journal, templates, now });
	guidedSessionFeature.register(context);
	lifecycleFeature.register(context, { now });
	coachingFeature.register(context, { catalog, templates, now });
	checkInFeature.register(context, { templates, journal, now });
	onboardingFeature.register(context, { journal, now });
	periodicReviewFeature.register(context, { index, catalog, templates, journal, now });
	const insights = insightsFeature.register(context, { index, catalog, now });
	headerFeature.register(context, { index, catalog, now });

	journal.start();
	return {
		whenIdle: () => journal.whenIdle(), challengesTree, commitmentsTree, index, insights,
		extendMarkdownIt: md => previewFeature.extendMarkdownIt(md, { catalog, now }),
	};
}
