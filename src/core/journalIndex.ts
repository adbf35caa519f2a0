import { AreaCatalog } from './areas';
import type { EntrySummary } from './entry';
import { Emitter, type Event } from './events';
import { isEntryStatus } from './lifecycle';
import { SortedEntries } from './sortedEntries';

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
	private readonly groups = new Map<string, SortedEntries>();
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

	/** Up to `count` entries of a group from `offset`, newest first. */
	groupPage(group: string, offset: number, count: number): readonly EntrySummary[] {
		return this.groups.get(group)?.slice(offset, count) ?? [];
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
			}
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
		for (const entry of this.entries.values()) {
			for (const group of this.groupsOf(entry)) {
				let list = members.get(group);
				if (!list) {
					list = [];
					members.set(group, list);
				}
				list.push(entry);
			}
		}
		this.groups.clear();
		for (const [group, list] of members) {
			this.groups.set(group, SortedEntries.from(list));
		}
		this.changed.fire();
	}

	private groupFor(group: string): SortedEntries {
		let sorted = this.groups.get(group);
		if (!sorted) {
			sorted = SortedEntries.empty();
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
		}
		return true;
	}
}
