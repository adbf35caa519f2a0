// The worker thread of the entry parser pool (src/adapters/entryParserPool.ts): reads (when given a
// path) and parses batches of files with the same core code as the extension host's thread would.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { summaryOfBytes, unreadableFile } from '../core/index/journalScanner';
import type { FileRequest, ParseRequest, ParseResponse } from '../adapters/entryParserPool';

function summaryOf(file: FileRequest) {
	if (file.bytes) {
		return summaryOfBytes(file.bytes, file.facts, file.options);
	}
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file.path!);
	} catch (error) {
		return unreadableFile(file.facts, error);
	}
	return summaryOfBytes(bytes, file.facts, file.options);
}

parentPort?.on('message', (request: ParseRequest) => {
	const response: ParseResponse = { batch: request.batch, entries: request.files.map(summaryOf) };
	parentPort!.postMessage(response);
});
