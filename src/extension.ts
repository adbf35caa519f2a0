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
import * as peopleFeature from './features/people';
import * as periodicReviewFeature from './features/periodicReview';
import * as previewFeature from './features/preview';
import * as programsFeature from './features/programs';
import * as privacyFeature from './features/privacy';
import * as threadsFeature from './features/threads';
import * as syncFeature from './features/sync';
import * as treeFeature from './features/tree';
import * as wikilinksFeature from './features/wikilinks';
import type { CommitmentsTreeProvider } from './features/commitments/commitmentsTreeProvider';
import type { PeopleTreeProvider } from './features/people/peopleTreeProvider';
import type { ChallengesTreeProvider } from './features/tree/challengesTreeProvider';
import { AreaSettings } from './adapters/areaSettings';
import { DepthMemory } from './adapters/depthMemory';
import { EntryCreator } from './adapters/entryFiles';
import { JournalRoots } from './adapters/journalRoots';
import { JournalPeople } from './adapters/journalPeople';
import { JournalThreads } from './adapters/journalThreads';
import { SafeScreen } from './adapters/safeScreen';
import { Settings } from './adapters/settings';
import { systemClock } from './core/model/time';
import type { Services } from './services';
import { JournalWorkspace } from './adapters/journalWorkspace';
import { TemplateStore } from './adapters/templateStore';
import { WorkspaceIndexCacheStorage } from './adapters/indexCacheStorage';
import { createHostIo } from './adapters/hostIo';

/** What `activate` returns: a small surface for the integration tests. */
export interface LeadershipJournalApi {
	/** Resolves when the journal is indexed, every pending file event is applied and the rosters are read. */
	whenIdle(): Promise<void>;
	/** The Challenges tree's data provider. */
	readonly challengesTree: ChallengesTreeProvider;
	/** The Commitments view's data provider. */
	readonly commitmentsTree: CommitmentsTreeProvider;
	/** The People view's data provider. */
	readonly peopleTree: PeopleTreeProvider;
	/** Every journal entry the extension knows of. */
	readonly index: JournalIndex;
	/** The safe screen: whether it is on, and turning it on or off. */
	readonly safeScreen: SafeScreen;
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
	const { fs, parser } = createHostIo();
	const cache = context.storageUri && new JournalIndexCache(new WorkspaceIndexCacheStorage(context.storageUri),
		`${String((context.extension.packageJSON as { version?: unknown }).version)}/${summaryFormat}/${readerOptionsKey(settings.readerOptions())}`);
	const updater = new JournalUpdater(fs, index, { cache, parser, reader: () => settings.readerOptions() });
	const roots = new JournalRoots(settings);
	const journal = new JournalWorkspace(index, updater, roots, settings);
	const threads = new JournalThreads(index, roots);
	const safeScreen = new SafeScreen(context.workspaceState, settings, () => areas.catalog);
	const people = new JournalPeople(index, roots, fs);
	const services: Services = {
		index, fs, settings, roots, journal, threads, safeScreen, people,
		creator: new EntryCreator(),
		depths: new DepthMemory(context.globalState),
		catalog: () => areas.catalog,
		templates: new TemplateStore(context.extensionUri, roots),
		clock: systemClock,
	};
	context.subscriptions.push(settings, areas, updater, ...parser ? [parser] : [], journal, threads, safeScreen, people, areas.onDidChange(changed => index.setCatalog(changed)));

	const challengesTree = treeFeature.register(context, services);
	const commitmentsTree = commitmentsFeature.register(context, services);
	const peopleTree = peopleFeature.register(context, services);
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
	programsFeature.register(context, services);
	privacyFeature.register(context, services);
	conflictsFeature.register(context, services);
	wikilinksFeature.register(context, services);
	syncFeature.register(context, services);

	journal.start();
	return {
		whenIdle: async () => { await journal.whenIdle(); await people.whenLoaded(); }, challengesTree, commitmentsTree, peopleTree, index, insights, safeScreen,
		extendMarkdownIt: md => previewFeature.extendMarkdownIt(md, services),
	};
}
