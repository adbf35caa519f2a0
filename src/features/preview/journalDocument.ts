import * as vscode from 'vscode';
import { isEntryFileName, isSkippedFolderName } from '../../core/index/journalScanner';
import { journalRootOf } from '../../adapters/journalRoots';

/**
 * Whether `document`, the URI that VS Code's markdown preview renders, is a file the journal index
 * would read: a `.md` file in its workspace folder's journal folder, outside hidden and package folders.
 * @returns `undefined` when `document` is not a URI, so that the header alone decides.
 */
export function isJournalDocument(document: unknown): boolean | undefined {
	if (!(document instanceof vscode.Uri)) {
		return undefined;
	}
	const workspaceFolder = vscode.workspace.getWorkspaceFolder(document);
	const root = workspaceFolder && journalRootOf(workspaceFolder);
	if (!root || !('uri' in root) || document.scheme !== root.uri.scheme || document.authority !== root.uri.authority) {
		return false;
	}
	const folder = root.uri.path.replace(/\/*$/, '/');
	if (!document.path.startsWith(folder)) {
		return false;
	}
	const segments = document.path.slice(folder.length).split('/');
	return isEntryFileName(segments.pop() ?? '') && !segments.some(isSkippedFolderName);
}
