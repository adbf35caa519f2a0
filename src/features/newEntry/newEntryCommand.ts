import * as vscode from 'vscode';
import type { ChallengeArea } from '../../core/model/areas';
import { toIsoDate } from '../../core/model/dates';
import { findEarlierInArea, planNewEntryLookingBack, type EarlierConclusion } from '../../core/followThrough/lookBack';
import { quickEntryText, questionDepth, type Depth } from '../../core/coaching/depth';
import { showNewEntry } from '../../adapters/entryFiles';
import { pickArea } from '../../ui/areaPick';
import { pickDepth } from '../../ui/depthPick';
import { checkedTitle, titleProblem } from '../../ui/titleInput';
import { contextKeys } from '../../ids';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';
import type { Services } from '../../services';

/** Answers that skip the prompts: for keybindings, other extensions and tests. */
export interface NewEntryArguments {
	/** Area id. */
	readonly area?: string;
	/** Title of the entry. */
	readonly title?: string;
	/** Name or URI of the workspace folder whose journal receives the entry. */
	readonly workspaceFolder?: string;
	/** `quick` for the core questions only; without it, New Entry asks when it asks the title, else it is `full`. */
	readonly depth?: Depth;
}

/** What New Entry needs. */
export type NewEntryServices = Pick<Services, 'catalog' | 'journal' | 'roots' | 'templates' | 'clock' | 'creator' | 'index' | 'fs' | 'settings' | 'depths'>;

/**
 * New Entry…: pick an area, type a title, and get a fresh entry from that area's template,
 * opened with the cursor under the first question. Escape at any step creates nothing. In an area
 * with earlier decisions, the entry starts with Earlier in this area (unless the setting is off).
 * @returns the new entry's URI, or `undefined` when nothing was created.
 */
export async function newEntry(deps: NewEntryServices, args: NewEntryArguments = {}): Promise<vscode.Uri | undefined> {
	const root = await deps.roots.pickJournalRoot(args.workspaceFolder, vscode.l10n.t('Which folder\'s journal should hold the new entry?'));
	if (!root) {
		return undefined;
	}
	const area = await pickArea(deps.catalog(), args.area, { title: vscode.l10n.t('New Entry (1/2)'), placeHolder: vscode.l10n.t('Which challenge is on your plate?') });
	if (!area) {
		return undefined;
	}
	const title = args.title === undefined ? await askTitle(area) : checkedTitle(args.title);
	if (title === undefined) {
		return undefined;
	}
	const template = await deps.templates.entryTemplate(area, root.workspaceFolder);
	const depth = args.depth ?? (args.title === undefined ? await askDepth(deps, area, template) : 'full');
	if (depth === undefined) {
		return undefined;
	}
	const now = deps.clock.now();
	const journalRootUri = root.uri.toString();
	let earlier: EarlierConclusion[] = [];
	if (deps.settings.earlierInArea()) {
		await deps.journal.whenIdle();
		earlier = await findEarlierInArea({ entries: deps.index.all(), areaId: area.id, journalRootUri, today: toIsoDate(now) }, deps.fs);
	}
	const plan = planNewEntryLookingBack({ title, area, now, folder: root.relativePath, journalRootUri, earlier }, depth === 'quick' ? quickEntryText(template) : template);
	const uri = await deps.creator.create(vscode.Uri.joinPath(root.uri, ...plan.folderSegments), plan);
	if (!uri) {
		return undefined;
	}
	await showNewEntry(uri, plan, deps.journal);
	markWalkthroughStep(contextKeys.didNewEntry);
	return uri;
}

/** Asks Quick or Full when the template marks core questions; a template without them is always full. */
async function askDepth(deps: NewEntryServices, area: ChallengeArea, template: string): Promise<Depth | undefined> {
	const counts = questionDepth(template);
	if (counts.core === 0 || counts.core === counts.all) {
		return 'full';
	}
	const depth = await pickDepth(vscode.l10n.t('New Entry: {0}', area.name), counts, deps.depths.get(area.id));
	if (depth) {
		await deps.depths.set(area.id, depth);
	}
	return depth;
}

async function askTitle(area: ChallengeArea): Promise<string | undefined> {
	const title = await vscode.window.showInputBox({
		title: vscode.l10n.t('New Entry (2/2): {0}', area.name),
		prompt: vscode.l10n.t('Name the challenge in a few words. It becomes the entry\'s title and file name.'),
		placeHolder: vscode.l10n.t('e.g. Reorganize the EMEA sales division'),
		validateInput: titleProblem,
	});
	return title?.trim();
}
