import { entrySortTime, type EntrySummary } from './entry';

/** Newest first; then the most recently modified; then by URI, so the order is total. */
export function compareNewestFirst(a: EntrySummary, b: EntrySummary): number {
	return entrySortTime(b) - entrySortTime(a) || b.mtime - a.mtime || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/** A list of entries kept in order by binary insertion, so one change never re-sorts the whole group. */
export class SortedEntries {
	private constructor(private readonly items: EntrySummary[]) { }

	/** An empty list. */
	static empty(): SortedEntries {
		return new SortedEntries([]);
	}

	/** A list of `entries`, sorted once. Takes ownership of the array. */
	static from(entries: EntrySummary[]): SortedEntries {
		return new SortedEntries(entries.sort(compareNewestFirst));
	}

	/** How many entries the list holds. */
	get size(): number {
		return this.items.length;
	}

	/** Adds `entry` at its place. */
	insert(entry: EntrySummary): void {
		this.items.splice(this.lowerBound(entry), 0, entry);
	}

	/** Removes exactly this entry object, if it is in the list. */
	remove(entry: EntrySummary): void {
		const index = this.lowerBound(entry);
		if (this.items[index] === entry) {
			this.items.splice(index, 1);
		}
	}

	/** Up to `count` entries starting at `offset`, in order. */
	slice(offset: number, count: number): readonly EntrySummary[] {
		return this.items.slice(offset, offset + count);
	}

	private lowerBound(entry: EntrySummary): number {
		let low = 0;
		let high = this.items.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (compareNewestFirst(this.items[middle], entry) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}
}
