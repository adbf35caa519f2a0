import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import type { LeadershipJournalApi } from '../../src/extension';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';

/** How long activation takes in plain Node, with a stand-in for the `vscode` module. */
export interface ActivationFigures {
	/** What was measured, in words. */
	readonly how: string;
	/** Entries in the journal the extension found. */
	readonly entries: number;
	/** Loading the bundle (`require`), in milliseconds. */
	readonly loadMs: number;
	/** The `activate()` call until it returned, in milliseconds. */
	readonly activateMs: number;
	/** From `activate()` to the index being complete and the tree's roots and first pages built, in milliseconds. */
	readonly indexedMs: number;
}

const repositoryRoot = path.join(__dirname, '..', '..', '..');

// --- a stand-in for the vscode module: real file access and events, everything else inert

/** A callable, constructible value whose every member is another such value: for API surface activation only touches. */
function inert(): unknown {
	const target = function () { /* inert */ };
	return new Proxy(target, {
		get: (_target, key) => key === 'then' || key === Symbol.toPrimitive ? undefined : key === Symbol.iterator ? function* () { /* empty */ } : inert(),
		apply: () => inert(),
		construct: () => inert() as object,
		// Activation sets members (a status item's `name`, `text`); a function's own `name` is read-only.
		set: () => true,
	});
}

/** Members that exist are used; any other is {@link inert}. */
function withFallback<T extends object>(value: T): T {
	return new Proxy(value, { get: (target, key, receiver) => key in target ? Reflect.get(target, key, receiver) : inert() });
}

class Uri {
	private constructor(readonly scheme: string, readonly authority: string, readonly path: string) { }
	static file(filePath: string): Uri {
		return new Uri('file', '', filePath);
	}
	static parse(text: string): Uri {
		const match = /^([a-z][\w+.-]*):\/\/([^/]*)(.*)$/i.exec(text);
		return match ? new Uri(match[1], match[2], decodeURIComponent(match[3])) : new Uri('file', '', text);
	}
	static joinPath(base: Uri, ...names: string[]): Uri {
		return new Uri(base.scheme, base.authority, path.posix.join(base.path, ...names));
	}
	get fsPath(): string {
		return this.path;
	}
	with(change: { path?: string }): Uri {
		return new Uri(this.scheme, this.authority, change.path ?? this.path);
	}
	toString(): string {
		return `${this.scheme}://${this.authority}${this.path.split('/').map(encodeURIComponent).join('/')}`;
	}
	toJSON(): string {
		return this.toString();
	}
}

class Disposable {
	constructor(private readonly callOnDispose: () => void = () => undefined) { }
	static from(...items: { dispose(): unknown }[]): Disposable {
		return new Disposable(() => items.forEach(item => item.dispose()));
	}
	dispose(): void {
		this.callOnDispose();
	}
}

class EventEmitter<T> {
	private readonly listeners = new Set<(value: T) => void>();
	readonly event = (listener: (value: T) => void) => {
		this.listeners.add(listener);
		return new Disposable(() => this.listeners.delete(listener));
	};
	fire(value: T): void {
		this.listeners.forEach(listener => listener(value));
	}
	dispose(): void {
		this.listeners.clear();
	}
}

class TreeItem {
	[key: string]: unknown;
	constructor(readonly label: unknown, readonly collapsibleState = 0) { }
}

class MarkdownString {
	value = '';
	appendText(text: string): this {
		this.value += text;
		return this;
	}
	appendMarkdown(text: string): this {
		this.value += text;
		return this;
	}
}

class FileSystemError extends Error {
	code = 'Unknown';
}

function kindOf(stats: fs.Stats | fs.Dirent): number {
	return stats.isSymbolicLink() ? 64 : stats.isDirectory() ? 2 : 1;
}

const event = () => new Disposable();

function stubVscode(workspaceRoot: string): unknown {
	const memento = () => withFallback({ get: (_key: string, fallback?: unknown) => fallback, update: async () => undefined, keys: () => [], setKeysForSync: () => undefined });
	// The bundle copies the module's own members and keeps its prototype: members it lacks come from there.
	const fallback = new Proxy({}, { get: (_target, key) => key === 'then' ? undefined : inert() });
	return Object.setPrototypeOf({
		Uri, Disposable, EventEmitter, TreeItem, MarkdownString, FileSystemError,
		ThemeIcon: class { constructor(readonly id: string, readonly color?: unknown) { } },
		ThemeColor: class { constructor(readonly id: string) { } },
		Range: class { constructor(readonly a: number, readonly b: number, readonly c: number, readonly d: number) { } },
		RelativePattern: class { constructor(readonly base: unknown, readonly pattern: string) { } },
		TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
		FileType: { File: 1, Directory: 2, SymbolicLink: 64 },
		l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_match, at: string) => String(args[Number(at)])) },
		env: withFallback({ language: 'en' }),
		commands: withFallback({ registerCommand: () => new Disposable(), executeCommand: async () => undefined }),
		window: withFallback({
			withProgress: (_options: unknown, task: (progress: unknown) => Promise<unknown>) => task({ report: () => undefined }),
			activeTextEditor: undefined, visibleTextEditors: [], onDidChangeActiveTextEditor: event,
			createTreeView: () => withFallback({ dispose: () => undefined, onDidChangeVisibility: event, onDidChangeSelection: event, onDidExpandElement: event, onDidCollapseElement: event }),
		}),
		workspace: withFallback({
			workspaceFolders: [{ uri: Uri.file(workspaceRoot), name: path.basename(workspaceRoot), index: 0 }],
			textDocuments: [],
			getConfiguration: () => withFallback({ get: (_key: string, fallback?: unknown) => fallback, inspect: () => undefined, has: () => false, update: async () => undefined }),
			onDidChangeConfiguration: event, onDidChangeWorkspaceFolders: event, onDidOpenTextDocument: event, onDidCloseTextDocument: event, onDidChangeTextDocument: event, onDidSaveTextDocument: event,
			createFileSystemWatcher: () => withFallback({ onDidCreate: event, onDidChange: event, onDidDelete: event, dispose: () => undefined }),
			fs: withFallback({
				readDirectory: async (uri: Uri) => (await fs.promises.readdir(uri.fsPath, { withFileTypes: true })).map(entry => [entry.name, kindOf(entry)]),
				readFile: async (uri: Uri) => fs.promises.readFile(uri.fsPath),
				stat: async (uri: Uri) => {
					const stats = await fs.promises.lstat(uri.fsPath);
					return { type: kindOf(stats), ctime: stats.ctimeMs, mtime: Math.trunc(stats.mtimeMs), size: stats.size };
				},
			}),
		}),
		context: memento,
	}, fallback);
}

/**
 * Loads the bundle (dist/extension.js, as VS Code would) with a stand-in `vscode` module whose
 * file access is node:fs and whose other calls do nothing, over a workspace whose `journal`
 * folder is `journalRoot`; times `activate()` and the index that follows. VS Code's own API calls
 * cost more than these stubs, so this is the extension's share of activation, not the host's.
 */
export async function measureActivation(journalRoot: string): Promise<ActivationFigures> {
	const workspaceRoot = path.dirname(journalRoot);
	if (path.basename(journalRoot) !== 'journal') {
		throw new Error('the journal folder must be called "journal", the setting\'s default');
	}
	const vscode = stubVscode(workspaceRoot) as { context: () => unknown };
	const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
	const original = loader._load;
	loader._load = function (request: string, ...rest: unknown[]) {
		return request === 'vscode' ? vscode : original.call(this, request, ...rest);
	};
	try {
		const bundle = path.join(repositoryRoot, 'dist', 'extension.js');
		const loadStarted = performance.now();
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is loaded as VS Code loads it, under the stand-in module
		const extension = require(bundle) as { activate(context: unknown): LeadershipJournalApi; deactivate?(): void };
		const loadMs = performance.now() - loadStarted;
		const context = withFallback({
			subscriptions: [] as { dispose(): unknown }[],
			extensionUri: Uri.file(repositoryRoot), extensionPath: repositoryRoot,
			workspaceState: vscode.context(), globalState: vscode.context(),
			storageUri: undefined, globalStorageUri: Uri.file(path.join(workspaceRoot, '.storage')), extensionMode: 3,
			asAbsolutePath: (relative: string) => path.join(repositoryRoot, relative),
		});
		const started = performance.now();
		const api = extension.activate(context);
		const activateMs = performance.now() - started;
		await api.whenIdle();
		const tree = api.challengesTree;
		for (const root of tree.getChildren() as ChallengeNode[]) {
			tree.getTreeItem(root);
			for (const child of tree.getChildren(root) as ChallengeNode[]) {
				tree.getTreeItem(child);
			}
		}
		const indexedMs = performance.now() - started;
		const entries = api.index.size;
		context.subscriptions.forEach(item => item.dispose());
		extension.deactivate?.();
		return { how: 'dist/extension.js in plain Node with a stand-in vscode module (node:fs behind workspace.fs)', entries, loadMs, activateMs, indexedMs };
	} finally {
		loader._load = original;
	}
}
