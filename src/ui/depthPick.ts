import * as vscode from 'vscode';
import type { Depth } from '../core/coaching/depth';

/**
 * Asks how deep to go: the core questions only, or all of them. The depth chosen last for the area
 * comes first, so Enter keeps it. `undefined` when the user pressed Escape.
 */
export async function pickDepth(title: string, counts: { readonly core: number; readonly all: number }, remembered: Depth | undefined): Promise<Depth | undefined> {
	const quick = { label: `$(zap) ${vscode.l10n.t('Quick')}`, description: vscode.l10n.t('{0} core questions', counts.core), detail: vscode.l10n.t('The questions a coach would never skip; go deeper later, stage by stage.'), depth: 'quick' as const };
	const full = { label: `$(list-tree) ${vscode.l10n.t('Full')}`, description: vscode.l10n.t('{0} questions', counts.all), detail: vscode.l10n.t('Every question of the template, for a challenge that deserves the time.'), depth: 'full' as const };
	const picked = await vscode.window.showQuickPick(remembered === 'full' ? [full, quick] : [quick, full], {
		title, placeHolder: vscode.l10n.t('How deep do you want to go this time?'),
	});
	return picked?.depth;
}
