import * as vscode from 'vscode';
import { markDoneChange } from '../../core/commitmentGroups';
import { toIsoDate } from '../../core/dates';
import { applyEntryEdit } from '../../vscode/entryEdits';
import type { CommitmentNode } from './commitmentNodes';

/**
 * Mark Done: ticks a commitment's box and stamps the day (`done:YYYY-MM-DD`), editing that one line
 * through a `WorkspaceEdit`. When the line is no longer that open commitment, nothing is changed.
 */
export async function markCommitmentDone(node: CommitmentNode | undefined, now: () => Date): Promise<boolean> {
	if (node?.kind !== 'item') {
		void vscode.window.showInformationMessage(vscode.l10n.t('Use Mark Done on a commitment in the Commitments view.'));
		return false;
	}
	const { entry, commitment } = node.item;
	const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.uri, true));
	const line = commitment.line < document.lineCount ? document.lineAt(commitment.line) : undefined;
	const change = line && markDoneChange(line.text, toIsoDate(now()));
	if (!line || !change) {
		void vscode.window.showWarningMessage(vscode.l10n.t('Line {0} of "{1}" is no longer that open commitment, so nothing was changed. Save the entry and try again.',
			commitment.line + 1, entry.title));
		return false;
	}
	const edit = new vscode.WorkspaceEdit();
	edit.replace(document.uri, new vscode.Range(line.lineNumber, change.start, line.lineNumber, change.end), change.text);
	return applyEntryEdit(document, edit);
}
