import type { AreaCatalog } from '../model/areas';
import type { EntrySummary } from '../model/entry';
import { entryComparator, filterTest, fixedGroups, groupEntries, groupKeysOf, isFilterEmpty, type EntryQuery } from './entryQuery';
import type { Threads } from './threads';
import type { ProgramMembers } from '../programs/programMembers';
import { attentionGroup, statusGroup, type JournalIndex } from './journalIndex';
import { firstInOrder } from '../model/sortedEntries';

/** The group of entries whose review date has come; it is computed, not kept in the index. */
export const reviewsDueGroup = '@reviewsDue';

/** A computed group: its entries in no order, and the first of them in order, as far as they were asked for. */
interface ComputedGroup {
	readonly entries: readonly EntrySummary[];
	ordered: readonly EntrySummary[];
}

/**
 * What the Challenges tree shows for a query: its groups, their sizes and pages. Unfiltered views by
 * area or status, in any order, and the reviews due read the index's sorted lists directly; any other
 * query is grouped in one pass and kept until the index, the query or the day changes, and a group
 * is put in order only as far as its shown page reaches.
 */
export class EntryGroups {
	private computed: { key: string; groups: ReadonlyMap<string, ComputedGroup>; order: readonly string[] } | undefined;
	private due: { day: string; entries: readonly EntrySummary[] } | undefined;
	private filteredDue: { key: string; entries: readonly EntrySummary[] } | undefined;
	private continuedIn: { grouping: string; counts: ReadonlyMap<string, number> } | undefined;
	private nested: ReadonlyMap<string, EntrySummary> | undefined;

	/**
	 * With `threads`, an unfiltered view by area or status shows each thread once, by the entry that
	 * ends it; with `programs`, each program once, by its parent entry, with its phases inside.
	 */
	constructor(
		private readonly index: JournalIndex,
		private readonly catalog: () => AreaCatalog,
		private readonly threads: () => Threads | undefined = () => undefined,
		private readonly programs: () => ProgramMembers | undefined = () => undefined,
	) { }

	/** Forgets what was computed; call when the index, the threads or the catalog change. */
	invalidate(): void {
		this.computed = undefined;
		this.due = undefined;
		this.filteredDue = undefined;
		this.continuedIn = undefined;
		this.nested = undefined;
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
			return isFilterEmpty(query.filter) ? this.index.reviewsDueCount(today) : this.dueFor(query, today).length;
		}
		if (group === attentionGroup) {
			return this.index.groupSize(group);
		}
		if (this.usesIndex(query)) {
			return this.index.groupSize(group) - (this.continuedCounts(query).get(group) ?? 0);
		}
		return this.compute(query).groups.get(group)?.entries.length ?? 0;
	}

	/** The first `count` entries of a group under `query`. */
	page(group: string, query: EntryQuery, today: string, count: number): readonly EntrySummary[] {
		if (group === reviewsDueGroup) {
			return isFilterEmpty(query.filter) ? this.index.reviewsDuePage(today, 0, count) : this.dueFor(query, today).slice(0, count);
		}
		if (group === attentionGroup) {
			return this.index.groupPage(group, 0, count);
		}
		if (this.usesIndex(query)) {
			const continued = this.continuedCounts(query).get(group) ?? 0;
			const page = this.index.groupPage(group, 0, count + continued, entryComparator(query.sort));
			const nested = this.nestedEntries();
			return continued === 0 ? page : page.filter(entry => !nested.has(entry.uri)).slice(0, count);
		}
		const computed = this.compute(query).groups.get(group);
		if (!computed) {
			return [];
		}
		if (computed.ordered.length < Math.min(count, computed.entries.length)) {
			computed.ordered = firstInOrder(computed.entries, entryComparator(query.sort), count);
		}
		return computed.ordered.slice(0, count);
	}

	/** The entries due for review on `today`, the longest overdue first. */
	reviewsDue(today: string): readonly EntrySummary[] {
		if (this.due?.day !== today) {
			this.due = { day: today, entries: this.index.reviewsDuePage(today, 0, Infinity) };
		}
		return this.due.entries;
	}

	private dueFor(query: EntryQuery, today: string): readonly EntrySummary[] {
		const key = `${today}|${JSON.stringify(query.filter)}`;
		if (this.filteredDue?.key !== key) {
			this.filteredDue = { key, entries: this.reviewsDue(today).filter(filterTest(query.filter)) };
		}
		return this.filteredDue.entries;
	}

	/** The entries shown inside another: the continued entries of threads and the phases of programs. */
	private nestedEntries(): ReadonlyMap<string, EntrySummary> {
		this.nested ??= new Map([...this.threads()?.continued() ?? [], ...this.programs()?.phases() ?? []].map(entry => [entry.uri, entry]));
		return this.nested;
	}

	/** How many nested entries (continued, or phases) each group of an unfiltered area or status view leaves out. */
	private continuedCounts(query: EntryQuery): ReadonlyMap<string, number> {
		if (this.continuedIn?.grouping !== query.grouping) {
			const counts = new Map<string, number>();
			for (const entry of this.nestedEntries().values()) {
				for (const group of groupKeysOf(entry, query.grouping, this.catalog())) {
					counts.set(group, (counts.get(group) ?? 0) + 1);
				}
			}
			this.continuedIn = { grouping: query.grouping, counts };
		}
		return this.continuedIn.counts;
	}

	/** Whether `query`'s groups show threads and programs: an unfiltered view by area or status, in a group of the index. */
	showsThreads(group: string, query: EntryQuery): boolean {
		return (this.threads() !== undefined || this.programs() !== undefined) && group !== reviewsDueGroup && group !== attentionGroup && this.usesIndex(query);
	}

	private usesIndex(query: EntryQuery): boolean {
		return (query.grouping === 'area' || query.grouping === 'status') && isFilterEmpty(query.filter);
	}

	/** The entries a filtered query looks at: only the index's groups of the statuses it shows, when it names some. */
	private candidates(query: EntryQuery): Iterable<EntrySummary> {
		if (query.filter.statuses.length === 0) {
			return this.index.all();
		}
		// Each readable entry is in exactly one status group, so the groups do not overlap.
		return [...new Set(query.filter.statuses.map(statusGroup))].flatMap(group => this.index.groupPage(group, 0, Infinity));
	}

	private compute(query: EntryQuery): NonNullable<EntryGroups['computed']> {
		const key = JSON.stringify(query);
		if (this.computed?.key !== key) {
			const { order, groups } = groupEntries(this.candidates(query), query, this.catalog());
			const computed = new Map<string, ComputedGroup>();
			for (const [group, entries] of groups) {
				computed.set(group, { entries, ordered: [] });
			}
			this.computed = { key, groups: computed, order };
		}
		return this.computed;
	}
}
