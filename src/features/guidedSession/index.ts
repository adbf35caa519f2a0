import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { EditorPause } from './editorPause';
import { nextUnansweredQuestion } from './nextQuestion';
import { thinkItThrough, type ThinkItThroughServices } from './thinkItThroughCommand';

/** Registers Think It Through…, Resume Think It Through and Next Unanswered Question. */
export function register(context: vscode.ExtensionContext, deps: ThinkItThroughServices): void {
	const pause = new EditorPause();
	context.subscriptions.push(
		pause,
		vscode.commands.registerCommand(commandIds.thinkItThrough, (argument?: unknown) => thinkItThrough(deps, pause, argument)),
		vscode.commands.registerCommand(commandIds.resumeThinkItThrough, () => {
			if (!pause.resume()) {
				void vscode.window.showInformationMessage(vscode.l10n.t('No Think It Through session is waiting. Run Think It Through to start one.'));
			}
		}),
		vscode.commands.registerCommand(commandIds.nextQuestion, nextUnansweredQuestion),
	);
}
