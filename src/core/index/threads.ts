import { entrySortTime, type EntrySummary } from '../model/entry';

/**
 * Entries linked by `continues:` into threads: one challenge carried over several sessions. The
 * entry that no other continues ends its thread and stands for it; the ones before it are
 * `continued`, and show inside the thread rather than on their own.
 */
export class Threads {
	private readonly earlierOf = new Map<string, EntrySummary>();
	private readonly hidden = new Map<string, EntrySummary>();
	private readonly known = new Map<string, EntrySummary>();
	private readonly unresolved = new Set<string>();

	/**
	 * @param entries every entry of the journal.
	 * @param resolve the URI an entry's `continues:` names, or `undefined` when it names none.
	 * @param lookUp the entry at a URI, when the journal has one.
	 */
	constructor(entries: Iterable<EntrySummary>, resolve: (entry: EntrySummary) => string | undefined, lookUp: (uri: string) => EntrySummary | undefined) {
		for (const entry of entries) {
			if (entry.continues === undefined) {
				continue;
			}
			const target = resolve(entry);
			const earlier = target === undefined || target === entry.uri ? undefined : lookUp(target);
			if (earlier) {
				this.earlierOf.set(entry.uri, earlier);
				// One that needs attention stays under Needs attention, where it can be fixed.
				if (!earlier.problem) {
					this.hidden.set(earlier.uri, earlier);
				}
				this.known.set(entry.uri, entry).set(earlier.uri, earlier);
			} else {
				this.unresolved.add(entry.uri);
			}
		}
		this.breakLoops();
	}

	/** Whether `entry` is continued by a later entry, and so shows inside that entry's thread. */
	isContinued(entry: EntrySummary): boolean {
		return this.hidden.has(entry.uri);
	}

	/** Whether `entry`'s `continues:` names no entry of the journal. */
	isBroken(entry: EntrySummary): boolean {
		return this.unresolved.has(entry.uri);
	}

	/** The entry `entry` continues, when the journal has it. */
	continuedBy(entry: EntrySummary): EntrySummary | undefined {
		return this.earlierOf.get(entry.uri);
	}

	/** The entries before `entry` in its thread, newest first: the one it continues, the one that one continues, and so on. */
	earlier(entry: EntrySummary): EntrySummary[] {
		const chain: EntrySummary[] = [];
		const seen = new Set([entry.uri]);
		for (let at = this.earlierOf.get(entry.uri); at && !seen.has(at.uri); at = this.earlierOf.get(at.uri)) {
			seen.add(at.uri);
			chain.push(at);
		}
		return chain;
	}

	/** The continued entries: what the top level of a thread view leaves out. */
	continued(): Iterable<EntrySummary> {
		return this.hidden.values();
	}

	/** In a loop of `continues:` links every entry is continued; the newest of each loop is shown, so the loop does not vanish. */
	private breakLoops(): void {
		const done = new Set<string>();
		for (const start of this.earlierOf.keys()) {
			const path: string[] = [];
			const onPath = new Set<string>();
			let at: string | undefined = start;
			while (at !== undefined && !done.has(at) && !onPath.has(at)) {
				path.push(at);
				onPath.add(at);
				at = this.earlierOf.get(at)?.uri;
			}
			if (at !== undefined && onPath.has(at)) {
				const loop = path.slice(path.indexOf(at));
				const newest = loop.reduce((best, uri) => this.sortTime(uri) > this.sortTime(best) ? uri : best);
				this.hidden.delete(newest);
			}
			path.forEach(uri => done.add(uri));
		}
	}

	private sortTime(uri: string): number {
		const entry = this.known.get(uri);
		return entry ? entrySortTime(entry) : 0;
	}
}
