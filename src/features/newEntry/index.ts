import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { EntryCreator } from './entryCreator';
import { newEntry, type NewEntryArguments, type NewEntryDependencies } from './newEntryCommand';

/** Registers New Entry…. */
export function register(context: vscode.ExtensionContext, dependencies: Omit<NewEntryDependencies, 'creator'>): void {
	const deps: NewEntryDependencies = { ...dependencies, creator: new EntryCreator() };
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.newEntry, (args?: NewEntryArguments) => newEntry(deps, isArguments(args) ? args : {})),
	);
}

/** Menus pass their own context (a tree node, a URI) as the first argument; only a plain options object counts. */
function isArguments(value: unknown): value is NewEntryArguments {
	return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri)
		&& ['area', 'title', 'workspaceFolder'].some(key => key in value);
}
