import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadershipJournalApi } from '../../src/extension';

/** The extension's id, as `publisher.name`. */
export const extensionId = 'leadership-journal.leadership-journal';

/** Activates the extension and waits until its journal is indexed. */
export async function activeApi(): Promise<LeadershipJournalApi> {
	const extension = vscode.extensions.getExtension<LeadershipJournalApi>(extensionId);
	assert.ok(extension, `${extensionId} is not installed in the test host`);
	const api = await extension.activate();
	await api.whenIdle();
	return api;
}

/** The only workspace folder of the test window. */
export function workspaceFolder(): vscode.WorkspaceFolder {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the tests need a workspace folder');
	return folder;
}

/** Polls `condition` until it holds, or fails after `timeoutMs`. */
export async function eventually(condition: () => Promise<boolean> | boolean, message: string, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!await condition()) {
		if (Date.now() > deadline) {
			assert.fail(`timed out: ${message}`);
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

/** A file's text as it is on disk. */
export async function diskText(uri: vscode.Uri): Promise<string> {
	return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Writes `text` to `journal/<folder>/<name>` of the workspace folder, outside any editor; returns its URI. */
export async function writeJournalFile(folder: string, name: string, text: string): Promise<vscode.Uri> {
	const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', folder, name);
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
	return uri;
}

export { treeText } from './treeText';
