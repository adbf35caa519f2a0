import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EntrySummary } from '../../../src/core/model/entry';
import { attentionGroup, JournalIndex, unsortedGroup } from '../../../src/core/index/journalIndex';
import { entry } from '../helpers/entries';

function titles(index: JournalIndex, group: string): string[] {
	return index.groupPage(group, 0, Infinity).map(item => item.title);
}

suite('JournalIndex', () => {
	test('groups by area; several areas mean several groups', () => {
		const index = new JournalIndex();
		index.update([entry('a', { areas: ['hiring'] }), entry('b', { areas: ['hiring', 'takeover'] })]);
		assert.deepEqual(titles(index, 'hiring').sort(), ['a', 'b']);
		assert.deepEqual(titles(index, 'takeover'), ['b']);
		assert.equal(index.groupSize('schedule'), 0);
	});

	test('no area or only unknown ones go to Unsorted; problems to Needs attention', () => {
		const index = new JournalIndex();
		index.update([
			entry('none'),
			entry('unknown', { areas: ['marketing'] }),
			entry('mixed', { areas: ['marketing', 'hiring'] }),
			entry('broken', { areas: ['hiring'], problem: { code: 'unclosedHeader', line: 0 } }),
		]);
		assert.deepEqual(titles(index, unsortedGroup).sort(), ['none', 'unknown']);
		assert.deepEqual(titles(index, 'hiring'), ['mixed']);
		assert.deepEqual(titles(index, attentionGroup), ['broken']);
		assert.equal(index.size, 4);
	});

	test('newest first by date, by modification time when there is no date', () => {
		const index = new JournalIndex();
		index.update([
			entry('old', { areas: ['hiring'], date: '2025-01-01' }),
			entry('new', { areas: ['hiring'], date: '2026-11-01' }),
			entry('undated', { areas: ['hiring'], mtime: Date.UTC(2026, 5, 1) }),
			entry('same-day-later', { areas: ['hiring'], date: '2026-11-01', mtime: 5 }),
		]);
		assert.deepEqual(titles(index, 'hiring'), ['same-day-later', 'new', 'undated', 'old']);
	});

	test('an update moves an entry between groups and fires once per batch that changes something', () => {
		const index = new JournalIndex();
		let events = 0;
		index.onDidChange(() => events++);
		index.update([entry('a', { areas: ['hiring'] }), entry('b')]);
		index.update([entry('a', { areas: ['takeover'] })]);
		assert.equal(index.groupSize('hiring'), 0);
		assert.deepEqual(titles(index, 'takeover'), ['a']);
		assert.equal(events, 2);
		index.update([], ['mem://nowhere.md']);
		assert.equal(events, 2, 'removing what is not there changes nothing');
		index.update([], [entry('a').uri]);
		assert.equal(index.size, 1);
		assert.equal(events, 3);
	});

	test('urisUnder finds a folder\'s entries and the folder itself, not look-alike siblings', () => {
		const index = new JournalIndex();
		index.update([entry('2025/a'), entry('2025/b/c'), entry('2025-old/d'), { ...entry('x'), uri: 'mem://ws/journal/2025' }]);
		assert.deepEqual(index.urisUnder(['mem://ws/journal/2025']).sort(),
			['mem://ws/journal/2025', 'mem://ws/journal/2025/a.md', 'mem://ws/journal/2025/b/c.md']);
		assert.deepEqual(index.urisUnder([]), []);
	});

	test('pages through a group', () => {
		const index = new JournalIndex();
		index.update(Array.from({ length: 30 }, (_, day) => entry(`d${day}`, { areas: ['schedule'], date: `2026-01-${String(day + 1).padStart(2, '0')}` })));
		assert.deepEqual(index.groupPage('schedule', 0, 2).map(item => item.title), ['d29', 'd28']);
		assert.deepEqual(index.groupPage('schedule', 28, 5).map(item => item.title), ['d1', 'd0']);
	});

	test('replaceUnder drops what a fresh scan no longer finds, only below that folder', () => {
		const index = new JournalIndex();
		index.update([entry('a'), { ...entry('b'), uri: 'mem://other/b.md' }]);
		index.replaceUnder('mem://ws/journal', [entry('c')]);
		assert.deepEqual([...index.all()].map(item => item.title).sort(), ['b', 'c']);
	});

	test('property: many small updates give the same groups as one bulk load', () => {
		const names = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
		const op = fc.record({
			name: names,
			remove: fc.boolean(),
			areas: fc.subarray(['hiring', 'takeover', 'nope']),
			day: fc.integer({ min: 1, max: 9 }),
			mtime: fc.integer({ min: 0, max: 3 }),
		});
		fc.assert(fc.property(fc.array(op, { maxLength: 40 }), ops => {
			const incremental = new JournalIndex();
			const expected = new Map<string, EntrySummary>();
			for (const step of ops) {
				const item = entry(step.name, { areas: step.areas, date: `2026-01-0${step.day}`, mtime: step.mtime });
				if (step.remove) {
					incremental.update([], [item.uri]);
					expected.delete(item.uri);
				} else {
					incremental.update([item]);
					expected.set(item.uri, item);
				}
			}
			const bulk = new JournalIndex();
			bulk.update([...Array(600).keys()].map(n => entry(`filler${n}`, { problem: { code: 'binary', line: 0 } })));
			bulk.replaceUnder('mem://ws/journal', [...expected.values()]);
			for (const group of ['hiring', 'takeover', unsortedGroup]) {
				assert.deepEqual(titles(incremental, group), titles(bulk, group));
			}
		}), { numRuns: 300 });
	});
});
