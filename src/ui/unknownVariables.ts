import * as vscode from 'vscode';
import { inMessage } from './userText';

/** Tells the user which `{{variables}}` of a template were not known and so were left in the text as written. */
export function reportUnknownVariables(names: readonly string[]): void {
	if (names.length > 0) {
		void vscode.window.showWarningMessage(vscode.l10n.t(
			'The template uses {0}, which Leadership Journal does not know. It was left in the entry as written.',
			inMessage(names.map(name => `{{${name}}}`).join(', '))));
	}
}
