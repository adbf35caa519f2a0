import * as vscode from 'vscode';
import type { Clock } from '../../core/model/ports';
import { toIsoDate } from '../../core/model/dates';
import { entryStatuses, type EntryStatus, type EntrySummary } from '../../core/model/entry';
import { isEntryStatus, nextStatus, statusChange } from '../../core/followThrough/status';
import { setHeaderKeys } from '../../adapters/textEdits';
import { statusIcon, statusLabel, statusMeaning } from '../../ui/labels';
import { inMessage } from '../../ui/messages';
import { entryDocument } from './entryDocument';
import { contextKeys } from '../../ids';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';

/** Answers that skip the prompt: for keybindings and tests. */
export interface SetStatusArguments {
	/** The new status. */
	readonly status?: string;
	/** The entry, when not the active one. */
	readonly uri?: vscode.Uri;
}

/**
 * Set Status…: moves an entry along its lifecycle. Writes `status`, and the `decided` and `closed`
 * dates that Insights uses, changing no other byte of the file. `name` says how the prompt names
 * the entry (its title, or what the safe screen shows).
 */
export async function setStatus(clock: Clock, name: (entry: EntrySummary) => string, target: unknown, args: SetStatusArguments = {}): Promise<boolean> {
	const found = await entryDocument(args.uri ?? target);
	if (!found) {
		return false;
	}
	const { entry } = found;
	let status: EntryStatus | undefined;
	if (args.status !== undefined) {
		if (!isEntryStatus(args.status)) {
			void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a status. Use one of: {1}.', inMessage(args.status), entryStatuses.join(', ')));
			return false;
		}
		status = args.status;
	} else {
		const suggested = nextStatus(entry.status);
		const picked = await vscode.window.showQuickPick(entryStatuses.map(candidate => ({
			label: `$(${statusIcon(candidate)}) ${statusLabel(candidate)}`,
			description: candidate === entry.status ? vscode.l10n.t('current') : candidate === suggested ? vscode.l10n.t('next') : undefined,
			detail: statusMeaning(candidate),
			picked: candidate === suggested,
			status: candidate,
		})), { title: vscode.l10n.t('Set Status: {0}', name(entry)), placeHolder: vscode.l10n.t('Where does this challenge stand?') });
		status = picked?.status;
	}
	if (status === undefined || !await setHeaderKeys(found.document.uri, statusChange(entry, status, toIsoDate(clock.now())))) {
		return false;
	}
	if (status === 'decided') {
		markWalkthroughStep(contextKeys.didDecide);
	}
	return true;
}
