import * as vscode from 'vscode';
import { defaultTemplatesFolder, parseJournalFolder, type JournalFolderError } from '../core/model/journalFolder';
import { settingKeys } from '../ids';
import type { Settings } from './settings';
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

/** The resolved root folder of a journal: its workspace folder, URI and relative path. */
export type UsableJournalRoot = Exclude<JournalRoot, RefusedJournalRoot>;

/**
 * Where each workspace folder keeps its journal and its templates, from the `folder` and
 * `templatesFolder` settings, and which files are journal entries.
 */
export class JournalRoots {
	constructor(private readonly settings: Settings) { }

	/** The journal folder of `workspaceFolder`, from its `leadershipJournal.folder` setting. */
	journalRootOf(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
		return this.folderOf(workspaceFolder, settingKeys.folder, this.settings.journalFolder(workspaceFolder), undefined);
	}

	/** The templates folder of `workspaceFolder`, from its `leadershipJournal.templatesFolder` setting. */
	templatesRootOf(workspaceFolder: vscode.WorkspaceFolder): JournalRoot {
		return this.folderOf(workspaceFolder, settingKeys.templatesFolder, this.settings.templatesFolder(workspaceFolder), defaultTemplatesFolder);
	}

	/**
	 * Whether `uri` is a journal entry: a markdown file under its workspace folder's journal folder,
	 * not in a folder the scanner skips (hidden ones such as `.journal/templates`, `node_modules`).
	 */
	isJournalEntry(uri: vscode.Uri): boolean {
		const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
		const root = workspaceFolder && this.journalRootOf(workspaceFolder);
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

	/** The journal folder the entry at `entryUri` belongs to, when it belongs to one. */
	rootOfEntry(entryUri: vscode.Uri): UsableJournalRoot | undefined {
		const workspaceFolder = vscode.workspace.getWorkspaceFolder(entryUri);
		const root = workspaceFolder && this.journalRootOf(workspaceFolder);
		return root && 'uri' in root ? root : undefined;
	}

	/** The URI that a `continues:` path names, read from the journal folder of the entry at `entryUri`. */
	continuedUri(entryUri: vscode.Uri, path: string): vscode.Uri | undefined {
		const root = this.rootOfEntry(entryUri);
		const segments = path.split('/').filter(segment => segment !== '' && segment !== '.');
		return root && segments.length > 0 && !segments.includes('..') ? vscode.Uri.joinPath(root.uri, ...segments) : undefined;
	}

	/** The path of `entryUri` relative to its journal folder, as `continues:` holds it; `undefined` outside every journal folder. */
	journalPath(entryUri: vscode.Uri): string | undefined {
		const root = this.rootOfEntry(entryUri);
		const rootPath = root?.uri.path.replace(/\/+$/, '');
		return rootPath !== undefined && entryUri.path.startsWith(`${rootPath}/`) ? entryUri.path.slice(rootPath.length + 1) : undefined;
	}

	/** The journal folder of the picked workspace folder; `undefined` when none was picked or its setting is refused (the user was told). */
	async pickJournalRoot(wanted: string | undefined, question: string): Promise<UsableJournalRoot | undefined> {
		const workspaceFolder = await pickWorkspaceFolder(wanted, question);
		if (!workspaceFolder) {
			return undefined;
		}
		const root = this.journalRootOf(workspaceFolder);
		if ('error' in root) {
			void vscode.window.showErrorMessage(refusedRootMessage(root));
			return undefined;
		}
		return root;
	}

	private folderOf(workspaceFolder: vscode.WorkspaceFolder, setting: RefusedJournalRoot['setting'], value: unknown, fallback: string | undefined): JournalRoot {
		const written = typeof value === 'string' ? value : '';
		const folder = parseJournalFolder(value, fallback);
		return 'error' in folder
			? { workspaceFolder, error: folder.error, written, setting }
			: { workspaceFolder, uri: vscode.Uri.joinPath(workspaceFolder.uri, ...folder.segments), relativePath: folder.segments.join('/') || '.' };
	}
}
