import * as vscode from 'vscode';
import type { WalkthroughStepKey } from '../ids';

/**
 * Records that the user did one of the walkthrough's actions for real (created an entry, wrote an
 * answer…). The walkthrough's steps complete on these context keys, not on merely opening a command.
 */
export function markWalkthroughStep(key: WalkthroughStepKey): void {
	void vscode.commands.executeCommand('setContext', key, true);
}
