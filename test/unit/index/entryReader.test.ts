import * as assert from 'node:assert/strict';
import { firstHeading, readEntry, readList } from '../../../src/core/index/entryReader';
import { lines } from '../helpers/memoryFileSystem';
import { entryText, readEntryText } from '../helpers/entries';

const facts = { uri: 'mem://ws/journal/2026/2026-11-26-plan.md', mtime: Date.UTC(2026, 10, 20, 12), size: 100 };

suite('readEntry', () => {
	test('reads the documented format', () => {
		const entry = readEntry(lines(
			'---',
			'title: Reorganize the EMEA sales division',
			'date: 2026-11-26',
			'areas: [reorganization]   # one or more area ids',
			'tags: [sales, emea]',
			'status: exploring',
			'review: 2026-12-10',
			'people: [Dana Li]',
			'---',
			'# Heading'), facts);
		assert.equal(entry.title, 'Reorganize the EMEA sales division');
		assert.equal(entry.date, '2026-11-26');
		assert.deepEqual(entry.areas, ['reorganization']);
		assert.deepEqual(entry.tags, ['sales', 'emea']);
		assert.equal(entry.status, 'exploring');
		assert.equal(entry.review, '2026-12-10');
		assert.deepEqual(entry.people, ['Dana Li']);
		assert.equal(entry.problem, undefined);
		assert.equal(entry.fileName, '2026-11-26-plan.md');
	});

	test('accepts area, challenge and challenges, and a single string', () => {
		assert.deepEqual(readEntry('---\narea: Hiring\n---\n', facts).areas, ['hiring']);
		assert.deepEqual(readEntry('---\nchallenge: takeover\n---\n', facts).areas, ['takeover']);
		assert.deepEqual(readEntry('---\nchallenges: [schedule, cutbacks]\n---\n', facts).areas, ['schedule', 'cutbacks']);
		assert.deepEqual(readEntry('---\nareas: hiring, key-people\narea: hiring\n---\n', facts).areas, ['hiring', 'key-people']);
	});

	test('accepts tags as a list or a comma-separated string, with or without #', () => {
		assert.deepEqual(readEntry('---\ntags: "#sales, emea"\n---\n', facts).tags, ['sales', 'emea']);
		assert.deepEqual(readEntry('---\ntags:\n  - a\n  - b\n---\n', facts).tags, ['a', 'b']);
	});

	test('accepts dates as dates, timestamps and epoch numbers', () => {
		assert.equal(readEntry('---\ndate: 2026-11-26T23:30:00-05:00\n---\n', facts).date, '2026-11-26');
		assert.equal(readEntry('---\ndate: "2026-11-26 08:00"\n---\n', facts).date, '2026-11-26');
		assert.equal(readEntry('---\ndate: 1795651200000\n---\n', facts).date, '2026-11-26');
		assert.equal(readEntry('---\ndate: 1795651200\n---\n', facts).date, '2026-11-26');
	});

	test('wrong types give a sensible reading, not a crash', () => {
		const entry = readEntry(lines('---', 'areas: 42', 'title: [a, b]', 'date: yesterday', 'status: {}', 'review: 2026-02-30', '---', '# From the heading'), facts);
		assert.deepEqual(entry.areas, []);
		assert.equal(entry.title, 'From the heading');
		assert.equal(entry.date, undefined);
		assert.equal(entry.status, undefined);
		assert.equal(entry.review, undefined);
		assert.equal(entry.problem, undefined);
	});

	test('title falls back to the first # heading, then the file name', () => {
		assert.equal(readEntry('Intro\n\n# The heading\n## Not this\n', facts).title, 'The heading');
		assert.equal(readEntry('```\n# in code\n```\n', facts).title, '2026-11-26-plan');
		assert.equal(readEntry('', facts).title, '2026-11-26-plan');
	});

	test('a header that does not parse still lends the entry its title', () => {
		const entry = readEntry('---\ntitle: "Team health"\nareas: [general\n---\n# Heading', facts);
		assert.equal(entry.problem?.code, 'invalidYaml');
		assert.equal(entry.title, 'Team health');
	});

	test('unknown keys are ignored', () => {
		const entry = readEntry('---\ntitle: x\nmood: 4\ncustom: {a: 1}\n---\n', facts);
		assert.equal(entry.title, 'x');
	});

	test('a problem keeps the file in the index with its reason', () => {
		const entry = readEntry('---js\nthrow new Error()\n---\n# Heading', facts);
		assert.equal(entry.problem?.code, 'codeHeader');
		assert.equal(entry.title, 'Heading');
	});

	test('a very long title is shortened for display', () => {
		const entry = readEntry(`---\ntitle: ${'a'.repeat(500)}\n---\n`, facts);
		assert.equal(entry.title.length, 300);
	});

	test('the index keeps how far each entry\'s questions are answered', () => {
		const entry = readEntryText(entryText('title: x', '### One?\nyes\n### Two?\n'));
		assert.deepEqual(entry.questions, { answered: 1, total: 2 });
		assert.equal(readEntryText('no questions').questions, undefined);
	});
});

suite('readList', () => {
	test('drops empty items, duplicates and values that are not text', () => {
		assert.deepEqual(readList(['a', '', 'a', null, { x: 1 }, 3]), ['a', '3']);
		assert.deepEqual(readList(undefined), []);
	});
});

suite('firstHeading', () => {
	test('skips tilde fences and closing hashes', () => {
		assert.equal(firstHeading('~~~\n# no\n~~~\n# Yes ##\n'), 'Yes');
	});
});
