import type { AreaCatalog } from '../../core/areas';
import type { EntrySummary } from '../../core/entry';
import { fixedGroups, isFilterEmpty, matchesFilter, queryEntries, type EntryQuery } from '../../core/entryQuery';
import { attentionGroup, type JournalIndex } from '../../core/journalIndex';
import { reviewsDue } from '../../core/reviews';

/** The group of entries whose review date has come; it is computed, not kept in the index. */
export const reviewsDueGroup = '@reviewsDue';

/**
 * What the Challenges tree shows for a query: its groups, their sizes and pages. The default views
 * (by area or status, newest first, unfiltered) read the index's sorted groups directly; any other
 * query is computed in one pass and kept until the index, the query or the day changes.
 */
export class EntryGroups {
	private computed: { key: string; groups: ReadonlyMap<string, readonly EntrySummary[]>; order: readonly string[] } | undefined;
	private due: { day: string; entries: readonly EntrySummary[] } | undefined;

	constructor(private readonly index: JournalIndex, private readonly catalog: () => AreaCatalog) { }

	/** Forgets what was computed; call when the index or the catalog changes. */
	invalidate(): void {
		this.computed = undefined;
		this.due = undefined;
	}

	/** The root groups in order: reviews due and needs attention first, when they have entries. */
	roots(query: EntryQuery, today: string): string[] {
		const first = [reviewsDueGroup, attentionGroup].filter(group => this.size(group, query, today) > 0);
		if (isFilterEmpty(query.filter) && (query.grouping === 'area' || query.grouping === 'status')) {
			const { fixed, catchAll } = fixedGroups(query.grouping, this.catalog());
			return [...first, ...fixed, ...catchAll.filter(group => this.size(group, query, today) > 0)];
		}
		return [...first, ...this.compute(query).order];
	}

	/** How many entries a group holds under `query`. */
	size(group: string, query: EntryQuery, today: string): number {
		if (group === reviewsDueGroup) {
			return this.dueFor(query, today).length;
		}
		if (group === attentionGroup || this.usesIndex(query)) {
			return this.index.groupSize(group);
		}
		return this.compute(query).groups.get(group)?.length ?? 0;
	}

	/** The first `count` entries of a group under `query`. */
	page(group: string, query: EntryQuery, today: string, count: number): readonly EntrySummary[] {
		if (group === reviewsDueGroup) {
			return this.dueFor(query, today).slice(0, count);
		}
		if (group === attentionGroup || this.usesIndex(query)) {
			return this.index.groupPage(group, 0, count);
		}
		return (this.compute(query).groups.get(group) ?? []).slice(0, count);
	}

	/** The entries due for review on `today`, the longest overdue first. */
	reviewsDue(today: string): readonly EntrySummary[] {
		if (this.due?.day !== today) {
			this.due = { day: today, entries: reviewsDue(this.index.all(), today) };
		}
		return this.due.entries;
	}

	private dueFor(query: EntryQuery, today: string): readonly EntrySummary[] {
		const due = this.reviewsDue(today);
		return isFilterEmpty(query.filter) ? due : due.filter(entry => matchesFilter(entry, query.filter));
	}

	private usesIndex(query: EntryQuery): boolean {
		return (query.grouping === 'area' || query.grouping === 'status') && query.sort === 'date' && isFilterEmpty(query.filter);
	}

	private compute(query: EntryQuery): NonNullable<EntryGroups['computed']> {
		const key = JSON.stringify(query);
		if (this.computed?.key !== key) {
			const groups = queryEntries(this.index.all(), query, this.catalog());
			this.computed = { key, groups: new Map(groups.map(group => [group.key, group.entries])), order: groups.map(group => group.key) };
		}
		return this.computed;
	}
}
