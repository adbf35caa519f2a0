import * as assert from 'node:assert/strict';
import { JournalIndexCache, shardName, type IndexCacheStore } from '../../../src/core/index/indexCache';
import { JournalIndex } from '../../../src/core/index/journalIndex';
import { JournalUpdater } from '../../../src/core/index/journalUpdater';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { entryText } from '../helpers/entries';

const root = 'mem://ws/journal';

/** Shards in memory, with counts of what was written. */
class MemoryStore implements IndexCacheStore {
	readonly shards = new Map<string, string>();
	writes = 0;
	async list(): Promise<string[]> {
		return [...this.shards.keys()];
	}
	async read(name: string): Promise<string | undefined> {
		return this.shards.get(name);
	}
	async write(name: string, text: string): Promise<void> {
		this.writes++;
		this.shards.set(name, text);
	}
	async delete(name: string): Promise<void> {
		this.shards.delete(name);
	}
}

const entry = (title: string, area = 'hiring') => entryText({ title, areas: [area] }, '\n### Why?\n\nBecause.\n');

/** What `close` of each session does; teardown closes every session a test left open. */
const openSessions = new Set<() => void>();

/**
 * A session: an index and an updater with the cache, as the extension starts them; `save` writes the
 * cache as it would in the background; `close` disposes both, as the extension does on deactivation.
 */
async function session(fs: MemoryFileSystem, store: MemoryStore, version = '1') {
	const index = new JournalIndex();
	const cache = new JournalIndexCache(store, version, { quietMs: 60_000 });
	const updater = new JournalUpdater(fs, index, { timing: { quietMs: 5, maxWaitMs: 50 }, cache });
	await updater.rescan(root);
	const close = () => {
		openSessions.delete(close);
		updater.dispose();
		cache.dispose();
	};
	openSessions.add(close);
	return { index, updater, save: () => cache.save(index), close };
}

suite('index cache', () => {
	// The cache's background save is a 60 s timer: left running, it keeps mocha's process alive for a minute.
	teardown(() => [...openSessions].forEach(close => close()));

	test('a journal opened again reads only the files that changed, appeared or went while it was closed', async () => {
		const fs = new MemoryFileSystem()
			.write(`${root}/2026/a.md`, entry('A'))
			.write(`${root}/2026/b.md`, entry('B'))
			.write(`${root}/2025/c.md`, entry('C'))
			.write(`${root}/2025/gone.md`, entry('Gone'));
		const store = new MemoryStore();
		const first = await session(fs, store);
		await first.save();
		first.close();
		assert.equal(store.shards.size, 2);

		// While closed: one file edited (new time), one deleted, one added.
		fs.write(`${root}/2026/a.md`, entry('A, edited', 'takeover'));
		fs.delete(`${root}/2025/gone.md`);
		fs.write(`${root}/2025/new.md`, entry('New'));
		const readsBefore = fs.calls.readFile;
		const second = await session(fs, store);
		assert.equal(fs.calls.readFile - readsBefore, 2, 'only the edited and the new file are read');
		assert.deepEqual([...second.index.all()].map(item => item.title).sort(), ['A, edited', 'B', 'C', 'New']);
		assert.equal(second.index.get(`${root}/2026/a.md`)?.areas[0], 'takeover');
		assert.deepEqual(second.index.get(`${root}/2026/b.md`)?.questions, { answered: 1, total: 1 });
	});

	test('only the folders that changed are written again, and a folder that is gone loses its shard', async () => {
		const fs = new MemoryFileSystem().write(`${root}/2026/a.md`, entry('A')).write(`${root}/2025/c.md`, entry('C'));
		const store = new MemoryStore();
		const { index, updater, save, close } = await session(fs, store);
		await save();
		assert.equal(store.writes, 2);
		fs.write(`${root}/2026/a.md`, entry('A2'));
		updater.notify('changed', `${root}/2026/a.md`);
		await updater.whenIdle();
		await save();
		assert.equal(store.writes, 3);
		fs.delete(`${root}/2025`);
		updater.notify('deleted', `${root}/2025`);
		await updater.whenIdle();
		await save();
		assert.deepEqual([...store.shards.keys()], [shardName(`${root}/2026`)]);
		assert.equal(index.size, 1);
		close();
	});

	test('Refresh reads everything again; the cache serves only the first scan', async () => {
		const fs = new MemoryFileSystem().write(`${root}/a.md`, entry('A'));
		const store = new MemoryStore();
		const first = await session(fs, store);
		await first.save();
		const second = await session(fs, store);
		const readsBefore = fs.calls.readFile;
		await second.updater.rescan(root);
		assert.equal(fs.calls.readFile - readsBefore, 1);
	});

	test('a cache of another version, a damaged shard and an unreadable file are not trusted', async () => {
		const fs = new MemoryFileSystem().write(`${root}/a.md`, entry('A')).write(`${root}/sub/b.md`, entry('B'));
		const store = new MemoryStore();
		await (await session(fs, store, '1')).save();
		let readsBefore = fs.calls.readFile;
		await session(fs, store, '2');
		assert.equal(fs.calls.readFile - readsBefore, 2, 'another version reads everything');

		await (await session(fs, store, '1')).save();
		store.shards.set(shardName(`${root}/sub`), '{ not json');
		readsBefore = fs.calls.readFile;
		await session(fs, store, '1');
		assert.equal(fs.calls.readFile - readsBefore, 1, 'the damaged shard\'s file is read again');

		const fresh = new MemoryStore();
		fs.denied.add(`${root}/a.md`);
		const broken = await session(fs, fresh);
		assert.equal(broken.index.get(`${root}/a.md`)?.problem?.code, 'unreadable');
		await broken.save();
		fs.denied.delete(`${root}/a.md`);
		assert.equal((await session(fs, fresh)).index.get(`${root}/a.md`)?.title, 'A', 'a file that could not be read is read again');
	});
});
