import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import type { Services } from '../../services';

/** Where the day of the last reminder is kept, across windows. */
const lastReminderKey = 'leadershipJournal.lastReviewReminder';

/**
 * Once a day, after the journal is indexed, names how many reviews are due, with a button that
 * lists them. The `reviewReminders` setting turns it off.
 */
export async function remindOfReviews(
	state: vscode.Memento,
	deps: Pick<Services, 'journal' | 'settings' | 'clock'>,
	dueCount: () => number,
	showReviewsDue: () => Promise<void>,
): Promise<void> {
	await deps.journal.whenIdle();
	const today = toIsoDate(deps.clock.now());
	if (!deps.settings.reviewReminders() || state.get(lastReminderKey) === today) {
		return;
	}
	const count = dueCount();
	if (count === 0) {
		return;
	}
	await state.update(lastReminderKey, today);
	const show = vscode.l10n.t('Show Reviews Due');
	const message = count === 1
		? vscode.l10n.t('1 journal entry is due for review.')
		: vscode.l10n.t('{0} journal entries are due for review.', count);
	if (await vscode.window.showInformationMessage(message, show) === show) {
		await showReviewsDue();
	}
}
