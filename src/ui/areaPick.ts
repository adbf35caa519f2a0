import * as vscode from 'vscode';
import type { AreaCatalog, ChallengeArea } from '../core/model/areas';
import { inMessage } from './messages';

/**
 * The challenge area a command works in: `wanted`, when given (an unknown id is an error the user is
 * told about), else the one picked from the catalog's areas; `undefined` on Escape.
 */
export async function pickArea(catalog: AreaCatalog, wanted: string | undefined, options: { readonly title: string; readonly placeHolder: string }): Promise<ChallengeArea | undefined> {
	if (wanted !== undefined) {
		const area = catalog.get(wanted);
		if (!area) {
			void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a challenge area. Known areas: {1}.', inMessage(wanted),
				catalog.areas.map(known => known.id).join(', ')));
		}
		return area;
	}
	const picked = await vscode.window.showQuickPick(
		catalog.areas.map(area => ({ label: `$(${area.icon}) ${area.name}`, detail: area.description, area })),
		{ ...options, matchOnDetail: true },
	);
	return picked?.area;
}
