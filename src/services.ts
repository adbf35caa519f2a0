import type { AreaCatalog } from './core/model/areas';
import type { JournalIndex } from './core/index/journalIndex';
import type { Clock, JournalFileSystem } from './core/model/ports';
import type { DepthMemory } from './adapters/depthMemory';
import type { EntryCreator } from './adapters/entryFiles';
import type { JournalRoots } from './adapters/journalRoots';
import type { JournalThreads } from './adapters/journalThreads';
import type { JournalPeople } from './adapters/journalPeople';
import type { JournalWorkspace } from './adapters/journalWorkspace';
import type { SafeScreen } from './adapters/safeScreen';
import type { Settings } from './adapters/settings';
import type { TemplateStore } from './adapters/templateStore';

/**
 * What the composition root builds once and hands to the features. Each feature's `register`
 * takes the `Pick` of it that it needs, so its signature says what it depends on.
 */
export interface Services {
	/** Every journal entry the extension knows of, kept in step with the disk. */
	readonly index: JournalIndex;
	/** The challenge areas in effect: the built-in ones and the workspace's custom areas. */
	readonly catalog: () => AreaCatalog;
	/** Indexes and watches the journal folders; told about the files the extension itself writes. */
	readonly journal: JournalWorkspace;
	/** Where each workspace folder keeps its journal and templates, and which files are entries. */
	readonly roots: JournalRoots;
	/** The journal's threads and programs: which entries continue which (`continues:`), and which are phases of which program (`program:`). */
	readonly threads: JournalThreads;
	/** The people of the journal: the roster (`people.md`), who is who, and what the journal holds about each person. */
	readonly people: JournalPeople;
	/** Writes new entry files, one at a time in this window, never overwriting one. */
	readonly creator: EntryCreator;
	/** The depth (quick or full) chosen last per area. */
	readonly depths: DepthMemory;
	/** The built-in templates and lenses, and the workspace's own. */
	readonly templates: TemplateStore;
	/** File access for the core: `vscode.workspace.fs`, so that remote and virtual workspaces work. */
	readonly fs: JournalFileSystem;
	/** The extension's settings, typed. */
	readonly settings: Settings;
	/** Whether the safe screen is on, and what the views may show of each entry and person; every view redraws when it changes. */
	readonly safeScreen: SafeScreen;
	/** The current time; tests may fix it. */
	readonly clock: Clock;
}
