import * as vscode from 'vscode';
import type { Clock } from '../../core/model/ports';
import type { SafeScreen } from '../../adapters/safeScreen';
import type { AreaCatalog } from '../../core/model/areas';
import type { CommitmentGroup, CommitmentGrouping } from '../../core/followThrough/commitmentGroups';
import { toIsoDate } from '../../core/model/dates';
import type { JournalIndex } from '../../core/index/journalIndex';
import { commandIds } from '../../ids';
import type { CommitmentGroupNode, CommitmentItemNode, CommitmentMoreNode, CommitmentNode } from './commitmentNodes';

/** Items a group shows at first, and how many more each "show more" adds. */
const pageSize = 200;

/**
 * The Commitments view: the journal's open action items, grouped by due date (overdue, this week,
 * later, no date), by owner, or by area, as the index keeps them; read once per index change and day.
 */
export class CommitmentsTreeProvider implements vscode.TreeDataProvider<CommitmentNode>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<CommitmentNode | undefined>();
	private readonly subscriptions: { dispose(): void }[];
	private readonly shown = new Map<string, number>();
	private computed: { day: string; grouping: CommitmentGrouping; groups: CommitmentGroup[]; overdue: number } | undefined;
	private grouping: CommitmentGrouping = 'due';

	readonly onDidChangeTreeData = this.changed.event;

	constructor(private readonly index: JournalIndex, private readonly catalog: () => AreaCatalog, private readonly clock: Clock, private readonly safeScreen: SafeScreen) {
		this.subscriptions = [index.onDidChange(() => this.refresh()), safeScreen.onDidChange(() => this.refresh())];
	}

	/** How the items are grouped now. */
	get commitmentGrouping(): CommitmentGrouping {
		return this.grouping;
	}

	/** Groups by due date, owner or area. */
	setGrouping(grouping: CommitmentGrouping): void {
		this.grouping = grouping;
		this.refresh();
	}

	/** How many open commitments are overdue today. */
	overdue(): number {
		return this.current().overdue;
	}

	/** Shows another page of a group. */
	showMore(key: string): void {
		this.shown.set(key, (this.shown.get(key) ?? pageSize) + pageSize);
		this.changed.fire(undefined);
	}

	getChildren(node?: CommitmentNode): CommitmentNode[] {
		const { groups, grouping } = this.current();
		if (!node) {
			return groups.map(group => ({ kind: 'group', grouping, key: group.key }));
		}
		if (node.kind !== 'group') {
			return [];
		}
		const items = groups.find(group => group.key === node.key)?.items ?? [];
		const visible = this.shown.get(node.key) ?? pageSize;
		const children: CommitmentNode[] = items.slice(0, visible).map(item => ({ kind: 'item', key: node.key, item }));
		if (items.length > visible) {
			children.push({ kind: 'more', key: node.key, hidden: items.length - visible });
		}
		return children;
	}

	getTreeItem(node: CommitmentNode): vscode.TreeItem {
		switch (node.kind) {
			case 'group': return this.groupItem(node);
			case 'item': return this.itemItem(node);
			case 'more': return this.moreItem(node);
		}
	}

	dispose(): void {
		this.subscriptions.forEach(subscription => subscription.dispose());
		this.changed.dispose();
	}

	private refresh(): void {
		this.computed = undefined;
		this.changed.fire(undefined);
	}

	private current(): NonNullable<CommitmentsTreeProvider['computed']> {
		const day = toIsoDate(this.clock.now());
		if (this.computed?.day !== day || this.computed.grouping !== this.grouping) {
			this.computed = { day, grouping: this.grouping, groups: this.index.commitmentGroups(this.grouping, day), overdue: this.index.overdueCommitments(day) };
		}
		return this.computed;
	}

	private groupLabel(node: CommitmentGroupNode): string {
		if (node.grouping === 'due') {
			switch (node.key) {
				case 'overdue': return vscode.l10n.t('Overdue');
				case 'thisWeek': return vscode.l10n.t('This week');
				case 'later': return vscode.l10n.t('Later');
				default: return vscode.l10n.t('No date');
			}
		}
		if (node.key === '') {
			return node.grouping === 'owner' ? vscode.l10n.t('No owner') : vscode.l10n.t('No area');
		}
		return node.grouping === 'owner' ? this.safeScreen.policy().person(`@${node.key}`) : this.catalog().get(node.key)?.name ?? node.key;
	}

	private groupItem(node: CommitmentGroupNode): vscode.TreeItem {
		const count = this.current().groups.find(group => group.key === node.key)?.items.length ?? 0;
		const item = new vscode.TreeItem(this.groupLabel(node), vscode.TreeItemCollapsibleState.Expanded);
		item.id = `commitments:${node.grouping}:${node.key}`;
		item.description = String(count);
		item.contextValue = 'commitmentGroup';
		const icon = node.grouping === 'owner' ? 'person' : node.grouping === 'area' ? this.catalog().get(node.key)?.icon ?? 'inbox'
			: node.key === 'overdue' ? 'warning' : node.key === 'thisWeek' ? 'calendar' : node.key === 'later' ? 'clock' : 'circle-outline';
		item.iconPath = new vscode.ThemeIcon(icon, node.key === 'overdue' && node.grouping === 'due' ? new vscode.ThemeColor('list.warningForeground') : undefined);
		return item;
	}

	private itemItem(node: CommitmentItemNode): vscode.TreeItem {
		const { entry, commitment } = node.item;
		const today = toIsoDate(this.clock.now());
		const overdue = commitment.due !== undefined && commitment.due < today;
		const screen = this.safeScreen.policy();
		const label = screen.safe ? vscode.l10n.t('Commitment') : commitment.text || vscode.l10n.t('(no action written)');
		const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
		item.id = `commitment:${node.key}:${entry.uri}:${commitment.line}`;
		const parts = [
			commitment.owner ? screen.person(`@${commitment.owner}`) : undefined,
			commitment.due ? (overdue ? vscode.l10n.t('overdue since {0}', commitment.due) : vscode.l10n.t('due {0}', commitment.due)) : undefined,
		].filter(part => part !== undefined);
		item.description = parts.join(' · ');
		item.tooltip = new vscode.MarkdownString().appendText(screen.safe ? label : commitment.text).appendMarkdown('\n\n')
			.appendText(vscode.l10n.t('From: {0}', screen.entryLabel(entry)));
		item.iconPath = new vscode.ThemeIcon('circle-large-outline', overdue ? new vscode.ThemeColor('list.errorForeground') : undefined);
		item.contextValue = 'commitment';
		const uri = vscode.Uri.parse(entry.uri, true);
		item.command = {
			command: 'vscode.open',
			title: vscode.l10n.t('Open Entry'),
			arguments: [uri, { selection: new vscode.Range(commitment.line, 0, commitment.line, 0) } satisfies vscode.TextDocumentShowOptions],
		};
		return item;
	}

	private moreItem(node: CommitmentMoreNode): vscode.TreeItem {
		const item = new vscode.TreeItem(vscode.l10n.t('Show {0} more…', Math.min(pageSize, node.hidden)));
		item.id = `commitments-more:${node.key}`;
		item.iconPath = new vscode.ThemeIcon('ellipsis');
		item.command = { command: commandIds.showMoreCommitments, title: vscode.l10n.t('Show More'), arguments: [node.key] };
		return item;
	}
}
