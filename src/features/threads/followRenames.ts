import * as vscode from 'vscode';
import { relinkEdits } from '../../core/editing/relink';
import { relativeUriPath } from '../../core/model/uriPath';
import { editHeader } from '../../core/text/headerEdit';
import type { TextEdit } from '../../core/text/textEdit';
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

/**
 * The edit that keeps threads whole across a rename or move, made before the files move: each
 * entry whose `continues:` names a moved entry gets the new path, and its markdown links to that
 * entry lead to the new place. A follow-up that moves itself keeps its `continues:` (it is
 * relative to the journal folder) and gets its links to the earlier entry rewritten from its new folder.
 */
export async function followRenames(files: readonly Move[], deps: Pick<Services, 'threads' | 'index' | 'roots'>): Promise<vscode.WorkspaceEdit> {
	const edit = new vscode.WorkspaceEdit();
	const threads = deps.threads.current();
	for (const followUp of deps.index.all()) {
		const earlier = threads.continuedBy(followUp);
		if (!earlier || followUp.continues === undefined) {
			continue;
		}
		const followUpUri = vscode.Uri.parse(followUp.uri, true);
		const earlierUri = vscode.Uri.parse(earlier.uri, true);
		const earlierTo = movedTo(earlierUri, files);
		const followUpTo = movedTo(followUpUri, files);
		if (earlierTo.toString() === earlierUri.toString() && followUpTo.toString() === followUpUri.toString()) {
			continue;
		}
		const document = await vscode.workspace.openTextDocument(followUpUri);
		const changes: TextEdit[] = [];
		const newPath = deps.roots.journalPath(earlierTo);
		if (earlierTo.toString() !== earlierUri.toString() && newPath !== undefined) {
			const header = editHeader(document.getText(), { continues: decodeURIComponent(newPath) });
			if ('changes' in header) {
				changes.push(...header.changes);
			}
		}
		const newLink = relativeUriPath(folderOf(followUpTo).toString(), earlierTo.toString());
		changes.push(...relinkEdits(document.getText(), earlier.uri, newLink, target => resolveLink(followUpUri, target)));
		toWorkspaceEdit(document, changes, edit);
	}
	return edit;
}

