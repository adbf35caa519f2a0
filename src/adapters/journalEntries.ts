import * as vscode from 'vscode';
import { isEntryFileName, isSkippedFolderName } from '../core/index/journalScanner';
import { journalRootOf } from './journalRoots';

/**
 * Whether `uri` is a journal entry: a markdown file under its workspace folder's journal folder,
 * not in a folder the scanner skips (hidden ones such as `.journal/templates`, `node_modules`).
 */
export function isJournalEntry(uri: vscode.Uri): boolean {
	const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
	const root = workspaceFolder && journalRootOf(workspaceFolder);
	if (!root || 'error' in root || root.uri.scheme !== uri.scheme || root.uri.authority !== uri.authority) {
		return false;
	}
	const rootPath = root.uri.path.replace(/\/+$/, '');
	if (!uri.path.startsWith(`${rootPath}/`)) {
		return false;
	}
	const segments = uri.path.slice(rootPath.length + 1).split('/');
	const name = segments.pop() ?? '';
	return isEntryFileName(name) && !segments.some(isSkippedFolderName);
}
