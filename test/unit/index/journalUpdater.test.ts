import * as assert from 'node:assert/strict';
import { attentionGroup, JournalIndex } from '../../../src/core/index/journalIndex';
import { JournalScanner } from '../../../src/core/index/journalScanner';
import { JournalUpdater } from '../../../src/core/index/journalUpdater';
import { FakeTime } from '../helpers/fakeTime';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { entryText } from '../helpers/entries';

const root = 'mem://ws/journal';

function header(area: string, title = area): string {
	return entryText({ title, areas: [area] }, 'body\n');
}

function setup(fs = new MemoryFileSystem()) {
	const index = new JournalIndex();
	const updater = new JournalUpdater(fs, index, { timing: { quietMs: 5, maxWaitMs: 50 } });
	return { fs, index, updater };
}

function snapshot(index: JournalIndex): string[] {
	return [...index.all()].map(entry => `${entry.uri}|${entry.title}|${entry.areas.join(',')}|${entry.problem?.code ?? ''}`).sort();
}

suite('JournalScanner', () => {
	test('finds .md files in nested folders and skips others', async () => {
		const fs = new MemoryFileSystem()
			.write(`${root}/2026/a.md`, header('hiring'))
			.write(`${root}/2025/deep/b.MD`, header('takeover'))
			.write(`${root}/notes.txt`, 'x')
			.write(`${root}/.obsidian/c.md`, header('hiring'))
			.write(`${root}/.hidden.md`, header('hiring'));
		const entries = await new JournalScanner(fs).scan(root);
		assert.deepEqual(entries.map(entry => entry.fileName).sort(), ['a.md', 'b.MD']);
	});

	test('a missing journal folder is an empty journal', async () => {
		assert.deepEqual(await new JournalScanner(new MemoryFileSystem()).scan(root), []);
	});

	test('a folder that cannot be listed is reported, not dropped', async () => {
		const fs = new MemoryFileSystem().write(`${root}/locked/a.md`, header('hiring')).write(`${root}/b.md`, header('hiring'));
		fs.denied.add(`${root}/locked`);
		const entries = await new JournalScanner(fs).scan(root);
		const locked = entries.find(entry => entry.uri === `${root}/locked`);
		assert.equal(locked?.problem?.code, 'unreadable');
		assert.equal(entries.length, 2);
	});

	test('a journal folder that exists but cannot be listed is reported', async () => {
		const fs = new MemoryFileSystem().write(`${root}/a.md`, header('hiring'));
		fs.denied.add(root);
		const entries = await new JournalScanner(fs).scan(root);
		assert.equal(entries[0]?.problem?.code, 'unreadable');
	});

	test('symbolic links are not followed: a loop cannot hang, and nothing outside the folder is read', async () => {
		const fs = new MemoryFileSystem().write(`${root}/a.md`, header('hiring'))
			.link(`${root}/loop`, 'folder')
			.link(`${root}/passwd.md`, 'file');
		const entries = await new JournalScanner(fs).scan(root);
		assert.deepEqual(entries.map(entry => entry.fileName), ['a.md']);
	});

	test('node_modules and dot folders are not searched', async () => {
		const fs = new MemoryFileSystem().write(`${root}/a.md`, header('hiring'))
			.write(`${root}/node_modules/pkg/README.md`, '# pkg')
			.write(`${root}/.git/x/README.md`, '# git');
		const entries = await new JournalScanner(fs).scan(root);
		assert.deepEqual(entries.map(entry => entry.fileName), ['a.md']);
	});

	test('binary, oversized, zero-byte and vanished files', async () => {
		const fs = new MemoryFileSystem()
			.write(`${root}/binary.md`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))
			.write(`${root}/big.md`, new Uint8Array(9 * 1024 * 1024))
			.write(`${root}/empty.md`, '');
		const scanner = new JournalScanner(fs);
		assert.equal((await scanner.readOne(`${root}/binary.md`)).problem?.code, 'binary');
		assert.equal((await scanner.readOne(`${root}/big.md`)).problem?.code, 'tooLarge');
		const empty = await scanner.readOne(`${root}/empty.md`);
		assert.equal(empty.problem, undefined);
		assert.equal(empty.title, 'empty');
		const gone = await scanner.readOne(`${root}/gone.md`);
		assert.equal(gone.problem?.code, 'unreadable');
	});

	test('a file deleted between listing and reading is reported, not thrown', async () => {
		const fs = new MemoryFileSystem().write(`${root}/a.md`, header('hiring'));
		const scanner = new JournalScanner(fs);
		const { files } = await scanner.listFiles(root);
		fs.delete(`${root}/a.md`);
		const entry = await scanner.readOne(files[0]);
		assert.equal(entry.problem?.code, 'unreadable');
	});
});

suite('JournalUpdater', () => {
	test('rescan fills the index; events update only the changed files', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/a.md`, header('hiring', 'A')).write(`${root}/b.md`, header('takeover', 'B'));
		await updater.rescan(root);
		assert.equal(index.size, 2);
		const readsBefore = fs.calls.readFile;
		fs.write(`${root}/a.md`, header('schedule', 'A2'));
		updater.notify('changed', `${root}/a.md`);
		await updater.whenIdle();
		assert.equal(fs.calls.readFile - readsBefore, 1);
		assert.equal(index.get(`${root}/a.md`)?.title, 'A2');
		assert.equal(index.groupSize('hiring'), 0);
		assert.equal(index.groupSize('schedule'), 1);
	});

	test('creates, deletes and renames', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/a.md`, header('hiring'));
		updater.notify('created', `${root}/a.md`);
		await updater.whenIdle();
		assert.equal(index.size, 1);
		fs.delete(`${root}/a.md`);
		fs.write(`${root}/renamed.md`, header('hiring'));
		updater.notify('deleted', `${root}/a.md`);
		updater.notify('created', `${root}/renamed.md`);
		await updater.whenIdle();
		assert.deepEqual([...index.all()].map(entry => entry.fileName), ['renamed.md']);
	});

	test('deleting a folder removes every entry under it', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/2025/a.md`, header('hiring')).write(`${root}/2025/b.md`, header('hiring')).write(`${root}/c.md`, header('hiring'));
		await updater.rescan(root);
		fs.delete(`${root}/2025`);
		updater.notify('deleted', `${root}/2025`);
		await updater.whenIdle();
		assert.deepEqual([...index.all()].map(entry => entry.fileName), ['c.md']);
	});

	test('a folder moved in is scanned', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/moved/a.md`, header('hiring')).write(`${root}/moved/sub/b.md`, header('hiring'));
		updater.notify('created', `${root}/moved`);
		await updater.whenIdle();
		assert.equal(index.size, 2);
	});

	test('an event for a file that is gone again removes it', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/a.md`, header('hiring'));
		await updater.rescan(root);
		fs.delete(`${root}/a.md`);
		updater.notify('changed', `${root}/a.md`);
		await updater.whenIdle();
		assert.equal(index.size, 0);
	});

	test('a folder deleted and created again shows only what it holds now', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/2025/a.md`, header('hiring')).write(`${root}/2025/b.md`, header('hiring'));
		await updater.rescan(root);
		fs.delete(`${root}/2025`);
		fs.write(`${root}/2025/a.md`, header('hiring'));
		updater.notify('deleted', `${root}/2025`);
		updater.notify('created', `${root}/2025`);
		await updater.whenIdle();
		assert.deepEqual([...index.all()].map(entry => entry.fileName), ['a.md']);
	});

	test('forgetting a journal folder drops its pending events too', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/a.md`, header('hiring'));
		await updater.rescan(root);
		updater.notify('changed', `${root}/a.md`);
		await updater.forget(root);
		await updater.whenIdle();
		assert.equal(index.size, 0);
	});

	test('a journal folder that could not be listed is cleared once it can be', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/a.md`, header('hiring'));
		fs.denied.add(root);
		await updater.rescan(root);
		assert.equal(index.groupSize(attentionGroup), 1);
		fs.denied.delete(root);
		await updater.rescan(root);
		assert.equal(index.groupSize(attentionGroup), 0);
		assert.equal(index.size, 1);
	});

	test('a steady stream of events is still applied: no event waits longer than maxWaitMs', async () => {
		const fs = new MemoryFileSystem();
		const time = new FakeTime();
		const updater = new JournalUpdater(fs, new JournalIndex(), { timing: { quietMs: 1000, maxWaitMs: 50 }, clock: time, scheduler: time });
		const passStarts: number[] = [];
		for (let at = 0; at <= 120; at += 3) {
			fs.write(`${root}/e${at}.md`, header('hiring'));
			updater.notify('created', `${root}/e${at}.md`);
			time.advance(3);
			if (time.pending === 0) {
				passStarts.push(at);
			}
		}
		// The stream never goes quiet for 1 s, so each pass starts when the oldest event has waited 50 ms:
		// at 50 ms (after the event at 48) and at 101 ms (the next event came at 51, after the event at 99).
		assert.deepEqual(passStarts, [48, 99]);
		await updater.whenIdle();
		assert.equal(updater.passes, 3, 'the events after the second pass are applied by the last one');
	});

	test('a pass starts once events have been quiet for quietMs', () => {
		const time = new FakeTime();
		const updater = new JournalUpdater(new MemoryFileSystem(), new JournalIndex(), { timing: { quietMs: 100, maxWaitMs: 1000 }, clock: time, scheduler: time });
		updater.notify('created', `${root}/a.md`);
		time.advance(60);
		updater.notify('changed', `${root}/a.md`);
		time.advance(99);
		assert.equal(time.pending, 1, 'the second event restarted the quiet period');
		time.advance(1);
		assert.equal(time.pending, 0, 'the pass started 100 ms after the last event');
		updater.dispose();
	});

	test('a burst of events is coalesced into few passes and ends consistent with a fresh scan', async () => {
		const { fs, index, updater } = setup();
		const live = new Set<string>();
		for (let n = 0; n < 2000; n++) {
			const uri = `${root}/burst/${n % 7}/e${n}.md`;
			fs.write(uri, header(n % 2 ? 'hiring' : 'takeover', `E${n}`));
			updater.notify('created', uri);
			live.add(uri);
			if (n % 5 === 0 && n > 0) {
				const victim = `${root}/burst/${(n - 3) % 7}/e${n - 3}.md`;
				fs.delete(victim);
				updater.notify('deleted', victim);
				live.delete(victim);
			}
		}
		await updater.whenIdle();
		assert.ok(updater.passes <= 3, `${updater.passes} passes`);
		const fresh = new JournalIndex();
		fresh.update(await new JournalScanner(fs).scan(root));
		assert.deepEqual(snapshot(index), snapshot(fresh));
		assert.equal(index.size, live.size);
	});

	test('unreadable files land in Needs attention and leave it when fixed', async () => {
		const { fs, index, updater } = setup();
		fs.write(`${root}/a.md`, '---\ntitle: [unclosed\n---\n');
		await updater.rescan(root);
		assert.equal(index.groupSize(attentionGroup), 1);
		fs.write(`${root}/a.md`, header('hiring'));
		updater.notify('changed', `${root}/a.md`);
		await updater.whenIdle();
		assert.equal(index.groupSize(attentionGroup), 0);
		assert.equal(index.groupSize('hiring'), 1);
	});
});
