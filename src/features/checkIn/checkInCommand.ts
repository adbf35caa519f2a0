import * as vscode from 'vscode';
import { checkInLensId, planCheckIn } from '../../core/coaching/lens';
import { planCheckInLookingBack } from '../../core/followThrough/lookBack';
import { fileExists } from '../../adapters/fileSystem';
import { createFixedEntry } from '../../adapters/entryFiles';
import type { Services } from '../../services';

/** What Today's Check-in needs. */
export type CheckInServices = Pick<Services, 'templates' | 'journal' | 'roots' | 'clock' | 'index' | 'catalog'>;

/**
 * Today's Check-in: opens today's check-in entry, creating it from the daily check-in lens
 * when it does not exist yet, with On this day: what the journal holds from a month, a quarter
 * and a year ago. There is one a day; an existing one is never touched.
 */
export async function todaysCheckIn(deps: CheckInServices): Promise<vscode.Uri | undefined> {
	const root = await deps.roots.pickJournalRoot(undefined, vscode.l10n.t('Which folder\'s journal holds your check-ins?'));
	if (!root) {
		return undefined;
	}
	const lens = await deps.templates.lensById(checkInLensId, root.workspaceFolder);
	if (!lens) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The daily check-in questions could not be found.'));
		return undefined;
	}
	const now = deps.clock.now();
	const named = planCheckIn(lens, now);
	const [fileName] = named.fileNames();
	const uri = vscode.Uri.joinPath(root.uri, ...named.folderSegments, fileName);
	if (await fileExists(uri)) {
		await vscode.window.showTextDocument(uri, { preview: false });
		return uri;
	}
	await deps.journal.whenIdle();
	const plan = planCheckInLookingBack({ lens, now, entries: deps.index.all(), catalog: deps.catalog(), journalRootUri: root.uri.toString() });
	return await createFixedEntry(uri, plan, deps.journal) ? uri : undefined;
}
