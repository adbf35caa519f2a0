import * as vscode from 'vscode';
import type { NewEntryPlan } from '../../core/coaching/newEntry';
import { fileExists } from '../../adapters/fileSystem';

/**
 * Creates entry files without ever overwriting one. Creations in this window run one at a time,
 * so two New Entry commands racing for one name get two files; the create itself also refuses
 * to overwrite, which guards against other windows and programs.
 */
export class EntryCreator {
	private queue: Promise<unknown> = Promise.resolve();

	/** Creates the planned entry in `folder` under its first free name; `undefined` when that failed (the user was told why). */
	create(folder: vscode.Uri, plan: NewEntryPlan): Promise<vscode.Uri | undefined> {
		const next = this.queue.then(() => this.createNow(folder, plan));
		this.queue = next.catch(() => undefined);
		return next;
	}

	private async createNow(folder: vscode.Uri, plan: NewEntryPlan): Promise<vscode.Uri | undefined> {
		const contents = new TextEncoder().encode(plan.text);
		for (const name of plan.fileNames()) {
			const uri = vscode.Uri.joinPath(folder, name);
			if (await fileExists(uri)) {
				continue;
			}
			const edit = new vscode.WorkspaceEdit();
			edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents });
			if (await vscode.workspace.applyEdit(edit)) {
				return uri;
			}
			if (!await fileExists(uri)) {
				void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}. Check that the journal folder is writable.', uri.fsPath || uri.toString()));
				return undefined;
			}
		}
		void vscode.window.showErrorMessage(vscode.l10n.t('Could not find a free file name for this entry.'));
		return undefined;
	}
}
