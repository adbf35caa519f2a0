import * as vscode from 'vscode';
import type { PromptResult, Prompter, QuestionPrompt } from './guidedSession';

/**
 * Asks the questions of a guided session in one input box that stays open from step to step.
 * Enter saves the answer (an empty box skips), the title bar has Back and Skip, and Escape stops.
 * The box survives a click into the editor, so the user can look at the entry while answering.
 */
export class InputBoxPrompter implements vscode.Disposable {
	private readonly box = vscode.window.createInputBox();
	private readonly skipButton: vscode.QuickInputButton = {
		iconPath: new vscode.ThemeIcon('debug-step-over'),
		tooltip: vscode.l10n.t('Skip this question'),
	};
	private readonly editorButton: vscode.QuickInputButton = {
		iconPath: new vscode.ThemeIcon('edit'),
		tooltip: vscode.l10n.t('Write at length in the editor; resume with Ctrl+Shift+Alt+J Enter'),
	};
	private pending: ((result: PromptResult) => void) | undefined;
	private readonly listeners: vscode.Disposable[];

	constructor() {
		this.box.ignoreFocusOut = true;
		this.listeners = [
			this.box.onDidAccept(() => this.settle({ kind: 'answer', text: this.box.value })),
			this.box.onDidTriggerButton(button => this.settle(button === vscode.QuickInputButtons.Back ? { kind: 'back' } : button === this.editorButton ? { kind: 'editor' } : { kind: 'skip' })),
			this.box.onDidHide(() => this.settle({ kind: 'stop' })),
		];
	}

	/** The prompter to give a session. */
	readonly ask: Prompter = (prompt: QuestionPrompt) => new Promise(resolve => {
		this.pending = resolve;
		const box = this.box;
		const step = prompt.stage
			? vscode.l10n.t('{0} · step {1} of {2}', prompt.stage, prompt.step, prompt.steps)
			: vscode.l10n.t('Step {0} of {1}', prompt.step, prompt.steps);
		box.title = prompt.probe ? vscode.l10n.t('{0} · a follow-up question', step) : step;
		box.prompt = prompt.question;
		box.value = prompt.currentAnswer ?? '';
		box.placeholder = prompt.probe
			? vscode.l10n.t('Your answer goes under the one you just gave. An empty answer moves on.')
			: prompt.hasLongAnswer
				? vscode.l10n.t('Already answered in the editor. Anything you type here is added below that answer.')
				: vscode.l10n.t('Type your answer and press Enter. An empty answer skips; Escape stops and keeps your answers.');
		const back = prompt.step > 1 && !prompt.probe ? [vscode.QuickInputButtons.Back] : [];
		box.buttons = [...back, ...(prompt.probe ? [] : [this.editorButton]), this.skipButton];
		box.show();
	});

	dispose(): void {
		this.pending = undefined;
		this.box.dispose();
		vscode.Disposable.from(...this.listeners).dispose();
	}

	private settle(result: PromptResult): void {
		const resolve = this.pending;
		this.pending = undefined;
		resolve?.(result);
	}
}
