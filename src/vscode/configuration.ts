import * as vscode from 'vscode';
import { parseJournalFolder, type JournalFolder } from '../core/journalFolder';
import { settingKeys, settingsSection } from '../ids';

/** The full id of a setting, e.g. `leadershipJournal.folder`. */
export function settingId(key: typeof settingKeys[keyof typeof settingKeys]): string {
	return `${settingsSection}.${key}`;
}

/** The journal folder setting of one workspace folder, checked. */
export function journalFolderSetting(workspaceFolder: vscode.WorkspaceFolder): JournalFolder & { readonly written: string } {
	const value = vscode.workspace.getConfiguration(settingsSection, workspaceFolder.uri).get<unknown>(settingKeys.folder);
	return { ...parseJournalFolder(value), written: typeof value === 'string' ? value : '' };
}
