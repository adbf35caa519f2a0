import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, stringify } from 'smol-toml';
import { parseHeader, splitHeader } from '../../../src/core/text/header';
import { editHeader } from '../../../src/core/text/headerEdit';
import { readEntry } from '../../../src/core/index/entryReader';
import { lines } from '../helpers/memoryFileSystem';

const hugo = lines('+++', 'title = "Offsite plan"', 'date = 2026-11-26T23:30:00-05:00', 'tags = ["offsite", "team"]', 'areas = ["reorganization"]', 'draft = false', '', '[extra]', 'mood = 4', '+++', '# Heading', 'Body');

suite('TOML headers (Hugo, Zola)', () => {
	test('are read as headers: title, the date as written, lists', () => {
		const entry = readEntry(hugo, { uri: 'mem://ws/journal/offsite.md', mtime: 1, size: 1 });
		assert.equal(entry.problem, undefined);
		assert.equal(entry.title, 'Offsite plan');
		assert.equal(entry.date, '2026-11-26', 'the calendar date the writer typed, whatever the offset');
		assert.deepEqual(entry.tags, ['offsite', 'team']);
		assert.deepEqual(entry.areas, ['reorganization']);
		assert.equal(hugo.slice(parseHeader(hugo).bodyOffset), '# Heading\nBody');
	});

	test('local dates and Zola\'s plain dates', () => {
		assert.equal(parseHeader('+++\ndate = 2026-11-02\n+++\n').data.date, '2026-11-02');
		assert.equal(readEntry('+++\ndate = 2026-11-02T09:00:00\n+++\n', { uri: 'mem://a.md', mtime: 1, size: 1 }).date, '2026-11-02');
	});

	test('a TOML header that does not parse, or is not closed, is a located problem', () => {
		const broken = parseHeader('+++\ntitle = "a"\ntitle = "b"\n+++\nbody');
		assert.equal(broken.problem?.code, 'tomlHeader');
		assert.equal(broken.problem?.line, 2);
		assert.ok(broken.problem?.detail);
		assert.equal(parseHeader('+++\ntitle = "a"\n').problem?.code, 'unclosedHeader');
	});

	test('editors never change a TOML header, nor add a YAML one below it', () => {
		assert.equal(splitHeader(hugo).bodyOffset, hugo.indexOf('# Heading'));
		assert.deepEqual(editHeader(hugo, { status: 'decided' }), { problem: { code: 'tomlHeader', line: 0, detail: undefined } });
	});

	test('reads what smol-toml writes, the same as smol-toml reads it', () => {
		const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean());
		fc.assert(fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 6 }), table => {
			const toml = stringify(table);
			const text = `+++\n${toml}\n+++\nbody`;
			assert.deepEqual(parseHeader(text).data, { ...parse(toml) });
			assert.equal(text.slice(parseHeader(text).bodyOffset), 'body');
		}));
	});
});
