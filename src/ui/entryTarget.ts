import * as vscode from 'vscode';
import type { EntryNode } from '../features/tree/challengeNodes';

/**
 * The entry a command should act on: the URI or tree entry it was invoked on, else the markdown
 * file in the active editor. `undefined` when there is none.
 */
export function entryTarget(argument: unknown): vscode.Uri | undefined {
	if (argument instanceof vscode.Uri) {
		return argument;
	}
	if (typeof argument === 'object' && argument !== null && (argument as EntryNode).kind === 'entry') {
		return vscode.Uri.parse((argument as EntryNode).entry.uri, true);
	}
	const document = vscode.window.activeTextEditor?.document;
	return document?.languageId === 'markdown' ? document.uri : undefined;
}
