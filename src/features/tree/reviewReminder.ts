import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import { contactsDue } from '../../core/people/personSummary';
import type { Services } from '../../services';

/** Where the day of the last reminder is kept, across windows. */
const lastReminderKey = 'leadershipJournal.lastReviewReminder';

/** The reminder's sentence about contact: who is past their cadence; `''` for no one. */
export function contactDueSentence(names: readonly string[]): string {
	if (names.length === 0) {
		return '';
	}
	return names.length === 1
		? vscode.l10n.t('{0} is past their contact cadence.', names[0])
		: vscode.l10n.t('{0} people are past their contact cadence: {1}.', names.length, names.join(', '));
}

/**
 * Once a day, after the journal is indexed, names how many reviews are due, with a button that
 * lists them; with `contactReminders` on, also who is past their contact cadence. The
 * `reviewReminders` setting turns it off. On the safe screen, people are named by their initials.
 */
export async function remindOfReviews(
	state: vscode.Memento,
	deps: Pick<Services, 'journal' | 'settings' | 'clock' | 'people' | 'safeScreen'>,
	dueCount: () => number,
	showReviewsDue: () => Promise<void>,
): Promise<void> {
	await deps.journal.whenIdle();
	await deps.people.whenLoaded();
	const today = toIsoDate(deps.clock.now());
	if (!deps.settings.reviewReminders() || state.get(lastReminderKey) === today) {
		return;
	}
	const count = dueCount();
	const contact = deps.settings.contactReminders()
		? contactDueSentence(contactsDue(deps.people.summaries(), today).map(due => deps.safeScreen.policy().person(due.summary.person.name))) : '';
	if (count === 0 && contact === '') {
		return;
	}
	await state.update(lastReminderKey, today);
	const show = vscode.l10n.t('Show Reviews Due');
	const reviews = count === 0 ? ''
		: count === 1 ? vscode.l10n.t('1 journal entry is due for review.')
			: vscode.l10n.t('{0} journal entries are due for review.', count);
	const message = [reviews, contact].filter(part => part !== '').join(' ');
	if (await vscode.window.showInformationMessage(message, ...count > 0 ? [show] : []) === show) {
		await showReviewsDue();
	}
}
