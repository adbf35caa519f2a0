import * as vscode from 'vscode';
import { journalRootOf, refusedRootMessage, type JournalRoot, type RefusedJournalRoot } from '../adapters/journalRoots';
import { inMessage } from './userText';

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
