// The worker thread of the entry parser pool (src/adapters/entryParserPool.ts): reads (when given a
// path) and parses batches of files with the same core code as the extension host's thread would.
import { parentPort } from 'node:worker_threads';
import { summaryOfBytes, unreadableFile } from '../core/index/journalScanner';
import type { EntrySummary } from '../core/model/entry';
import type { FileRequest, ParseRequest, ParseResponse } from '../adapters/entryParserPool';
import { readLocalFile } from '../adapters/nodeFileSystem';

async function summaryOf(file: FileRequest): Promise<EntrySummary> {
	if (file.bytes) {
		return summaryOfBytes(file.bytes, file.facts, file.options);
	}
	try {
		return summaryOfBytes(await readLocalFile(file.path!), file.facts, file.options);
	} catch (error) {
		return unreadableFile(file.facts, error);
	}
}

parentPort?.on('message', (request: ParseRequest) => {
	void Promise.all(request.files.map(summaryOf)).then(entries => {
		const response: ParseResponse = { batch: request.batch, entries };
		parentPort!.postMessage(response);
	});
});
