// Helpers for the tests that run inside an extension host: the Node host (test/integration) and the
// web-worker host (test/web, bundled by test/web/build.mjs). No Node API here: it must run in a web worker.
import * as vscode from 'vscode';
import type { LeadershipJournalApi } from '../../src/extension';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';

/** The extension's id, as `publisher.name`. */
export const extensionId = 'leadership-journal.leadership-journal';

/** Fails the test with `message` unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
	if (!condition) {
		throw new Error(message);
	}
}

/** Fails the test unless `actual` is `expected` (===), saying both. */
export function equal<T>(actual: T, expected: T, message: string): void {
	check(actual === expected, `${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Activates the extension and waits until its journal is indexed. */
export async function activeApi(): Promise<LeadershipJournalApi> {
	const extension = vscode.extensions.getExtension<LeadershipJournalApi>(extensionId);
	check(extension, `${extensionId} is not loaded in the test host`);
	const api = await extension.activate();
	await api.whenIdle();
	return api;
}

/** The first (in a single-folder window, the only) workspace folder of the test window. */
export function workspaceFolder(): vscode.WorkspaceFolder {
	const folder = vscode.workspace.workspaceFolders?.[0];
	check(folder, 'the tests need a workspace folder');
	return folder;
}

/**
 * Polls `condition` every `intervalMs` until it holds; fails with `message` after `timeoutMs`.
 * For waiting on something the extension does in its own time; never a fixed sleep.
 */
export async function eventually(condition: () => Promise<boolean> | boolean, message: string, timeoutMs = 15_000, intervalMs = 100): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!await condition()) {
		check(Date.now() <= deadline, `timed out after ${timeoutMs / 1000} s: ${message}`);
		await new Promise(resolve => setTimeout(resolve, intervalMs));
	}
}

/** `work`'s result, or a failure naming `what` when it has not settled within `timeoutMs`. */
export async function within<T>(work: Thenable<T>, timeoutMs: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s: ${what}`)), timeoutMs);
	});
	try {
		return await Promise.race([Promise.resolve(work), late]);
	} finally {
		clearTimeout(timer);
	}
}

/** A file's text as it is on disk (through workspace.fs, so in the web host too). */
export async function diskText(uri: vscode.Uri): Promise<string> {
	return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes `text` to `uri` outside any editor. */
export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Writes `text` to `journal/<folder>/<name>` of the workspace folder, outside any editor; returns its URI. */
export async function writeJournalFile(folder: string, name: string, text: string): Promise<vscode.Uri> {
	const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', folder, name);
	await writeText(uri, text);
	return uri;
}

/**
 * The Challenges tree as text: `Group (description)` roots, each followed by its entries' `  label | description`.
 */
export function treeText(api: LeadershipJournalApi): string[] {
	const tree = api.challengesTree;
	const rows: string[] = [];
	for (const root of tree.getChildren() as ChallengeNode[]) {
		const item = tree.getTreeItem(root);
		rows.push(`${String(item.label)} (${String(item.description)})`);
		for (const child of tree.getChildren(root) as ChallengeNode[]) {
			const childItem = tree.getTreeItem(child);
			rows.push(`  ${String(childItem.label)} | ${String(childItem.description)}`);
		}
	}
	return rows;
}

/** The Challenges tree's root for `group` (an area id, or a group key such as `@unsorted`), when it shows one. */
export function groupNode(api: LeadershipJournalApi, group: string): ChallengeNode | undefined {
	return (api.challengesTree.getChildren() as ChallengeNode[]).find(root => root.kind === 'group' && root.group === group);
}

/** The labels of the rows under `group` in the Challenges tree; none when the tree shows no such group. */
export function groupRows(api: LeadershipJournalApi, group: string): string[] {
	const tree = api.challengesTree;
	const node = groupNode(api, group);
	return node ? (tree.getChildren(node) as ChallengeNode[]).map(child => String(tree.getTreeItem(child).label)) : [];
}
