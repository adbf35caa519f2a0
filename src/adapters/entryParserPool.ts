import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileFacts } from '../core/index/entryReader';
import { summaryOfBytes, unreadableFile, type EntryParser } from '../core/index/journalScanner';
import type { ReaderOptions } from '../core/index/readerOptions';
import type { EntrySummary } from '../core/model/entry';
import type { Disposable } from '../core/model/events';
import { readLocalFile } from './nodeFileSystem';

/** One file for a worker: its bytes, or the local path it reads them from. */
export interface FileRequest {
	/** What is known of the file before reading. */
	readonly facts: FileFacts;
	/** The file's bytes, when the caller read them. */
	readonly bytes?: Uint8Array;
	/** The file's local path, when the worker reads it. */
	readonly path?: string;
	/** How the entry is read (the user's reader settings). */
	readonly options: ReaderOptions;
}

/** What the pool sends a worker: a few files. */
export interface ParseRequest {
	/** Names the batch in the answer. */
	readonly batch: number;
	/** The files. */
	readonly files: readonly FileRequest[];
}

/** What a worker answers: one summary per file, in the request's order. */
export interface ParseResponse {
	/** The batch answered. */
	readonly batch: number;
	/** The summaries. */
	readonly entries: EntrySummary[];
}

interface Waiting {
	readonly request: FileRequest;
	readonly resolve: (entry: EntrySummary) => void;
}

/** Reads and parses one file on the calling thread: what the pool does when a worker cannot. */
function inThread({ request, resolve }: Waiting): void {
	if (request.bytes) {
		resolve(summaryOfBytes(request.bytes, request.facts, request.options));
	} else {
		void readLocalFile(request.path!).then(bytes => summaryOfBytes(bytes, request.facts, request.options), (error: unknown) => unreadableFile(request.facts, error)).then(resolve);
	}
}

interface PoolWorker {
	readonly worker: Worker;
	readonly batches: Map<number, Waiting[]>;
}

/** Workers for the cores: two on a two-core machine, at most four. */
export function poolSizeFor(cores: number): number {
	return Math.max(1, Math.min(cores, 4));
}

/** Files gathered into one message, so that a message's cost is shared. */
const maxBatch = 16;
/** Workers that have had nothing to do for this long are stopped: a journal is read in full only once per session. */
const idleMs = 10_000;

/**
 * Reads and parses entries in worker threads, so that the extension host's thread stays free for the
 * user while a large journal is indexed: files with a local path (`localPath`) are read by the workers
 * too, saving the host's thread four file calls each. Workers start on the first file and stop when
 * idle. A worker that fails or exits hands its files back to the calling thread: no entry is lost.
 */
export class WorkerEntryParser implements EntryParser, Disposable {
	private readonly workers: PoolWorker[] = [];
	private waiting: Waiting[] = [];
	private flushQueued = false;
	private nextBatch = 0;
	private idleTimer: ReturnType<typeof setTimeout> | undefined;
	private broken = false;

	/**
	 * `script` is the worker's bundle (dist/entryParserWorker.js in the extension); `localPath` gives the
	 * path of a URI on this machine's disk, or `undefined` for a URI that only the port can read.
	 */
	constructor(
		private readonly script: string,
		private readonly localPath: (uri: string) => string | undefined = () => undefined,
		private readonly size = poolSizeFor(os.availableParallelism()),
	) { }

	parse(bytes: Uint8Array, facts: FileFacts, options: ReaderOptions): Promise<EntrySummary> {
		return this.enqueue({ bytes, facts, options });
	}

	readAndParse(uri: string, facts: FileFacts, options: ReaderOptions): Promise<EntrySummary> | undefined {
		const path = this.localPath(uri);
		return path === undefined ? undefined : this.enqueue({ path, facts, options });
	}

	private enqueue(request: FileRequest): Promise<EntrySummary> {
		return new Promise(resolve => {
			if (this.broken) {
				inThread({ request, resolve });
				return;
			}
			this.waiting.push({ request, resolve });
			if (this.waiting.length >= maxBatch) {
				this.flush();
			} else if (!this.flushQueued) {
				this.flushQueued = true;
				setImmediate(() => this.flush());
			}
		});
	}

	private flush(): void {
		this.flushQueued = false;
		if (this.idleTimer) {
			clearTimeout(this.idleTimer);
			this.idleTimer = undefined;
		}
		while (this.waiting.length > 0) {
			const files = this.waiting.splice(0, maxBatch);
			const target = this.leastBusy();
			if (!target) {
				files.forEach(inThread);
				continue;
			}
			const batch = this.nextBatch++;
			target.batches.set(batch, files);
			// A worker with files in flight keeps the process alive; an idle one does not.
			target.worker.ref();
			target.worker.postMessage({ batch, files: files.map(file => file.request) } satisfies ParseRequest);
		}
	}

	/** The worker with the fewest batches in flight, started when there are fewer than the pool's size and all are busy. */
	private leastBusy(): PoolWorker | undefined {
		if (this.broken) {
			return undefined;
		}
		const idle = this.workers.find(candidate => candidate.batches.size === 0);
		if (idle) {
			return idle;
		}
		if (this.workers.length < this.size) {
			const started = this.start();
			if (started) {
				return started;
			}
		}
		return this.workers.reduce<PoolWorker | undefined>((best, candidate) => !best || candidate.batches.size < best.batches.size ? candidate : best, undefined);
	}

	private start(): PoolWorker | undefined {
		let worker: Worker;
		try {
			worker = new Worker(this.script);
		} catch {
			this.broken = true;
			return undefined;
		}
		const entry: PoolWorker = { worker, batches: new Map() };
		worker.on('message', (response: ParseResponse) => {
			const files = entry.batches.get(response.batch);
			entry.batches.delete(response.batch);
			files?.forEach((file, at) => file.resolve(response.entries[at]));
			if (entry.batches.size === 0) {
				worker.unref();
			}
			this.whenIdle();
		});
		const fail = () => {
			this.workers.splice(this.workers.indexOf(entry), 1);
			void worker.terminate();
			for (const files of entry.batches.values()) {
				files.forEach(inThread);
			}
			entry.batches.clear();
		};
		worker.on('error', () => {
			this.broken = true;
			fail();
		});
		worker.on('exit', () => {
			if (this.workers.includes(entry)) {
				fail();
			}
		});
		this.workers.push(entry);
		return entry;
	}

	private whenIdle(): void {
		if (this.waiting.length === 0 && this.workers.every(candidate => candidate.batches.size === 0) && !this.idleTimer) {
			this.idleTimer = setTimeout(() => {
				this.idleTimer = undefined;
				this.stopWorkers();
			}, idleMs);
			this.idleTimer.unref();
		}
	}

	private stopWorkers(): void {
		for (const { worker } of this.workers.splice(0)) {
			void worker.terminate();
		}
	}

	dispose(): void {
		if (this.idleTimer) {
			clearTimeout(this.idleTimer);
		}
		this.broken = true;
		const pending = [...this.waiting.splice(0), ...this.workers.flatMap(candidate => [...candidate.batches.values()].flat())];
		this.stopWorkers();
		pending.forEach(inThread);
	}
}
