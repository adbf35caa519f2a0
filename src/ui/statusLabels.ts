import * as vscode from 'vscode';
import type { EntryStatus } from '../core/model/entry';
import { isEntryStatus } from '../core/followThrough/status';

/** The codicon of each status; entries with no or an unknown status use `note`. */
const icons: Record<EntryStatus, string> = {
	exploring: 'compass',
	decided: 'milestone',
	implementing: 'tools',
	reviewing: 'eye',
	closed: 'pass-filled',
};

/** The codicon shown for an entry with `status`. */
export function statusIcon(status: string | undefined): string {
	return isEntryStatus(status) ? icons[status] : 'note';
}

/** A status's name, capitalized and translated. */
export function statusLabel(status: EntryStatus): string {
	switch (status) {
		case 'exploring': return vscode.l10n.t('Exploring');
		case 'decided': return vscode.l10n.t('Decided');
		case 'implementing': return vscode.l10n.t('Implementing');
		case 'reviewing': return vscode.l10n.t('Reviewing');
		case 'closed': return vscode.l10n.t('Closed');
	}
}

/** One line on what a status means. */
export function statusMeaning(status: EntryStatus): string {
	switch (status) {
		case 'exploring': return vscode.l10n.t('Still thinking it through: goal, reality, options.');
		case 'decided': return vscode.l10n.t('The decision is made and written down, with your confidence.');
		case 'implementing': return vscode.l10n.t('The commitments are under way.');
		case 'reviewing': return vscode.l10n.t('Looking back: did it turn out as expected?');
		case 'closed': return vscode.l10n.t('Done and reviewed; the return is known.');
	}
}
