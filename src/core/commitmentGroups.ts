import type { AreaCatalog } from './areas';
import type { Commitment } from './commitments';
import type { IsoDate } from './dates';
import type { EntrySummary } from './entry';
import { periodOf } from './periods';

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

/** Every open commitment of the journal. */
export function openCommitments(entries: Iterable<EntrySummary>): OpenCommitment[] {
	const open: OpenCommitment[] = [];
	for (const entry of entries) {
		for (const commitment of entry.commitments ?? []) {
			if (!commitment.done) {
				open.push({ entry, commitment });
			}
		}
	}
	return open;
}

/** Which due group a commitment is in on `today`: overdue, due by Sunday, later, or no date. */
export function dueGroupOf(commitment: Commitment, today: IsoDate): DueGroup {
	if (commitment.due === undefined) {
		return 'noDate';
	}
	if (commitment.due < today) {
		return 'overdue';
	}
	return commitment.due <= periodOf('week', today).end ? 'thisWeek' : 'later';
}

function bySoonest(a: OpenCommitment, b: OpenCommitment): number {
	const dueA = a.commitment.due ?? '9999-99-99';
	const dueB = b.commitment.due ?? '9999-99-99';
	return dueA < dueB ? -1 : dueA > dueB ? 1 : a.entry.uri < b.entry.uri ? -1 : a.entry.uri > b.entry.uri ? 1 : a.commitment.line - b.commitment.line;
}

/**
 * Groups open commitments: by due date (overdue, this week, later, no date), by owner (by name,
 * then "no owner"), or by area (in the catalog's order, then entries with no known area).
 * Empty groups are left out. A commitment of an entry with several areas is in each.
 */
export function groupCommitments(items: readonly OpenCommitment[], grouping: CommitmentGrouping, today: IsoDate, catalog: AreaCatalog): CommitmentGroup[] {
	const groups = new Map<string, OpenCommitment[]>();
	const add = (key: string, item: OpenCommitment) => {
		const list = groups.get(key);
		if (list) {
			list.push(item);
		} else {
			groups.set(key, [item]);
		}
	};
	for (const item of items) {
		if (grouping === 'due') {
			add(dueGroupOf(item.commitment, today), item);
		} else if (grouping === 'owner') {
			add(item.commitment.owner ?? '', item);
		} else {
			const known = item.entry.areas.filter(area => catalog.has(area));
			for (const area of known.length > 0 ? known : ['']) {
				add(area, item);
			}
		}
	}
	const order = grouping === 'due'
		? [...dueGroups]
		: grouping === 'area'
			? [...catalog.areas.map(area => area.id), '']
			: [...groups.keys()].filter(key => key !== '').sort((a, b) => a.localeCompare(b)).concat('');
	return order.filter(key => groups.has(key)).map(key => ({ key, items: groups.get(key)!.sort(bySoonest) }));
}

/** How many open commitments are overdue on `today`. */
export function overdueCount(items: readonly OpenCommitment[], today: IsoDate): number {
	return items.filter(item => item.commitment.due !== undefined && item.commitment.due < today).length;
}

/**
 * The edit that marks the commitment on `line` done: `[ ]` becomes `[x]` and ` done:<today>` is added
 * at the end of the line. `undefined` when the line is no longer an open task item.
 */
export function markDoneChange(line: string, today: IsoDate): { start: number; end: number; text: string } | undefined {
	const open = /^([ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[ \]/.exec(line);
	if (!open) {
		return undefined;
	}
	const content = line.slice(open[0].length).trimEnd();
	const stamped = /(^|\s)done:\S*/.test(content) ? content.replace(/(^|\s)done:\S*/, `$1done:${today}`) : `${content} done:${today}`;
	return { start: open[1].length, end: open[1].length + 3 + content.length, text: `[x]${stamped}` };
}
