import * as vscode from 'vscode';
import type { NewEntryPlan } from '../core/coaching/newEntry';
import type { RenderedTemplate } from '../core/coaching/template';
import { readEntry } from '../core/index/entryReader';
import type { EntrySummary } from '../core/model/entry';
import { fileExists } from './fileSystem';
import type { JournalWorkspace } from './journalWorkspace';
import { reportUnknownVariables } from '../ui/messages';

/**
 * Creates an entry there is one of per day or period, then shows it with the cursor under its first question.
 * It never overwrites a file that appeared meanwhile.
 * @returns whether the entry exists now; when not, the user was told why.
 */
export async function createFixedEntry(uri: vscode.Uri, plan: RenderedTemplate, journal: JournalWorkspace): Promise<boolean> {
	const edit = new vscode.WorkspaceEdit();
	edit.createFile(uri, { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(plan.text) });
	if (!await vscode.workspace.applyEdit(edit) && !await fileExists(uri)) {
		void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}. Check that the journal folder is writable.', uri.fsPath || uri.toString()));
		return false;
	}
	await showNewEntry(uri, plan, journal);
	return true;
}

/**
 * Shows an entry the extension just created, with the cursor under its first question: tells the
 * index about it at once, and warns of template variables that were left as written.
 */
export async function showNewEntry(uri: vscode.Uri, plan: RenderedTemplate, journal: JournalWorkspace): Promise<void> {
	journal.noteCreated(uri);
	reportUnknownVariables(plan.unknownVariables);
	const document = await vscode.workspace.openTextDocument(uri);
	const cursor = document.positionAt(plan.cursorOffset);
	await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(cursor, cursor) });
}

/**
 * The entry as the text of an open document reads now, unsaved changes included. Its modification
 * time is taken as now: the text is as of now.
 */
export function entryOfDocument(document: vscode.TextDocument): EntrySummary {
	return readEntry(document.getText(), { uri: document.uri.toString(), mtime: Date.now(), size: 0 });
}

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
