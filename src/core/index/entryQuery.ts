import type { AreaCatalog } from '../model/areas';
import { displayDate, entryStatuses, type EntrySummary } from '../model/entry';
import { statusGroup, unsortedGroup } from './journalIndex';
import { addToList, compareNewestFirst, type EntryOrder } from '../model/sortedEntries';

/** How the Challenges tree groups entries. */
export const entryGroupings = ['area', 'status', 'month', 'person', 'tag'] as const;
/** One of {@link entryGroupings}. */
export type EntryGrouping = typeof entryGroupings[number];

/** How entries are ordered within a group. */
export const entrySorts = ['date', 'title', 'modified'] as const;
/** One of {@link entrySorts}. */
export type EntrySort = typeof entrySorts[number];

/** What narrows the tree: words to find in the title, tags and people, and the statuses to show. */
export interface EntryFilter {
	/** Words that must all appear (ignoring case) in the title, a tag or a person. */
	readonly text: string;
	/** Statuses to show; empty shows all. `unset` stands for no or an unknown status. */
	readonly statuses: readonly string[];
}

/** Everything that decides what the tree shows. */
export interface EntryQuery {
	/** The grouping. */
	readonly grouping: EntryGrouping;
	/** The order within groups. */
	readonly sort: EntrySort;
	/** The filter; empty text and no statuses show everything. */
	readonly filter: EntryFilter;
}

/** A group of the tree and its entries, in order. */
export interface EntryGroup {
	/** The group's key: an area id, a status group, `@month:YYYY-MM`, `@person:name`, `@tag:name`, or a special group. */
	readonly key: string;
	/** The entries in it. */
	readonly entries: readonly EntrySummary[];
}

/** The query the tree starts with: by area, newest first, unfiltered. */
export const defaultQuery: EntryQuery = { grouping: 'area', sort: 'date', filter: { text: '', statuses: [] } };

/** Prefixes of the computed group keys. */
export const monthGroupPrefix = '@month:';
/** The person group prefix; `@person:` alone holds entries that name nobody. */
export const personGroupPrefix = '@person:';
/** The tag group prefix; `@tag:` alone holds entries without tags. */
export const tagGroupPrefix = '@tag:';

/** Whether the filter lets everything through. */
export function isFilterEmpty(filter: EntryFilter): boolean {
	return filter.text.trim() === '' && filter.statuses.length === 0;
}

/** Whether `entry` passes the filter. */
export function matchesFilter(entry: EntrySummary, filter: EntryFilter): boolean {
	return filterTest(filter)(entry);
}

const knownStatuses: ReadonlySet<string> = new Set(entryStatuses);

/** The lower-cased title, tags and people of entries that a text filter has searched; entries never change, so it never goes stale. */
const searchTexts = new WeakMap<EntrySummary, string>();

function searchText(entry: EntrySummary): string {
	let text = searchTexts.get(entry);
	if (text === undefined) {
		text = [entry.title, ...entry.tags, ...entry.people].join('\n').toLowerCase();
		searchTexts.set(entry, text);
	}
	return text;
}

/** A test of entries against `filter`, which reads the filter once for many entries. */
export function filterTest(filter: EntryFilter): (entry: EntrySummary) => boolean {
	const statuses = new Set(filter.statuses);
	const words = filter.text.toLowerCase().split(/\s+/).filter(word => word !== '');
	return entry => (statuses.size === 0 || statuses.has(entry.status !== undefined && knownStatuses.has(entry.status) ? entry.status : 'unset'))
		&& (words.length === 0 || words.every(word => searchText(entry).includes(word)));
}

/** The groups an entry is in under `grouping`. */
export function groupKeysOf(entry: EntrySummary, grouping: EntryGrouping, catalog: AreaCatalog): string[] {
	switch (grouping) {
		case 'area': {
			const known = entry.areas.filter(area => catalog.has(area));
			return known.length > 0 ? known : [unsortedGroup];
		}
		case 'status': return [statusGroup(entry.status)];
		case 'month': return [monthGroupPrefix + displayDate(entry).slice(0, 7)];
		case 'person': return entry.people.length > 0 ? entry.people.map(person => personGroupPrefix + person) : [personGroupPrefix];
		case 'tag': return entry.tags.length > 0 ? entry.tags.map(tag => tagGroupPrefix + tag) : [tagGroupPrefix];
	}
}

const titleCollator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const nameCollator = new Intl.Collator(undefined, { sensitivity: 'base' });

const compareByTitle: EntryOrder = (a, b) => titleCollator.compare(a.title, b.title) || compareNewestFirst(a, b);
const compareByModified: EntryOrder = (a, b) => b.mtime - a.mtime || compareNewestFirst(a, b);

/** The order of entries within a group; the same function for the same sort, and total (no two entries equal). */
export function entryComparator(sort: EntrySort): EntryOrder {
	switch (sort) {
		case 'date': return compareNewestFirst;
		case 'title': return compareByTitle;
		case 'modified': return compareByModified;
	}
}

/**
 * The groups of an area or status grouping in their fixed order (every area; every status), and the
 * catch-all groups after them (unsorted; no status), which are shown only when they hold entries.
 */
export function fixedGroups(grouping: 'area' | 'status', catalog: AreaCatalog): { fixed: string[]; catchAll: string[] } {
	return grouping === 'area'
		? { fixed: catalog.areas.map(area => area.id), catchAll: [unsortedGroup] }
		: { fixed: entryStatuses.map(statusGroup), catchAll: [statusGroup(undefined)] };
}

/** The order of the groups: the catalog's or the lifecycle's, newest month first, names A–Z with "none" last. */
function groupOrder(keys: Iterable<string>, grouping: EntryGrouping, catalog: AreaCatalog): string[] {
	const present = new Set(keys);
	switch (grouping) {
		case 'area':
		case 'status': {
			const { fixed, catchAll } = fixedGroups(grouping, catalog);
			return [...fixed, ...catchAll].filter(key => present.has(key));
		}
		case 'month': return [...present].sort().reverse();
		default: {
			const named = [...present].filter(key => !key.endsWith(':')).sort(nameCollator.compare);
			return [...named, ...[...present].filter(key => key.endsWith(':'))];
		}
	}
}

/**
 * Groups and filters entries for the tree in one pass, leaving each group's entries in no particular
 * order; `order` lists the groups' keys in the order shown. Entries that need attention are left out.
 */
export function groupEntries(entries: Iterable<EntrySummary>, query: EntryQuery, catalog: AreaCatalog): { order: string[]; groups: Map<string, EntrySummary[]> } {
	const groups = new Map<string, EntrySummary[]>();
	const passes = isFilterEmpty(query.filter) ? () => true : filterTest(query.filter);
	for (const entry of entries) {
		if (entry.problem || !passes(entry)) {
			continue;
		}
		for (const key of groupKeysOf(entry, query.grouping, catalog)) {
			addToList(groups, key, entry);
		}
	}
	return { order: groupOrder(groups.keys(), query.grouping, catalog), groups };
}

/**
 * Groups, filters and sorts entries for the tree in one pass and one sort per group.
 * Entries that need attention are left out: the tree lists them separately.
 */
export function queryEntries(entries: Iterable<EntrySummary>, query: EntryQuery, catalog: AreaCatalog): EntryGroup[] {
	const { order, groups } = groupEntries(entries, query, catalog);
	const compare = entryComparator(query.sort);
	return order.map(key => ({ key, entries: groups.get(key)!.sort(compare) }));
}

/** Whole days since the entry's file was last modified, when that is at least `afterDays` and it is not closed. */
export function staleDays(entry: EntrySummary, now: number, afterDays: number): number | undefined {
	if (afterDays <= 0 || entry.status === 'closed' || entry.problem) {
		return undefined;
	}
	const days = Math.floor((now - entry.mtime) / 86_400_000);
	return days >= afterDays ? days : undefined;
}

/** A query read back from storage; anything unknown falls back to the default. */
export function readEntryQuery(value: unknown): EntryQuery {
	const stored = typeof value === 'object' && value !== null ? value as Partial<Record<keyof EntryQuery, unknown>> : {};
	const filter = typeof stored.filter === 'object' && stored.filter !== null ? stored.filter as Partial<Record<keyof EntryFilter, unknown>> : {};
	return {
		grouping: (entryGroupings as readonly unknown[]).includes(stored.grouping) ? stored.grouping as EntryGrouping : defaultQuery.grouping,
		sort: (entrySorts as readonly unknown[]).includes(stored.sort) ? stored.sort as EntrySort : defaultQuery.sort,
		filter: {
			text: typeof filter.text === 'string' ? filter.text : '',
			statuses: Array.isArray(filter.statuses) ? filter.statuses.filter((status): status is string => typeof status === 'string') : [],
		},
	};
}
