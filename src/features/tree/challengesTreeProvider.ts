import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/areas';
import { toIsoDate } from '../../core/dates';
import { displayDate, entryStatuses, type EntrySummary } from '../../core/entry';
import { bodyExcerpt } from '../../core/excerpt';
import { attentionGroup, statusGroup, unsortedGroup, type JournalIndex } from '../../core/journalIndex';
import type { JournalFileSystem } from '../../core/ports';
import { decodeText } from '../../core/textFile';
import { commandIds } from '../../ids';
import { reviewsDue } from '../../core/reviews';
import { describeProblem } from '../../vscode/problemMessages';
import { statusIcon, statusLabel } from '../../vscode/statusLabels';
import type { ChallengeNode, EntryNode, GroupNode, MoreNode } from './challengeNodes';

/** Entries a group shows at first, and how many more each "show more" adds. */
const pageSize = 200;

/** The group of entries whose review date has come; it is computed, not kept in the index. */
export const reviewsDueGroup = '@reviewsDue';

/** How the tree sorts entries into groups. */
export type EntryGrouping = 'area' | 'status';

/**
 * The Challenges tree: areas at the root, entries newest first below them.
 * It reads only the groups it shows, a page at a time, so a huge journal stays fast.
 */
export class ChallengesTreeProvider implements vscode.TreeDataProvider<ChallengeNode>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<ChallengeNode | undefined>();
	private readonly shown = new Map<string, number>();
	private readonly subscription: { dispose(): void };
	private due: { day: string; entries: readonly EntrySummary[] } | undefined;
	private grouping: EntryGrouping = 'area';

	readonly onDidChangeTreeData = this.changed.event;

	constructor(
		private readonly index: JournalIndex,
		private readonly catalog: () => AreaCatalog,
		private readonly fs: JournalFileSystem,
		private readonly now: () => Date,
	) {
		this.subscription = index.onDidChange(() => {
			this.due = undefined;
			this.changed.fire(undefined);
		});
	}

	/** How entries are grouped now. */
	get entryGrouping(): EntryGrouping {
		return this.grouping;
	}

	/** Groups entries by area or by status. */
	setGrouping(grouping: EntryGrouping): void {
		this.grouping = grouping;
		this.changed.fire(undefined);
	}

	/** The entries due for review today, the longest overdue first; recomputed when the index or the day changes. */
	reviewsDue(): readonly EntrySummary[] {
		const day = toIsoDate(this.now());
		if (this.due?.day !== day) {
			this.due = { day, entries: reviewsDue(this.index.all(), day) };
		}
		return this.due.entries;
	}

	/** Shows another page of `group`. */
	showMore(group: string): void {
		this.shown.set(group, this.visibleCount(group) + pageSize);
		this.changed.fire(undefined);
	}

	getChildren(node?: ChallengeNode): ChallengeNode[] {
		if (!node) {
			return this.roots();
		}
		if (node.kind !== 'group') {
			return [];
		}
		const visible = this.visibleCount(node.group);
		const page = node.group === reviewsDueGroup ? this.reviewsDue().slice(0, visible) : this.index.groupPage(node.group, 0, visible);
		const children: ChallengeNode[] = page.map(entry => ({ kind: 'entry', group: node.group, entry }));
		const hidden = this.groupSize(node.group) - visible;
		if (hidden > 0) {
			children.push({ kind: 'more', group: node.group, hidden });
		}
		return children;
	}

	getParent(node: ChallengeNode): ChallengeNode | undefined {
		return node.kind === 'group' ? undefined : { kind: 'group', group: node.group };
	}

	getTreeItem(node: ChallengeNode): vscode.TreeItem {
		switch (node.kind) {
			case 'group': return this.groupItem(node);
			case 'entry': return this.entryItem(node);
			case 'more': return this.moreItem(node);
		}
	}

	async resolveTreeItem(item: vscode.TreeItem, node: ChallengeNode): Promise<vscode.TreeItem> {
		if (node.kind === 'entry') {
			item.tooltip = await this.entryTooltip(node);
		}
		return item;
	}

	dispose(): void {
		this.subscription.dispose();
		this.changed.dispose();
	}

	private roots(): GroupNode[] {
		if (this.index.size === 0) {
			return []; // lets the welcome view show
		}
		const groups = this.grouping === 'area'
			? [...this.catalog().areas.map(area => area.id), ...[unsortedGroup].filter(group => this.index.groupSize(group) > 0)]
			: [...entryStatuses.map(statusGroup), ...[statusGroup(undefined)].filter(group => this.index.groupSize(group) > 0)];
		const first = [reviewsDueGroup, attentionGroup].filter(group => this.groupSize(group) > 0);
		return [...first, ...groups].map(group => ({ kind: 'group', group }));
	}

	private groupSize(group: string): number {
		return group === reviewsDueGroup ? this.reviewsDue().length : this.index.groupSize(group);
	}

	private visibleCount(group: string): number {
		return this.shown.get(group) ?? pageSize;
	}

	private groupItem(node: GroupNode): vscode.TreeItem {
		const count = this.groupSize(node.group);
		const area = this.catalog().get(node.group);
		const status = entryStatuses.find(candidate => statusGroup(candidate) === node.group);
		const item = new vscode.TreeItem(area?.name ?? (status && statusLabel(status)) ?? this.specialGroupLabel(node.group), count === 0
			? vscode.TreeItemCollapsibleState.None
			: node.group === attentionGroup || node.group === reviewsDueGroup ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
		item.id = `group:${node.group}`;
		item.description = count === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', count);
		item.contextValue = node.group === reviewsDueGroup ? 'reviewsDue' : 'group';
		if (status) {
			item.iconPath = new vscode.ThemeIcon(statusIcon(status));
		} else if (node.group === reviewsDueGroup) {
			item.iconPath = new vscode.ThemeIcon('bell', new vscode.ThemeColor('list.warningForeground'));
			item.tooltip = vscode.l10n.t('Entries whose review date has come. Review Entry records how each turned out; Schedule Review sets the next date.');
		} else if (node.group === statusGroup(undefined)) {
			item.iconPath = new vscode.ThemeIcon('circle-outline');
			item.tooltip = vscode.l10n.t('Entries with no status, or one that is not exploring, decided, implementing, reviewing or closed.');
		} else if (area) {
			item.iconPath = new vscode.ThemeIcon(area.icon);
			item.tooltip = area.description;
		} else if (node.group === attentionGroup) {
			item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
			item.tooltip = vscode.l10n.t('Files that could not be read as journal entries. Hover over one to see why.');
		} else {
			item.iconPath = new vscode.ThemeIcon('inbox');
			item.tooltip = vscode.l10n.t('Entries that name no known challenge area.');
		}
		return item;
	}

	private specialGroupLabel(group: string): string {
		switch (group) {
			case reviewsDueGroup: return vscode.l10n.t('Reviews due');
			case attentionGroup: return vscode.l10n.t('Needs attention');
			case unsortedGroup: return vscode.l10n.t('Unsorted');
			default: return vscode.l10n.t('No status');
		}
	}

	private entryItem(node: EntryNode): vscode.TreeItem {
		const { entry } = node;
		const uri = vscode.Uri.parse(entry.uri, true);
		const item = new vscode.TreeItem(entry.title, vscode.TreeItemCollapsibleState.None);
		item.id = `entry:${node.group}:${entry.uri}`;
		item.description = entry.problem
			? vscode.l10n.t('{0}, line {1}', entry.fileName, entry.problem.line + 1)
			: node.group === reviewsDueGroup && entry.review
				? vscode.l10n.t('review {0}', entry.review)
				: entry.questions
				? vscode.l10n.t('{0} · {1}/{2}', displayDate(entry), entry.questions.answered, entry.questions.total)
				: displayDate(entry);
		item.contextValue = entry.problem ? 'entryNeedsAttention' : 'entry';
		item.iconPath = new vscode.ThemeIcon(entry.problem ? 'warning' : statusIcon(entry.status));
		const line = entry.problem?.line ?? 0;
		item.command = {
			command: 'vscode.open',
			title: vscode.l10n.t('Open Entry'),
			arguments: [uri, { selection: new vscode.Range(line, 0, line, 0) } satisfies vscode.TextDocumentShowOptions],
		};
		item.resourceUri = uri;
		return item;
	}

	private moreItem(node: MoreNode): vscode.TreeItem {
		const item = new vscode.TreeItem(vscode.l10n.t('Show {0} more…', Math.min(pageSize, node.hidden)));
		item.id = `more:${node.group}`;
		item.description = vscode.l10n.t('{0} not shown', node.hidden);
		item.iconPath = new vscode.ThemeIcon('ellipsis');
		item.command = { command: commandIds.showMore, title: vscode.l10n.t('Show More'), arguments: [node.group] };
		return item;
	}

	private async entryTooltip(node: EntryNode): Promise<vscode.MarkdownString> {
		const { entry } = node;
		const tooltip = new vscode.MarkdownString();
		tooltip.appendMarkdown('**');
		tooltip.appendText(entry.title);
		tooltip.appendMarkdown('**\n\n');
		if (entry.problem) {
			tooltip.appendText(describeProblem(entry.problem));
			tooltip.appendMarkdown('\n\n');
			tooltip.appendText(vscode.l10n.t('File: {0}', entry.fileName));
			return tooltip;
		}
		const catalog = this.catalog();
		const fields: [string, string][] = [
			[vscode.l10n.t('Areas'), entry.areas.map(id => catalog.get(id)?.name ?? id).join(', ') || vscode.l10n.t('none')],
			[vscode.l10n.t('Status'), entry.status ?? vscode.l10n.t('not set')],
			[vscode.l10n.t('Date'), displayDate(entry)],
		];
		if (entry.review) {
			fields.push([vscode.l10n.t('Review'), entry.review]);
		}
		if (entry.questions) {
			fields.push([vscode.l10n.t('Questions answered'), vscode.l10n.t('{0} of {1}', entry.questions.answered, entry.questions.total)]);
		}
		if (entry.tags.length > 0) {
			fields.push([vscode.l10n.t('Tags'), entry.tags.join(', ')]);
		}
		if (entry.people.length > 0) {
			fields.push([vscode.l10n.t('People'), entry.people.join(', ')]);
		}
		for (const [name, value] of fields) {
			tooltip.appendMarkdown(`${name}: `);
			tooltip.appendText(value);
			tooltip.appendMarkdown('  \n');
		}
		const excerpt = await this.readExcerpt(entry.uri, entry.title);
		if (excerpt.length > 0) {
			tooltip.appendMarkdown('\n---\n\n');
			for (const line of excerpt) {
				tooltip.appendText(line);
				tooltip.appendMarkdown('  \n');
			}
		}
		return tooltip;
	}

	private async readExcerpt(uri: string, title: string): Promise<string[]> {
		try {
			return bodyExcerpt(decodeText(await this.fs.readFile(uri)), title);
		} catch {
			return [];
		}
	}
}
