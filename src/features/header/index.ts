import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { completionTriggers, HeaderCompletions } from './completion';
import { EntryDiagnostics } from './diagnostics';
import { HeaderHovers } from './hover';
import { addCustomArea, HeaderQuickFixes } from './quickFixes';
import type { Services } from '../../services';

/** What header intelligence needs. */
export type HeaderServices = Pick<Services, 'index' | 'catalog' | 'roots' | 'settings' | 'clock' | 'people'>;

/** Registers diagnostics, quick fixes, completion and hovers for journal entries' headers. */
export function register(context: vscode.ExtensionContext, deps: HeaderServices): void {
	const markdown: vscode.DocumentSelector = { language: 'markdown' };
	context.subscriptions.push(
		new EntryDiagnostics(deps),
		vscode.languages.registerCodeActionsProvider(markdown, new HeaderQuickFixes(deps), HeaderQuickFixes.metadata),
		vscode.languages.registerCompletionItemProvider(markdown, new HeaderCompletions(deps), ...completionTriggers),
		vscode.languages.registerHoverProvider(markdown, new HeaderHovers(deps)),
		vscode.commands.registerCommand(commandIds.addCustomArea, (area: unknown) => addCustomArea(area, deps.settings)),
	);
}
