import * as vscode from 'vscode';
import { handleBeingTyped, rosterKnows, taskLineMentions } from '../../core/people/mentions';
import { commandIds } from '../../ids';
import type { Services } from '../../services';

/** What `@` completion and the Add to Roster quick fix need. */
export type MentionServices = Pick<Services, 'people' | 'roots'>;

/** Completes `@` in a task line of a journal entry with the handles of the roster and the journal, each with the person's name. */
export class HandleCompletions implements vscode.CompletionItemProvider {
	constructor(private readonly deps: MentionServices) { }

	provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
		if (!this.deps.roots.isJournalEntry(document.uri)) {
			return undefined;
		}
		const text = document.getText();
		const offset = document.offsetAt(position);
		const typing = handleBeingTyped(text, document.offsetAt(new vscode.Position(position.line, 0)), offset);
		if (!typing) {
			return undefined;
		}
		const range = new vscode.Range(document.positionAt(typing.start), position);
		const people = this.deps.people.directory().all();
		return [
			...people.map((person, order) => {
				const item = new vscode.CompletionItem({ label: person.key, description: person.name }, vscode.CompletionItemKind.User);
				item.range = range;
				item.filterText = `${person.key} ${person.name}`;
				item.sortText = `${person.rostered ? 0 : 1}${String(order).padStart(5, '0')}`;
				return item;
			}),
			Object.assign(new vscode.CompletionItem({ label: 'me', description: vscode.l10n.t('You') }, vscode.CompletionItemKind.User), { range, sortText: '2' }),
		];
	}
}

/** Offers to add an `@handle` of a task line that the roster does not know to the roster. */
export class AddToRosterFixes implements vscode.CodeActionProvider {
	static readonly kinds = [vscode.CodeActionKind.QuickFix];

	constructor(private readonly deps: MentionServices) { }

	provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] | undefined {
		if (!this.deps.roots.isJournalEntry(document.uri)) {
			return undefined;
		}
		const text = document.getText();
		const roster = this.deps.people.roster();
		const actions: vscode.CodeAction[] = [];
		const seen = new Set<string>();
		for (let line = range.start.line; line <= range.end.line; line++) {
			for (const mention of taskLineMentions(text, document.offsetAt(new vscode.Position(line, 0)))) {
				if (seen.has(mention.handle) || rosterKnows(roster, mention.handle)) {
					continue;
				}
				seen.add(mention.handle);
				const action = new vscode.CodeAction(vscode.l10n.t('Add @{0} to the roster (people.md)', mention.handle), vscode.CodeActionKind.QuickFix);
				action.command = { command: commandIds.addToRoster, title: action.title, arguments: [mention.handle, document.uri] };
				actions.push(action);
			}
		}
		return actions;
	}
}

/** Shows the roster's problems in the Problems panel, on `people.md`. */
export function showRosterProblems(deps: Pick<Services, 'people'>, collection: vscode.DiagnosticCollection): void {
	collection.clear();
	for (const file of deps.people.rosterFiles()) {
		collection.set(file.uri, file.roster.problems.map(problem => {
			const diagnostic = new vscode.Diagnostic(new vscode.Range(problem.line, 0, problem.line, 1000), problem.message, vscode.DiagnosticSeverity.Warning);
			diagnostic.source = vscode.l10n.t('Leadership Journal');
			return diagnostic;
		}));
	}
}
