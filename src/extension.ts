import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';
import { JournalIndexCache, summaryFormat } from './core/index/indexCache';
import { JournalIndex } from './core/index/journalIndex';
import { JournalUpdater } from './core/index/journalUpdater';
import { readerOptionsKey } from './core/index/readerOptions';
import * as checkInFeature from './features/checkIn';
import * as commitmentsFeature from './features/commitments';
import * as coachingFeature from './features/coaching';
import * as conflictsFeature from './features/conflicts';
import * as headerFeature from './features/header';
import * as guidedSessionFeature from './features/guidedSession';
import * as lifecycleFeature from './features/lifecycle';
import * as insightsFeature from './features/insights';
import type { InsightsPanel } from './features/insights/insightsPanel';
import * as newEntryFeature from './features/newEntry';
import * as onboardingFeature from './features/onboarding';
import * as periodicReviewFeature from './features/periodicReview';
import * as previewFeature from './features/preview';
import * as threadsFeature from './features/threads';
import * as syncFeature from './features/sync';
import * as treeFeature from './features/tree';
import * as wikilinksFeature from './features/wikilinks';
import type { CommitmentsTreeProvider } from './features/commitments/commitmentsTreeProvider';
import type { ChallengesTreeProvider } from './features/tree/challengesTreeProvider';
import { AreaSettings } from './adapters/areaSettings';
import { DepthMemory } from './adapters/depthMemory';
import { EntryCreator } from './adapters/entryFiles';
import { JournalRoots } from './adapters/journalRoots';
import { JournalThreads } from './adapters/journalThreads';
import { Settings } from './adapters/settings';
import { systemClock } from './core/model/time';
import type { Services } from './services';
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

/** The composition root: builds the core and the adapters once, and registers every feature with the services it needs. */
export function activate(context: vscode.ExtensionContext): LeadershipJournalApi {
	const settings = new Settings();
	const areas = new AreaSettings(settings);
	const index = new JournalIndex(areas.catalog);
	const fs = new WorkspaceFileSystem();
	const cache = context.storageUri && new JournalIndexCache(new WorkspaceIndexCacheStorage(context.storageUri),
		`${String((context.extension.packageJSON as { version?: unknown }).version)}/${summaryFormat}/${readerOptionsKey(settings.readerOptions())}`);
	const updater = new JournalUpdater(fs, index, { cache, reader: () => settings.readerOptions() });
	const roots = new JournalRoots(settings);
	const journal = new JournalWorkspace(index, updater, roots, settings);
	const threads = new JournalThreads(index, roots);
	const services: Services = {
		index, fs, settings, roots, journal, threads,
		creator: new EntryCreator(),
		depths: new DepthMemory(context.globalState),
		catalog: () => areas.catalog,
		templates: new TemplateStore(context.extensionUri, roots),
		clock: systemClock,
	};
	context.subscriptions.push(settings, areas, updater, journal, threads, areas.onDidChange(changed => index.setCatalog(changed)));

	const challengesTree = treeFeature.register(context, services);
	const commitmentsTree = commitmentsFeature.register(context, services);
	newEntryFeature.register(context, services);
	guidedSessionFeature.register(context, services);
	lifecycleFeature.register(context, services);
	coachingFeature.register(context, services);
	checkInFeature.register(context, services);
	onboardingFeature.register(context, services);
	periodicReviewFeature.register(context, services);
	const insights = insightsFeature.register(context, services);
	headerFeature.register(context, services);
	threadsFeature.register(context, services);
	conflictsFeature.register(context, services);
	wikilinksFeature.register(context, services);
	syncFeature.register(context, services);

	journal.start();
	return {
		whenIdle: () => journal.whenIdle(), challengesTree, commitmentsTree, index, insights,
		extendMarkdownIt: md => previewFeature.extendMarkdownIt(md, services),
	};
}
