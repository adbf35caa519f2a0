import * as vscode from 'vscode';
import type { JournalThreads } from '../../adapters/journalThreads';
import type { SafeScreen } from '../../adapters/safeScreen';
import type { ScreenPolicy } from '../../core/privacy/screen';
import type { Clock } from '../../core/model/ports';
import type { AreaCatalog } from '../../core/model/areas';
import { toIsoDate } from '../../core/model/dates';
import { displayDate, type EntrySummary } from '../../core/model/entry';
import { defaultQuery, staleDays, type EntryQuery } from '../../core/index/entryQuery';
import { bodyExcerpt } from '../../core/text/excerpt';
import { attentionGroup, type JournalIndex } from '../../core/index/journalIndex';
import type { JournalFileSystem } from '../../core/model/ports';
import { decodeText } from '../../core/text/textFile';
import { commandIds } from '../../ids';
import { describeProblem } from '../../ui/messages';
import { statusIcon } from '../../ui/labels';
import type { ChallengeNode, EntryNode, GroupNode, MoreNode } from './challengeNodes';
import { EntryGroups, reviewsDueGroup } from '../../core/index/entryGroups';
import { groupLook } from './groupLooks';
import { nextReview } from '../../core/followThrough/reviewDates';

/** The date an entry shows, saying where it comes from when that is not its `date` key. */
function dateWithSource(entry: EntrySummary): string {
	switch (entry.dateSource) {
		case 'header':
			return displayDate(entry);
		case 'fileName':
			return vscode.l10n.t('{0} (date from the file name)', displayDate(entry));
		case 'modified':
			return vscode.l10n.t('{0} (no date in the entry: the day it was last changed)', displayDate(entry));
	}
}

/** Entries a group shows at first, and how many more each "show more" adds. */
const pageSize = 200;

/**
 * The Challenges tree: groups of entries (by area by default; by status, month, person or tag),
 * with reviews due and files that need attention first. It reads only the groups it shows, a page
 * at a time, so a huge journal stays fast.
 */
export class ChallengesTreeProvider implements vscode.TreeDataProvider<ChallengeNode>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<ChallengeNode | undefined>();
	private readonly shown = new Map<string, number>();
	private readonly subscriptions: { dispose(): void }[];
	private readonly groups: EntryGroups;
	private current: EntryQuery = defaultQuery;

	readonly onDidChangeTreeData = this.changed.event;

	constructor(
		private readonly index: JournalIndex,
		private readonly catalog: () => AreaCatalog,
		private readonly fs: JournalFileSystem,
		private readonly clock: Clock,
		private readonly staleAfterDays: () => number,
		private readonly threads: JournalThreads,
		private readonly safeScreen: SafeScreen,
	) {
		this.groups = new EntryGroups(index, catalog, () => threads.current(), () => threads.programs());
		this.subscriptions = [index.onDidChange(() => this.refresh()), safeScreen.onDidChange(() => this.refresh())];
	}

	/** What the tree shows: grouping, order and filter. */
	get query(): EntryQuery {
		return this.current;
	}

	/** Changes what the tree shows. */
	setQuery(query: EntryQuery): void {
		this.current = query;
		this.shown.clear();
		this.refresh();
	}

	/** Redraws everything, e.g. after a setting changed. */
	refresh(): void {
		this.groups.invalidate();
		this.changed.fire(undefined);
	}

	/** The entries due for review today, the longest overdue first, whatever the filter. */
	reviewsDue(): readonly EntrySummary[] {
		return this.groups.reviewsDue(this.today());
	}

	/** Shows another page of `group`. */
	showMore(group: string): void {
		this.shown.set(group, this.visibleCount(group) + pageSize);
		this.changed.fire(undefined);
	}

	getChildren(node?: ChallengeNode): ChallengeNode[] {
		if (!node) {
			return this.index.size === 0 ? [] : this.groups.roots(this.current, this.today()).map(group => ({ kind: 'group', group }));
		}
		if (node.kind === 'entry') {
			return this.threadOf(node).map(entry => ({ kind: 'entry', group: node.group, entry, within: node.entry.uri }));
		}
		if (node.kind !== 'group') {
			return [];
		}
		const visible = this.visibleCount(node.group);
		const children: ChallengeNode[] = this.groups.page(node.group, this.current, this.today(), visible)
			.map(entry => ({ kind: 'entry', group: node.group, entry }));
		const hidden = this.groupSize(node.group) - visible;
		if (hidden > 0) {
			children.push({ kind: 'more', group: node.group, hidden });
		}
		return children;
	}

	getParent(node: ChallengeNode): ChallengeNode | undefined {
		const head = node.kind === 'entry' && node.within !== undefined ? this.index.get(node.within) : undefined;
		if (head) {
			return { kind: 'entry', group: node.group, entry: head };
		}
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
		this.subscriptions.forEach(subscription => subscription.dispose());
		this.changed.dispose();
	}

	private today(): string {
		return toIsoDate(this.clock.now());
	}

	private groupSize(group: string): number {
		return this.groups.size(group, this.current, this.today());
	}

	private visibleCount(group: string): number {
		return this.shown.get(group) ?? pageSize;
	}

	private groupItem(node: GroupNode): vscode.TreeItem {
		const count = this.groupSize(node.group);
		const look = groupLook(node.group, this.catalog(), this.safeScreen.policy());
		const expanded = node.group === attentionGroup || node.group === reviewsDueGroup;
		const item = new vscode.TreeItem(look.label, count === 0
			? vscode.TreeItemCollapsibleState.None
			: expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
		item.id = `group:${node.group}`;
		item.description = count === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', count);
		item.contextValue = this.catalog().has(node.group) ? 'areaGroup' : 'group';
		item.iconPath = look.icon;
		item.tooltip = look.tooltip;
		return item;
	}

	private entryItem(node: EntryNode): vscode.TreeItem {
		const { entry } = node;
		const uri = vscode.Uri.parse(entry.uri, true);
		const earlier = this.threadOf(node).length;
		const screen = this.safeScreen.policy();
		const copy = entry.problem?.code === 'conflictCopy';
		const label = screen.entryLabel(entry);
		const item = new vscode.TreeItem(copy ? vscode.l10n.t('conflict copy of {0}', label) : label,
			earlier > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
		item.id = node.within === undefined ? `entry:${node.group}:${entry.uri}` : `thread:${node.group}:${node.within}:${entry.uri}`;
		item.description = entry.problem
			? vscode.l10n.t('{0}, line {1}', screen.safe ? screen.maskedLabel(entry) : entry.fileName, entry.problem.line + 1)
			: this.entryDescription(node, screen);
		item.contextValue = copy ? 'entryConflictCopy' : entry.problem ? 'entryNeedsAttention' : 'entry';
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

	/**
	 * The entries shown inside `node`: a program's phases in order, then the earlier entries of its
	 * thread, newest first; none for an entry that is neither, or in a flat view.
	 */
	private threadOf(node: EntryNode): EntrySummary[] {
		return node.within === undefined && this.groups.showsThreads(node.group, this.current)
			? [...this.threads.programs().phasesOf(node.entry), ...this.threads.current().earlier(node.entry)]
			: [];
	}

	private entryDescription(node: EntryNode, screen: ScreenPolicy): string {
		const { entry, group } = node;
		const review = nextReview(entry);
		const parts = group === reviewsDueGroup && review ? [vscode.l10n.t('review {0}', review)] : screen.safe ? [] : [displayDate(entry)];
		const program = this.threads.programs().progress(entry);
		const earlier = this.threads.current().earlier(entry).length;
		if (program) {
			parts.push(vscode.l10n.t('phase {0} of {1}', program.phase, program.of));
		} else if (earlier > 0 && this.threadOf(node).length > 0) {
			parts.push(vscode.l10n.t('{0} sessions', earlier + 1));
		}
		if (entry.questions) {
			parts.push(`${entry.questions.answered}/${entry.questions.total}`);
		}
		const stale = staleDays(entry, this.clock.now().getTime(), this.staleAfterDays());
		if (stale !== undefined) {
			parts.push(vscode.l10n.t('untouched for {0} days', stale));
		}
		return parts.join(' · ');
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
		const screen = this.safeScreen.policy();
		const tooltip = new vscode.MarkdownString();
		tooltip.appendMarkdown('**');
		tooltip.appendText(screen.entryLabel(entry));
		tooltip.appendMarkdown('**\n\n');
		if (entry.problem) {
			tooltip.appendText(describeProblem(entry.problem));
			if (screen.showsDetail) {
				tooltip.appendMarkdown('\n\n');
				tooltip.appendText(vscode.l10n.t('File: {0}', entry.fileName));
			}
			return tooltip;
		}
		const catalog = this.catalog();
		const fields: [string, string][] = [
			[vscode.l10n.t('Areas'), screen.areas(entry).map(id => catalog.get(id)?.name ?? id).join(', ') || vscode.l10n.t('none')],
			[vscode.l10n.t('Status'), entry.status ?? vscode.l10n.t('not set')],
			[vscode.l10n.t('Date'), dateWithSource(entry)],
		];
		const review = nextReview(entry);
		if (review) {
			fields.push([vscode.l10n.t('Review'), review]);
		}
		if (entry.questions) {
			fields.push([vscode.l10n.t('Questions answered'), vscode.l10n.t('{0} of {1}', entry.questions.answered, entry.questions.total)]);
		}
		if (entry.tags.length > 0 && screen.showsDetail) {
			fields.push([vscode.l10n.t('Tags'), entry.tags.join(', ')]);
		}
		if (entry.people.length > 0 && screen.showsDetail) {
			fields.push([vscode.l10n.t('People'), entry.people.join(', ')]);
		}
		for (const [name, value] of fields) {
			tooltip.appendMarkdown(`${name}: `);
			tooltip.appendText(value);
			tooltip.appendMarkdown('  \n');
		}
		const excerpt = screen.showsDetail ? await this.readExcerpt(entry.uri, entry.title) : [];
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
