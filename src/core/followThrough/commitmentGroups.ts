import type { AreaCatalog } from '../model/areas';
import type { Commitment, EntrySummary } from '../model/entry';
import type { IsoDate } from '../model/dates';
import { periodOf } from '../model/periods';
import { addToList, countWhile, SortedList } from '../model/sortedEntries';

/** An open commitment and the entry it is written in. */
export interface OpenCommitment {
	/** The entry. */
	readonly entry: EntrySummary;
	/** The commitment. */
	readonly commitment: Commitment;
}

/** How the Commitments view groups its items. */
export type CommitmentGrouping = 'due' | 'owner' | 'area';

/** The due-date groups, in the order shown. */
export const dueGroups = ['overdue', 'thisWeek', 'later', 'noDate'] as const;

/** One of {@link dueGroups}. */
export type DueGroup = typeof dueGroups[number];

/** A group of commitments: its key (a due group, an owner, an area id) and its items, soonest due first. */
export interface CommitmentGroup {
	/** A {@link DueGroup}, an owner's name, or an area id; `''` for "no owner" and "no area". */
	readonly key: string;
	/** The open commitments in it. */
	readonly items: readonly OpenCommitment[];
}

/** Whether a commitment is still open: neither done nor cancelled. */
export function isOpen(commitment: Commitment): boolean {
	return !commitment.done && !commitment.cancelled;
}

/** Every open commitment of the journal (cancelled ones are not). */
export function openCommitments(entries: Iterable<EntrySummary>): OpenCommitment[] {
	const open: OpenCommitment[] = [];
	for (const entry of entries) {
		for (const commitment of entry.commitments ?? []) {
			if (isOpen(commitment)) {
				open.push({ entry, commitment });
			}
		}
	}
	return open;
}

/** Where a commitment stands: not done (open, or overdue), done (on time, late, or with no dates to tell), or cancelled. */
export type CommitmentState = 'open' | 'overdue' | 'onTime' | 'late' | 'done' | 'cancelled';

/** Where `commitment` stands on `today`. */
export function commitmentState(commitment: Commitment, today: IsoDate): CommitmentState {
	if (commitment.cancelled) {
		return 'cancelled';
	}
	if (!commitment.done) {
		return commitment.due !== undefined && commitment.due < today ? 'overdue' : 'open';
	}
	if (commitment.due === undefined || commitment.doneOn === undefined) {
		return 'done';
	}
	return commitment.doneOn <= commitment.due ? 'onTime' : 'late';
}

/** Which due group a commitment is in on `today`: overdue, due by Sunday, later, or no date. */
export function dueGroupOf(commitment: Commitment, today: IsoDate, weekEnd = periodOf('week', today).end): DueGroup {
	if (commitment.due === undefined) {
		return 'noDate';
	}
	if (commitment.due < today) {
		return 'overdue';
	}
	return commitment.due <= weekEnd ? 'thisWeek' : 'later';
}

/** The soonest due first, those without a date last; then by entry URI and line, so the order is total. */
export function compareSoonest(a: OpenCommitment, b: OpenCommitment): number {
	const dueA = a.commitment.due ?? '9999-99-99';
	const dueB = b.commitment.due ?? '9999-99-99';
	return dueA < dueB ? -1 : dueA > dueB ? 1 : a.entry.uri < b.entry.uri ? -1 : a.entry.uri > b.entry.uri ? 1 : a.commitment.line - b.commitment.line;
}

/** The keys of the groups an item is in, by owner or by area: `''` for "no owner" and "no known area". */
function groupKeys(item: OpenCommitment, grouping: 'owner' | 'area', catalog: AreaCatalog): string[] {
	if (grouping === 'owner') {
		return [item.commitment.owner ?? ''];
	}
	const known = item.entry.areas.filter(area => catalog.has(area));
	return known.length > 0 ? known : [''];
}

/** The order of the groups that have items: due groups as listed, owners by name, areas as in the catalog; `''` last. */
function groupOrder(present: ReadonlySet<string>, grouping: CommitmentGrouping, catalog: AreaCatalog): string[] {
	const order = grouping === 'due'
		? [...dueGroups]
		: grouping === 'area'
			? [...catalog.areas.map(area => area.id), '']
			: [...present].filter(key => key !== '').sort((a, b) => a.localeCompare(b)).concat('');
	return order.filter(key => present.has(key));
}

function isOverdue(item: OpenCommitment, today: IsoDate): boolean {
	return item.commitment.due !== undefined && item.commitment.due < today;
}

/**
 * Groups open commitments: by due date (overdue, this week, later, no date), by owner (by name,
 * then "no owner"), or by area (in the catalog's order, then entries with no known area).
 * Empty groups are left out. A commitment of an entry with several areas is in each.
 */
export function groupCommitments(items: readonly OpenCommitment[], grouping: CommitmentGrouping, today: IsoDate, catalog: AreaCatalog): CommitmentGroup[] {
	const groups = new Map<string, OpenCommitment[]>();
	const weekEnd = periodOf('week', today).end;
	for (const item of items) {
		for (const key of grouping === 'due' ? [dueGroupOf(item.commitment, today, weekEnd)] : groupKeys(item, grouping, catalog)) {
			addToList(groups, key, item);
		}
	}
	return groupOrder(new Set(groups.keys()), grouping, catalog).map(key => ({ key, items: groups.get(key)!.sort(compareSoonest) }));
}

/** How many open commitments are overdue on `today`. */
export function overdueCount(items: readonly OpenCommitment[], today: IsoDate): number {
	return items.filter(item => isOverdue(item, today)).length;
}

/**
 * The open commitments of a journal, kept soonest due first and grouped by owner and by area as
 * entries come and go, so that the Commitments view never sorts or groups the whole journal again.
 * Groups as {@link groupCommitments} does, for the catalog it was made with.
 */
export class OpenCommitmentLists {
	private readonly all: SortedList<OpenCommitment>;
	private readonly byKey = { owner: new Map<string, SortedList<OpenCommitment>>(), area: new Map<string, SortedList<OpenCommitment>>() };

	constructor(private readonly catalog: AreaCatalog, entries: Iterable<EntrySummary>) {
		this.all = SortedList.from(openCommitments(entries), compareSoonest);
		for (const grouping of ['owner', 'area'] as const) {
			const lists = new Map<string, OpenCommitment[]>();
			for (const item of this.all.all) {
				for (const key of groupKeys(item, grouping, catalog)) {
					addToList(lists, key, item);
				}
			}
			for (const [key, list] of lists) {
				this.byKey[grouping].set(key, SortedList.from(list, compareSoonest));
			}
		}
	}

	/** Adds the open commitments of an entry that came in. */
	add(entry: EntrySummary): void {
		for (const item of openCommitments([entry])) {
			this.all.insert(item);
			for (const grouping of ['owner', 'area'] as const) {
				for (const key of groupKeys(item, grouping, this.catalog)) {
					let list = this.byKey[grouping].get(key);
					if (!list) {
						list = SortedList.empty(compareSoonest);
						this.byKey[grouping].set(key, list);
					}
					list.insert(item);
				}
			}
		}
	}

	/** Removes the open commitments of an entry that went, or is about to be replaced. */
	remove(entry: EntrySummary): void {
		for (const item of openCommitments([entry])) {
			const same = (candidate: OpenCommitment) => candidate.entry === entry && candidate.commitment === item.commitment;
			this.all.remove(item, same);
			for (const grouping of ['owner', 'area'] as const) {
				for (const key of groupKeys(item, grouping, this.catalog)) {
					this.byKey[grouping].get(key)?.remove(item, same);
				}
			}
		}
	}

	/** Every open commitment, soonest due first. */
	items(): OpenCommitment[] {
		return this.all.slice(0, this.all.size);
	}

	/** The groups of {@link groupCommitments}: due groups found by binary search, the others as kept. */
	groups(grouping: CommitmentGrouping, today: IsoDate): CommitmentGroup[] {
		if (grouping === 'due') {
			const items = this.all.all;
			const weekEnd = periodOf('week', today).end;
			const overdue = this.overdue(today);
			const thisWeek = countWhile(items, item => item.commitment.due !== undefined && item.commitment.due <= weekEnd);
			const dated = countWhile(items, item => item.commitment.due !== undefined);
			const ranges: [DueGroup, number, number][] = [['overdue', 0, overdue], ['thisWeek', overdue, thisWeek], ['later', thisWeek, dated], ['noDate', dated, items.length]];
			return ranges.filter(([, from, to]) => to > from).map(([key, from, to]) => ({ key, items: items.slice(from, to) }));
		}
		const lists = this.byKey[grouping];
		const present = new Set([...lists].filter(([, list]) => list.size > 0).map(([key]) => key));
		return groupOrder(present, grouping, this.catalog).map(key => ({ key, items: lists.get(key)!.slice(0, Infinity) }));
	}

	/** How many open commitments are overdue on `today`. */
	overdue(today: IsoDate): number {
		return countWhile(this.all.all, item => isOverdue(item, today));
	}
}
