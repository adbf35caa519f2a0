import * as vscode from 'vscode';
import { parseJournalFolder, type JournalFolderError } from '../core/journalFolder';
import { settingKeys, settingsSection } from '../ids';
import { inMessage } from './userText';

/** The journal folder of one workspace folder, or why its setting was refused. */
export type JournalRoot =
	| { readonly workspaceFolder: vscode.WorkspaceFolder; readonly uri: vscode.Uri; readonly written: string }
	| { readonly workspaceFolder: vscode.WorkspaceFolder; readonly error: JournalFolderError; readonly written: string };

/** The journal folder of `workspaceFolder`, from its `leadershipJournal.folder` setting. */
export function journalRootOf(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
	const value = vscode.workspace.getConfiguration(settingsSection, workspaceFolder.uri).get<unknown>(settingKeys.folder);
	const written = typeof value === 'string' ? value : '';
	const folder = parseJournalFolder(value);
	return 'error' in folder
		? { workspaceFolder, error: folder.error, written }
		: { workspaceFolder, uri: vscode.Uri.joinPath(workspaceFolder.uri, ...folder.segments), written };
}

/** Why a refused journal folder setting was not used, and what to do instead. */
export function refusedRootMessage(root: JournalRoot & { readonly error: JournalFolderError }): string {
	const reason = root.error === 'absolute'
		? vscode.l10n.t('it is an absolute path')
		: vscode.l10n.t('it leads outside the workspace folder');
	return vscode.l10n.t(
		'The journal folder "{0}" of {1} was not used: {2}. Set leadershipJournal.folder to a folder inside the workspace, such as "journal".',
		inMessage(root.written), inMessage(root.workspaceFolder.name), reason);
}
