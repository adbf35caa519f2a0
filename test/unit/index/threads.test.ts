import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { relinkEdits } from '../../../src/core/editing/relink';
import { EntryGroups } from '../../../src/core/index/entryGroups';
import { defaultQuery } from '../../../src/core/index/entryQuery';
import { JournalIndex } from '../../../src/core/index/journalIndex';
import { Threads } from '../../../src/core/index/threads';
import { AreaCatalog } from '../../../src/core/model/areas';
import type { EntrySummary } from '../../../src/core/model/entry';
import { entryText, journalRoot, readEntryText } from '../helpers/entries';

const root = journalRoot;

function entry(name: string, date: string, continues?: string, area = 'hiring'): EntrySummary {
	return readEntryText(entryText({ title: name, date, areas: [area], ...(continues ? { continues } : {}) }), { name });
}

function threadsOf(entries: readonly EntrySummary[]): Threads {
	const byUri = new Map(entries.map(one => [one.uri, one]));
	return new Threads(entries, one => one.continues && `${root}/${one.continues}`, uri => byUri.get(uri));
}

suite('threads', () => {
	test('a chain of follow-ups is one thread, ended by the entry no one continues', () => {
		const a = entry('a', '2026-01-01');
		const b = entry('b', '2026-02-01', 'a.md');
		const c = entry('c', '2026-03-01', './b.md');
		const threads = threadsOf([a, b, c]);
		assert.deepEqual([a, b, c].map(one => threads.isContinued(one)), [true, true, false]);
		assert.deepEqual(threads.earlier(c).map(one => one.title), ['b', 'a']);
		assert.equal(threads.continuedBy(b)?.uri, a.uri);
	});

	test('a continues: that names nothing is broken, and the entry stays on its own', () => {
		const lost = entry('lost', '2026-01-01', 'gone.md');
		const threads = threadsOf([lost]);
		assert.ok(threads.isBroken(lost));
		assert.ok(!threads.isContinued(lost));
		assert.deepEqual(threads.earlier(lost), []);
	});

	test('a loop of continues: links does not hide the whole loop: its newest entry stands for it', () => {
		const a = entry('a', '2026-01-01', 'c.md');
		const b = entry('b', '2026-02-01', 'a.md');
		const c = entry('c', '2026-03-01', 'b.md');
		const self = entry('self', '2026-01-01', 'self.md');
		const threads = threadsOf([a, b, c, self]);
		assert.deepEqual([a, b, c].map(one => threads.isContinued(one)), [true, true, false]);
		assert.deepEqual(threads.earlier(c).map(one => one.title), ['b', 'a']);
		assert.ok(!threads.isContinued(self) && threads.isBroken(self), 'an entry that continues itself continues nothing');
	});

	test('property: the tree\'s area groups list each thread once, and every entry is shown or continued', () => {
		fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.constantFrom('hiring', 'takeover')), { minLength: 1, maxLength: 12 }), links => {
			const entries = links.map(([target, area], at) => entry(`e${at}`, `2026-01-${String(at + 1).padStart(2, '0')}`, target < at ? `e${target}.md` : undefined, area));
			const index = new JournalIndex(new AreaCatalog());
			index.update(entries);
			const threads = threadsOf(entries);
			const groups = new EntryGroups(index, () => new AreaCatalog(), () => threads);
			const shown = ['hiring', 'takeover'].flatMap(group => {
				const page = groups.page(group, defaultQuery, '2026-12-01', 1000);
				assert.equal(page.length, groups.size(group, defaultQuery, '2026-12-01'));
				return page;
			});
			assert.equal(new Set(shown.map(one => one.uri)).size, shown.length, 'no entry is shown twice');
			for (const one of entries) {
				assert.equal(shown.includes(one), !threads.isContinued(one), one.title);
			}
		}));
	});
});

suite('relinking', () => {
	test('links to the moved file lead to its new place, fragments kept; other links and text stay', () => {
		const text = 'See [a](../2026/a.md) and [line](../2026/a.md#L12), not [b](b.md) or [web](https://x.invalid/a.md).\n';
		const resolve = (target: string) => (target.startsWith('../2026/') ? `${root}/2026/${target.slice(8)}` : `${root}/2026/${target}`);
		const edits = relinkEdits(text, `${root}/2026/a.md`, '../archive/a.md', resolve);
		const result = edits.reduceRight((out, edit) => out.slice(0, edit.start) + edit.text + out.slice(edit.end), text);
		assert.equal(result, 'See [a](../archive/a.md) and [line](../archive/a.md#L12), not [b](b.md) or [web](https://x.invalid/a.md).\n');
	});
});
