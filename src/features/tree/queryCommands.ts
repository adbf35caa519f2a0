import * as vscode from 'vscode';
import { entryStatuses } from '../../core/model/entry';
import { entryGroupings, entrySorts, isFilterEmpty, readEntryQuery, type EntryFilter, type EntryGrouping, type EntryQuery, type EntrySort } from '../../core/index/entryQuery';
import { commandIds, contextKeys } from '../../ids';
import { statusLabel } from '../../ui/labels';
import type { ChallengesTreeProvider } from './challengesTreeProvider';

/** Where the tree's grouping, order and filter are kept, per workspace. */
const queryKey = 'leadershipJournal.treeQuery';

function groupingLabel(grouping: EntryGrouping): string {
	switch (grouping) {
		case 'area': return vscode.l10n.t('Challenge area');
		case 'status': return vscode.l10n.t('Status');
		case 'month': return vscode.l10n.t('Month');
		case 'person': return vscode.l10n.t('Person');
		case 'tag': return vscode.l10n.t('Tag');
	}
}

function sortLabel(sort: EntrySort): string {
	switch (sort) {
		case 'date': return vscode.l10n.t('Date, newest first');
		case 'title': return vscode.l10n.t('Title, A to Z');
		case 'modified': return vscode.l10n.t('Last modified, most recent first');
	}
}

/** The view's description while a filter is on, e.g. `Filtered: "board" · Decided`. */
function filterDescription(filter: EntryFilter): string | undefined {
	if (isFilterEmpty(filter)) {
		return undefined;
	}
	const parts = [filter.text.trim() ? `"${filter.text.trim()}"` : undefined, ...filter.statuses.map(status =>
		(entryStatuses as readonly string[]).includes(status) ? statusLabel(status as typeof entryStatuses[number]) : vscode.l10n.t('No status'))];
	return vscode.l10n.t('Filtered: {0}', parts.filter(part => part !== undefined).join(' · '));
}

async function pickOne<T extends string>(title: string, values: readonly T[], label: (value: T) => string, current: T): Promise<T | undefined> {
	const picked = await vscode.window.showQuickPick(values.map(value => ({
		label: label(value), description: value === current ? vscode.l10n.t('current') : undefined, value,
	})), { title });
	return picked?.value;
}

async function askFilter(current: EntryFilter): Promise<EntryFilter | undefined> {
	const text = await vscode.window.showInputBox({
		title: vscode.l10n.t('Filter Entries (1/2)'),
		prompt: vscode.l10n.t('Words to find in titles, tags and people. Leave empty to filter by status only.'),
		value: current.text,
	});
	if (text === undefined) {
		return undefined;
	}
	const statuses = [...entryStatuses, 'unset'] as const;
	const picked = await vscode.window.showQuickPick(statuses.map(status => ({
		label: status === 'unset' ? vscode.l10n.t('No status') : statusLabel(status),
		picked: current.statuses.includes(status),
		status,
	})), { title: vscode.l10n.t('Filter Entries (2/2)'), placeHolder: vscode.l10n.t('Show only these statuses (none ticked shows all)'), canPickMany: true });
	return picked && { text: text.trim(), statuses: picked.map(item => item.status) };
}

/** Registers Group Entries By…, Sort Entries By…, Filter… and Clear Filter, and restores the saved choices. */
export function registerQueryCommands(context: vscode.ExtensionContext, provider: ChallengesTreeProvider, view: vscode.TreeView<unknown>): void {
	const apply = async (query: EntryQuery) => {
		provider.setQuery(query);
		view.description = filterDescription(query.filter);
		await vscode.commands.executeCommand('setContext', contextKeys.filterActive, !isFilterEmpty(query.filter));
		await context.workspaceState.update(queryKey, query);
	};
	void apply(readEntryQuery(context.workspaceState.get(queryKey)));
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.groupBy, async (grouping?: unknown) => {
			const chosen = (entryGroupings as readonly unknown[]).includes(grouping) ? grouping as EntryGrouping
				: await pickOne(vscode.l10n.t('Group Entries By'), entryGroupings, groupingLabel, provider.query.grouping);
			if (chosen) {
				await apply({ ...provider.query, grouping: chosen });
			}
		}),
		vscode.commands.registerCommand(commandIds.sortBy, async (sort?: unknown) => {
			const chosen = (entrySorts as readonly unknown[]).includes(sort) ? sort as EntrySort
				: await pickOne(vscode.l10n.t('Sort Entries By'), entrySorts, sortLabel, provider.query.sort);
			if (chosen) {
				await apply({ ...provider.query, sort: chosen });
			}
		}),
		vscode.commands.registerCommand(commandIds.filter, async (filter?: unknown) => {
			const given = typeof filter === 'object' && filter !== null ? readEntryQuery({ filter }).filter : undefined;
			const chosen = given ?? await askFilter(provider.query.filter);
			if (chosen) {
				await apply({ ...provider.query, filter: chosen });
			}
		}),
		vscode.commands.registerCommand(commandIds.clearFilter, () => apply({ ...provider.query, filter: { text: '', statuses: [] } })),
	);
}
