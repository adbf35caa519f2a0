import * as vscode from 'vscode';
import type { JournalFolderError } from '../core/journalFolder';
import type { JournalIndex } from '../core/journalIndex';
import type { FileEventKind, JournalUpdater } from '../core/journalUpdater';
import { contextKeys, viewIds, type JournalState } from '../ids';
import { journalFolderSetting, settingId } from './configuration';

/** The journal folder of one workspace folder, or why its setting was refused. */
export type JournalRoot =
	| { readonly workspaceFolder: vscode.WorkspaceFolder; readonly uri: vscode.Uri; readonly written: string }
	| { readonly workspaceFolder: vscode.WorkspaceFolder; readonly error: JournalFolderError; readonly written: string };

/** Indexing that takes longer than this shows a progress bar on the view. */
const progressDelayMs = 400;

/**
 * Finds each workspace folder's journal, indexes it in the background, and keeps it in step
 * through a file watcher. Owns the `journalState` context key that picks the welcome view.
 */
export class JournalWorkspace implements vscode.Disposable {
	private roots: JournalRoot[] = [];
	private readonly watchers = new Map<string, vscode.Disposable>();
	private readonly disposables: vscode.Disposable[] = [];
	private scanning: Promise<void> = Promise.resolve();
	private loading = false;
	private state: JournalState | undefined;

	constructor(private readonly index: JournalIndex, private readonly updater: JournalUpdater) {
		this.disposables.push(
			vscode.workspace.onDidChangeWorkspaceFolders(() => { void this.reload(); }),
			vscode.workspace.onDidChangeConfiguration(event => {
				if (event.affectsConfiguration(settingId('folder'))) {
					void this.reload();
				}
			}),
			{ dispose: index.onDidChange(() => this.updateState()).dispose },
		);
	}

	/** The journal root of every workspace folder, in workspace order. */
	get journalRoots(): readonly JournalRoot[] {
		return this.roots;
	}

	/** The journal root of `workspaceFolder`. */
	rootOf(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
		return this.computeRoot(workspaceFolder);
	}

	/** Finds the journals and indexes them; returns at once, the work runs in the background. */
	start(): void {
		void this.reload();
	}

	/** Resolves when the current scan and every pending file event have been applied. */
	async whenIdle(): Promise<void> {
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

	private computeRoot(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
		const setting = journalFolderSetting(workspaceFolder);
		if ('error' in setting) {
			return { workspaceFolder, error: setting.error, written: setting.written };
		}
		return { workspaceFolder, uri: vscode.Uri.joinPath(workspaceFolder.uri, ...setting.segments), written: setting.written };
	}

	private reload(): Promise<void> {
		const work = async (): Promise<void> => {
			const folders = vscode.workspace.workspaceFolders ?? [];
			const previous = this.roots;
			this.roots = folders.map(folder => this.computeRoot(folder));
			const current = new Set(this.roots.flatMap(root => 'uri' in root ? [root.uri.toString()] : []));
			for (const root of previous) {
				if ('uri' in root && !current.has(root.uri.toString())) {
					this.watchers.get(root.uri.toString())?.dispose();
					this.watchers.delete(root.uri.toString());
					await this.updater.forget(root.uri.toString());
				}
			}
			this.reportRefusedFolders();
			this.loading = true;
			this.updateState();
			const scans: Promise<void>[] = [];
			for (const root of this.roots) {
				if ('uri' in root) {
					this.watch(root.uri);
					scans.push(this.updater.rescan(root.uri.toString()));
				}
			}
			try {
				const scanned = Promise.all(scans);
				const slow = new Promise(resolve => setTimeout(resolve, progressDelayMs));
				if (await Promise.race([scanned.then(() => 'done'), slow]) !== 'done') {
					await vscode.window.withProgress({ location: { viewId: viewIds.challenges } }, () => scanned);
				}
				await scanned;
			} finally {
				this.loading = false;
				this.updateState();
			}
		};
		this.scanning = this.scanning.then(work, work);
		return this.scanning;
	}

	private watch(root: vscode.Uri): void {
		const key = root.toString();
		if (this.watchers.has(key)) {
			return;
		}
		const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*'));
		// Like the scanner, ignore everything under a dot folder (.git, .obsidian, …): a checkout must not cost a stat per file.
		const notify = (kind: FileEventKind) => (uri: vscode.Uri) => {
			if (!uri.path.slice(root.path.length).includes('/.')) {
				this.updater.notify(kind, uri.toString());
			}
		};
		this.watchers.set(key, vscode.Disposable.from(
			watcher,
			watcher.onDidCreate(notify('created')),
			watcher.onDidChange(notify('changed')),
			watcher.onDidDelete(notify('deleted')),
		));
	}

	private reportRefusedFolders(): void {
		for (const root of this.roots) {
			if ('error' in root) {
				const reason = root.error === 'absolute'
					? vscode.l10n.t('it is an absolute path')
					: vscode.l10n.t('it leads outside the workspace folder');
				void vscode.window.showErrorMessage(vscode.l10n.t(
					'The journal folder "{0}" of {1} was not used: {2}. Set leadershipJournal.folder to a folder inside the workspace, such as "journal".',
					root.written, root.workspaceFolder.name, reason));
			}
		}
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
