import * as vscode from 'vscode';

/**
 * Whether a command's first argument is a plain options object with one of `keys`.
 * Menus pass their own context (a tree node, a URI) as the first argument; that does not count.
 */
export function isOptions<T extends object>(value: unknown, keys: readonly (keyof T & string)[]): value is T {
	return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && keys.some(key => key in value);
}
