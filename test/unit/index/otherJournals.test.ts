import * as assert from 'node:assert/strict';
import { readEntry } from '../../../src/core/index/entryReader';
import { readReaderOptions, readerOptionsKey } from '../../../src/core/index/readerOptions';
import { lines } from '../helpers/memoryFileSystem';

const facts = { uri: 'mem://ws/vault/Daily/Meeting with Dana.md', mtime: Date.UTC(2026, 10, 20, 12), size: 100 };

suite('Reading notes written by other tools', () => {
	test('created is the date when date is absent: ISO dates, times, and Dendron\'s epoch milliseconds', () => {
		assert.equal(readEntry('---\ncreated: 2026-11-02\n---\n', facts).date, '2026-11-02');
		assert.equal(readEntry('---\ncreated: 2026-11-02T09:15:00\n---\n', facts).date, '2026-11-02');
		assert.equal(readEntry('---\ncreated: "2026-11-02 09:15"\n---\n', facts).date, '2026-11-02');
		assert.equal(readEntry('---\nid: abc\ncreated: 1793606400000\nupdated: 1795651200000\n---\n', facts).date, '2026-11-02');
		assert.equal(readEntry('---\ndate: 2026-11-05\ncreated: 2026-11-02\n---\n', facts).date, '2026-11-05', 'date wins');
	});

	test('tag, Obsidian\'s older key, as well as tags; body #tags only when asked for', () => {
		assert.deepEqual(readEntry('---\ntag: [team, "#q4"]\ntags: team\n---\nText #body\n', facts).tags, ['team', 'q4']);
		const bodyTags = readReaderOptions(undefined, true, undefined);
		assert.deepEqual(readEntry('---\ntags: [team]\n---\nText #body and #team\n', facts, bodyTags).tags, ['team', 'body']);
	});

	test('aliases are kept for Search Entries', () => {
		assert.deepEqual(readEntry('---\naliases: [Dana 1:1, Weekly with Dana]\n---\n', facts).aliases, ['Dana 1:1', 'Weekly with Dana']);
		assert.equal(readEntry('---\ntitle: x\n---\n', facts).aliases, undefined);
	});

	test('category, categories and area values become areas through the mapping only', () => {
		const mapped = readReaderOptions(undefined, undefined, { Team: 'key-people', 'Hiring Pipeline': 'Hiring', ignored: 3, '': 'x' });
		assert.deepEqual(readEntry('---\ncategories: [Team, Personal]\n---\n', facts, mapped).areas, ['key-people']);
		assert.deepEqual(readEntry('---\ncategory: hiring pipeline\narea: team\n---\n', facts, mapped).areas, ['key-people', 'hiring']);
		assert.deepEqual(readEntry('---\narea: Takeover\ncategory: Team\n---\n', facts).areas, ['takeover'], 'without a mapping, category is no area');
	});

	test('the title comes from the first heading, or from the file name when the setting says so', () => {
		const text = '---\ntags: [x]\n---\n# Index\n';
		assert.equal(readEntry(text, facts).title, 'Index');
		assert.equal(readEntry(text, facts, readReaderOptions('fileName', undefined, undefined)).title, 'Meeting with Dana');
		assert.equal(readEntry('---\ntitle: Set\n---\n# Index\n', facts, readReaderOptions('fileName', undefined, undefined)).title, 'Set');
	});

	test('options not understood are the defaults, and every change of options changes the key', () => {
		assert.deepEqual(readReaderOptions('sideways', 'yes', ['a']), readReaderOptions(undefined, undefined, undefined));
		const keys = new Set([
			readerOptionsKey(readReaderOptions(undefined, undefined, undefined)),
			readerOptionsKey(readReaderOptions('fileName', undefined, undefined)),
			readerOptionsKey(readReaderOptions(undefined, true, undefined)),
			readerOptionsKey(readReaderOptions(undefined, undefined, { a: 'b' })),
		]);
		assert.equal(keys.size, 4);
	});

	test(lines('git conflict markers win over a header that no longer parses'), () => {
		assert.equal(readEntry('---\n<<<<<<< HEAD\ntitle: A\n=======\ntitle: B\n>>>>>>> x\n---\n', facts).problem?.code, 'conflictMarkers');
	});
});
