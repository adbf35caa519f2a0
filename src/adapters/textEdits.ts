import * as vscode from 'vscode';
import { editHeader, type HeaderValue } from '../core/text/headerEdit';
import type { TextEdit } from '../core/text/textEdit';
import { describeProblem } from '../ui/messages';

/**
 * Applies an edit to an entry through VS Code, so that an open editor's unsaved changes are kept.
 * A document that had no unsaved changes is saved afterwards, so the change is on disk at once;
 * one with unsaved changes is left for the user to save. `savedAs` is where the entry is after the
 * edit, when the edit renames it. Returns whether the edit was applied; when it was not, the user
 * has been told and the entry is unchanged. When the save fails (a read-only file, or one changed on
 * disk), the file on disk is unchanged, the change stays in the editor, and the user is told.
 */
export async function applyEntryEdit(document: vscode.TextDocument, edit: vscode.WorkspaceEdit, savedAs = document.uri): Promise<boolean> {
	const wasClean = !document.isDirty;
	if (!await vscode.workspace.applyEdit(edit)) {
		void vscode.window.showErrorMessage(vscode.l10n.t(
			'{0} could not be changed, so it was left as it was. It may be read-only, or it changed on disk; reopen it and try again.',
			vscode.workspace.asRelativePath(document.uri)));
		return false;
	}
	const saved = wasClean && !document.isUntitled ? await vscode.workspace.openTextDocument(savedAs) : undefined;
	if (saved && !await saved.save() && saved.isDirty) {
		await vscode.window.showTextDocument(saved, { preview: false, preserveFocus: true });
		void vscode.window.showWarningMessage(vscode.l10n.t(
			'{0} could not be saved, so the file on disk is unchanged. It may be read-only, or it changed on disk. The change is kept in the editor, unsaved: save it there, or undo it.',
			vscode.workspace.asRelativePath(savedAs)));
	}
	return true;
}

/** Sets (or, with `null`, removes) header keys of the entry at `uri`, changing no other byte. Returns whether it did. */
export async function setHeaderKeys(uri: vscode.Uri, values: Readonly<Record<string, HeaderValue>>): Promise<boolean> {
	const document = await vscode.workspace.openTextDocument(uri);
	const header = editHeader(document.getText(), values);
	if ('problem' in header) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The header of {0} could not be read, so it was not changed. {1}',
			vscode.workspace.asRelativePath(uri), describeProblem(header.problem)));
		return false;
	}
	if (header.changes.length === 0) {
		return true;
	}
	return applyEntryEdit(document, toWorkspaceEdit(document, header.changes));
}

/**
 * The one place where the core's edits become VS Code's: adds `changes`, given as offsets into the
 * document's current text, to `edit` (a new one when absent) and returns it.
 */
export function toWorkspaceEdit(document: vscode.TextDocument, changes: readonly TextEdit[], edit = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
	for (const change of changes) {
		edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.text);
	}
	return edit;
}

/**
 * Applies `headerChanges` (made for `text`, the document's text now) and appends `appendix` at its
 * end, then shows the document with the cursor at `cursorOffset` within the appendix.
 * @returns whether the edit was applied; when not, the user was told why.
 */
export async function appendToEntry(document: vscode.TextDocument, text: string, headerChanges: readonly TextEdit[], appendix: string, cursorOffset: number): Promise<boolean> {
	const end = { start: text.length, end: text.length, text: appendix };
	if (!await applyEntryEdit(document, toWorkspaceEdit(document, [...headerChanges, end]))) {
		return false;
	}
	const headerGrowth = headerChanges.reduce((sum, change) => sum + change.text.length - (change.end - change.start), 0);
	const cursor = document.positionAt(text.length + headerGrowth + cursorOffset);
	const editor = await vscode.window.showTextDocument(document, { preview: false });
	editor.selection = new vscode.Selection(cursor, cursor);
	editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	return true;
}
