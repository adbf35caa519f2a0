import * as vscode from 'vscode';
import type { EntrySummary } from '../core/model/entry';
import type { ScreenPolicy } from '../core/privacy/screen';

/** What confidential entries would go into: Insights' exported report, or a coaching brief. */
export type ExportKind = 'report' | 'brief';

function warning(kind: ExportKind, count: number): string {
	return kind === 'report'
		? vscode.l10n.t('{0} of the chosen entries are confidential. They will be in the report, which you may share. Include them?', count)
		: vscode.l10n.t('{0} of the chosen entries are confidential. They will be in the brief, which you may share. Include them?', count);
}

/**
 * Asks before confidential entries go into a report or a brief that may leave the journal.
 * Returns the entries to use: all of `chosen`, or those that are not confidential; `undefined`
 * when the user cancelled. Asks nothing when none of `chosen` is confidential.
 */
export async function confirmConfidential(chosen: readonly EntrySummary[], screen: ScreenPolicy, kind: ExportKind): Promise<EntrySummary[] | undefined> {
	const confidential = chosen.filter(entry => screen.isConfidential(entry));
	if (confidential.length === 0) {
		return [...chosen];
	}
	const include = vscode.l10n.t('Include Them');
	const leaveOut = vscode.l10n.t('Leave Them Out');
	const answer = await vscode.window.showWarningMessage(
		warning(kind, confidential.length),
		{ modal: true }, include, leaveOut);
	if (answer === undefined) {
		return undefined;
	}
	return answer === include ? [...chosen] : chosen.filter(entry => !screen.isConfidential(entry));
}

/**
 * Offers the confidential entries among `candidates` one by one, none ticked; the ones
 * ticked are confirmed with a warning. Returns the confidential entries to include (often none), or
 * `undefined` when the user cancelled.
 */
export async function pickConfidential(candidates: readonly EntrySummary[], screen: ScreenPolicy, kind: ExportKind): Promise<EntrySummary[] | undefined> {
	const confidential = candidates.filter(entry => screen.isConfidential(entry));
	if (confidential.length === 0) {
		return [];
	}
	const picked = await vscode.window.showQuickPick(confidential.map(entry => ({ label: screen.entryLabel(entry), entry })), {
		canPickMany: true,
		title: vscode.l10n.t('Confidential entries are left out of the report'),
		placeHolder: vscode.l10n.t('Tick any you want to include after all, or press Enter to leave them all out'),
	});
	return picked && confirmConfidential(picked.map(item => item.entry), screen, kind);
}
