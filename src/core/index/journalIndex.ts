import { AreaCatalog } from '../model/areas';
import { OpenCommitmentLists, type CommitmentGroup, type CommitmentGrouping, type OpenCommitment } from '../followThrough/commitmentGroups';
import type { IsoDate } from '../model/dates';
import type { EntrySummary } from '../model/entry';
import { Emitter, type Event } from '../model/events';
import { isEntryStatus } from '../followThrough/status';
import { compareByReview, isReviewable, nextReview } from '../followThrough/reviewDates';
import { addToList, compareNewestFirst, SortedList, type EntryOrder } from '../model/sortedEntries';

/** The group of entries that name no known area. */
export const unsortedGroup = '@unsorted';
/** The group of files whose header or bytes could not be read. */
export const attentionGroup = '@attention';

/** The group of entries with `status`; `unset` holds those with no or an unknown status. */
export function statusGroup(status: string | undefined): string {
	return `@status:${isEntryStatus(status) ? status : 'unset'}`;
}

/** Batches larger than this rebuild the groups rather than update them one by one. */
const bulkUpdateThreshold = 512;

/**
 * All journal entries, grouped by challenge area and kept sorted newest first.
 * Updates touch only the groups of the entries that changed.
 */
export class JournalIndex {
	private readonly entries = new Map<string, EntrySummary>();
	private readonly groups = new Map<string, SortedList<EntrySummary>>();
	/** Entries that come due for review some day, the earliest review first: those due today are a first part. */
	private reviewable = SortedList.empty(compareByReview);
	/** The open commitments, in order and grouped; built when first asked for and then kept up to date. */
	private openLists: OpenCommitmentLists | undefined;
	/** The groups in other orders (by title, by modification), each built when first asked for and then kept up to date. */
	private readonly orders = new Map<EntryOrder, Map<string, SortedList<EntrySummary>>>();
	private readonly changed = new Emitter<void>();

	/** Fires once per batch that changed anything. */
	readonly onDidChange: Event<void> = this.changed.event;

	constructor(private catalog: AreaCatalog = new AreaCatalog()) { }

	/** Uses another area catalog, such as one with new custom areas, and regroups every entry. */
	setCatalog(catalog: AreaCatalog): void {
		this.catalog = catalog;
		this.updateInBulk([], []);
	}

	/** How many files the index holds, including those that need attention. */
	get size(): number {
		return this.entries.size;
	}

	/** The entry for `uri`, if indexed. */
	get(uri: string): EntrySummary | undefined {
		return this.entries.get(uri);
	}

	/** Every indexed entry, in no particular order. */
	all(): IterableIterator<EntrySummary> {
		return this.entries.values();
	}

	/**
	 * The groups an entry belongs to: its known areas (else "unsorted") and its status group;
	 * or only "needs attention".
	 */
	groupsOf(entry: EntrySummary): string[] {
		if (entry.problem) {
			return [attentionGroup];
		}
		const known = entry.areas.filter(area => this.catalog.has(area));
		return [...known.length > 0 ? known : [unsortedGroup], statusGroup(entry.status)];
	}

	/** How many entries a group holds. */
	groupSize(group: string): number {
		return this.groups.get(group)?.size ?? 0;
	}

	/**
	 * Up to `count` entries of a group from `offset`, newest first or in `order`, which must be total.
	 * The first page in another order sorts the group once; later changes keep that order up to date.
	 */
	groupPage(group: string, offset: number, count: number, order: EntryOrder = compareNewestFirst): readonly EntrySummary[] {
		return (order === compareNewestFirst ? this.groups.get(group) : this.ordered(group, order))?.slice(offset, count) ?? [];
	}

	/** How many entries are due for review on `today`: a next review date on or before it, not closed, readable. */
	reviewsDueCount(today: IsoDate): number {
		return this.reviewable.countWhile(entry => nextReview(entry)! <= today);
	}

	/** Up to `count` of the entries due for review on `today` from `offset`, the longest overdue first. */
	reviewsDuePage(today: IsoDate, offset: number, count: number): readonly EntrySummary[] {
		return this.reviewable.slice(offset, Math.min(count, this.reviewsDueCount(today) - offset));
	}

	/** Every open commitment of the journal, soonest due first. */
	openCommitments(): OpenCommitment[] {
		return this.commitmentLists().items();
	}

	/** The open commitments grouped by due date, owner or area (see `groupCommitments`), soonest due first in each group. */
	commitmentGroups(grouping: CommitmentGrouping, today: IsoDate): CommitmentGroup[] {
		return this.commitmentLists().groups(grouping, today);
	}

	/** How many open commitments are overdue on `today`. */
	overdueCommitments(today: IsoDate): number {
		return this.commitmentLists().overdue(today);
	}

	/** Adds or replaces entries and removes others, then fires one change event. */
	update(upserts: Iterable<EntrySummary>, removals: Iterable<string> = []): void {
		const upsertList = [...upserts];
		const removalList = [...removals];
		if (upsertList.length + removalList.length > bulkUpdateThreshold) {
			this.updateInBulk(upsertList, removalList);
			return;
		}
		let changed = false;
		for (const uri of removalList) {
			changed = this.removeOne(uri) || changed;
		}
		for (const entry of upsertList) {
			this.removeOne(entry.uri);
			this.entries.set(entry.uri, entry);
			for (const group of this.groupsOf(entry)) {
				this.groupFor(group).insert(entry);
				for (const byGroup of this.orders.values()) {
					byGroup.get(group)?.insert(entry);
				}
			}
			if (isReviewable(entry)) {
				this.reviewable.insert(entry);
			}
			this.openLists?.add(entry);
			changed = true;
		}
		if (changed) {
			this.changed.fire();
		}
	}

	/** The URIs of every entry that is one of `uris` or lies below one of them, in one pass over the index. */
	urisUnder(uris: Iterable<string>): string[] {
		const roots = new Set([...uris].map(uri => uri.replace(/\/+$/, '')));
		if (roots.size === 0) {
			return [];
		}
		return [...this.entries.keys()].filter(uri => {
			for (let at = uri.length; at > 0; at = uri.lastIndexOf('/', at - 1)) {
				if (roots.has(uri.slice(0, at))) {
					return true;
				}
			}
			return false;
		});
	}

	/** Replaces everything at or below `folderUri` with `entries` in one batch. */
	replaceUnder(folderUri: string, entries: readonly EntrySummary[]): void {
		const fresh = new Set(entries.map(entry => entry.uri));
		this.update(entries, this.urisUnder([folderUri]).filter(uri => !fresh.has(uri)));
	}

	/** Large batches (a first scan, a checkout) rebuild the groups with one sort each instead of many insertions. */
	private updateInBulk(upserts: readonly EntrySummary[], removals: readonly string[]): void {
		for (const uri of removals) {
			this.entries.delete(uri);
		}
		for (const entry of upserts) {
			this.entries.set(entry.uri, entry);
		}
		const members = new Map<string, EntrySummary[]>();
		const reviewable: EntrySummary[] = [];
		for (const entry of this.entries.values()) {
			if (isReviewable(entry)) {
				reviewable.push(entry);
			}
			for (const group of this.groupsOf(entry)) {
				addToList(members, group, entry);
			}
		}
		this.groups.clear();
		for (const [group, list] of members) {
			this.groups.set(group, SortedList.from(list, compareNewestFirst));
		}
		this.reviewable = SortedList.from(reviewable, compareByReview);
		this.orders.clear();
		this.openLists = undefined;
		this.changed.fire();
	}

	private commitmentLists(): OpenCommitmentLists {
		this.openLists ??= new OpenCommitmentLists(this.catalog, this.entries.values());
		return this.openLists;
	}

	private ordered(group: string, order: EntryOrder): SortedList<EntrySummary> | undefined {
		let byGroup = this.orders.get(order);
		if (!byGroup) {
			byGroup = new Map();
			this.orders.set(order, byGroup);
		}
		let sorted = byGroup.get(group);
		const base = this.groups.get(group);
		if (!sorted && base) {
			sorted = SortedList.from(base.slice(0, base.size), order);
			byGroup.set(group, sorted);
		}
		return sorted;
	}

	private groupFor(group: string): SortedList<EntrySummary> {
		let sorted = this.groups.get(group);
		if (!sorted) {
			sorted = SortedList.empty(compareNewestFirst);
			this.groups.set(group, sorted);
		}
		return sorted;
	}

	private removeOne(uri: string): boolean {
		const previous = this.entries.get(uri);
		if (!previous) {
			return false;
		}
		this.entries.delete(uri);
		for (const group of this.groupsOf(previous)) {
			this.groups.get(group)?.remove(previous);
			for (const byGroup of this.orders.values()) {
				byGroup.get(group)?.remove(previous);
			}
		}
		if (isReviewable(previous)) {
			this.reviewable.remove(previous);
		}
		this.openLists?.remove(previous);
		return true;
	}
}
