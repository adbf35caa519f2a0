import * as vscode from 'vscode';
import { commandIds, contextKeys } from '../../ids';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';
import { periodicReview, type PeriodicReviewServices } from './periodicReviewCommand';

/** Registers Weekly Review, Monthly Review and Quarterly Review. */
export function register(context: vscode.ExtensionContext, deps: PeriodicReviewServices): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.weeklyReview, async () => {
			const uri = await periodicReview('week', deps);
			if (uri) {
				markWalkthroughStep(contextKeys.didWeeklyReview);
			}
			return uri;
		}),
		vscode.commands.registerCommand(commandIds.monthlyReview, () => periodicReview('month', deps)),
		vscode.commands.registerCommand(commandIds.quarterlyReview, () => periodicReview('quarter', deps)),
	);
}
