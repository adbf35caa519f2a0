import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { isOptions } from '../../ui/commandArguments';
import { newEntry, type NewEntryArguments, type NewEntryServices } from './newEntryCommand';

/** Registers New Entry…. */
export function register(context: vscode.ExtensionContext, deps: NewEntryServices): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.newEntry, (args?: NewEntryArguments) => newEntry(deps, isOptions<NewEntryArguments>(args, ['area', 'title', 'workspaceFolder', 'depth']) ? args : {})),
	);
}

