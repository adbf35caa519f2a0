import * as vscode from 'vscode';
import { carriedForward, oneToOneLensId, oneToOnePath, planOneToOne, type CarriedForward } from '../../core/people/oneToOne';
import type { PersonSummary } from '../../core/people/personSummary';
import type { Lens } from '../../core/coaching/lens';
import { toIsoDate } from '../../core/model/dates';
import { decodeText } from '../../core/text/textFile';
import { createFixedEntry } from '../../adapters/entryFiles';
import { fileExists } from '../../adapters/fileSystem';
import type { Services } from '../../services';
import type { PeopleNode } from './peopleNodes';

/** What Prepare One-to-One needs. */
export type OneToOneServices = Pick<Services, 'people' | 'templates' | 'journal' | 'roots' | 'clock' | 'fs'>;

/** The person a command was given: a node of the People view, or a key; `undefined` for none. */
export function personKeyOf(argument: unknown): string | undefined {
	if (typeof argument === 'string') {
		return argument;
	}
	const node = argument as PeopleNode | undefined;
	return node?.kind === 'person' ? node.summary.person.key : node?.kind === 'contactDue' ? node.due.summary.person.key : undefined;
}

/** Asks for a person, everyone by name. */
export async function pickPerson(people: readonly PersonSummary[], title: string): Promise<PersonSummary | undefined> {
	if (people.length === 0) {
		void vscode.window.showInformationMessage(vscode.l10n.t('No one is named in the journal yet. Add people to the roster (people.md) or to an entry\'s people: key.'));
		return undefined;
	}
	const picked = await vscode.window.showQuickPick(people.map(summary => ({
		label: summary.person.name,
		description: `@${summary.person.key}`,
		detail: summary.lastEntry ? vscode.l10n.t('last entry {0}', summary.lastEntry) : undefined,
		summary,
	})), { title, matchOnDescription: true });
	return picked?.summary;
}

/** What the last one-to-one left open, read from its file; nothing when it cannot be read. */
async function readCarried(summary: PersonSummary, lens: Lens, deps: OneToOneServices): Promise<CarriedForward | undefined> {
	const last = summary.lastOneToOne;
	if (!last) {
		return undefined;
	}
	const listed = new Set([...summary.iOwe, ...summary.theyOwe].filter(item => item.entry.uri === last.uri).map(item => item.commitment.line));
	try {
		return carriedForward(decodeText(await deps.fs.readFile(last.uri)), lens, listed);
	} catch {
		return undefined;
	}
}

/**
 * Prepare One-to-One: opens today's one-to-one with a person, creating it with what I owe them,
 * what they owe me, the decisions since the last one-to-one and what it left open, then the
 * one-to-one lens. An existing one is opened as it is, never written over.
 */
export async function prepareOneToOne(argument: unknown, deps: OneToOneServices): Promise<vscode.Uri | undefined> {
	await deps.journal.whenIdle();
	await deps.people.whenLoaded();
	const key = personKeyOf(argument);
	const chosen = key !== undefined ? deps.people.summaries().find(summary => summary.person.key === key)
		: await pickPerson(deps.people.summaries(), vscode.l10n.t('Prepare a one-to-one with whom?'));
	if (!chosen) {
		return undefined;
	}
	const root = await deps.roots.pickJournalRoot(undefined, vscode.l10n.t('Which folder\'s journal holds your one-to-ones?'));
	const lens = root && await deps.templates.lensById(oneToOneLensId, root.workspaceFolder);
	if (!root || !lens) {
		if (root) {
			void vscode.window.showErrorMessage(vscode.l10n.t('The one-to-one questions could not be found.'));
		}
		return undefined;
	}
	const now = deps.clock.now();
	const [year, fileName] = oneToOnePath(toIsoDate(now), chosen.person.key);
	const folder = vscode.Uri.joinPath(root.uri, year);
	const uri = vscode.Uri.joinPath(folder, fileName);
	if (await fileExists(uri)) {
		await vscode.window.showTextDocument(uri, { preview: false });
		return uri;
	}
	const carried = await readCarried(chosen, lens, deps);
	const plan = planOneToOne({ lens, now, summary: chosen, folderUri: folder.toString(), ...(carried ? { carried } : {}) });
	return await createFixedEntry(uri, plan, deps.journal) ? uri : undefined;
}
