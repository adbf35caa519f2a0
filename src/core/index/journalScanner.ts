import type { EntrySummary } from '../model/entry';
import { readEntry, unreadableEntry, type FileFacts } from './entryReader';
import { FileKind, type JournalFileSystem } from '../model/ports';
import { markConflictCopy } from './conflictCopies';
import { isToolFolder } from '../model/toolFolders';
import { defaultReaderOptions, type ReaderOptions } from './readerOptions';
import { decodeText, looksBinary, maxEntryBytes } from '../text/textFile';

/** How many files are read at the same time. */
export const readConcurrency = 32;

/** Turns files into summaries; the Node host does it in worker threads, off the extension host's thread. */
export interface EntryParser {
	/** The summary of a file whose bytes are `bytes`, read with `options`. Never rejects for bad content. */
	parse(bytes: Uint8Array, facts: FileFacts, options: ReaderOptions): Promise<EntrySummary>;
	/**
	 * The summary of file `uri`, read by the parser itself (a file it cannot read becomes an entry with
	 * a problem); `undefined` when it cannot reach `uri`, which the scanner then reads through the port.
	 */
	readAndParse?(uri: string, facts: FileFacts, options: ReaderOptions): Promise<EntrySummary> | undefined;
}

/** The summary of a file from its bytes: binary files get a problem, text is read by {@link readEntry}. */
export function summaryOfBytes(bytes: Uint8Array, facts: FileFacts, options: ReaderOptions = defaultReaderOptions): EntrySummary {
	return looksBinary(bytes) ? unreadableEntry(facts, { code: 'binary', line: 0 }) : readEntry(decodeText(bytes), facts, options);
}

/** The entry of a file that could not be read: the error's message is its problem's detail. */
export function unreadableFile(facts: FileFacts, error: unknown): EntrySummary {
	return unreadableEntry(facts, { code: 'unreadable', line: 0, detail: error instanceof Error ? error.message : String(error) });
}

/** Parses on the calling thread. */
export const inThreadParser: EntryParser = {
	parse: (bytes, facts, options) => Promise.resolve(summaryOfBytes(bytes, facts, options)),
};

/** Whether a file name is a journal entry's. */
export function isEntryFileName(name: string): boolean {
	return name.toLowerCase().endsWith('.md') && !name.startsWith('.');
}

/** Folders never searched for entries: hidden ones (`.git`, `.obsidian`), other note tools' own, and installed packages. */
export function isSkippedFolderName(name: string): boolean {
	return isToolFolder(name) || name === 'node_modules';
}

/** Runs `task` over `items` with at most `limit` tasks in flight. */
export async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			await task(items[next++]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Reads journal files into summaries.
 * Every failure becomes an entry with a problem, so no file is ever silently dropped.
 */
export class JournalScanner {
	/** @param readerOptions how entries are read, asked for each file so that a settings change takes effect at the next read */
	constructor(
		private readonly fs: JournalFileSystem,
		private readonly parser: EntryParser = inThreadParser,
		private readonly readerOptions: () => ReaderOptions = () => defaultReaderOptions,
	) { }

	/**
	 * Reads one file; `knownStat` saves a round trip when the caller already has it. A `cached`
	 * summary read with the file's current size and modification time is returned as it is.
	 */
	async readOne(uri: string, knownStat?: Omit<FileFacts, 'uri'>, cached?: EntrySummary): Promise<EntrySummary> {
		let facts: FileFacts = { uri, mtime: 0, size: 0 };
		try {
			const stat = knownStat ?? await this.fs.stat(uri);
			facts = { uri, mtime: stat.mtime, size: stat.size };
			if (cached && cached.mtime === facts.mtime && cached.size === facts.size && cached.problem?.code !== 'unreadable') {
				return cached;
			}
			if (facts.size > maxEntryBytes) {
				return unreadableEntry(facts, { code: 'tooLarge', line: 0, detail: String(facts.size) });
			}
			const options = this.readerOptions();
			const entry = await (this.parser.readAndParse?.(uri, facts, options) ?? this.parser.parse(await this.fs.readFile(uri), facts, options));
			return await markConflictCopy(entry, this.fs);
		} catch (error) {
			return unreadableFile(facts, error);
		}
	}

	/** Lists every entry file at or below `folderUri`; folders that cannot be listed come back as entries with a problem. */
	async listFiles(folderUri: string): Promise<{ files: string[]; unreadableFolders: EntrySummary[] }> {
		const files: string[] = [];
		const unreadableFolders: EntrySummary[] = [];
		let pending = [folderUri];
		while (pending.length > 0) {
			const next: string[] = [];
			await forEachLimited(pending, readConcurrency, async folder => {
				let children: readonly (readonly [string, number])[];
				try {
					children = await this.fs.readDirectory(folder);
				} catch (error) {
					// A journal folder that does not exist yet is simply empty; one that exists but cannot be listed is a problem.
					if (folder !== folderUri || await this.exists(folder)) {
						unreadableFolders.push(unreadableEntry({ uri: folder, mtime: 0, size: 0 },
							{ code: 'unreadable', line: 0, detail: error instanceof Error ? error.message : String(error) }));
					}
					return;
				}
				for (const [name, kind] of children) {
					// Symbolic links are not followed: a link loop must not hang the index, and the journal
					// must not reach files outside its folder.
					if (kind & FileKind.SymbolicLink) {
						continue;
					}
					if (kind & FileKind.Directory && !isSkippedFolderName(name)) {
						next.push(this.fs.joinPath(folder, name));
					} else if (kind & FileKind.File && isEntryFileName(name)) {
						files.push(this.fs.joinPath(folder, name));
					}
				}
			});
			pending = next;
		}
		return { files, unreadableFolders };
	}

	private async exists(uri: string): Promise<boolean> {
		try {
			await this.fs.stat(uri);
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Reads every entry at or below `folderUri`. A missing folder is an empty journal.
	 * Files that still have the size and time of their summary in `cached` are not read again.
	 */
	async scan(folderUri: string, cached?: ReadonlyMap<string, EntrySummary>): Promise<EntrySummary[]> {
		const { files, unreadableFolders } = await this.listFiles(folderUri);
		const entries: EntrySummary[] = [...unreadableFolders];
		await forEachLimited(files, readConcurrency, async uri => {
			entries.push(await this.readOne(uri, undefined, cached?.get(uri)));
		});
		return entries;
	}
}
