import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { maxHeaderLength, parseHeader } from '../../../src/core/text/header';
import { lines } from '../helpers/memoryFileSystem';

suite('parseHeader', () => {
	test('reads a YAML header and finds the body', () => {
		const text = lines('---', 'title: Plan', 'areas: [hiring]', '---', '# Body');
		const parsed = parseHeader(text);
		assert.deepEqual(parsed.data, { title: 'Plan', areas: ['hiring'] });
		assert.equal(parsed.problem, undefined);
		assert.equal(text.slice(parsed.bodyOffset), '# Body');
	});

	test('a file without a header is all body', () => {
		const parsed = parseHeader('# Just a note\n\nText.');
		assert.deepEqual(parsed.data, {});
		assert.equal(parsed.bodyOffset, 0);
		assert.equal(parsed.problem, undefined);
	});

	test('an empty file and an empty header are fine', () => {
		assert.deepEqual(parseHeader('').data, {});
		const empty = parseHeader('---\n---\nbody');
		assert.deepEqual(empty.data, {});
		assert.equal(empty.problem, undefined);
	});

	test('CRLF line endings', () => {
		const text = '---\r\ntitle: Windows\r\nstatus: decided\r\n---\r\nBody\r\n';
		const parsed = parseHeader(text);
		assert.deepEqual(parsed.data, { title: 'Windows', status: 'decided' });
		assert.equal(text.slice(parsed.bodyOffset), 'Body\r\n');
	});

	test('mixed line endings', () => {
		const parsed = parseHeader('---\r\ntitle: Mixed\nstatus: closed\r\n---\nBody');
		assert.deepEqual(parsed.data, { title: 'Mixed', status: 'closed' });
	});

	test('CR-only line endings (classic Mac OS) are read as line breaks, as YAML and markdown read them', () => {
		const parsed = parseHeader('---\rtitle: x\r---\rBody\r');
		assert.deepEqual(parsed.data, { title: 'x' });
		assert.equal(parsed.problem, undefined);
		assert.equal(parsed.bodyOffset, '---\rtitle: x\r---\r'.length);
	});

	test('property: a header reads the same with LF, CRLF and CR line endings', () => {
		const line = fc.constantFrom('title: Plan', 'title: "Quoted: with colon"', 'areas: [hiring, takeover]', 'people:', '  - Dana Li', '  - Sam',
			'# a comment', 'status: decided # inline', 'notes: |', '  two', '  lines', 'date: 2026-11-26', '', 'nested:', '  a: 1', 'review:', 'x: [a, [b]]');
		fc.assert(fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom('\r\n', '\r'), fc.boolean(), (headerLines, eol, dots) => {
			const text = (eol: string) => ['---', ...headerLines, dots ? '...' : '---', '# Body', 'text', ''].join(eol);
			const reference = parseHeader(text('\n'));
			const parsed = parseHeader(text(eol));
			assert.deepEqual(parsed.data, reference.data);
			assert.deepEqual(parsed.problem?.code, reference.problem?.code);
			assert.equal(text(eol).slice(parsed.bodyOffset), ['# Body', 'text', ''].join(eol));
		}), { numRuns: 500 });
	});

	test('a byte order mark before the header', () => {
		const text = '\uFEFF---\ntitle: BOM\n---\nBody';
		const parsed = parseHeader(text);
		assert.deepEqual(parsed.data, { title: 'BOM' });
		assert.equal(parsed.problem, undefined);
		assert.equal(text.slice(parsed.bodyOffset), 'Body');
		assert.equal(parseHeader('\uFEFF# Only a body').bodyOffset, 1);
	});

	test('"..." also closes the header', () => {
		assert.deepEqual(parseHeader('---\ntitle: Dots\n...\nBody').data, { title: 'Dots' });
	});

	test('an unclosed header is a problem on line 1, not a crash', () => {
		const parsed = parseHeader('---\ntitle: Never closed\n\nSome text');
		assert.equal(parsed.problem?.code, 'unclosedHeader');
		assert.equal(parsed.problem?.line, 0);
		assert.equal(parseHeader('---').problem?.code, 'unclosedHeader');
	});

	test('a header below blank lines is flagged, not silently ignored', () => {
		const parsed = parseHeader('\n\n---\ntitle: Late\n---\n');
		assert.equal(parsed.problem?.code, 'headerNotAtTop');
		assert.equal(parsed.problem?.line, 2);
	});

	test('a horizontal rule is not a header', () => {
		const parsed = parseHeader('----\ntext\n----\n');
		assert.deepEqual(parsed, { data: {}, bodyOffset: 0 });
		assert.equal(parseHeader('\n---\nJust a rule below a blank line\n').problem, undefined);
	});

	for (const language of ['js', 'javascript', 'JS', 'coffee']) {
		test(`---${language} is refused and its payload never runs`, () => {
			const global = globalThis as { leadershipJournalPwned?: number };
			delete global.leadershipJournalPwned;
			const parsed = parseHeader(`---${language}\n(globalThis.leadershipJournalPwned = 1, { title: "x" })\n---\nbody`);
			assert.equal(global.leadershipJournalPwned, undefined);
			assert.equal(parsed.problem?.code, 'codeHeader');
			assert.deepEqual(parsed.data, {});
		});
	}

	test('JSON headers are named, not misread', () => {
		assert.equal(parseHeader(';;;\n{"title": "x"}\n;;;\n').problem?.code, 'jsonHeader');
		assert.equal(parseHeader('---json\n{"title": "x"}\n---\n').problem?.code, 'jsonHeader');
		assert.equal(parseHeader('---yaml\ntitle: fine\n---\n').data.title, 'fine');
	});

	test('invalid YAML reports the line in the file', () => {
		const parsed = parseHeader(lines('---', 'title: ok', 'areas: [hiring', 'status: x', '---', 'body'));
		assert.equal(parsed.problem?.code, 'invalidYaml');
		// The library notices the open bracket where the next key starts: line 4 of the file (index 3).
		assert.equal(parsed.problem?.line, 3);
		assert.ok(parsed.problem?.detail);
	});

	test('duplicate keys are a problem', () => {
		const parsed = parseHeader('---\ntitle: a\ntitle: b\n---\n');
		assert.equal(parsed.problem?.code, 'invalidYaml');
		assert.equal(parsed.problem?.line, 2);
	});

	test('a header that is a list or a string is a problem', () => {
		assert.equal(parseHeader('---\n- a\n- b\n---\n').problem?.code, 'headerNotAMapping');
		assert.equal(parseHeader('---\njust words\n---\n').problem?.code, 'headerNotAMapping');
	});

	test('an alias bomb is refused quickly instead of expanded', () => {
		const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
		for (let level = 1; level < 10; level++) {
			const previous = String.fromCharCode(96 + level);
			const name = String.fromCharCode(97 + level);
			bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
		}
		bomb.push('---', 'body');
		const started = Date.now();
		const parsed = parseHeader(bomb.join('\n'));
		assert.equal(parsed.problem?.code, 'headerTooComplex');
		assert.ok(Date.now() - started < 5000);
	});

	test('deep nesting is refused before the YAML library recurses into it', () => {
		const depth = 5000;
		assert.equal(parseHeader(`---\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n`).problem?.code, 'headerTooComplex');
		assert.equal(parseHeader(`---\nx:\n${'- '.repeat(depth)}a\n---\n`).problem?.code, 'headerTooComplex');
		assert.equal(parseHeader(`---\nx: ${'['.repeat(100)}${']'.repeat(100)}\ny: 1\n---\n`).problem, undefined);
	});

	test('more than 100 alias references are refused unparsed; duplicate keys are found without a quadratic check', () => {
		const aliases = ['---', 'a: &a x', ...Array.from({ length: 101 }, (_, at) => `k${at}: *a`), '---'].join('\n');
		assert.equal(parseHeader(aliases).problem?.code, 'headerTooComplex');
		const started = Date.now();
		const keys = ['---', 'x: {a: 1}', ...Array.from({ length: 20_000 }, (_, at) => `k${at}: v`), 'k7: again', '---'].join('\n');
		assert.deepEqual(parseHeader(keys).problem, { code: 'invalidYaml', line: 20_002, detail: 'Map keys must be unique' });
		assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
	});

	test('a header over the size limit is refused without parsing', () => {
		const parsed = parseHeader(`---\nnotes: "${'x'.repeat(maxHeaderLength)}"\n---\nbody`);
		assert.equal(parsed.problem?.code, 'headerTooLarge');
	});

	test('comments and complex YAML fall back to the full parser', () => {
		const parsed = parseHeader(lines('---', '# a comment', 'title: "Quoted: with colon"', 'people:', '  - name: Dana', '---'));
		assert.deepEqual(parsed.data, { title: 'Quoted: with colon', people: [{ name: 'Dana' }] });
	});

	test('dates stay strings: no time zone can shift them', () => {
		assert.equal(parseHeader('---\ndate: 2026-11-26\n---\n').data.date, '2026-11-26');
		assert.equal(parseHeader('---\ndate: "2026-11-26"\nx: [a, "b c"]\n---\n').data.date, '2026-11-26');
	});
});
