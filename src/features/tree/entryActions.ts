import * as vscode from 'vscode';
import { displayDate } from '../../core/model/entry';
import { editHeader } from '../../core/text/headerEdit';
import { renamedFileNames, titleHeadingChange } from '../../core/editing/renameEntry';
import { relativeUriPath } from '../../core/model/uriPath';
import { applyEntryEdit, toWorkspaceEdit } from '../../adapters/textEdits';
import { fileExists } from '../../adapters/fileSystem';
import { entryOfDocument } from '../../adapters/entryFiles';
import { describeProblem } from '../../ui/messages';
import { titleProblem } from '../../ui/titleInput';
import { entryTarget } from '../../ui/commandArguments';

/** Open to the Side: opens the entry in the editor group beside the active one. */
export async function openToSide(target: unknown): Promise<void> {
	const uri = entryTarget(target);
	if (uri) {
		await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
	}
}

/** Reveal in Explorer: shows the entry's file in the Explorer view. */
export async function revealInExplorer(target: unknown): Promise<void> {
	const uri = entryTarget(target);
	if (uri) {
		await vscode.commands.executeCommand('revealInExplorer', uri);
	}
}

/**
 * Copy Link: copies a markdown link to the entry, `[Title](path)`. The path is relative to the
 * markdown file in the active editor when there is one (so it can be pasted there), else to the
 * workspace folder.
 */
export async function copyLink(target: unknown): Promise<string | undefined> {
	const uri = entryTarget(target);
	if (!uri) {
		return undefined;
	}
	const document = await vscode.workspace.openTextDocument(uri);
	const title = entryOfDocument(document).title.replace(/[[\]\\]/g, match => `\\${match}`);
	const active = vscode.window.activeTextEditor?.document;
	const from = active && active.languageId === 'markdown' && active.uri.toString() !== uri.toString()
		? vscode.Uri.joinPath(active.uri, '..')
		: vscode.workspace.getWorkspaceFolder(uri)?.uri;
	const path = from ? relativeUriPath(from.toString(), uri.toString()) : uri.toString();
	const link = `[${title}](${path.replace(/[ ()<>]/g, character => encodeURIComponent(character))})`;
	await vscode.env.clipboard.writeText(link);
	vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', link), 4000);
	return link;
}

/**
 * Rename Title…: changes the entry's `title`, its `# heading` when that matches the old title,
 * and renames the file to match, keeping its date. One workspace edit; no file is overwritten.
 */
export async function renameTitle(target: unknown, given?: string): Promise<vscode.Uri | undefined> {
	const uri = entryTarget(target);
	if (!uri) {
		return undefined;
	}
	const document = await vscode.workspace.openTextDocument(uri);
	const text = document.getText();
	const entry = entryOfDocument(document);
	const title = given ?? await vscode.window.showInputBox({
		title: vscode.l10n.t('Rename Title'),
		prompt: vscode.l10n.t('The new title. The file is renamed to match; its date stays.'),
		value: entry.title,
		validateInput: titleProblem,
	});
	if (title === undefined || titleProblem(title) || title.trim() === entry.title) {
		return undefined;
	}
	const header = editHeader(text, { title: title.trim() });
	if ('problem' in header) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The header of this entry could not be read, so nothing was renamed. {0}', describeProblem(header.problem)));
		return undefined;
	}
	const heading = titleHeadingChange(text, entry.title, title.trim());
	const edit = toWorkspaceEdit(document, heading ? [...header.changes, heading] : header.changes);
	let renamed = uri;
	for (const name of renamedFileNames(entry.fileName, title.trim(), displayDate(entry))) {
		const candidate = vscode.Uri.joinPath(uri, '..', name);
		if (candidate.toString() === uri.toString() || !await fileExists(candidate)) {
			renamed = candidate;
			break;
		}
	}
	if (renamed.toString() !== uri.toString()) {
		edit.renameFile(uri, renamed, { overwrite: false });
	}
	return await applyEntryEdit(document, edit, renamed) ? renamed : undefined;
}
