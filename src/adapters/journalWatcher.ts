import * as vscode from 'vscode';
import { isSkippedFolderName } from '../core/index/journalScanner';
import type { FileEventKind, JournalUpdater } from '../core/index/journalUpdater';

/**
 * Watches one journal folder, including changes made outside VS Code, and hands the events
 * to the updater, which coalesces them. Events under `.git`, `node_modules` and the like are
 * dropped here, as the scanner skips those folders: a checkout must not cost a stat per file.
 */
export function watchJournal(root: vscode.Uri, updater: JournalUpdater): vscode.Disposable {
	const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*'));
	const forward = (kind: FileEventKind) => (uri: vscode.Uri) => {
		if (!uri.path.slice(root.path.length).split('/').some(isSkippedFolderName)) {
			updater.notify(kind, uri.toString());
		}
	};
	return vscode.Disposable.from(
		watcher,
		watcher.onDidCreate(forward('created')),
		watcher.onDidChange(forward('changed')),
		watcher.onDidDelete(forward('deleted')),
	);
}
