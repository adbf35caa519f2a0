import type { EntrySummary } from '../model/entry';
import { fileNameOf } from './entryReader';
import type { Disposable } from '../model/events';
import type { JournalIndexCache } from './indexCache';
import type { JournalIndex } from './journalIndex';
import { forEachLimited, isEntryFileName, JournalScanner, readConcurrency, type EntryParser } from './journalScanner';
import { FileKind, type Clock, type JournalFileSystem, type Scheduler } from '../model/ports';
import { runtimeScheduler, systemClock } from '../model/time';
import type { ReaderOptions } from './readerOptions';

/** What a file watcher saw happen to a path. */
export type FileEventKind = 'created' | 'changed' | 'deleted';

/** Timing of the coalescing of file events. */
export interface UpdaterTiming {
	/** Quiet time after the last event before a pass starts, in milliseconds. */
	readonly quietMs: number;
	/** Longest time an event waits while events keep arriving, in milliseconds. */
	readonly maxWaitMs: number;
}

const defaultTiming: UpdaterTiming = { quietMs: 100, maxWaitMs: 1000 };

/** What the updater may be given besides the file system and the index. */
export interface UpdaterOptions {
	/** How file events are coalesced; 100 ms of quiet, at most 1 s of waiting, when absent. */
	readonly timing?: UpdaterTiming;
	/** With a cache, the first scan of each folder reads only the files that changed since the index was saved. */
	readonly cache?: JournalIndexCache;
	/** The clock that measures how long events have waited; the system's when absent. */
	readonly clock?: Clock;
	/** Sets the timer that starts a pass; the runtime's `setTimeout` when absent. */
	readonly scheduler?: Scheduler;
	/** Turns read bytes into summaries; on the calling thread when absent. */
	readonly parser?: EntryParser;
	/** How entries are read (titles, tags and areas of other tools' notes); the journal's own way when absent. */
	readonly reader?: () => ReaderOptions;
}

/**
 * Keeps the index in step with the disk. File events are coalesced into passes,
 * and a pass re-reads only the files that changed. Passes and full scans never overlap.
 */
export class JournalUpdater implements Disposable {
	private readonly scanner: JournalScanner;
	private pending = new Map<string, FileEventKind>();
	private timer: Disposable | undefined;
	private firstPendingAt = 0;
	private queue: Promise<void> = Promise.resolve();
	private passCount = 0;
	/** What the cache held at start, for the first scan of each folder; loaded once. */
	private cached: Promise<Map<string, EntrySummary>> | undefined;
	private readonly scannedOnce = new Set<string>();

	private readonly timing: UpdaterTiming;
	private readonly cache: JournalIndexCache | undefined;
	private readonly clock: Clock;
	private readonly scheduler: Scheduler;

	constructor(private readonly fs: JournalFileSystem, private readonly index: JournalIndex, options: UpdaterOptions = {}) {
		this.timing = options.timing ?? defaultTiming;
		this.cache = options.cache;
		this.clock = options.clock ?? systemClock;
		this.scheduler = options.scheduler ?? runtimeScheduler;
		this.scanner = new JournalScanner(fs, options.parser, options.reader);
		const cache = this.cache;
		if (cache) {
			this.cached = cache.load();
			cache.follow(index);
		}
	}

	/** How many incremental passes have run, to check that bursts are coalesced. */
	get passes(): number {
		return this.passCount;
	}

	/** Records a file event; a pass follows once events go quiet. */
	notify(kind: FileEventKind, uri: string): void {
		if (this.pending.size === 0) {
			this.firstPendingAt = this.clock.now().getTime();
		}
		// A delete followed by a create is a change; the latest event otherwise wins.
		this.pending.set(uri, kind === 'created' && this.pending.get(uri) === 'deleted' ? 'changed' : kind);
		this.timer?.dispose();
		const waited = this.clock.now().getTime() - this.firstPendingAt;
		const delay = Math.max(0, Math.min(this.timing.quietMs, this.timing.maxWaitMs - waited));
		this.timer = this.scheduler.schedule(() => { void this.flush(); }, delay);
	}

	/** Runs a pass over the pending events now. */
	flush(): Promise<void> {
		if (this.timer !== undefined) {
			this.timer.dispose();
			this.timer = undefined;
		}
		if (this.pending.size === 0) {
			return this.queue;
		}
		const batch = this.pending;
		this.pending = new Map();
		return this.enqueue(() => this.applyEvents(batch));
	}

	/** Re-reads everything below `folderUri` from scratch; the first time, from the cache where it is still true. */
	rescan(folderUri: string): Promise<void> {
		return this.enqueue(async () => {
			const first = !this.scannedOnce.has(folderUri);
			this.scannedOnce.add(folderUri);
			const cached = first && this.cached ? await this.cached : undefined;
			this.index.replaceUnder(folderUri, await this.scanner.scan(folderUri, cached));
			// The summaries of this folder are used up; those of other folders wait for their first scan.
			for (const uri of cached ? [...cached.keys()] : []) {
				if (uri.startsWith(`${folderUri}/`)) {
					cached!.delete(uri);
				}
			}
		});
	}

	/** Forgets everything at or below `folderUri` (a journal folder that is no longer watched), including its pending events. */
	forget(folderUri: string): Promise<void> {
		const prefix = `${folderUri}/`;
		for (const uri of [...this.pending.keys()]) {
			if (uri === folderUri || uri.startsWith(prefix)) {
				this.pending.delete(uri);
			}
		}
		return this.enqueue(() => {
			this.index.update([], this.index.urisUnder([folderUri]));
			return Promise.resolve();
		});
	}

	/** Resolves when every pending event and scan has been applied. */
	async whenIdle(): Promise<void> {
		while (this.pending.size > 0 || this.timer !== undefined) {
			await this.flush();
		}
		await this.queue;
	}

	dispose(): void {
		if (this.timer !== undefined) {
			this.timer.dispose();
		}
		this.pending.clear();
		this.cache?.dispose();
	}

	private enqueue(work: () => Promise<void>): Promise<void> {
		this.queue = this.queue.then(work, work);
		return this.queue;
	}

	private async applyEvents(batch: ReadonlyMap<string, FileEventKind>): Promise<void> {
		this.passCount++;
		const upserts: EntrySummary[] = [];
		// Paths that are gone, or folders whose old contents are replaced by a fresh scan.
		const cleared: string[] = [];
		const changed: string[] = [];
		for (const [uri, kind] of batch) {
			if (kind === 'deleted') {
				cleared.push(uri);
			} else {
				changed.push(uri);
			}
		}
		await forEachLimited(changed, readConcurrency, uri => this.readChanged(uri, upserts, cleared));
		const fresh = new Set(upserts.map(entry => entry.uri));
		// An indexed entry goes directly; anything else may be a folder, which costs one pass over the index.
		const folders = cleared.filter(uri => !this.index.get(uri));
		const removals = [...cleared.filter(uri => this.index.get(uri)), ...this.index.urisUnder(folders)];
		this.index.update(upserts, removals.filter(uri => !fresh.has(uri)));
	}

	private async readChanged(uri: string, upserts: EntrySummary[], cleared: string[]): Promise<void> {
		let stat;
		try {
			stat = await this.fs.stat(uri);
		} catch {
			// Gone again before we got to it: whatever we had is stale.
			cleared.push(uri);
			return;
		}
		if (stat.kind & FileKind.SymbolicLink) {
			cleared.push(uri);
		} else if (stat.kind & FileKind.Directory) {
			// A folder that appears may replace one that was deleted (VS Code reports only the folder's own delete).
			cleared.push(uri);
			upserts.push(...await this.scanner.scan(uri));
		} else if (isEntryFileName(fileNameOf(uri))) {
			upserts.push(await this.scanner.readOne(uri, stat));
		}
	}
}
