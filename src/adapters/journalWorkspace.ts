import * as vscode from 'vscode';
import type { JournalIndex } from '../core/index/journalIndex';
import type { JournalUpdater } from '../core/index/journalUpdater';
import { contextKeys, settingKeys, viewIds, type JournalState } from '../ids';
import { refusedRootMessage, type JournalRoot, type JournalRoots } from './journalRoots';
import type { Settings } from './settings';
import { watchJournal } from './journalWatcher';

/** The settings that change how entries are read: the journal is read again when one changes. */
const readerSettings = [settingKeys.titleFrom, settingKeys.bodyTags, settingKeys.areaMapping];

/** Indexing that takes longer than this shows a progress bar on the view. */
const progressDelayMs = 400;

/**
 * Keeps the index in step with each workspace folder's journal: indexes in the background,
 * watches for changes, follows folder and setting changes, and sets the `journalState`
 * context key that picks the welcome view.
 */
export class JournalWorkspace implements vscode.Disposable {
	private roots: JournalRoot[] = [];
	private readonly watchers = new Map<string, vscode.Disposable>();
	private readonly disposables: vscode.Disposable[] = [];
	private scanning: Promise<void> = Promise.resolve();
	private markStarted: () => void = () => undefined;
	private readonly started = new Promise<void>(resolve => { this.markStarted = resolve; });
	private loading = false;
	private state: JournalState | undefined;

	constructor(private readonly index: JournalIndex, private readonly updater: JournalUpdater, private readonly journalRoots: JournalRoots, settings: Settings) {
		this.disposables.push(
			vscode.workspace.onDidChangeWorkspaceFolders(() => { void this.reload(); }),
			settings.onDidChange(keys => {
				if (keys.has('folder') || readerSettings.some(key => keys.has(key))) {
					void this.reload();
				}
			}),
			index.onDidChange(() => this.updateState()),
		);
	}

	/** Finds the journals and indexes them; returns at once, the work runs in the background. */
	start(): void {
		void this.reload();
		this.markStarted();
	}

	/** Resolves when the journal has been indexed (after {@link start}) and every pending file event has been applied. */
	async whenIdle(): Promise<void> {
		await this.started;
		await this.scanning;
		await this.updater.whenIdle();
	}

	/** Re-reads every journal from disk. */
	refresh(): Promise<void> {
		return this.reload();
	}

	/** Tells the index about a file the extension itself just wrote, without waiting for the watcher. */
	noteCreated(uri: vscode.Uri): void {
		this.updater.notify('created', uri.toString());
	}

	private reload(): Promise<void> {
		const work = async (): Promise<void> => {
			const previous = this.roots;
			this.roots = (vscode.workspace.workspaceFolders ?? []).map(folder => this.journalRoots.journalRootOf(folder));
			const current = new Set(this.roots.flatMap(root => 'uri' in root ? [root.uri.toString()] : []));
			for (const root of previous) {
				if ('uri' in root && !current.has(root.uri.toString())) {
					this.watchers.get(root.uri.toString())?.dispose();
					this.watchers.delete(root.uri.toString());
					await this.updater.forget(root.uri.toString());
				}
			}
			for (const root of this.roots) {
				if ('error' in root) {
					void vscode.window.showErrorMessage(refusedRootMessage(root));
				}
			}
			this.loading = true;
			this.updateState();
			try {
				await this.scanWithProgress(this.roots.flatMap(root => 'uri' in root ? [root.uri] : []));
			} finally {
				this.loading = false;
				this.updateState();
			}
		};
		this.scanning = this.scanning.then(work, work);
		return this.scanning;
	}

	private async scanWithProgress(roots: readonly vscode.Uri[]): Promise<void> {
		const scanned = Promise.all(roots.map(root => {
			if (!this.watchers.has(root.toString())) {
				this.watchers.set(root.toString(), watchJournal(root, this.updater));
			}
			return this.updater.rescan(root.toString());
		}));
		const slow = new Promise(resolve => setTimeout(resolve, progressDelayMs));
		if (await Promise.race([scanned.then(() => 'done'), slow]) !== 'done') {
			await vscode.window.withProgress({ location: { viewId: viewIds.challenges } }, () => scanned);
		}
		await scanned;
	}

	private updateState(): void {
		const state: JournalState = (vscode.workspace.workspaceFolders ?? []).length === 0 ? 'noWorkspace'
			: this.loading ? 'loading'
				: this.index.size > 0 ? 'ready' : 'empty';
		if (state !== this.state) {
			this.state = state;
			void vscode.commands.executeCommand('setContext', contextKeys.journalState, state);
		}
	}

	dispose(): void {
		for (const watcher of this.watchers.values()) {
			watcher.dispose();
		}
		this.watchers.clear();
		vscode.Disposable.from(...this.disposables).dispose();
	}
}
