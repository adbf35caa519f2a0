import * as vscode from 'vscode';
import { isValidIsoDate, toIsoDate, type IsoDate } from '../../core/model/dates';
import { reviewDateChoices, type ReviewDateChoice } from '../../core/followThrough/reviewDates';
import type { Services } from '../../services';
import { setHeaderKeys } from '../../adapters/textEdits';
import { inMessage } from '../../ui/messages';
import { entryDocument } from './entryDocument';
import { contextKeys } from '../../ids';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';

/** Answers that skip the prompt: for keybindings and tests. */
export interface ScheduleReviewArguments {
	/** The review date, `YYYY-MM-DD`. */
	readonly date?: string;
	/** The entry, when not the active one. */
	readonly uri?: vscode.Uri;
}

function choiceLabel(choice: ReviewDateChoice): string {
	switch (choice.id) {
		case 'week': return vscode.l10n.t('In 1 week');
		case 'days30': return vscode.l10n.t('In 30 days');
		case 'days90': return vscode.l10n.t('In 90 days');
		case 'quarterEnd': return vscode.l10n.t('At the end of the quarter');
	}
}

function dateProblem(text: string, today: IsoDate): string | undefined {
	if (!isValidIsoDate(text.trim())) {
		return vscode.l10n.t('Type a date as YYYY-MM-DD, for example {0}.', today);
	}
	return undefined;
}

async function askDate(current: IsoDate | undefined, today: IsoDate, fiscalStart: number): Promise<IsoDate | undefined> {
	const pickDate = { label: `$(calendar) ${vscode.l10n.t('Pick a date…')}`, date: undefined };
	const picked = await vscode.window.showQuickPick([
		...reviewDateChoices(today, fiscalStart).map(choice => ({ label: choiceLabel(choice), description: choice.date, date: choice.date })),
		pickDate,
	], {
		title: vscode.l10n.t('Schedule Review'),
		placeHolder: current ? vscode.l10n.t('The review is set for {0}. When should this come back to you?', current) : vscode.l10n.t('When should this come back to you?'),
	});
	if (!picked || picked.date) {
		return picked?.date;
	}
	const typed = await vscode.window.showInputBox({
		title: vscode.l10n.t('Schedule Review'),
		prompt: vscode.l10n.t('The review date, as YYYY-MM-DD.'),
		value: current ?? today,
		validateInput: text => dateProblem(text, today),
	});
	return typed?.trim();
}

/** Schedule Review…: sets the entry's `review` date, changing no other byte of the file. */
export async function scheduleReview(deps: Pick<Services, 'settings' | 'clock'>, target: unknown, args: ScheduleReviewArguments = {}): Promise<boolean> {
	const found = await entryDocument(args.uri ?? target);
	if (!found) {
		return false;
	}
	const today = toIsoDate(deps.clock.now());
	if (args.date !== undefined && dateProblem(args.date, today)) {
		void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a date; use YYYY-MM-DD.', inMessage(args.date)));
		return false;
	}
	const date = args.date ?? await askDate(found.entry.review, today, deps.settings.fiscalYearStartMonth());
	if (date === undefined || !await setHeaderKeys(found.document.uri, { review: date })) {
		return false;
	}
	markWalkthroughStep(contextKeys.didScheduleReview);
	return true;
}
