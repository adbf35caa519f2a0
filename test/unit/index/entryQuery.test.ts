import * as assert from 'node:assert/strict';
import { AreaCatalog } from '../../../src/core/model/areas';
import { defaultQuery, matchesFilter, queryEntries, readEntryQuery, staleDays, type EntryQuery } from '../../../src/core/index/entryQuery';
import { entryText, readEntryText } from '../helpers/entries';

const catalog = new AreaCatalog();
const entry = (name: string, header: string, mtime = 0) => readEntryText(entryText(header), { name, mtime });
const entries = [
	entry('a', 'title: Board prep\ndate: 2026-11-20\nareas: [hiring, takeover]\nstatus: decided\npeople: [Dana, Lee]\ntags: [board]', 3),
	entry('b', 'title: apple plan\ndate: 2026-10-02\nareas: [hiring]\npeople: [Lee]', 2),
	entry('c', 'title: Zebra\ndate: 2026-11-01\nareas: [nowhere]\nstatus: closed\ntags: [board, q4]', 1),
	readEntryText(entryText('title: [broken'), { name: 'd' }),
];
const titles = (query: Partial<EntryQuery>) => queryEntries(entries, { ...defaultQuery, ...query }, catalog)
	.map(group => `${group.key}: ${group.entries.map(item => item.title).join(', ')}`);

suite('entry queries', () => {
	test('group by area, status, month, person and tag; entries that need attention are left out', () => {
		assert.deepEqual(titles({ grouping: 'area' }), ['hiring: Board prep, apple plan', 'takeover: Board prep', '@unsorted: Zebra']);
		assert.deepEqual(titles({ grouping: 'status' }), ['@status:decided: Board prep', '@status:closed: Zebra', '@status:unset: apple plan']);
		assert.deepEqual(titles({ grouping: 'month' }), ['@month:2026-11: Board prep, Zebra', '@month:2026-10: apple plan']);
		assert.deepEqual(titles({ grouping: 'person' }), ['@person:Dana: Board prep', '@person:Lee: Board prep, apple plan', '@person:: Zebra']);
		assert.deepEqual(titles({ grouping: 'tag' }), ['@tag:board: Board prep, Zebra', '@tag:q4: Zebra', '@tag:: apple plan']);
	});

	test('sort by date, title (ignoring case) or last modified', () => {
		assert.deepEqual(titles({ grouping: 'month', sort: 'title' }), ['@month:2026-11: Board prep, Zebra', '@month:2026-10: apple plan']);
		assert.deepEqual(titles({ grouping: 'tag', sort: 'title' })[0], '@tag:board: Board prep, Zebra');
		assert.deepEqual(titles({ grouping: 'area', sort: 'title' })[0], 'hiring: apple plan, Board prep');
		assert.deepEqual(titles({ grouping: 'area', sort: 'modified' })[0], 'hiring: Board prep, apple plan');
	});

	test('filter by words in title, tags and people, and by status', () => {
		assert.deepEqual(titles({ filter: { text: 'BOARD', statuses: [] } }), ['hiring: Board prep', 'takeover: Board prep', '@unsorted: Zebra']);
		assert.deepEqual(titles({ filter: { text: 'lee plan', statuses: [] } }), ['hiring: apple plan'], 'every word must match');
		assert.deepEqual(titles({ filter: { text: '', statuses: ['unset', 'closed'] } }), ['hiring: apple plan', '@unsorted: Zebra']);
		assert.ok(!matchesFilter(entries[0], { text: 'nothing like it', statuses: [] }));
	});

	test('a stored query is read back; anything unknown falls back to the default', () => {
		assert.deepEqual(readEntryQuery({ grouping: 'tag', sort: 'title', filter: { text: 'x', statuses: ['closed', 3] } }),
			{ grouping: 'tag', sort: 'title', filter: { text: 'x', statuses: ['closed'] } });
		assert.deepEqual(readEntryQuery('garbage'), defaultQuery);
		assert.deepEqual(readEntryQuery({ grouping: 'planet', filter: null }), defaultQuery);
	});

	test('an entry untouched for a while shows how long, unless it is closed or the hint is off', () => {
		const day = 86_400_000;
		const now = 100 * day;
		assert.equal(staleDays({ ...entries[1], mtime: now - 45 * day }, now, 30), 45);
		assert.equal(staleDays({ ...entries[1], mtime: now - 10 * day }, now, 30), undefined);
		assert.equal(staleDays({ ...entries[2], mtime: 0 }, now, 30), undefined);
		assert.equal(staleDays({ ...entries[1], mtime: 0 }, now, 0), undefined);
	});
});
