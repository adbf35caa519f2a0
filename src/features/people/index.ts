import * as vscode from 'vscode';
import { commandIds, viewIds } from '../../ids';
import type { Services } from '../../services';
import { addToRoster, openRoster } from './addToRoster';
import { AddToRosterFixes, HandleCompletions, showRosterProblems } from './mentionSupport';
import { PeopleTreeProvider } from './peopleTreeProvider';
import { prepareOneToOne } from './prepareOneToOne';

/** What the People view and its commands need. */
export type PeopleServices = Pick<Services, 'people' | 'templates' | 'journal' | 'roots' | 'clock' | 'fs' | 'safeScreen'>;

/** Registers the People view, Prepare One-to-One, Add to Roster, Open the Roster, `@` completion and the roster's problems; returns the provider for tests. */
export function register(context: vscode.ExtensionContext, deps: PeopleServices): PeopleTreeProvider {
	const provider = new PeopleTreeProvider(deps.people, deps.clock, deps.safeScreen);
	const view = vscode.window.createTreeView(viewIds.people, { treeDataProvider: provider, showCollapseAll: true });
	const problems = vscode.languages.createDiagnosticCollection('leadershipJournal.roster');
	const selector: vscode.DocumentSelector = { language: 'markdown' };
	context.subscriptions.push(
		provider, view, problems,
		deps.people.onDidChange(() => showRosterProblems(deps, problems)),
		vscode.commands.registerCommand(commandIds.prepareOneToOne, (argument?: unknown) => prepareOneToOne(argument, deps)),
		vscode.commands.registerCommand(commandIds.addToRoster, (argument?: unknown, entryUri?: unknown) => addToRoster(argument, entryUri, deps)),
		vscode.commands.registerCommand(commandIds.openRoster, () => openRoster(deps)),
		vscode.languages.registerCompletionItemProvider(selector, new HandleCompletions(deps), '@'),
		vscode.languages.registerCodeActionsProvider(selector, new AddToRosterFixes(deps), { providedCodeActionKinds: AddToRosterFixes.kinds }),
	);
	return provider;
}
