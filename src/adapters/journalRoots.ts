import * as vscode from 'vscode';
import { defaultTemplatesFolder, parseJournalFolder, type JournalFolderError } from '../core/model/journalFolder';
import { settingKeys, settingsSection } from '../ids';
import { inMessage } from '../ui/messages';
import { isEntryFileName, isSkippedFolderName } from '../core/index/journalScanner';

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

/**
 * The workspace folder to work in: the one named by `wanted` (a name or URI), the only one, or the user's pick.
 * With no folder open, offers to open one. `undefined` when there is none or the user cancelled.
 */
export async function pickWorkspaceFolder(wanted: string | undefined, question: string): Promise<vscode.WorkspaceFolder | undefined> {
	const folders = vscode.workspace.workspaceFolders ?? [];
	if (folders.length === 0) {
		const openFolder = vscode.l10n.t('Open Folder…');
		const choice = await vscode.window.showInformationMessage(
			vscode.l10n.t('Leadership Journal keeps its entries in a folder of your workspace. Open a folder first.'), openFolder);
		if (choice === openFolder) {
			await vscode.commands.executeCommand('workbench.action.files.openFolder');
		}
		return undefined;
	}
	if (wanted !== undefined) {
		const match = folders.find(folder => folder.name === wanted || folder.uri.toString() === wanted);
		if (!match) {
			void vscode.window.showErrorMessage(vscode.l10n.t('There is no workspace folder named "{0}".', inMessage(wanted)));
		}
		return match;
	}
	if (folders.length === 1) {
		return folders[0];
	}
	return vscode.window.showWorkspaceFolderPick({ placeHolder: question });
}

/** The journal folder of the picked workspace folder; `undefined` when none was picked or its setting is refused (the user was told). */
export async function pickJournalRoot(wanted: string | undefined, question: string): Promise<Exclude<JournalRoot, RefusedJournalRoot> | undefined> {
	const workspaceFolder = await pickWorkspaceFolder(wanted, question);
	if (!workspaceFolder) {
		return undefined;
	}
	const root = journalRootOf(workspaceFolder);
	if ('error' in root) {
		void vscode.window.showErrorMessage(refusedRootMessage(root));
		return undefined;
	}
	return root;
}
