import * as vscode from 'vscode';
import { commandIds, contextKeys } from '../../ids';

/**
 * The pause of a session while the user writes an answer at length in the editor: a status bar item
 * and a context key say that it waits, and Resume Think It Through (Ctrl+Shift+Alt+J Enter) or a click on the
 * item continues it. Only one session waits at a time; a new wait ends the previous one as stopped.
 */
export class EditorPause implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
	private waiting: ((resumed: boolean) => void) | undefined;

	constructor() {
		this.item.text = `$(comment-discussion) ${vscode.l10n.t('Think It Through: resume')}`;
		this.item.tooltip = vscode.l10n.t('Write your answer in the editor, then click here or press Ctrl+Shift+Alt+J Enter to go on with the next question.');
		this.item.command = commandIds.resumeThinkItThrough;
	}

	/** Waits until the user resumes (`true`) or the session is stopped (`false`). */
	wait(): Promise<boolean> {
		this.end(false);
		this.item.show();
		void vscode.commands.executeCommand('setContext', contextKeys.sessionWaiting, true);
		return new Promise(resolve => { this.waiting = resolve; });
	}

	/** Resumes the waiting session, if one waits; returns whether one did. */
	resume(): boolean {
		const waited = this.waiting !== undefined;
		this.end(true);
		return waited;
	}

	dispose(): void {
		this.end(false);
		this.item.dispose();
	}

	private end(resumed: boolean): void {
		const resolve = this.waiting;
		this.waiting = undefined;
		this.item.hide();
		void vscode.commands.executeCommand('setContext', contextKeys.sessionWaiting, false);
		resolve?.(resumed);
	}
}
