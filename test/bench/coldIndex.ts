import * as path from 'node:path';
import { WorkerEntryParser } from '../../src/adapters/entryParserPool';
import type { FileFacts } from '../../src/core/index/entryReader';
import type { ReaderOptions } from '../../src/core/index/readerOptions';
import { AreaCatalog } from '../../src/core/model/areas';
import { JournalIndex } from '../../src/core/index/journalIndex';
import { JournalUpdater } from '../../src/core/index/journalUpdater';
import { fileUri, NodeFileSystem, uriPath } from './nodeFileSystem';

/** What a cold index leaves behind, for the sections that go on with it. */
export interface ColdIndex {
	/** The index, complete. */
	readonly index: JournalIndex;
	/** The file system it read through, which counts its calls. */
	readonly fs: NodeFileSystem;
	/** The updater that keeps the index in step. */
	readonly updater: JournalUpdater;
}

/** The worker bundle that `npm run build` writes, as the extension ships it. */
const workerScript = path.join(__dirname, '..', '..', '..', 'dist', 'entryParserWorker.js');

/** One pool for the whole bench, as the extension keeps one for its session; its workers start warm after the first size. */
export const benchParser = new WorkerEntryParser(workerScript, uri => uri.startsWith('file://') ? uriPath(uri) : undefined);

/**
 * Ours, as the Node extension host does it: find, read and parse in the worker pool (extract questions
 * and commitments), and build the groups of the journal at `root`.
 */
export async function coldIndex(root: string): Promise<ColdIndex> {
	const nodeFs = new NodeFileSystem();
	const index = new JournalIndex(new AreaCatalog());
	// The workers read files themselves: counted as the port's reads, so that "files read" stays true.
	const parser = {
		parse: (bytes: Uint8Array, facts: FileFacts, options: ReaderOptions) => benchParser.parse(bytes, facts, options),
		readAndParse: (uri: string, facts: FileFacts, options: ReaderOptions) => {
			nodeFs.calls.readFile++;
			return benchParser.readAndParse(uri, facts, options);
		},
	};
	const updater = new JournalUpdater(nodeFs, index, { parser });
	await updater.rescan(fileUri(root));
	return { index, fs: nodeFs, updater };
}
