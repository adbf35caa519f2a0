// The worker thread of the entry parser pool (src/adapters/entryParserPool.ts): turns batches of
// file bytes into summaries with the same core code as the extension host's thread would.
import { parentPort } from 'node:worker_threads';
import { summaryOfBytes } from '../core/index/journalScanner';
import type { ParseRequest, ParseResponse } from '../adapters/entryParserPool';

parentPort?.on('message', (request: ParseRequest) => {
	const response: ParseResponse = { batch: request.batch, entries: request.files.map(file => summaryOfBytes(file.bytes, file.facts)) };
	parentPort!.postMessage(response);
});
