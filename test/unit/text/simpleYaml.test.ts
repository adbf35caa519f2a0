import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { isSafePlainString, parseSimpleYaml } from '../../../src/core/text/simpleYaml';
import { vaultHeaders } from '../../bench/vaultHeaders';

function fullParse(block: string): unknown {
	return parse(block, { schema: 'core', uniqueKeys: true }) ?? {};
}

const cases = [
	'title: Plan\ndate: 2026-11-26\n',
	'areas: [hiring, key-people]\ntags: []\n',
	'people:\n  - Dana Li\n  - Sam\nstatus: open\n',
	'people:\n- Dana\n- Sam\n',
	'empty:\nnext: 1\n',
	'review:\n',
	'n: 42\nf: 1.5\ne: 1e3\nt: true\nF: FALSE\nz: ~\nnul: null\n',
	'title: C# and F#\nurl: http://example.invalid/x\n',
	'title: Plan # with a comment\n',
	"title: 'single'\nother: \"double\"\n",
	'confidence: 070\n',
	'title: Yes\nanswer: no\n',
	'nested:\n  a: 1\n',
	'Date created: 2026-01-05\nlast modified by: Dana Li\n',
	'aliases:\n  - \n  -\ntags:\n- a\n- # only a comment\n',
	'menu:\n  main:\n    weight: 10\n    parent: docs\n  # a comment\nparams:\n  toc: true\n  authors: [Dana, Sam]\n  list:\n  - x\ntitle: After\n',
	'empty map:\n  inner:\nnext: 1\n',
	'Überschrift: ja\n名前: 値\n',
];

const rejected = [
	'title: a: b\n',
	'title: "esc\\"aped"\n',
	'people:\n  - a\n    - b\n',
	'key: &anchor value\n',
	'key: *alias\n',
	'key: |\n  block\n',
	'key: [a, [b]]\n',
	'key: {a: 1}\n',
	'title: a\ntitle: b\n',
	'nested:\n  a: 1\n  a: 2\n',
	'nested:\n  a: 1\n b: 2\n',
	'nested:\n  a: 1\n    b: 2\n',
	'list:\n  - a\n  b: 1\n',
	'list:\n  -\n    a: 1\n',
	'list:\n  - a: 1\n',
	'list:\n  - - a\n',
	'title: plain\n  continued\n',
	'key : spaced before the colon\n',
	'two  spaces: x\n',
	'trailing :\n',
	'nested:\n  true: x\n',
	'nested:\n  __proto__: x\n',
	'  indented: whole\n',
	'\tkey: value\n',
	'key: -1\n',
	'key: .inf\n',
	'key: 0x1F\n',
	'__proto__: x\n',
	'Null: x\n',
	'true: a\nTrue: b\n',
	'confidence: 70\u3000\n',
	'title: \u00a0Plan\n',
	'status: open\n\u00a0\n',
];

suite('parseSimpleYaml', () => {
	for (const block of cases) {
		test(`agrees with the yaml library: ${JSON.stringify(block)}`, () => {
			const fast = parseSimpleYaml(block);
			assert.notEqual(fast, undefined, 'the fast path should take this');
			assert.deepEqual(fast, fullParse(block));
		});
	}

	for (const block of rejected) {
		test(`leaves unusual YAML to the library: ${JSON.stringify(block)}`, () => {
			assert.equal(parseSimpleYaml(block), undefined);
		});
	}

	test('property: whenever it answers, the yaml library agrees', () => {
		const scalar = fc.oneof(
			fc.constantFrom('a', 'Dana Li', 'true', 'False', 'null', '~', '42', '4.2', '1e3', '-1', '0x10', 'a: b', 'a #b', '#c',
				'"q"', "'q'", '"a,b"', '[x]', '2026-11-26', 'x:y', '', ' ', 'é', '💡', '*a', '&a', '!t', '|', '>', '%', '@', '`', '?', ','),
			fc.string({ maxLength: 8 }),
			fc.string({ unit: fc.constantFrom('a', ' ', '\u00a0', '\u3000', '\ufeff', '\u2028', '\u0085', ':', '#', '"', "'", 'é', '\t', '\v'), maxLength: 6 }),
			fc.string({ unit: 'binary', maxLength: 6 }),
		);
		const key = fc.constantFrom('title', 'areas', 'tags', 'x', 'a-b', 'a.b', '_k', 'K', 'null', 'Null', 'NULL', 'true', 'True', 'False', 'n', 'y', 'yes',
			'Date created', 'a b', 'a  b', 'a -b', 'a - b', 'é ü', 'key ', ' key', '__proto__', 'x:y', 'a #b');
		const indent = fc.constantFrom('', '', ' ', '  ', '    ');
		const line = fc.oneof(
			fc.tuple(indent, key, scalar).map(([at, name, value]) => `${at}${name}: ${value}`),
			fc.tuple(indent, key).map(([at, name]) => `${at}${name}:`),
			fc.tuple(fc.constantFrom('tags', 'people'), fc.array(scalar, { maxLength: 4 })).map(([name, items]) => `${name}: [${items.join(', ')}]`),
			fc.tuple(indent, scalar).map(([at, value]) => `${at}- ${value}`),
			fc.tuple(indent, fc.constantFrom('-', '- ', '- # c', '- - a', '- a: 1', '-x')).map(([at, item]) => `${at}${item}`),
			fc.constantFrom('people:', '# comment', '  # indented comment', '', 'key:', '  nested: 1', '---', '...'),
		);
		fc.assert(fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (lineList, eol) => {
			const block = lineList.join(eol) + eol;
			const fast = parseSimpleYaml(block);
			if (fast === undefined) {
				return true;
			}
			let full: unknown;
			try {
				full = fullParse(block);
			} catch {
				return false;
			}
			assert.deepEqual(fast, full);
			return true;
		}), { numRuns: 20000 });
	});

	test('on headers shaped like real vaults\' it answers as the library does, for all but block scalars and escapes', () => {
		for (const block of vaultHeaders(3000)) {
			const fast = parseSimpleYaml(block);
			if (fast !== undefined) {
				assert.deepEqual(fast, fullParse(block), block);
			} else {
				assert.match(block, /: >-\n|\\"/, `only the library's shapes fall back: ${block}`);
			}
		}
	});

	test('isSafePlainString: only strings that read back unchanged', () => {
		assert.equal(isSafePlainString('Reorganize EMEA sales'), true);
		assert.equal(isSafePlainString('key-people'), true);
		for (const unsafe of ['Q3: plan', 'true', '42', '- list', '#1 priority', 'a, b', '[x]', '', ' padded ', 'null', 'x #y', 'two\nlines', 'nbsp\u00a0end']) {
			assert.equal(isSafePlainString(unsafe), false, unsafe);
		}
	});
});
