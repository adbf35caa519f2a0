import * as vscode from 'vscode';
import type { EntrySummary } from '../../core/model/entry';
import { entryOfDocument } from '../../adapters/entryFiles';
import { entryTarget } from '../../ui/commandArguments';

/** An entry to act on: its open document and what its text says now, unsaved changes included. */
export interface EntryDocument {
	/** The document. */
	readonly document: vscode.TextDocument;
	/** The entry as its current text reads. */
	readonly entry: EntrySummary;
}

/**
 * The entry a lifecycle command acts on: the tree entry or URI it was invoked on, else the active
 * markdown editor's. `undefined`, with a message, when there is none.
 */
export async function entryDocument(argument: unknown): Promise<EntryDocument | undefined> {
	const uri = entryTarget(argument);
	if (!uri) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal entry first, or use the command on an entry in the Challenges view.'));
		return undefined;
	}
	const document = await vscode.workspace.openTextDocument(uri);
	return { document, entry: entryOfDocument(document) };
}
