import * as vscode from 'vscode';
import { compareNewestFirst } from '../../core/model/sortedEntries';
import { displayDate } from '../../core/model/entry';
import { entryOfDocument } from '../../adapters/entryFiles';
import { setHeaderKeys } from '../../adapters/textEdits';
import type { Services } from '../../services';

/**
 * Pick the Entry This One Continues…: the quick fix of a `continues:` that names no entry. Offers
 * the journal's entries, those of the same area first, and writes the picked one's path below the
 * journal folder into `continues:`, changing no other byte.
 */
export async function pickContinued(uri: unknown, deps: Pick<Services, 'index' | 'roots' | 'catalog'>): Promise<boolean> {
	if (!(uri instanceof vscode.Uri)) {
		return false;
	}
	const entry = entryOfDocument(await vscode.workspace.openTextDocument(uri));
	const candidates = [...deps.index.all()]
		.filter(other => other.uri !== uri.toString() && !other.problem)
		.sort((a, b) => Number(b.areas.some(area => entry.areas.includes(area))) - Number(a.areas.some(area => entry.areas.includes(area))) || compareNewestFirst(a, b));
	const catalog = deps.catalog();
	const picked = await vscode.window.showQuickPick(candidates.map(other => ({
		label: other.title,
		description: `${displayDate(other)} · ${other.areas.map(area => catalog.get(area)?.name ?? area).join(', ')}`,
		detail: vscode.workspace.asRelativePath(vscode.Uri.parse(other.uri, true), false),
		other,
	})), { title: vscode.l10n.t('Which entry does this one continue?'), matchOnDescription: true, matchOnDetail: true });
	const path = picked && deps.roots.journalPath(vscode.Uri.parse(picked.other.uri, true));
	return path !== undefined && setHeaderKeys(uri, { continues: decodeURIComponent(path) });
}
