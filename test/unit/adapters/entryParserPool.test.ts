import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { poolSizeFor, WorkerEntryParser } from '../../../src/adapters/entryParserPool';
import { JournalScanner, summaryOfBytes } from '../../../src/core/index/journalScanner';
import { defaultReaderOptions } from '../../../src/core/index/readerOptions';
import { fileUri, NodeFileSystem, uriPath } from '../../bench/nodeFileSystem';
import { entryText } from '../helpers/entries';
import { repositoryRoot } from '../helpers/repository';

const workerScript = path.join(repositoryRoot, 'dist', 'entryParserWorker.js');

/** Entries of every kind the reader tells apart: plain, with questions and commitments, a broken header, binary. */
function files(count: number): { bytes: Uint8Array; facts: { uri: string; mtime: number; size: number } }[] {
	return Array.from({ length: count }, (_, n) => {
		const text = n % 7 === 3 ? '---\ntitle: [broken\n---\nbody'
			: entryText({ title: `Entry ${n}`, date: '2024-05-01', area: 'hiring', tags: ['a', 'b'] }, `## Stage\n\n### A question?\n\nAn answer.\n\n- [ ] Call Ana @ana due:2024-06-0${n % 9 + 1}\n`);
		const bytes = n % 11 === 5 ? new Uint8Array([0x61, 0, 0x62]) : new TextEncoder().encode(text);
		return { bytes, facts: { uri: `file:///journal/entry-${n}.md`, mtime: 1_700_000_000_000 + n, size: bytes.length } };
	});
}

/** Parses `count` files with a pool on `script` and checks each summary against the calling thread's. */
async function parsesAsInThread(script: string, count: number): Promise<void> {
	const parser = new WorkerEntryParser(script, undefined, 2);
	try {
		const input = files(count);
		const summaries = await Promise.all(input.map(file => parser.parse(file.bytes, file.facts, defaultReaderOptions)));
		assert.deepEqual(summaries, input.map(file => summaryOfBytes(file.bytes, file.facts)));
	} finally {
		parser.dispose();
	}
}

suite('The entry parser pool (worker threads)', () => {
	test('answers every file with the summary the host\'s own thread would make', () => parsesAsInThread(workerScript, 100));

	test('a worker that cannot start leaves the parsing to the calling thread, and no file is lost', () =>
		parsesAsInThread(path.join(repositoryRoot, 'dist', 'no-such-worker.js'), 40));

	test('reads with the reader options it is given, as the host\'s own thread would', async () => {
		const options = { titleFrom: 'fileName' as const, bodyTags: true, areaMapping: new Map([['people', 'key-people']]) };
		const bytes = new TextEncoder().encode('---\ncategory: people\n---\n# A heading\n\nNotes for #offsite planning.\n');
		const facts = { uri: 'file:///journal/2026-01-26-offsite.md', mtime: 1_700_000_000_000, size: bytes.length };
		const parser = new WorkerEntryParser(workerScript, undefined, 1);
		try {
			const summary = await parser.parse(bytes, facts, options);
			assert.deepEqual(summary, summaryOfBytes(bytes, facts, options));
			assert.notEqual(summary.title, summaryOfBytes(bytes, facts).title, 'the title follows titleFrom');
			assert.ok(summary.tags.includes('offsite') && summary.areas.includes('key-people'), JSON.stringify(summary));
		} finally {
			parser.dispose();
		}
	});

	for (const when of ['before they are sent', 'while the workers have them']) {
		test(`files in flight when the pool is disposed (${when}) are answered on the calling thread`, async () => {
			const parser = new WorkerEntryParser(workerScript, undefined, 2);
			const input = files(50);
			const pending = input.map(file => parser.parse(file.bytes, file.facts, defaultReaderOptions));
			if (when !== 'before they are sent') {
				await new Promise(resolve => setImmediate(resolve));
			}
			parser.dispose();
			assert.deepEqual(await Promise.all(pending), input.map(file => summaryOfBytes(file.bytes, file.facts)));
			assert.deepEqual(await parser.parse(input[0].bytes, input[0].facts, defaultReaderOptions), summaryOfBytes(input[0].bytes, input[0].facts));
		});
	}

	for (const script of [workerScript, path.join(repositoryRoot, 'dist', 'no-such-worker.js')]) {
		test(`files it reads itself come out as the port's reads make them (${path.basename(script)})`, async () => {
			const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-pool-'));
			const parser = new WorkerEntryParser(script, uri => uri.startsWith('file://') ? uriPath(uri) : undefined, 2);
			try {
				files(30).forEach((file, n) => fs.writeFileSync(path.join(folder, `entry-${n}.md`), file.bytes));
				const uris = [...Array.from({ length: 30 }, (_, n) => fileUri(path.join(folder, `entry-${n}.md`))), fileUri(path.join(folder, 'missing.md'))];
				const viaPort = new JournalScanner(new NodeFileSystem());
				const viaPool = new JournalScanner(new NodeFileSystem(), parser);
				const stat = { mtime: 1, size: 2 };
				assert.deepEqual(await Promise.all(uris.map(uri => viaPool.readOne(uri, stat))), await Promise.all(uris.map(uri => viaPort.readOne(uri, stat))));
				assert.equal(parser.readAndParse('mem:///elsewhere.md', { uri: 'mem:///elsewhere.md', ...stat }, defaultReaderOptions), undefined, 'a URI it cannot reach is left to the port');
			} finally {
				parser.dispose();
				fs.rmSync(folder, { recursive: true, force: true });
			}
		});
	}

	test('is sized to the cores: two on a two-core machine, never none, at most four', () => {
		assert.deepEqual([1, 2, 3, 4, 8, 64].map(poolSizeFor), [1, 2, 3, 4, 4, 4]);
	});
});
