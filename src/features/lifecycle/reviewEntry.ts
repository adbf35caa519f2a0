import * as vscode from 'vscode';
import type { Clock } from '../../core/model/ports';
import { toIsoDate } from '../../core/model/dates';
import type { DecisionOutcome, DecisionQuality, EntrySummary } from '../../core/model/entry';
import { readStatedReturn } from '../../core/followThrough/conclusion';
import { isDecisionOutcome, isDecisionQuality, planEntryReview } from '../../core/followThrough/decisionReview';
import { editHeader } from '../../core/text/headerEdit';
import { appendToEntry } from '../../adapters/textEdits';
import { entryOfDocument } from '../../adapters/entryFiles';
import { describeProblem, inMessage } from '../../ui/messages';
import { entryDocument } from './entryDocument';

/**
 * Answers that skip the prompts: for keybindings and tests. Each answer given skips its prompt;
 * once `outcome` is given, the prompts whose answers are not given are skipped too, so a call with
 * options never waits for input.
 */
export interface ReviewEntryArguments {
	/** How it turned out: `better`, `as-expected`, `worse`, or `unknown` (too early to tell). */
	readonly outcome?: string;
	/** How sound the decision was, given what was known then: `sound`, `mixed`, `poor`, or `skip`. */
	readonly decisionQuality?: string;
	/** The measure's actual value now; `''` skips it. */
	readonly actual?: string;
	/** What the effort cost (hours, money); `''` skips it. */
	readonly cost?: string;
	/** The entry, when not the active one. */
	readonly uri?: vscode.Uri;
}

/** The keys of {@link ReviewEntryArguments}, for telling options from a menu's argument. */
export const reviewEntryOptionKeys = ['outcome', 'decisionQuality', 'actual', 'cost', 'uri'] as const;

/** Longest baseline or target shown in the prompt for the actual value. */
const maxShown = 80;

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

async function askQuality(title: string): Promise<DecisionQuality | 'skip' | undefined> {
	const picked = await vscode.window.showQuickPick([
		{ label: `$(pass) ${vscode.l10n.t('Sound')}`, description: vscode.l10n.t('The right call on what I knew, whatever happened since'), quality: 'sound' as const },
		{ label: `$(circle-large-outline) ${vscode.l10n.t('Mixed')}`, description: vscode.l10n.t('Partly sound: some of it I should have seen'), quality: 'mixed' as const },
		{ label: `$(error) ${vscode.l10n.t('Poor')}`, description: vscode.l10n.t('Not sound, even on what I knew then'), quality: 'poor' as const },
		{ label: `$(debug-step-over) ${vscode.l10n.t('Skip')}`, description: vscode.l10n.t('Do not grade the decision now'), quality: 'skip' as const },
	], {
		title: vscode.l10n.t('Review Entry: {0}', title),
		placeHolder: vscode.l10n.t('Given what you knew then, was it a sound decision?'),
	});
	return picked?.quality;
}

function shown(answer: string): string {
	const line = answer.replace(/\s+/g, ' ').trim();
	return line.length > maxShown ? `${line.slice(0, maxShown - 1)}…` : line;
}

async function askActual(title: string, text: string): Promise<string | undefined> {
	const { baseline, target, measure } = readStatedReturn(text);
	const prompt = baseline === '' && target === ''
		? vscode.l10n.t('The entry states no baseline or target. Where does the measure stand now? Leave empty to skip.')
		: vscode.l10n.t('Baseline → target: {0} → {1}. Where does the measure stand now? Leave empty to skip.', baseline === '' ? '?' : shown(baseline), target === '' ? '?' : shown(target));
	return vscode.window.showInputBox({
		title: vscode.l10n.t('Review Entry: {0}', title),
		prompt,
		placeHolder: measure === '' ? vscode.l10n.t('The actual value') : shown(measure),
	});
}

async function askCost(title: string): Promise<string | undefined> {
	return vscode.window.showInputBox({
		title: vscode.l10n.t('Review Entry: {0}', title),
		prompt: vscode.l10n.t('What did the effort cost: hours, money, anything worth counting? Leave empty to skip.'),
		placeHolder: vscode.l10n.t('For example: 40 hours and 12,000 EUR'),
	});
}

/** Why options cannot be used, or `undefined` when they can. */
function optionsProblem(args: ReviewEntryArguments): string | undefined {
	if (args.outcome !== undefined && args.outcome !== 'unknown' && !isDecisionOutcome(args.outcome)) {
		return vscode.l10n.t('"{0}" is not an outcome. Use better, as-expected, worse or unknown.', inMessage(String(args.outcome)));
	}
	if (args.decisionQuality !== undefined && args.decisionQuality !== 'skip' && !isDecisionQuality(args.decisionQuality)) {
		return vscode.l10n.t('"{0}" is not a decision quality. Use sound, mixed, poor or skip.', inMessage(String(args.decisionQuality)));
	}
	if ((args.actual !== undefined && typeof args.actual !== 'string') || (args.cost !== undefined && typeof args.cost !== 'string')) {
		return vscode.l10n.t('The actual value and the cost must be text.');
	}
	return undefined;
}

/**
 * Review Entry…: asks how it turned out, whether the decision was sound given what was known then,
 * where the measure stands and what the effort cost; appends a decision review that quotes the
 * decision, the expected outcome, the return and the commitments back; records the answers in the
 * header; and puts the cursor under "What actually happened?". Escape at any step changes nothing.
 * `name` says how the prompts name the entry (its title, or what the safe screen shows).
 */
export async function reviewEntry(clock: Clock, name: (entry: EntrySummary) => string, target: unknown, args: ReviewEntryArguments = {}): Promise<boolean> {
	const found = await entryDocument(args.uri ?? target);
	if (!found) {
		return false;
	}
	const { document, entry } = found;
	const problem = optionsProblem(args);
	if (problem) {
		void vscode.window.showErrorMessage(problem);
		return false;
	}
	const unattended = args.outcome !== undefined;
	const outcome = args.outcome ?? await askOutcome(name(entry));
	if (outcome === undefined) {
		return false;
	}
	const quality = args.decisionQuality ?? (unattended ? 'skip' : await askQuality(name(entry)));
	if (quality === undefined) {
		return false;
	}
	const actual = args.actual ?? (unattended ? '' : await askActual(name(entry), document.getText()));
	if (actual === undefined) {
		return false;
	}
	const cost = args.cost ?? (unattended ? '' : await askCost(name(entry)));
	if (cost === undefined) {
		return false;
	}
	// The text as it is now: it may have changed while the prompts were open.
	const text = document.getText();
	const current = entryOfDocument(document);
	const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
	const plan = planEntryReview(text, current, {
		...isDecisionOutcome(outcome) ? { outcome } : {},
		...isDecisionQuality(quality) ? { decisionQuality: quality } : {},
		actual,
		cost,
	}, toIsoDate(clock.now()), eol);
	const header = editHeader(text, plan.header, plan.headerAfter);
	if ('problem' in header) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The header of this entry could not be read, so nothing was changed. {0}', describeProblem(header.problem)));
		return false;
	}
	return appendToEntry(document, text, header.changes, plan.appendix, plan.cursorOffset);
}
