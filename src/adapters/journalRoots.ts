import * as vscode from 'vscode';
import { defaultTemplatesFolder, parseJournalFolder, type JournalFolderError } from '../core/model/journalFolder';
import { settingKeys, settingsSection } from '../ids';
import { inMessage } from '../ui/userText';

/** A workspace folder whose journal folder setting was refused, and why. */
export interface RefusedJournalRoot {
	/** The workspace folder. */
	readonly workspaceFolder: vscode.WorkspaceFolder;
	/** Why the setting was refused. */
	readonly error: JournalFolderError;
	/** The setting as the user wrote it. */
	readonly written: string;
	/** The setting's key. */
	readonly setting: typeof settingKeys.folder | typeof settingKeys.templatesFolder;
}

/** A folder of a workspace folder named by a setting, or why the setting was refused. */
export type JournalRoot = RefusedJournalRoot | {
	/** The workspace folder. */
	readonly workspaceFolder: vscode.WorkspaceFolder;
	/** The folder. */
	readonly uri: vscode.Uri;
	/** The folder relative to the workspace folder: e.g. `journal`, or `.` for the workspace folder itself. */
	readonly relativePath: string;
};

function folderOf(workspaceFolder: vscode.WorkspaceFolder, setting: RefusedJournalRoot['setting'], fallback: string | undefined): JournalRoot {
	const value = vscode.workspace.getConfiguration(settingsSection, workspaceFolder.uri).get<unknown>(setting);
	const written = typeof value === 'string' ? value : '';
	const folder = parseJournalFolder(value, fallback);
	return 'error' in folder
		? { workspaceFolder, error: folder.error, written, setting }
		: { workspaceFolder, uri: vscode.Uri.joinPath(workspaceFolder.uri, ...folder.segments), relativePath: folder.segments.join('/') || '.' };
}

/** The journal folder of `workspaceFolder`, from its `leadershipJournal.folder` setting. */
export function journalRootOf(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
	return folderOf(workspaceFolder, settingKeys.folder, undefined);
}

/** The templates folder of `workspaceFolder`, from its `leadershipJournal.templatesFolder` setting. */
export function templatesRootOf(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
	return folderOf(workspaceFolder, settingKeys.templatesFolder, defaultTemplatesFolder);
}

/** Why a refused journal folder setting was not used, and what to do instead. */
export function refusedRootMessage(root: RefusedJournalRoot): string {
	const reason = root.error === 'absolute'
		? vscode.l10n.t('it is an absolute path')
		: vscode.l10n.t('it leads outside the workspace folder');
	return root.setting === settingKeys.folder
		? vscode.l10n.t(
			'The journal folder "{0}" of {1} was not used: {2}. Set leadershipJournal.folder to a folder inside the workspace, such as "journal".',
			inMessage(root.written), inMessage(root.workspaceFolder.name), reason)
		: vscode.l10n.t(
			'The templates folder "{0}" of {1} was not used: {2}. Set leadershipJournal.templatesFolder to a folder inside the workspace, such as ".journal/templates".',
			inMessage(root.written), inMessage(root.workspaceFolder.name), reason);
}
