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

/** Builds what the Challenges view shows: every root, the first page of each, and their tree items; returns the item count. */
export function buildChallengesTree(api: LeadershipJournalApi): number {
	const tree = api.challengesTree;
	let items = 0;
	for (const root of tree.getChildren() as ChallengeNode[]) {
		tree.getTreeItem(root);
		items++;
		for (const child of tree.getChildren(root) as ChallengeNode[]) {
			tree.getTreeItem(child);
			items++;
		}
	}
	return items;
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

/** The `vscode.window` functions a test may stand in for. */
export type WindowFunction = 'showQuickPick' | 'showInputBox' | 'showWorkspaceFolderPick' | 'createInputBox' | 'createQuickPick'
	| 'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage';

/**
 * Puts `fake` in place of `vscode.window[name]` until the returned function is called (call it in a
 * `finally`). The tests load from the extension's own folder, so the extension host gives them the
 * same `vscode` API object as the extension: the extension under test calls the fake.
 */
export function replaceInWindow(name: WindowFunction, fake: (...args: never[]) => unknown): () => void {
	const window = vscode.window as unknown as Record<WindowFunction, unknown>;
	const original = window[name];
	window[name] = fake;
	return () => { window[name] = original; };
}

/** What a prompt was asked for: its title, placeholder or prompt, or its message. */
function promptLabel(name: WindowFunction, options: unknown): string {
	const described = options && typeof options === 'object' ? options as { title?: string; placeHolder?: string; prompt?: string } : {};
	const text = typeof options === 'string' ? options : described.title ?? described.placeHolder ?? described.prompt ?? '';
	return `${name}: ${text}`;
}

/** The prompts answered by {@link escapeEveryPrompt}, and the undo. */
export interface EscapedPrompts {
	/** Each prompt as `function: title, placeholder or message`, in the order asked. */
	readonly asked: string[];
	restore(): void;
}

/**
 * Answers every prompt the extension shows as Escape would, as soon as it asks, so that a command
 * waiting for input ends on its own: showQuickPick, showInputBox and showWorkspaceFolderPick resolve
 * to undefined, and so does a message with choices (dismissed); a message with no choice shows as
 * usual. An input box or quick pick made with createInputBox or createQuickPick opens for real and
 * gets the workbench's Escape (workbench.action.closeQuickOpen) right after its show(): the extension
 * host sends both to the workbench in that order.
 */
export function escapeEveryPrompt(): EscapedPrompts {
	const asked: string[] = [];
	const window = vscode.window;
	const cancel = (name: WindowFunction) => (...args: never[]) => {
		asked.push(promptLabel(name, name === 'showQuickPick' ? args[1] : args[0]));
		return Promise.resolve(undefined);
	};
	const message = (name: 'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage') => {
		const original = window[name] as (...args: unknown[]) => Thenable<unknown>;
		return (...args: never[]) => {
			const choices = (args as unknown[]).slice(1).filter(arg => typeof arg === 'string' || (arg && typeof arg === 'object' && 'title' in arg));
			if (choices.length === 0) {
				return original.apply(window, args);
			}
			asked.push(promptLabel(name, args[0]));
			return Promise.resolve(undefined);
		};
	};
	const escapedOnShow = <T extends vscode.InputBox | vscode.QuickPick<vscode.QuickPickItem>>(name: WindowFunction, make: () => T) => () => {
		const input = make();
		const show = input.show.bind(input);
		input.show = () => {
			asked.push(promptLabel(name, { title: input.title, placeHolder: input.placeholder }));
			show();
			void vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		};
		return input;
	};
	const undo = [
		replaceInWindow('showQuickPick', cancel('showQuickPick')),
		replaceInWindow('showInputBox', cancel('showInputBox')),
		replaceInWindow('showWorkspaceFolderPick', cancel('showWorkspaceFolderPick')),
		replaceInWindow('showInformationMessage', message('showInformationMessage')),
		replaceInWindow('showWarningMessage', message('showWarningMessage')),
		replaceInWindow('showErrorMessage', message('showErrorMessage')),
		replaceInWindow('createInputBox', escapedOnShow('createInputBox', window.createInputBox.bind(window))),
		replaceInWindow('createQuickPick', escapedOnShow('createQuickPick', window.createQuickPick.bind(window))),
	];
	return { asked, restore: () => undo.reverse().forEach(restore => restore()) };
}

/**
 * Resolves with the next input box the extension makes with createInputBox, once it has called its
 * show(): the box is then open in the workbench, and a test can press Escape. Fails after `timeoutMs`.
 */
export function nextInputBoxShown(timeoutMs = 15_000): Promise<vscode.InputBox> {
	const window = vscode.window;
	const create = window.createInputBox.bind(window);
	let restore = () => undefined as void;
	const shown = new Promise<vscode.InputBox>(resolve => {
		restore = replaceInWindow('createInputBox', () => {
			restore();
			const box = create();
			const show = box.show.bind(box);
			box.show = () => {
				show();
				box.show = show;
				resolve(box);
			};
			return box;
		});
	});
	return within(shown, timeoutMs, 'the extension showed no input box').finally(() => restore());
}
