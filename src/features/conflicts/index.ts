import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import type { Services } from '../../services';
import { entryTarget } from '../../ui/commandArguments';
import { inMessage } from '../../ui/messages';
import { moveAway } from './moveAway';

/** What the conflict copy commands need. */
export type ConflictServices = Pick<Services, 'index' | 'journal'>;

/** A conflict copy the commands act on, with the original it copies. */
interface ConflictCopy {
	readonly copy: vscode.Uri;
	readonly original: vscode.Uri;
}

function conflictCopyOf(target: unknown, deps: ConflictServices): ConflictCopy | undefined {
	const copy = entryTarget(target);
	const problem = copy && deps.index.get(copy.toString())?.problem;
	if (!copy || problem?.code !== 'conflictCopy' || problem.detail === undefined) {
		void vscode.window.showInformationMessage(vscode.l10n.t('This is not a sync conflict copy. Pick one under Needs attention in the Challenges view.'));
		return undefined;
	}
	return { copy, original: vscode.Uri.joinPath(copy, '..', problem.detail) };
}

function fileName(uri: vscode.Uri): string {
	return inMessage(uri.path.slice(uri.path.lastIndexOf('/') + 1));
}

/** Compare with Original: the original on the left, the copy on the right, in VS Code's diff editor. */
async function compareWithOriginal(target: unknown, deps: ConflictServices): Promise<void> {
	const pair = conflictCopyOf(target, deps);
	if (pair) {
		await vscode.commands.executeCommand('vscode.diff', pair.original, pair.copy,
			vscode.l10n.t('{0} ↔ conflict copy {1}', fileName(pair.original), fileName(pair.copy)));
	}
}

/** Keep This Copy: after a confirmation, the copy's text replaces the original's (undoable in the editor), and the copy goes to the trash. */
async function keepThisCopy(target: unknown, deps: ConflictServices): Promise<boolean> {
	const pair = conflictCopyOf(target, deps);
	const keep = vscode.l10n.t('Replace the Original');
	if (!pair || await vscode.window.showWarningMessage(
		vscode.l10n.t('Replace the text of {0} with this copy\'s? The copy then goes to the trash. Compare with Original first if you are not sure which lines you need.', fileName(pair.original)),
		{ modal: true }, keep) !== keep) {
		return false;
	}
	const copyText = new TextDecoder().decode(await vscode.workspace.fs.readFile(pair.copy));
	const original = await vscode.workspace.openTextDocument(pair.original);
	const edit = new vscode.WorkspaceEdit();
	edit.replace(original.uri, new vscode.Range(0, 0, original.lineCount, 0), copyText);
	if (!await vscode.workspace.applyEdit(edit) || !await original.save()) {
		void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be changed, so both files were left as they were.', fileName(pair.original)));
		return false;
	}
	await moveAway(pair.copy);
	await deps.journal.whenIdle();
	return true;
}

/** Discard This Copy: after a confirmation, the copy goes to the trash; the original is not touched. */
async function discardThisCopy(target: unknown, deps: ConflictServices): Promise<boolean> {
	const pair = conflictCopyOf(target, deps);
	const discard = vscode.l10n.t('Move the Copy to the Trash');
	if (!pair || await vscode.window.showWarningMessage(
		vscode.l10n.t('Move {0} to the trash? {1} stays as it is.', fileName(pair.copy), fileName(pair.original)),
		{ modal: true }, discard) !== discard) {
		return false;
	}
	await moveAway(pair.copy);
	await deps.journal.whenIdle();
	return true;
}

/** Registers Compare with Original, Keep This Copy and Discard This Copy for sync conflict copies. */
export function register(context: vscode.ExtensionContext, deps: ConflictServices): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.compareWithOriginal, (target?: unknown) => compareWithOriginal(target, deps)),
		vscode.commands.registerCommand(commandIds.keepThisCopy, (target?: unknown) => keepThisCopy(target, deps)),
		vscode.commands.registerCommand(commandIds.discardThisCopy, (target?: unknown) => discardThisCopy(target, deps)),
	);
}
