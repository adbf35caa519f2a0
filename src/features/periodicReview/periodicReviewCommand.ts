import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import { planPeriodicReview, reviewPath } from '../../core/followThrough/periodicReview';
import { periodOf, type PeriodKind } from '../../core/model/periods';
import { reviewNames } from '../../core/followThrough/periodicDigest';
import { keyPeopleReview, singlePointsOfFailure } from '../../core/people/keyPeople';
import { fileExists } from '../../adapters/fileSystem';
import { createFixedEntry } from '../../adapters/entryFiles';
import type { Services } from '../../services';

/** What the periodic reviews need. */
export type PeriodicReviewServices = Pick<Services, 'index' | 'catalog' | 'templates' | 'journal' | 'roots' | 'settings' | 'clock' | 'people'>;

/** A quarterly review's key people: the roster's single points of failure and the change since the last quarterly review; none without a roster. */
function quarterlyKeyPeople(deps: PeriodicReviewServices): { headerLines: string[]; section: string } | undefined {
	const roster = deps.people.roster();
	if (roster.people.length === 0) {
		return undefined;
	}
	const review = keyPeopleReview(singlePointsOfFailure(roster), deps.people.singlePointsBaseline());
	return { headerLines: [review.headerLine], section: review.section };
}

/**
 * Weekly, Monthly or Quarterly Review: opens the review of the current period, first creating it,
 * filled in from the journal, when it does not exist yet. There is one a period; an existing one is never touched.
 * @returns the review's URI, or `undefined` when there is none.
 */
export async function periodicReview(kind: PeriodKind, deps: PeriodicReviewServices): Promise<vscode.Uri | undefined> {
	const root = await deps.roots.pickJournalRoot(undefined, vscode.l10n.t('Which folder\'s journal do you want to review?'));
	if (!root) {
		return undefined;
	}
	const now = deps.clock.now();
	const period = periodOf(kind, toIsoDate(now), deps.settings.fiscalYearStartMonth());
	const uri = vscode.Uri.joinPath(root.uri, ...reviewPath(period));
	if (await fileExists(uri)) {
		vscode.window.setStatusBarMessage(vscode.l10n.t('Opened the review of {0} you already started.', period.label), 5000);
		await vscode.window.showTextDocument(uri, { preview: false });
		return uri;
	}
	const lens = await deps.templates.lensById(reviewNames[kind], root.workspaceFolder);
	if (!lens) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The questions of the review could not be found.'));
		return undefined;
	}
	await deps.journal.whenIdle();
	await deps.people.whenLoaded();
	const more = kind === 'quarter' ? quarterlyKeyPeople(deps) : undefined;
	const plan = planPeriodicReview({ period, entries: deps.index.all(), catalog: deps.catalog(), lens, now, journalRootUri: root.uri.toString(), ...(more ? { more } : {}) });
	return await createFixedEntry(uri, plan, deps.journal) ? uri : undefined;
}
