import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { periodicReview, type PeriodicReviewDependencies } from './periodicReviewCommand';

/** Registers Weekly Review, Monthly Review and Quarterly Review. */
export function register(context: vscode.ExtensionContext, deps: PeriodicReviewDependencies): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.weeklyReview, () => periodicReview('week', deps)),
		vscode.commands.registerCommand(commandIds.monthlyReview, () => periodicReview('month', deps)),
		vscode.commands.registerCommand(commandIds.quarterlyReview, () => periodicReview('quarter', deps)),
	);
}
