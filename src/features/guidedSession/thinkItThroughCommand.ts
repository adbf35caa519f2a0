import * as vscode from 'vscode';
import { findQuestions } from '../../core/coaching/questions';
import { commandIds, contextKeys } from '../../ids';
import { entryTarget } from '../../ui/commandArguments';
import { runGuidedSession, type SessionOutcome } from './guidedSession';
import { offerCommitment, type CommitmentPromptServices } from './commitmentPrompts';
import type { EditorPause } from './editorPause';
import { InputBoxPrompter } from './inputBoxPrompter';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';

/** Sessions running, by entry URI: a second run on the same entry brings nothing new and is refused. */
const running = new Set<string>();

/** What Think It Through needs: the probes setting, and the journal's owners and today for new commitments. */
export type ThinkItThroughServices = CommitmentPromptServices;

/**
 * Think It Through…: a guided session on the entry the command was invoked on, the active entry,
 * or, when no entry is open, a new one. Answers are followed up as the `probes` setting says, and
 * an answer can be written at length in the editor while the session waits.
 */
export async function thinkItThrough(deps: ThinkItThroughServices, pause: EditorPause, argument?: unknown): Promise<SessionOutcome | undefined> {
	const uri = entryTarget(argument) ?? await vscode.commands.executeCommand<vscode.Uri | undefined>(commandIds.newEntry);
	if (!uri) {
		return undefined;
	}
	if (running.has(uri.toString())) {
		void vscode.window.showInformationMessage(vscode.l10n.t('A Think It Through session is already running on this entry.'));
		return undefined;
	}
	const document = await vscode.workspace.openTextDocument(uri);
	const questions = findQuestions(document.getText());
	if (!questions.some(question => !question.answered)) {
		await explainNothingToAsk(uri, questions.length);
		return undefined;
	}
	running.add(uri.toString());
	const prompter = new InputBoxPrompter();
	try {
		const outcome = await runGuidedSession(uri, prompter.ask, {
			probes: deps.settings.probes(),
			offerCommitment: answer => offerCommitment(answer, deps),
			waitForEditor: () => pause.wait(),
		});
		reportOutcome(outcome);
		if (outcome.answered > 0) {
			markWalkthroughStep(contextKeys.didThinkItThrough);
		}
		return outcome;
	} finally {
		prompter.dispose();
		running.delete(uri.toString());
	}
}

async function explainNothingToAsk(uri: vscode.Uri, questionCount: number): Promise<void> {
	if (questionCount > 0) {
		void vscode.window.showInformationMessage(vscode.l10n.t('All {0} questions of this entry have an answer. Well thought through.', questionCount));
		return;
	}
	const insert = vscode.l10n.t('Insert Coaching Questions…');
	const choice = await vscode.window.showInformationMessage(
		vscode.l10n.t('This entry has no questions yet. Questions are "### " headings; Insert Coaching Questions adds a set of them.'), insert);
	if (choice === insert) {
		await vscode.window.showTextDocument(uri);
		await vscode.commands.executeCommand(commandIds.insertQuestions);
	}
}

function reportOutcome(outcome: SessionOutcome): void {
	if (outcome.end === 'finished') {
		void vscode.window.showInformationMessage(outcome.skipped === 0
			? vscode.l10n.t('You went through all {0} questions. Now turn your conclusions into commitments: - [ ] action @owner due:YYYY-MM-DD', outcome.steps)
			: vscode.l10n.t('You answered {0} of {1} questions and skipped {2}. Run Think It Through again to return to the skipped ones.',
				outcome.answered, outcome.steps, outcome.skipped));
	} else if (outcome.end === 'stopped') {
		vscode.window.setStatusBarMessage(vscode.l10n.t('Think It Through: {0} answers written. Run it again to continue where you left off.', outcome.answered), 8000);
	}
}
