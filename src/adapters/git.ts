import * as vscode from 'vscode';

// The part of VS Code's built-in Git extension API (extensions/git/src/api/git.d.ts, version 1) that Sync Journal uses.

/** A changed file, as the Git extension reports it. */
export interface GitChange {
	/** The file. */
	readonly uri: vscode.Uri;
}

/** A branch, with its upstream and how far it is from it. */
export interface GitBranch {
	/** The branch's name; absent on a detached HEAD. */
	readonly name?: string;
	/** The branch it tracks, when it tracks one. */
	readonly upstream?: { readonly remote: string; readonly name: string };
	/** Commits here that the upstream does not have. */
	readonly ahead?: number;
	/** Commits on the upstream that are not here. */
	readonly behind?: number;
}

/** What a repository holds now. */
export interface GitRepositoryState {
	/** The checked-out branch. */
	readonly HEAD: GitBranch | undefined;
	/** The remotes. */
	readonly remotes: readonly { readonly name: string }[];
	/** Set while a rebase stops at a commit (on a conflict). */
	readonly rebaseCommit: unknown;
	/** Files with conflicts. */
	readonly mergeChanges: readonly GitChange[];
	/** Staged files. */
	readonly indexChanges: readonly GitChange[];
	/** Changed files not staged (and new ones, unless the user keeps them apart). */
	readonly workingTreeChanges: readonly GitChange[];
	/** New files, when the user keeps them apart (`git.untrackedChanges: separate`). */
	readonly untrackedChanges?: readonly GitChange[];
	/** Fires when any of the above changes. */
	readonly onDidChange: vscode.Event<void>;
}

/** A repository, and the operations Sync Journal runs on it. */
export interface GitRepository {
	/** Its root folder. */
	readonly rootUri: vscode.Uri;
	/** Its state, kept current by the Git extension. */
	readonly state: GitRepositoryState;
	/** Reads the state again. */
	status(): Promise<void>;
	/** Stages files, by file system path. */
	add(paths: string[]): Promise<void>;
	/** Commits what is staged; while a rebase stops on a conflict, continues the rebase. */
	commit(message: string): Promise<void>;
	/** Fetches from the remotes. */
	fetch(): Promise<void>;
	/** Pulls (merging or rebasing as the user's git configuration says). */
	pull(): Promise<void>;
	/** Rebases the branch onto `ref`; missing in Git extensions older than VS Code 1.9x. */
	rebase?(ref: string): Promise<void>;
	/** Pushes; with `setUpstream`, makes `remote/branch` the upstream. */
	push(remote?: string, branch?: string, setUpstream?: boolean): Promise<void>;
}

/** The Git extension's API. */
export interface GitApi {
	/** `initialized` once the extension has looked for repositories. */
	readonly state: 'uninitialized' | 'initialized';
	/** Fires when the state changes. */
	readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
	/** The open repository that holds `uri`, if any. */
	getRepository(uri: vscode.Uri): GitRepository | null;
	/** Opens the repository that holds `uri` (file URIs only); `null` when there is none. */
	openRepository?(uri: vscode.Uri): Promise<GitRepository | null>;
	/** Runs `git init` in `root` and opens it. */
	init(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitExtensionExports {
	readonly enabled: boolean;
	getAPI(version: 1): GitApi;
}

/** The built-in Git extension's id. */
const gitExtensionId = 'vscode.git';

/** The Git extension's API, activated; `undefined` when the extension is missing or disabled (`git.enabled: false`). */
export async function gitApi(): Promise<GitApi | undefined> {
	const extension = vscode.extensions.getExtension<GitExtensionExports>(gitExtensionId);
	let exports: GitExtensionExports | undefined;
	try {
		// In the web worker the extension may be listed but cannot run there.
		exports = !extension ? undefined : extension.isActive ? extension.exports : await extension.activate();
	} catch {
		return undefined;
	}
	if (!exports?.enabled) {
		return undefined;
	}
	const api = exports.getAPI(1);
	if (api.state !== 'initialized') {
		await new Promise<void>(resolve => {
			const listener = api.onDidChangeState(state => {
				if (state === 'initialized') {
					listener.dispose();
					resolve();
				}
			});
		});
	}
	return api;
}
