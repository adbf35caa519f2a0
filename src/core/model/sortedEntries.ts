import { entrySortTime, type EntrySummary } from './entry';

/** An order of entries: negative when `a` comes first. */
export type EntryOrder = (a: EntrySummary, b: EntrySummary) => number;

/** Newest first; then the most recently modified; then by URI, so the order is total. */
export function compareNewestFirst(a: EntrySummary, b: EntrySummary): number {
	// Two `YYYY-MM-DD` dates compare as text, as their sort keys do, without parsing either.
	const byTime = a.date !== undefined && b.date !== undefined
		? (a.date === b.date ? 0 : a.date < b.date ? 1 : -1)
		: entrySortTime(b) - entrySortTime(a);
	return byTime || b.mtime - a.mtime || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/**
 * The first `count` of `entries` in `compare` order, without sorting them all: most entries cost one
 * comparison with the worst of those kept so far. Does not change `entries`.
 */
export function firstInOrder<T>(entries: readonly T[], compare: (a: T, b: T) => number, count: number): T[] {
	if (count <= 0) {
		return [];
	}
	if (count >= entries.length / 4) {
		return [...entries].sort(compare).slice(0, count);
	}
	const kept: T[] = [];
	for (const entry of entries) {
		if (kept.length === count && compare(entry, kept[count - 1]) >= 0) {
			continue;
		}
		let low = 0;
		let high = kept.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (compare(kept[middle], entry) <= 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		kept.splice(low, 0, entry);
		if (kept.length > count) {
			kept.pop();
		}
	}
	return kept;
}

/** Appends `value` to the list of `key` in `lists`, starting the list if there is none. */
export function addToList<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
	const list = lists.get(key);
	if (list) {
		list.push(value);
	} else {
		lists.set(key, [value]);
	}
}

/** How many items from the start of `items` pass `test`, which must pass a first part of them and fail the rest. */
export function countWhile<T>(items: readonly T[], test: (item: T) => boolean): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (test(items[middle])) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

/** A list kept in order by binary insertion, so one change never re-sorts the whole list. */
export class SortedList<T> {
	private constructor(private readonly items: T[], private readonly compare: (a: T, b: T) => number) { }

	/** An empty list in `compare` order, which must be total: no two items equal. */
	static empty<T>(compare: (a: T, b: T) => number): SortedList<T> {
		return new SortedList<T>([], compare);
	}

	/** A list of `items`, sorted once. Takes ownership of the array. */
	static from<T>(items: T[], compare: (a: T, b: T) => number): SortedList<T> {
		return new SortedList(items.sort(compare), compare);
	}

	/** How many items the list holds. */
	get size(): number {
		return this.items.length;
	}

	/** Every item, in order; the list's own array, not to be changed. */
	get all(): readonly T[] {
		return this.items;
	}

	/** Adds `item` at its place. */
	insert(item: T): void {
		this.items.splice(this.lowerBound(item), 0, item);
	}

	/** Removes the item that compares equal to `item` and passes `same` (by default: is `item`), if there is one. */
	remove(item: T, same: (candidate: T) => boolean = candidate => candidate === item): void {
		const index = this.lowerBound(item);
		if (index < this.items.length && same(this.items[index])) {
			this.items.splice(index, 1);
		}
	}

	/** Up to `count` items starting at `offset`, in order. */
	slice(offset: number, count: number): T[] {
		return this.items.slice(offset, offset + count);
	}

	/** How many items from the start pass `test`, which must pass a first part of the list and fail the rest. */
	countWhile(test: (item: T) => boolean): number {
		return countWhile(this.items, test);
	}

	private lowerBound(item: T): number {
		return this.countWhile(candidate => this.compare(candidate, item) < 0);
	}
}
