import * as vscode from 'vscode';
import { setHeaderKeys } from '../../adapters/textEdits';
import { entryTarget } from '../../ui/commandArguments';

/** Mark Confidential and Unmark Confidential: sets or removes `confidential: true` in the entry's header, changing no other byte. */
export async function setConfidential(target: unknown, confidential: boolean): Promise<boolean> {
	const uri = entryTarget(target);
	if (!uri) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal entry first, or use the command on an entry in the Challenges view.'));
		return false;
	}
	return setHeaderKeys(uri, { confidential: confidential ? true : null });
}
