import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/model/areas';
import type { JournalIndex } from '../../core/index/journalIndex';
import { commandIds } from '../../ids';
import { completionTriggers, HeaderCompletions } from './completion';
import { EntryDiagnostics } from './diagnostics';
import { HeaderHovers } from './hover';
import { addCustomArea, HeaderQuickFixes } from './quickFixes';

/** What header intelligence needs. */
export interface HeaderDependencies {
	/** The journal, for the people and tags other entries use. */
	readonly index: JournalIndex;
	/** The areas, custom ones included. */
	readonly catalog: () => AreaCatalog;
	/** The current time, for how far away a date is. */
	readonly now: () => Date;
}

/** Registers diagnostics, quick fixes, completion and hovers for journal entries' headers. */
export function register(context: vscode.ExtensionContext, deps: HeaderDependencies): void {
	const markdown: vscode.DocumentSelector = { language: 'markdown' };
	context.subscriptions.push(
		new EntryDiagnostics(deps.catalog),
		vscode.languages.registerCodeActionsProvider(markdown, new HeaderQuickFixes(deps.catalog), HeaderQuickFixes.metadata),
		vscode.languages.registerCompletionItemProvider(markdown, new HeaderCompletions(deps), ...completionTriggers),
		vscode.languages.registerHoverProvider(markdown, new HeaderHovers(deps)),
		vscode.commands.registerCommand(commandIds.addCustomArea, addCustomArea),
	);
}
