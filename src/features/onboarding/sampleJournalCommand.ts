import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import { sampleJournal } from '../../core/coaching/sampleJournal';
import { contextKeys } from '../../ids';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';
import type { Services } from '../../services';

/** What Try the Sample Journal needs. */
export type SampleJournalServices = Pick<Services, 'journal' | 'roots' | 'clock'>;

/** Answers that skip the folder dialog: for tests. */
export interface SampleJournalArguments {
	/** The folder to create the sample journal in. */
	readonly folder?: vscode.Uri;
}

/**
 * The journal folder for a picked folder: the configured one when it is a workspace folder (then the
 * extension indexes it), else `<folder>/journal` (indexed once that folder is opened).
 */
function journalFolderFor(folder: vscode.Uri, roots: SampleJournalServices['roots']): { uri: vscode.Uri; indexed: boolean } {
	const workspaceFolder = vscode.workspace.getWorkspaceFolder(folder);
	const root = workspaceFolder && workspaceFolder.uri.toString() === folder.toString() ? roots.journalRootOf(workspaceFolder) : undefined;
	return root && 'uri' in root ? { uri: root.uri, indexed: true } : { uri: vscode.Uri.joinPath(folder, 'journal'), indexed: false };
}

/**
 * Try the Sample Journal: writes a small journal (entries in several areas, commitments, a review
 * that is due) into a folder the user picks, never overwriting a file, and offers to open the
 * folder when it is not part of the workspace.
 * @returns the journal folder, or `undefined` when nothing was created.
 */
export async function trySampleJournal(deps: SampleJournalServices, args: SampleJournalArguments = {}): Promise<vscode.Uri | undefined> {
	const folder = args.folder ?? (await vscode.window.showOpenDialog({
		canSelectFiles: false, canSelectFolders: true, canSelectMany: false,
		defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
		title: vscode.l10n.t('Where should the sample journal go?'),
		openLabel: vscode.l10n.t('Create the Sample Journal Here'),
	}))?.[0];
	if (!folder) {
		return undefined;
	}
	const { uri: journalFolder, indexed } = journalFolderFor(folder, deps.roots);
	const files = sampleJournal(toIsoDate(deps.clock.now()));
	const edit = new vscode.WorkspaceEdit();
	const uris = files.map(file => vscode.Uri.joinPath(journalFolder, ...file.path));
	files.forEach((file, at) => edit.createFile(uris[at], { overwrite: false, ignoreIfExists: true, contents: new TextEncoder().encode(file.text) }));
	if (!await vscode.workspace.applyEdit(edit)) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The sample journal could not be created in {0}. Check that the folder is writable.', folder.fsPath || folder.toString()));
		return undefined;
	}
	if (indexed) {
		uris.forEach(uri => deps.journal.noteCreated(uri));
	}
	markWalkthroughStep(contextKeys.didSampleJournal);
	if (vscode.workspace.getWorkspaceFolder(folder)) {
		vscode.window.setStatusBarMessage(vscode.l10n.t('The sample journal is in {0}.', vscode.workspace.asRelativePath(journalFolder)), 6000);
		await vscode.commands.executeCommand('workbench.view.extension.leadershipJournal');
		return journalFolder;
	}
	const open = vscode.l10n.t('Open Folder');
	if (await vscode.window.showInformationMessage(vscode.l10n.t('The sample journal is ready in {0}. Open that folder to explore it?', folder.fsPath || folder.toString()), open) === open) {
		await vscode.commands.executeCommand('vscode.openFolder', folder, { forceNewWindow: false });
	}
	return journalFolder;
}
