import * as vscode from 'vscode';
import { deeperQuestions, type Depth } from '../../core/coaching/depth';
import { findQuestions, type Question } from '../../core/coaching/questions';
import type { ChallengeArea } from '../../core/model/areas';
import { entryOfDocument } from '../../adapters/entryFiles';
import type { Services } from '../../services';
import { pickDepth } from '../../ui/depthPick';
import { commandIds, contextKeys } from '../../ids';
import { entryTarget } from '../../ui/commandArguments';
import { runGuidedSession, type SessionOutcome } from './guidedSession';
import { offerCommitment, type CommitmentPromptServices } from './commitmentPrompts';
import type { EditorPause } from './editorPause';
import { InputBoxPrompter } from './inputBoxPrompter';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';

/** Sessions running, by entry URI: a second run on the same entry brings nothing new and is refused. */
const running = new Set<string>();

/** What Think It Through needs: the probes setting, the journal's owners and today for new commitments, and the area templates for going deeper. */
export type ThinkItThroughServices = CommitmentPromptServices & Pick<Services, 'catalog' | 'templates' | 'depths'>;

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
	const area = areaOf(deps, document);
	const depth = await chooseDepth(deps, area, questions);
	if (depth === undefined) {
		return undefined;
	}
	running.add(uri.toString());
	const prompter = new InputBoxPrompter();
	try {
		const template = depth === 'quick' && area ? await deps.templates.entryTemplate(area, vscode.workspace.getWorkspaceFolder(uri)) : undefined;
		const outcome = await runGuidedSession(uri, prompter.ask, {
			probes: deps.settings.probes(),
			offerCommitment: answer => offerCommitment(answer, deps),
			waitForEditor: () => pause.wait(),
			...(depth === 'quick' ? { asks: (question: Question) => question.core, deeper: (stage: string, text: string) => offerDeeper(stage, text, template) } : {}),
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

/** The entry's first known area, whose template and remembered depth the session uses. */
function areaOf(deps: ThinkItThroughServices, document: vscode.TextDocument): ChallengeArea | undefined {
	const catalog = deps.catalog();
	return entryOfDocument(document).areas.map(id => catalog.get(id)).find(area => area !== undefined);
}

/** Quick or Full, when the entry has unanswered core questions and others besides; else full. `undefined` on Escape. */
async function chooseDepth(deps: ThinkItThroughServices, area: ChallengeArea | undefined, questions: readonly Question[]): Promise<Depth | undefined> {
	const open = questions.filter(question => !question.answered);
	const core = open.filter(question => question.core).length;
	if (core === 0 || core === open.length) {
		return 'full';
	}
	const depth = await pickDepth(vscode.l10n.t('Think It Through'), { core, all: open.length }, area && deps.depths.get(area.id));
	if (depth && area) {
		await deps.depths.set(area.id, depth);
	}
	return depth;
}

/** After the core questions of a stage: offers its deeper questions, those in the entry and those of the template it lacks. */
async function offerDeeper(stage: string, text: string, template: string | undefined): Promise<readonly string[] | undefined> {
	const waiting = findQuestions(text).filter(question => question.stage === stage && !question.core && !question.answered).map(question => question.text);
	const questions = [...waiting, ...(template ? deeperQuestions(text, template, stage) : [])];
	if (questions.length === 0) {
		return undefined;
	}
	const deeper = { label: `$(arrow-down) ${vscode.l10n.t('Go deeper on {0}', stage)}`, description: vscode.l10n.t('{0} more questions', questions.length), detail: questions.join(' · '), take: true };
	const picked = await vscode.window.showQuickPick([deeper, { label: `$(arrow-right) ${vscode.l10n.t('Go on')}`, take: false }], {
		title: vscode.l10n.t('Think It Through'), placeHolder: vscode.l10n.t('The core questions of {0} are done.', stage),
	});
	return picked?.take ? questions : undefined;
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
