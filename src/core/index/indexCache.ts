import type { EntrySummary } from '../model/entry';
import type { Disposable } from '../model/events';
import type { JournalIndex } from './journalIndex';
import type { Scheduler } from '../model/ports';
import { addToList } from '../model/sortedEntries';
import { runtimeScheduler } from '../model/time';

/** Where the index cache keeps its shards; the extension keeps them in its workspace storage. */
export interface IndexCacheStore {
	/** The names of the shards saved. */
	list(): Promise<string[]>;
	/** A shard's text, or `undefined` when it cannot be read. */
	read(name: string): Promise<string | undefined>;
	/** Saves a shard's text, replacing it. */
	write(name: string, text: string): Promise<void>;
	/** Deletes a shard. */
	delete(name: string): Promise<void>;
}

/** The format of the saved summaries, with the extension's version part of a cache's `version`; raise it when {@link EntrySummary} or the reader changes. */
export const summaryFormat = 7;

/** Timing of the background saves. */
export interface IndexCacheTiming {
	/** Quiet time after the last change of the index before a save, in milliseconds. */
	readonly quietMs: number;
}

interface Shard {
	readonly version: string;
	readonly entries: EntrySummary[];
}

/** A shard name for the entries of one folder: a hash of its URI, safe as a file name. */
export function shardName(folderUri: string): string {
	let hash = 0x811c9dc5;
	for (let at = 0; at < folderUri.length; at++) {
		hash = Math.imul(hash ^ folderUri.charCodeAt(at), 0x01000193) >>> 0;
	}
	return `${hash.toString(16).padStart(8, '0')}.json`;
}

function folderOf(uri: string): string {
	return uri.slice(0, uri.lastIndexOf('/'));
}

/** A cheap fingerprint of a folder's entries, to skip writing shards that did not change. */
function fingerprint(entries: readonly EntrySummary[]): string {
	let sum = 0;
	for (const entry of entries) {
		sum = (sum + entry.mtime + entry.size * 31 + entry.uri.length) % 1e15;
	}
	return `${entries.length}:${sum}`;
}

/**
 * The index's summaries kept between sessions, one shard per folder, so that a journal opened
 * again reads only the files that changed while it was closed. An entry is reused only when its
 * file's size and modification time are still those it was read with, and only by the first scan
 * of a session: Refresh still reads everything. Shards are written in the background after the
 * index has been quiet for a while, and only those whose folder changed.
 */
export class JournalIndexCache implements Disposable {
	private timer: Disposable | undefined;
	private saving: Promise<void> = Promise.resolve();
	private readonly written = new Map<string, string>();
	private subscription: Disposable | undefined;

	/** `version` names the reader that wrote the summaries: shards of another version are ignored. */
	constructor(
		private readonly store: IndexCacheStore,
		private readonly version: string,
		private readonly timing: IndexCacheTiming = { quietMs: 2000 },
		private readonly scheduler: Scheduler = runtimeScheduler,
	) { }

	/** The summaries saved last time, by URI; empty when there are none or they cannot be read. */
	async load(): Promise<Map<string, EntrySummary>> {
		const entries = new Map<string, EntrySummary>();
		let names: string[] = [];
		try {
			names = await this.store.list();
		} catch {
			return entries;
		}
		await Promise.all(names.map(async name => {
			// Until it is rewritten, a shard counts as changed: one of another version, or damaged, is replaced or deleted by the next save.
			this.written.set(name, '');
			try {
				const shard = JSON.parse(await this.store.read(name) ?? 'null') as Shard | null;
				if (shard?.version === this.version && Array.isArray(shard.entries)) {
					for (const entry of shard.entries) {
						entries.set(entry.uri, entry);
					}
					this.written.set(name, fingerprint(shard.entries));
				}
			} catch {
				// A damaged shard is as good as none: its files are read again.
			}
		}));
		return entries;
	}

	/** Saves the index in the background whenever it has been quiet for a while after a change. */
	follow(index: JournalIndex): void {
		this.subscription?.dispose();
		this.subscription = index.onDidChange(() => {
			this.timer?.dispose();
			this.timer = this.scheduler.schedule(() => {
				this.timer = undefined;
				void this.save(index);
			}, this.timing.quietMs);
		});
	}

	/** Writes the shards of the folders that changed since the last save, and deletes those of folders that are gone. */
	save(index: JournalIndex): Promise<void> {
		const work = async (): Promise<void> => {
			const folders = new Map<string, EntrySummary[]>();
			for (const entry of index.all()) {
				// A file that could not be read at all is read again next time.
				if (entry.problem?.code === 'unreadable') {
					continue;
				}
				addToList(folders, shardName(folderOf(entry.uri)), entry);
			}
			for (const [name, entries] of folders) {
				const print = fingerprint(entries);
				if (this.written.get(name) !== print) {
					try {
						await this.store.write(name, JSON.stringify({ version: this.version, entries } satisfies Shard));
						this.written.set(name, print);
					} catch {
						// Not saved: those files are read again next time.
					}
				}
			}
			for (const name of [...this.written.keys()].filter(name => !folders.has(name))) {
				this.written.delete(name);
				await this.store.delete(name).catch(() => undefined);
			}
		};
		this.saving = this.saving.then(work, work);
		return this.saving;
	}

	dispose(): void {
		this.timer?.dispose();
		this.subscription?.dispose();
	}
}
