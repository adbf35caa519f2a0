import * as vscode from 'vscode';
import { parseJournalFolder, type JournalFolderError } from '../core/journalFolder';
import { settingKeys, settingsSection } from '../ids';
import { inMessage } from './userText';

/** A workspace folder whose journal folder setting was refused, and why. */
export interface RefusedJournalRoot {
	/** The workspace folder. */
	readonly workspaceFolder: vscode.WorkspaceFolder;
	/** Why the setting was refused. */
	readonly error: JournalFolderError;
	/** The setting as the user wrote it. */
	readonly written: string;
}

/** The journal folder of one workspace folder, or why its setting was refused. */
export type JournalRoot = RefusedJournalRoot | {
	/** The workspace folder. */
	readonly workspaceFolder: vscode.WorkspaceFolder;
	/** The journal folder. */
	readonly uri: vscode.Uri;
	/** The journal folder relative to the workspace folder: `journal`, or `.` for the workspace folder itself. */
	readonly relativePath: string;
};

/** The journal folder of `workspaceFolder`, from its `leadershipJournal.folder` setting. */
export function journalRootOf(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
	const value = vscode.workspace.getConfiguration(settingsSection, workspaceFolder.uri).get<unknown>(settingKeys.folder);
	const written = typeof value === 'string' ? value : '';
	const folder = parseJournalFolder(value);
	return 'error' in folder
		? { workspaceFolder, error: folder.error, written }
		: { workspaceFolder, uri: vscode.Uri.joinPath(workspaceFolder.uri, ...folder.segments), relativePath: folder.segments.join('/') || '.' };
}

/** Why a refused journal folder setting was not used, and what to do instead. */
export function refusedRootMessage(root: RefusedJournalRoot): string {
	const reason = root.error === 'absolute'
		? vscode.l10n.t('it is an absolute path')
		: vscode.l10n.t('it leads outside the workspace folder');
	return vscode.l10n.t(
		'The journal folder "{0}" of {1} was not used: {2}. Set leadershipJournal.folder to a folder inside the workspace, such as "journal".',
		inMessage(root.written), inMessage(root.workspaceFolder.name), reason);
}
