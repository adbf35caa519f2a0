import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import type { Clock } from '../../core/model/ports';
import { singlePointsOfFailure, type SinglePoints } from '../../core/people/keyPeople';
import { contactsDue, type ContactDue, type PersonSummary } from '../../core/people/personSummary';
import type { JournalPeople } from '../../adapters/journalPeople';
import type { SafeScreen } from '../../adapters/safeScreen';
import { commandIds } from '../../ids';
import type { PeopleNode, PersonSection } from './peopleNodes';
import {
	commitmentRow, contactDueGroupRow, contactDueRow, entryRow, loneProcessRow, personRow, sectionRow, singlePointsGroupRow, soleRunnerRow, type RowText,
} from './peopleRows';

const sections: readonly PersonSection[] = ['iOwe', 'theyOwe', 'decisions', 'entries'];

function openEntry(uri: string, line = 0): vscode.Command {
	return {
		command: 'vscode.open', title: vscode.l10n.t('Open Entry'),
		arguments: [vscode.Uri.parse(uri, true), { selection: new vscode.Range(line, 0, line, 0) } satisfies vscode.TextDocumentShowOptions],
	};
}

/**
 * The People view: Contact due and the single points of failure first, when there are any; then
 * everyone the roster or the journal names, each with what I owe them, what they owe me (overdue
 * first), the decisions and entries that name them.
 */
export class PeopleTreeProvider implements vscode.TreeDataProvider<PeopleNode>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<PeopleNode | undefined>();
	private readonly subscriptions: vscode.Disposable[];
	private computed: { day: string; due: ContactDue[]; points: SinglePoints; summaries: PersonSummary[] } | undefined;

	readonly onDidChangeTreeData = this.changed.event;

	constructor(private readonly people: JournalPeople, private readonly clock: Clock, private readonly safeScreen: SafeScreen) {
		this.subscriptions = [
			people.onDidChange(() => {
				this.computed = undefined;
				this.changed.fire(undefined);
			}),
			safeScreen.onDidChange(() => this.changed.fire(undefined)),
		];
	}

	/** Who is past their contact cadence today. */
	contactDue(): readonly ContactDue[] {
		return this.current().due;
	}

	getChildren(node?: PeopleNode): PeopleNode[] {
		const { due, points, summaries } = this.current();
		if (!node) {
			return [
				...due.length > 0 ? [{ kind: 'contactDueGroup' } as const] : [],
				...points.processes.length > 0 ? [{ kind: 'singlePointsGroup' } as const] : [],
				...summaries.map(summary => ({ kind: 'person', summary }) as const),
			];
		}
		switch (node.kind) {
			case 'contactDueGroup': return due.map(one => ({ kind: 'contactDue', due: one }));
			case 'singlePointsGroup': return [
				...points.people.map(runner => ({ kind: 'soleRunner', runner }) as const),
				...points.processes.map(lone => ({ kind: 'loneProcess', lone }) as const),
			];
			case 'person': return sections.filter(section => this.items(node.summary, section).length > 0).map(section => ({ kind: 'section', summary: node.summary, section }));
			case 'section': return this.items(node.summary, node.section);
			default: return [];
		}
	}

	getTreeItem(node: PeopleNode): vscode.TreeItem {
		const today = this.current().day;
		const screen = this.safeScreen.policy();
		switch (node.kind) {
			case 'contactDueGroup':
				return this.item(contactDueGroupRow(this.current().due.length), 'people:contactDue', vscode.TreeItemCollapsibleState.Expanded, 'bell', 'contactDueGroup');
			case 'contactDue': {
				const item = this.item(contactDueRow(node.due, screen), `people:contactDue:${node.due.summary.person.key}`, vscode.TreeItemCollapsibleState.None, 'person', 'person');
				item.command = { command: commandIds.prepareOneToOne, title: vscode.l10n.t('Prepare One-to-One…'), arguments: [node.due.summary.person.key] };
				return item;
			}
			case 'singlePointsGroup':
				return this.item(singlePointsGroupRow(this.current().points, this.people.singlePointsBaseline()), 'people:singlePoints', vscode.TreeItemCollapsibleState.Expanded, 'warning', 'singlePointsGroup');
			case 'loneProcess':
				return this.item(loneProcessRow(node.lone, screen), `people:lone:${node.lone.process}`, vscode.TreeItemCollapsibleState.None, 'gear', 'loneProcess');
			case 'soleRunner':
				return this.item(soleRunnerRow(node.runner, screen), `people:sole:${node.runner.person.handle}`, vscode.TreeItemCollapsibleState.None, 'person', 'soleRunner');
			case 'person':
				return this.item(personRow(node.summary, today, screen), `person:${node.summary.person.key}`, vscode.TreeItemCollapsibleState.Collapsed, node.summary.person.rostered ? 'person' : 'person-add', 'person');
			case 'section': {
				const open = node.section === 'iOwe' || node.section === 'theyOwe';
				const icon = node.section === 'iOwe' ? 'arrow-right' : node.section === 'theyOwe' ? 'arrow-left' : node.section === 'decisions' ? 'milestone' : 'note';
				return this.item(sectionRow(node.summary, node.section), `person:${node.summary.person.key}:${node.section}`,
					open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed, icon, 'personSection');
			}
			case 'commitment': {
				const overdue = node.item.commitment.due !== undefined && node.item.commitment.due < today;
				const item = this.item(commitmentRow(node.item, today, screen), `person:${node.key}:${node.section}:${node.item.entry.uri}:${node.item.commitment.line}`,
					vscode.TreeItemCollapsibleState.None, 'circle-large-outline', 'commitment');
				item.iconPath = new vscode.ThemeIcon('circle-large-outline', overdue ? new vscode.ThemeColor('list.errorForeground') : undefined);
				item.command = openEntry(node.item.entry.uri, node.item.commitment.line);
				return item;
			}
			case 'entry': {
				const item = this.item(entryRow(node.entry, screen), `person:${node.key}:${node.section}:${node.entry.uri}`, vscode.TreeItemCollapsibleState.None, 'note', 'personEntry');
				item.command = openEntry(node.entry.uri);
				return item;
			}
		}
	}

	dispose(): void {
		for (const subscription of this.subscriptions) {
			subscription.dispose();
		}
		this.changed.dispose();
	}

	private items(summary: PersonSummary, section: PersonSection): PeopleNode[] {
		const key = summary.person.key;
		switch (section) {
			case 'iOwe': return summary.iOwe.map(item => ({ kind: 'commitment', key, section, item }));
			case 'theyOwe': return summary.theyOwe.map(item => ({ kind: 'commitment', key, section, item }));
			case 'decisions': return summary.decisions.map(entry => ({ kind: 'entry', key, section, entry }));
			case 'entries': return summary.entries.map(entry => ({ kind: 'entry', key, section, entry }));
		}
	}

	private item(row: RowText, id: string, state: vscode.TreeItemCollapsibleState, icon: string, contextValue: string): vscode.TreeItem {
		const item = new vscode.TreeItem(row.label, state);
		item.id = id;
		item.description = row.description;
		item.tooltip = row.tooltip;
		item.iconPath = new vscode.ThemeIcon(icon);
		item.contextValue = contextValue;
		return item;
	}

	private current(): NonNullable<PeopleTreeProvider['computed']> {
		const day = toIsoDate(this.clock.now());
		if (this.computed?.day !== day) {
			const summaries = this.people.summaries();
			this.computed = { day, summaries, due: contactsDue(summaries, day), points: singlePointsOfFailure(this.people.roster()) };
		}
		return this.computed;
	}
}
