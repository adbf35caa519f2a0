import * as assert from 'node:assert/strict';
import { JournalScanner } from '../../../src/core/index/journalScanner';
import { readEntry } from '../../../src/core/index/entryReader';
import { MemoryFileSystem, lines } from '../helpers/memoryFileSystem';
import { entryText } from '../helpers/entries';

const root = 'mem://ws/journal';
const entry = entryText({ title: 'Plan', areas: ['hiring'], tags: ['q1'] }, '- [ ] call Dana @me due:2026-12-10\n');

async function scanned(fs: MemoryFileSystem): Promise<string[]> {
	const entries = await new JournalScanner(fs).scan(root);
	return entries.map(summary => `${summary.fileName}|${summary.problem?.code ?? 'entry'}|${summary.problem?.detail ?? ''}|${summary.areas.join(',')}`).sort();
}

suite('conflict copies in the index', () => {
	test('a copy of each kind is a conflict copy of its original, never a second entry', async () => {
		const fs = new MemoryFileSystem()
			.write(`${root}/plan.md`, entry)
			.write(`${root}/plan.sync-conflict-20261201-101500-ABCDEFG.md`, entry)
			.write(`${root}/plan (Jane's conflicted copy 2026-12-01).md`, entry)
			.write(`${root}/plan 2.md`, entry)
			.write(`${root}/plan-DESKTOP-AB12CD3.md`, entry)
			.write(`${root}/plan (1).md`, entry);
		assert.deepEqual(await scanned(fs), [
			"plan (1).md|conflictCopy|plan.md|",
			"plan (Jane's conflicted copy 2026-12-01).md|conflictCopy|plan.md|",
			'plan 2.md|conflictCopy|plan.md|',
			'plan-DESKTOP-AB12CD3.md|conflictCopy|plan.md|',
			'plan.md|entry||hiring',
			'plan.sync-conflict-20261201-101500-ABCDEFG.md|conflictCopy|plan.md|',
		]);
	});

	test('a name that only may be a copy is an entry when no original is beside it', async () => {
		const fs = new MemoryFileSystem()
			.write(`${root}/Meeting 2.md`, entry)
			.write(`${root}/Budget (1).md`, entry)
			.write(`${root}/other/Budget.md`, entry)
			.write(`${root}/orphan.sync-conflict-20261201-101500-ABCDEFG.md`, entry);
		assert.deepEqual(await scanned(fs), [
			'Budget (1).md|entry||hiring',
			'Budget.md|entry||hiring',
			'Meeting 2.md|entry||hiring',
			'orphan.sync-conflict-20261201-101500-ABCDEFG.md|conflictCopy|orphan.md|',
		]);
	});

	test('git conflict markers send an entry to Needs attention with every marker line', () => {
		const summary = readEntry(lines('---', 'title: Plan', '---', 'Before', '<<<<<<< HEAD', 'mine', '=======', 'theirs', '>>>>>>> origin/main'),
			{ uri: `${root}/plan.md`, mtime: 1, size: 1 });
		assert.deepEqual(summary.problem, { code: 'conflictMarkers', line: 4, detail: '5, 7, 9' });
		assert.equal(summary.title, 'Plan');
	});
});
