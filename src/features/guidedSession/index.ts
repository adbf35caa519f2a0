import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { nextUnansweredQuestion } from './nextQuestion';
import { thinkItThrough } from './thinkItThroughCommand';

/** Registers Think It Through… and Next Unanswered Question. */
export function register(context: vscode.ExtensionContext): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.thinkItThrough, thinkItThrough),
		vscode.commands.registerCommand(commandIds.nextQuestion, nextUnansweredQuestion),
	);
}
