import * as vscode from 'vscode';
import { relinkEdits } from '../../core/editing/relink';
import { relativeUriPath } from '../../core/model/uriPath';
import { editHeader } from '../../core/text/headerEdit';
import type { TextEdit } from '../../core/text/textEdit';
import type { EntrySummary } from '../../core/model/entry';
import { toWorkspaceEdit } from '../../adapters/textEdits';
import type { Services } from '../../services';

/** A renamed or moved file or folder. */
interface Move {
	/** Where it was. */
	readonly oldUri: vscode.Uri;
	/** Where it goes. */
	readonly newUri: vscode.Uri;
}

/** Where an entry goes when `moves` happen: its new URI, or its own when none of them touches it. */
function movedTo(uri: vscode.Uri, moves: readonly Move[]): vscode.Uri {
	for (const move of moves) {
		const from = move.oldUri.toString();
		if (uri.toString() === from) {
			return move.newUri;
		}
		if (uri.toString().startsWith(`${from}/`)) {
			return vscode.Uri.parse(move.newUri.toString() + uri.toString().slice(from.length), true);
		}
	}
	return uri;
}

function folderOf(uri: vscode.Uri): vscode.Uri {
	return vscode.Uri.joinPath(uri, '..');
}

/** Where a markdown link target written in the file at `fileUri` leads, as a URI string. */
function resolveLink(fileUri: vscode.Uri, target: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
		return undefined;
	}
	try {
		return vscode.Uri.joinPath(folderOf(fileUri), ...decodeURIComponent(target).split('/')).toString();
	} catch {
		return undefined;
	}
}

/** An entry that names another in its header: a follow-up's `continues:`, a phase's `program:`. */
interface HeaderLink {
	/** The entry whose header names the other. */
	readonly from: EntrySummary;
	/** The entry it names. */
	readonly to: EntrySummary;
	/** The header key that holds the path. */
	readonly key: 'continues' | 'program';
}

/** Every `continues:` and `program:` of the journal that names one of its entries. */
function headerLinks(deps: Pick<Services, 'threads' | 'index'>): HeaderLink[] {
	const threads = deps.threads.current();
	const programs = deps.threads.programs();
	return [...deps.index.all()].flatMap(from => {
		const earlier = from.continues === undefined ? undefined : threads.continuedBy(from);
		const program = programs.programOf(from);
		return [
			...earlier ? [{ from, to: earlier, key: 'continues' as const }] : [],
			...program ? [{ from, to: program, key: 'program' as const }] : [],
		];
	});
}

/**
 * The edit that keeps threads and programs whole across a rename or move, made before the files
 * move: each entry whose `continues:` or `program:` names a moved entry gets the new path, and its
 * markdown links to that entry lead to the new place. An entry that moves itself keeps the path (it
 * is relative to the journal folder) and gets its links to the other entry rewritten from its new folder.
 */
export async function followRenames(files: readonly Move[], deps: Pick<Services, 'threads' | 'index' | 'roots'>): Promise<vscode.WorkspaceEdit> {
	const edit = new vscode.WorkspaceEdit();
	for (const { from, to, key } of headerLinks(deps)) {
		const fromUri = vscode.Uri.parse(from.uri, true);
		const toUri = vscode.Uri.parse(to.uri, true);
		const toTo = movedTo(toUri, files);
		const fromTo = movedTo(fromUri, files);
		if (toTo.toString() === toUri.toString() && fromTo.toString() === fromUri.toString()) {
			continue;
		}
		const document = await vscode.workspace.openTextDocument(fromUri);
		const changes: TextEdit[] = [];
		const newPath = deps.roots.journalPath(toTo);
		if (toTo.toString() !== toUri.toString() && newPath !== undefined) {
			const header = editHeader(document.getText(), { [key]: decodeURIComponent(newPath) });
			if ('changes' in header) {
				changes.push(...header.changes);
			}
		}
		const newLink = relativeUriPath(folderOf(fromTo).toString(), toTo.toString());
		changes.push(...relinkEdits(document.getText(), to.uri, newLink, target => resolveLink(fromUri, target)));
		toWorkspaceEdit(document, changes, edit);
	}
	return edit;
}
