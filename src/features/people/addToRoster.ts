import * as vscode from 'vscode';
import { addToRosterEdit, newRosterText } from '../../core/people/rosterEdit';
import { normalHandle } from '../../core/people/roster';
import { fileExists } from '../../adapters/fileSystem';
import { applyEntryEdit, toWorkspaceEdit } from '../../adapters/textEdits';
import type { Services } from '../../services';
import { inMessage } from '../../ui/messages';
import type { PeopleNode } from './peopleNodes';

/** What Add to Roster needs. */
export type RosterServices = Pick<Services, 'people' | 'journal'>;

/** The name a handle gets in the roster: the longest name entries use for the person, else the handle capitalized. */
function nameFor(handle: string, deps: RosterServices): string {
	const known = deps.people.directory().get(handle)?.name;
	return known && known !== handle ? known : handle.charAt(0).toUpperCase() + handle.slice(1);
}

/** The handle a command was given: `@handle` text, or a person node of the People view. */
function handleOf(argument: unknown): string | undefined {
	if (typeof argument === 'string') {
		return normalHandle(argument) || undefined;
	}
	const node = argument as PeopleNode | undefined;
	return node?.kind === 'person' ? node.summary.person.key : undefined;
}

/**
 * Add to Roster: adds a person (a handle from a quick fix or the People view, else one typed) at
 * the end of the roster in the journal folder's `people.md`, creating the file when there is none.
 * The rest of the file is kept byte for byte; a roster the edit cannot extend safely is left alone
 * and the user told. Opens the roster at the new person.
 */
export async function addToRoster(argument: unknown, entryUri: unknown, deps: RosterServices): Promise<boolean> {
	const handle = handleOf(argument) ?? normalHandle(await vscode.window.showInputBox({
		title: vscode.l10n.t('Add to Roster'), prompt: vscode.l10n.t('The person\'s handle, as @owner writes it'), placeHolder: 'dana',
	}) ?? '');
	const rosterUri = deps.people.rosterUriFor(entryUri instanceof vscode.Uri ? entryUri : vscode.window.activeTextEditor?.document.uri);
	if (handle === '' || !rosterUri) {
		return false;
	}
	if (deps.people.roster().people.some(person => person.handle === handle)) {
		void vscode.window.showInformationMessage(vscode.l10n.t('@{0} is in the roster already.', handle));
		return false;
	}
	const name = nameFor(handle, deps);
	if (!await fileExists(rosterUri)) {
		const edit = new vscode.WorkspaceEdit();
		edit.createFile(rosterUri, { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(newRosterText(name, handle)) });
		if (!await vscode.workspace.applyEdit(edit)) {
			void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}. Check that the journal folder is writable.', rosterUri.fsPath || rosterUri.toString()));
			return false;
		}
		deps.journal.noteCreated(rosterUri);
		await vscode.window.showTextDocument(rosterUri, { preview: false });
		return true;
	}
	const document = await vscode.workspace.openTextDocument(rosterUri);
	const edits = addToRosterEdit(document.getText(), name, handle);
	if (!edits) {
		void vscode.window.showWarningMessage(vscode.l10n.t(
			'{0} was not added to the roster: its roster: list is not one the extension can extend without changing what you wrote. Add "- name: {0}" under roster: by hand.',
			inMessage(name)));
		await vscode.window.showTextDocument(document, { preview: false });
		return false;
	}
	if (!await applyEntryEdit(document, toWorkspaceEdit(document, edits))) {
		return false;
	}
	const at = document.positionAt(edits[0].start);
	await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(at, at) });
	return true;
}

/** Opens the roster of the journal folder of the active editor (or the only one), offering to create it. */
export async function openRoster(deps: RosterServices): Promise<void> {
	const rosterUri = deps.people.rosterUriFor(vscode.window.activeTextEditor?.document.uri);
	if (!rosterUri) {
		return;
	}
	if (await fileExists(rosterUri)) {
		await vscode.window.showTextDocument(rosterUri, { preview: false });
		return;
	}
	await addToRoster(undefined, rosterUri, deps);
}
