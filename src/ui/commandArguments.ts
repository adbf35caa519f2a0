import * as vscode from 'vscode';

/**
 * Whether a command's first argument is a plain options object with one of `keys`.
 * Menus pass their own context (a tree node, a URI) as the first argument; that does not count.
 */
export function isOptions<T extends object>(value: unknown, keys: readonly (keyof T & string)[]): value is T {
	return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && keys.some(key => key in value);
}

/** What a tree row that stands for an entry passes to the commands of its menus. */
interface EntryRowArgument {
	/** Tree rows of entries have the kind `entry`. */
	readonly kind: 'entry';
	/** The entry the row shows. */
	readonly entry: { readonly uri: string };
}

function isEntryRow(argument: unknown): argument is EntryRowArgument {
	return typeof argument === 'object' && argument !== null && (argument as Partial<EntryRowArgument>).kind === 'entry';
}

/**
 * The entry a command should act on: the URI or tree entry it was invoked on, else the markdown
 * file in the active editor. `undefined` when there is none.
 */
export function entryTarget(argument: unknown): vscode.Uri | undefined {
	if (argument instanceof vscode.Uri) {
		return argument;
	}
	if (isEntryRow(argument)) {
		return vscode.Uri.parse(argument.entry.uri, true);
	}
	const document = vscode.window.activeTextEditor?.document;
	return document?.languageId === 'markdown' ? document.uri : undefined;
}
