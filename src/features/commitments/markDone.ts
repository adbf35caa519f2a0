import * as vscode from 'vscode';
import type { Clock } from '../../core/model/ports';
import { isOpen } from '../../core/followThrough/commitmentGroups';
import { markDoneEdit } from '../../core/followThrough/taskCompletion';
import { toIsoDate } from '../../core/model/dates';
import { entryOfDocument } from '../../adapters/entryFiles';
import { applyEntryEdit, toWorkspaceEdit } from '../../adapters/textEdits';
import type { CommitmentNode } from './commitmentNodes';

/**
 * Mark Done: ticks a commitment's box and stamps the day (`done:YYYY-MM-DD`), editing that one line
 * through a `WorkspaceEdit`. The item is found again in the document as it is now, unsaved edits
 * included; when it is no longer there, nothing is changed.
 */
export async function markCommitmentDone(node: CommitmentNode | undefined, clock: Clock): Promise<boolean> {
	if (node?.kind !== 'item') {
		void vscode.window.showInformationMessage(vscode.l10n.t('Use Mark Done on a commitment in the Commitments view.'));
		return false;
	}
	const { entry, commitment } = node.item;
	const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.uri, true));
	// The view knows the file as saved; unsaved lines above may have moved the item: find it again, nearest first.
	const found = (entryOfDocument(document).commitments ?? [])
		.filter(candidate => isOpen(candidate) && candidate.text === commitment.text)
		.sort((a, b) => Math.abs(a.line - commitment.line) - Math.abs(b.line - commitment.line))[0];
	const change = found && markDoneEdit(document.getText(), found.line, toIsoDate(clock.now()));
	if (!change) {
		void vscode.window.showWarningMessage(vscode.l10n.t('Line {0} of "{1}" is no longer that open commitment, so nothing was changed. Save the entry and try again.',
			commitment.line + 1, entry.title));
		return false;
	}
	return applyEntryEdit(document, toWorkspaceEdit(document, [change]));
}
