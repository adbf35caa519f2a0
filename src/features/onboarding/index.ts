import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { isOptions } from '../../ui/commandArguments';
import { trySampleJournal, type SampleJournalArguments, type SampleJournalServices } from './sampleJournalCommand';

/** Registers Try the Sample Journal. The walkthrough itself is declared in package.json. */
export function register(context: vscode.ExtensionContext, deps: SampleJournalServices): void {
	context.subscriptions.push(vscode.commands.registerCommand(commandIds.trySampleJournal, (args?: unknown) =>
		trySampleJournal(deps, isOptions<SampleJournalArguments>(args, ['folder']) ? args : {})));
}
