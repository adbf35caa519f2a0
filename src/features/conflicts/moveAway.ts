import * as vscode from 'vscode';
import { fileExists } from '../../adapters/fileSystem';
import { inMessage } from '../../ui/messages';

/** Where copies go when the file system has no trash (a remote or virtual workspace): hidden, so never indexed. */
const discardedFolder = ['.journal', 'discarded'];

/**
 * Moves `uri` to the trash; where the file system has none, into `.journal/discarded` of its
 * workspace folder, and says so. Nothing is ever deleted for good.
 * @returns where the file went: `undefined` for the trash.
 */
export async function moveAway(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
	try {
		await vscode.workspace.fs.delete(uri, { useTrash: true });
		return undefined;
	} catch (trashError) {
		const base = vscode.workspace.getWorkspaceFolder(uri)?.uri;
		if (!base) {
			throw trashError;
		}
		const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
		const folder = vscode.Uri.joinPath(base, ...discardedFolder);
		await vscode.workspace.fs.createDirectory(folder);
		let target = vscode.Uri.joinPath(folder, name);
		for (let attempt = 2; await fileExists(target); attempt++) {
			target = vscode.Uri.joinPath(folder, `${attempt}-${name}`);
		}
		await vscode.workspace.fs.rename(uri, target, { overwrite: false });
		void vscode.window.showInformationMessage(vscode.l10n.t('This file system has no trash, so {0} was moved to {1}.', inMessage(name), inMessage(vscode.workspace.asRelativePath(target))));
		return target;
	}
}
