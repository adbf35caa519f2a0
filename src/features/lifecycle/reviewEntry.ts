import * as vscode from 'vscode';
import type { Clock } from '../../core/model/ports';
import { toIsoDate } from '../../core/model/dates';
import type { DecisionOutcome } from '../../core/model/entry';
import { isDecisionOutcome, planEntryReview } from '../../core/followThrough/decisionReview';
import { editHeader } from '../../core/text/headerEdit';
import { applyEntryEdit, toWorkspaceEdit } from '../../adapters/textEdits';
import { describeProblem, inMessage } from '../../ui/messages';
import { entryDocument } from './entryDocument';

/** Answers that skip the prompt: for keybindings and tests. */
export interface ReviewEntryArguments {
	/** How it turned out: `better`, `as-expected`, `worse`, or `unknown` (too early to tell). */
	readonly outcome?: string;
	/** The entry, when not the active one. */
	readonly uri?: vscode.Uri;
}

async function askOutcome(title: string): Promise<DecisionOutcome | 'unknown' | undefined> {
	const picked = await vscode.window.showQuickPick([
		{ label: `$(arrow-up) ${vscode.l10n.t('Better than expected')}`, outcome: 'better' as const },
		{ label: `$(check) ${vscode.l10n.t('As expected')}`, outcome: 'as-expected' as const },
		{ label: `$(arrow-down) ${vscode.l10n.t('Worse than expected')}`, outcome: 'worse' as const },
		{ label: `$(question) ${vscode.l10n.t('Too early to tell')}`, outcome: 'unknown' as const },
	], {
		title: vscode.l10n.t('Review Entry: {0}', title),
		placeHolder: vscode.l10n.t('How did it turn out, compared with what you expected when you decided?'),
	});
	return picked?.outcome;
}

/**
 * Review Entry…: appends an after-action review to the entry, pre-filled with the expected outcome
 * of its decision block, records the actual outcome in the header, and puts the cursor under
 * "What actually happened?".
 */
export async function reviewEntry(clock: Clock, target: unknown, args: ReviewEntryArguments = {}): Promise<boolean> {
	const found = await entryDocument(args.uri ?? target);
	if (!found) {
		return false;
	}
	const { document, entry } = found;
	if (args.outcome !== undefined && args.outcome !== 'unknown' && !isDecisionOutcome(args.outcome)) {
		void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not an outcome. Use better, as-expected, worse or unknown.', inMessage(args.outcome)));
		return false;
	}
	const outcome = args.outcome ?? await askOutcome(entry.title);
	if (outcome === undefined) {
		return false;
	}
	const text = document.getText();
	const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
	const plan = planEntryReview(text, entry, outcome === 'unknown' ? undefined : outcome, toIsoDate(clock.now()), eol);
	const header = editHeader(text, plan.header);
	if ('problem' in header) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The header of this entry could not be read, so nothing was changed. {0}', describeProblem(header.problem)));
		return false;
	}
	const appendix = { start: text.length, end: text.length, text: plan.appendix };
	if (!await applyEntryEdit(document, toWorkspaceEdit(document, [...header.changes, appendix]))) {
		return false;
	}
	const headerGrowth = header.changes.reduce((sum, change) => sum + change.text.length - (change.end - change.start), 0);
	const cursor = document.positionAt(text.length + headerGrowth + plan.cursorOffset);
	const editor = await vscode.window.showTextDocument(document, { preview: false });
	editor.selection = new vscode.Selection(cursor, cursor);
	editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	return true;
}
