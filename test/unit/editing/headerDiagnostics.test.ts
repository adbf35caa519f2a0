import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import matter from 'gray-matter';
import { parse } from 'yaml';
import { AreaCatalog, builtInAreas, withCustomAreas } from '../../../src/core/model/areas';
import { repairDate } from '../../../src/core/editing/dateRepair';
import { choiceKeys, headerCompletionContext, rankByUse } from '../../../src/core/editing/headerCompletion';
import { headerDiagnostics, type HeaderDiagnostic } from '../../../src/core/editing/headerDiagnostics';
import { headerHoverTarget } from '../../../src/core/editing/headerHover';
import { parseHeader } from '../../../src/core/text/header';
import { readEntry } from '../../../src/core/index/entryReader';

const catalog = new AreaCatalog();
const areaIds = builtInAreas.map(area => area.id);

/** The diagnostics as `code key "written"`, for compact comparison. */
function summary(text: string, areas = catalog): string[] {
	return headerDiagnostics(text, areas).map(found => {
		assert.equal(text.slice(found.start, found.end), found.written, 'the span holds what was written');
		return `${found.code} ${found.key ?? '-'} "${found.written}"`;
	});
}

/** The text with `replacement` in place of what the diagnostic points at. */
function fixed(text: string, found: HeaderDiagnostic, replacement: string): string {
	return text.slice(0, found.start) + replacement + text.slice(found.end);
}

/**
 * Checks that `text` has one diagnostic, a header problem `problem` on the line where its span
 * starts, covering `written`, with a fix of kind `action` that writes `replacement`; the text fixed.
 */
function problemFixed(text: string, problem: string, written: string, replacement: string, action: string): string {
	const found = headerDiagnostics(text, catalog);
	assert.deepEqual(found.map(item => [item.code, item.problem?.code, item.written, item.fix?.replacements, item.fix?.action]),
		[['headerProblem', problem, written, [replacement], action]], text);
	assert.equal(found[0].problem?.line, text.slice(0, found[0].start).split('\n').length - 1, 'the problem is on the line where its span starts');
	return fixed(text, found[0], replacement);
}

/** The text with `|` removed, and the offset where it was. */
function cursor(marked: string): [string, number] {
	return [marked.replace('|', ''), marked.indexOf('|')];
}

const clean = [
	'---',
	'title: "Reorg: phase 2"   # quoted',
	'date: 2026-10-01',
	'areas: [reorganization, Key-People]',
	'area: hiring, takeover',
	'challenges:',
	'  - schedule',
	'status: Decided',
	'review: 2026-11-26T09:30:00+01:00',
	'decided:',
	'confidence: 70',
	'outcome: as-expected',
	'tags: [whatever, you like]',
	'---',
	'# Body',
	'- [ ] Tell the leads @dana due:2026-10-15',
	'- [x] Draft @lee due:2026-10-01 done:2026-10-02',
	'',
].join('\n');

suite('repairDate', () => {
	test('reads year-first dates with -, / or . and drops a time', () => {
		assert.equal(repairDate('2026-1-5'), '2026-01-05');
		assert.equal(repairDate('2026/01/05'), '2026-01-05');
		assert.equal(repairDate('2026.1.05'), '2026-01-05');
		assert.equal(repairDate(' 2026-1-5T09:30 '), '2026-01-05');
		assert.equal(repairDate('2026/1/5 09:30:00+01:00'), '2026-01-05');
	});

	test('never guesses day-first or month-first dates, mixed separators, or days that do not exist', () => {
		assert.equal(repairDate('05.01.2026'), undefined);
		assert.equal(repairDate('01/05/2026'), undefined);
		assert.equal(repairDate('2026-01/05'), undefined);
		assert.equal(repairDate('2026-2-30'), undefined);
		assert.equal(repairDate('2026-13-1'), undefined);
		assert.equal(repairDate('next friday'), undefined);
	});
});

suite('headerDiagnostics', () => {
	test('a correct entry, and a file without a header, have none', () => {
		assert.deepEqual(summary(clean), []);
		assert.deepEqual(summary('# Just notes\n\n- [ ] something due:2026-01-01\n'), []);
		assert.deepEqual(summary(''), []);
	});

	test('unknown areas, in flow lists, block lists and comma-separated values, at the id itself', () => {
		const text = clean
			.replace('[reorganization, Key-People]', '[reorganisation, "boardroom"]')
			.replace('area: hiring, takeover', 'area: hiring,  hirng')
			.replace('  - schedule', '  - schedule\n  - 2026');
		assert.deepEqual(summary(text), [
			'unknownArea areas "reorganisation"',
			'unknownArea areas "boardroom"',
			'unknownArea area "hirng"',
			'unknownArea challenges "2026"',
		]);
		const [reorg, board, hirng] = headerDiagnostics(text, catalog);
		assert.equal(reorg.severity, 'warning');
		assert.deepEqual(reorg.fix?.replacements.slice(0, 1), ['reorganization']);
		assert.equal(reorg.fix?.replacements.length, areaIds.length, 'every known area is offered');
		assert.deepEqual(reorg.fix?.newArea, { id: 'reorganisation', name: 'Reorganisation' });
		assert.deepEqual(board.fix?.newArea, { id: 'boardroom', name: 'Boardroom' });
		assert.equal(fixed(text, board, 'general'), text.replace('"boardroom"', '"general"'), 'the quotes stay');
		assert.equal(fixed(text, hirng, hirng.fix!.replacements[0]), text.replace('hiring,  hirng', 'hiring,  hiring'));
	});

	test('a custom area is known; an id that cannot be a custom area is not offered as one', () => {
		const custom = new AreaCatalog(withCustomAreas([{ id: 'board', name: 'Board', description: '', icon: 'tag', reviewAfterDays: 30 }]));
		const text = clean.replace('[reorganization, Key-People]', '[board, "Sales Team"]');
		assert.deepEqual(summary(text, custom), ['unknownArea areas "Sales Team"']);
		assert.equal(headerDiagnostics(text, custom)[0].fix?.newArea, undefined, '"sales team" is not a valid id');
		assert.deepEqual(headerDiagnostics('---\nareas: board-relations\n---\n', catalog)[0].fix?.newArea, { id: 'board-relations', name: 'Board Relations' });
	});

	test('dates that are not dates, with a fix only where the date is unambiguous', () => {
		const text = clean
			.replace('date: 2026-10-01', "date: '2026/10/1'")
			.replace('review: 2026-11-26T09:30:00+01:00', 'review: 26.11.2026 # later')
			.replace('decided:', 'decided: 2026-1-5T10:00')
			.replace('confidence: 70', 'closed: [2026-01-01]\nconfidence: 70');
		assert.deepEqual(summary(text), [
			`invalidDate date "'2026/10/1'"`,
			'invalidDate review "26.11.2026"',
			'invalidDate decided "2026-1-5T10:00"',
			'invalidDate closed "[2026-01-01]"',
		]);
		const [date, review, decided] = headerDiagnostics(text, catalog);
		assert.deepEqual(date.fix?.replacements, ['2026-10-01']);
		assert.equal(fixed(text, date, '2026-10-01'), text.replace("date: '2026/10/1'", 'date: 2026-10-01'));
		assert.equal(review.fix, undefined);
		assert.deepEqual(decided.fix?.replacements, ['2026-01-05']);
		assert.deepEqual(summary(clean.replace('date: 2026-10-01', 'date: 1764000000')), [], 'epoch seconds are dates');
	});

	test('each item of `reviews` that is not a date, with a fix when the date can be read another way', () => {
		const text = clean.replace('decided:\n', 'decided:\nreviews: [2026-12-01, 2027-1-5, soon, 2027-03-01]\n');
		assert.deepEqual(summary(text), ['invalidDate reviews "2027-1-5"', 'invalidDate reviews "soon"']);
		const [fixable, hopeless] = headerDiagnostics(text, catalog);
		assert.equal(fixed(text, fixable, fixable.fix!.replacements[0]), text.replace('2027-1-5', '2027-01-05'));
		assert.equal(hopeless.fix, undefined);
		assert.deepEqual(summary(clean.replace('decided:\n', 'decided:\nreviews:\n  - 2026-12-01\n  - 2026-13-01\n')), ['invalidDate reviews "2026-13-01"']);
		assert.deepEqual(summary(clean.replace('decided:\n', 'decided:\nreviews: []\n')), []);
	});

	test('unknown status and outcome, with every valid value closest first', () => {
		const text = clean.replace('status: Decided', 'status: implemnting  # typo').replace('outcome: as-expected', 'outcome: "as expected"');
		assert.deepEqual(summary(text), ['unknownStatus status "implemnting"', 'unknownOutcome outcome ""as expected""']);
		const [status, outcome] = headerDiagnostics(text, catalog);
		assert.deepEqual(status.fix?.replacements, ['implementing', 'exploring', 'reviewing', 'decided', 'closed']);
		assert.equal(fixed(text, status, 'implementing'), text.replace('implemnting  # typo', 'implementing  # typo'));
		assert.deepEqual(outcome.fix?.replacements[0], 'as-expected');
		assert.deepEqual(summary(clean.replace('status: Decided', 'status: 3')), ['unknownStatus status "3"']);
	});

	test('a decision quality that is not sound, mixed or poor, with the closest first', () => {
		const text = clean.replace('outcome: as-expected', 'outcome: as-expected\ndecisionQuality: sond');
		assert.deepEqual(summary(text), ['unknownDecisionQuality decisionQuality "sond"']);
		const [found] = headerDiagnostics(text, catalog);
		assert.equal(found.fix?.replacements[0], 'sound');
		assert.deepEqual([...found.fix!.replacements].sort(), ['mixed', 'poor', 'sound']);
		for (const good of ['sound', 'Mixed', ' poor ', '']) {
			assert.deepEqual(summary(clean.replace('outcome: as-expected', `outcome: as-expected\ndecisionQuality: ${good}`)), [], good);
		}
		assert.deepEqual(summary(clean.replace('outcome: as-expected', 'outcome: as-expected\nactual: anything at all\ncost: 3 days')), [], 'actual and cost are free text');
	});

	test('confidence outside 0–100 or not a number', () => {
		for (const [written, wrong] of [['101', true], ['-1', true], ['"70"', true], ['70%', true], ['seventy', true], ['0', false], ['100', false], ['72.5', false], ['', false]] as const) {
			assert.deepEqual(summary(clean.replace('confidence: 70', `confidence: ${written}`)), wrong ? [`badConfidence confidence "${written}"`] : [], written);
		}
	});

	test('header problems: invalid YAML at its place, and the other ways a header cannot be read', () => {
		const broken = '---\ntitle: Team health check\nareas: [general\n---\n\nbody\n';
		const [yaml] = headerDiagnostics(broken, catalog);
		assert.equal(yaml.code, 'headerProblem');
		assert.equal(yaml.severity, 'error');
		assert.equal(yaml.problem?.code, 'invalidYaml');
		assert.ok(yaml.start >= broken.indexOf('areas') && yaml.end <= broken.indexOf('\nbody'), JSON.stringify(yaml));
		const badKey = headerDiagnostics('---\ntitle: a\n  bad: indent: here\n---\n', catalog)[0];
		assert.equal(badKey.problem?.code, 'invalidYaml');
		assert.equal(badKey.written.trim() !== '', true);
		const codes = (text: string) => headerDiagnostics(text, catalog).map(found => `${found.problem?.code} "${found.written}"`);
		assert.deepEqual(codes('---\ntitle: open\n\nbody\n'), ['unclosedHeader "---"']);
		assert.deepEqual(codes('---js\n{ title: "x" }\n---\n'), ['codeHeader "---js"']);
		assert.deepEqual(codes('+++\ntitle = "x"\n+++\n'), []);
		assert.deepEqual(codes('+++\ntitle = \n+++\n').map(code => code.split(' ')[0]), ['tomlHeader']);
		assert.deepEqual(codes(';;;\n{"title": "x"}\n;;;\n'), ['jsonHeader ";;;"']);
		assert.deepEqual(codes('\r\n\r\n---\r\ntitle: x\r\n---\r\n'), ['headerNotAtTop "---"']);
		assert.deepEqual(codes('---\n- a\n- b\n---\n'), ['headerNotAMapping "- a"']);
	});

	test('a value that starts with * is a reference to nothing: named as such, at the value, with a fix that quotes it', () => {
		const table: [string, string, string][] = [
			['---\ntitle: *Urgent*\n---\n', '*Urgent*', '"*Urgent*"'],
			['---\ntitle: *Urgent*   # a note\n---\n', '*Urgent*', '"*Urgent*"'],
			['---\ntitle: **Important** meeting\nstatus: decided\n---\n', '**Important** meeting', '"**Important** meeting"'],
			['---\ntitle: *Urgent* and more # a note\n---\n', '*Urgent* and more', '"*Urgent* and more"'],
			['---\ntags: [*a, b]\n---\n', '*a', '"*a"'],
			['---\npeople:\n  - *Dana\n---\n', '*Dana', '"*Dana"'],
			['---\nb: *x\na: &x 1\n---\n', '*x', '"*x"'],
			['---\ntitle: *\n---\n', '*', '"*"'],
		];
		for (const [text, written, replacement] of table) {
			assert.equal(parseHeader(problemFixed(text, 'unresolvedAlias', written, replacement, 'quote')).problem, undefined, text);
		}
		assert.deepEqual(summary('---\na: &x 1\nb: *x\n---\n'), [], 'a reference to a value marked &x is fine');
	});

	test('property: any value starting with * is flagged at the value, and its fix reads back as written', () => {
		const word = fc.string({ unit: fc.constantFrom('*', '_', 'a', 'B', ' ', '-', '.', '!', '?', 'é', '1'), minLength: 0, maxLength: 12 });
		fc.assert(fc.property(word, fc.constantFrom('title', 'tags', 'status'), (rest, key) => {
			const value = `*${rest}`.trimEnd();
			const text = `---\n${key}: ${value}\narea: hiring\n---\n`;
			const [found, ...more] = headerDiagnostics(text, catalog);
			assert.deepEqual(more, []);
			assert.equal(found.problem?.code, 'unresolvedAlias', text);
			assert.equal(found.written, value);
			const repaired = fixed(text, found, found.fix!.replacements[0]);
			assert.deepEqual(parse(repaired.split('---\n')[1], { schema: 'core' }), { [key]: value, area: 'hiring' });
		}), { numRuns: 500 });
	});

	test('a known key in capitals is read, and flagged with a fix that writes it in lower case', () => {
		const text = '---\nTitle: Plan\nSTATUS: Decidd\nTags: [a]\nDate: 2026-01-05\nMood: fine\n---\n';
		assert.deepEqual(summary(text), [
			'capitalizedKey title "Title"',
			'capitalizedKey status "STATUS"',
			'unknownStatus status "Decidd"',
			'capitalizedKey tags "Tags"',
			'capitalizedKey date "Date"',
		]);
		const found = headerDiagnostics(text, catalog);
		assert.ok(found.every(item => item.severity === 'warning'));
		const keyFixes = found.filter(item => item.code === 'capitalizedKey');
		assert.deepEqual(keyFixes.map(item => item.fix?.replacements), [['title'], ['status'], ['tags'], ['date']]);
		const lowered = [...keyFixes].reverse().reduce((result, item) => fixed(result, item, item.fix!.replacements[0]), text);
		assert.equal(lowered, '---\ntitle: Plan\nstatus: Decidd\ntags: [a]\ndate: 2026-01-05\nMood: fine\n---\n');
		assert.deepEqual(summary(lowered), ['unknownStatus status "Decidd"']);
	});

	test('a known key in capitals next to the lower-case one is ignored, and said so, with no fix that would repeat the key', () => {
		const text = '---\ntitle: Plan\nTitle: Other\nSTATUS: closed\nStatus: nonsense\n---\n';
		assert.deepEqual(summary(text), ['ignoredKey title "Title"', 'capitalizedKey status "STATUS"', 'ignoredKey status "Status"']);
		assert.deepEqual(headerDiagnostics(text, catalog).map(item => item.fix?.replacements), [undefined, ['status'], undefined]);
	});

	test('a value YAML reads as a comment (tags: #x) is flagged at the comment, with a fix that quotes it', () => {
		const text = '---\ntags: #leadership, #q3\ntitle: #1 priority   \npeople:\n  - #dana\n  - Sam\nreview: # not yet\nmood: #fine\n---\n';
		assert.deepEqual(summary(text), ['hashComment tags "#leadership, #q3"', 'hashComment title "#1 priority"', 'hashComment people "#dana"']);
		const found = headerDiagnostics(text, catalog);
		assert.deepEqual(found.map(item => [item.fix?.replacements, item.fix?.action]),
			[[['"#leadership, #q3"'], 'quote'], [['"#1 priority"'], 'quote'], [['"#dana"'], 'quote']]);
		const repaired = [...found].reverse().reduce((result, item) => fixed(result, item, item.fix!.replacements[0]), text);
		const entry = readEntry(repaired, { uri: 'mem://ws/journal/e.md', mtime: 0, size: 0 });
		assert.deepEqual([entry.tags, entry.title, entry.people], [['leadership', 'q3'], '#1 priority', ['#dana', 'Sam']]);
		assert.deepEqual(summary(repaired), []);
	});

	test('a wikilink in a list (tags: [[x]]) is flagged as a list inside a list, with a fix that writes [x]', () => {
		const text = '---\ntags: [[leadership]]\npeople: [[Dana Li], [Sam]]\nareas:\n  - [[hiring]]\n  - [[a, b]]\ntitle: [[Not a list key]]\n---\n';
		assert.deepEqual(summary(text), ['nestedList tags "[[leadership]]"', 'nestedList people "[[Dana Li], [Sam]]"', 'nestedList areas "[[hiring]]"',
			'nestedList areas "[[a, b]]"', 'unknownArea areas "a"', 'unknownArea areas "b"']);
		const found = headerDiagnostics(text, catalog).filter(item => item.code === 'nestedList');
		assert.deepEqual(found.map(item => item.fix?.replacements), [['[leadership]'], ['[Dana Li, Sam]'], ['hiring'], undefined]);
		const repaired = [...found].reverse().filter(item => item.fix).reduce((result, item) => fixed(result, item, item.fix!.replacements[0]), text);
		assert.equal(repaired, text.replace('[[leadership]]', '[leadership]').replace('[[Dana Li], [Sam]]', '[Dana Li, Sam]').replace('- [[hiring]]', '- hiring'));
	});

	test('property: each fix of a hash or a wikilink gives the entry the values its writer meant', () => {
		const word = fc.constantFrom('leadership', 'Dana Li', 'q3', 'key-people', 'x');
		fc.assert(fc.property(fc.constantFrom('tags', 'people'), fc.uniqueArray(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('hash', 'links', 'linkList'), (key, words, form) => {
			const value = form === 'hash' ? words.map(item => `#${item}`).join(', ') : form === 'links' ? `[${words.map(item => `[${item}]`).join(', ')}]` : `[[${words.join(', ')}]]`;
			const text = `---\n${key}: ${value}\n---\n`;
			const [found, ...more] = headerDiagnostics(text, catalog);
			assert.deepEqual(more, []);
			const repaired = fixed(text, found, found.fix!.replacements[0]);
			assert.deepEqual(headerDiagnostics(repaired, catalog), []);
			const read = (source: string) => readEntry(source, { uri: 'mem://ws/journal/e.md', mtime: 0, size: 0 });
			const meant = words.map(item => key === 'people' && form === 'hash' ? `#${item}` : item);
			assert.deepEqual(read(repaired)[key], meant, repaired);
		}), { numRuns: 300 });
	});

	test('a quoted value whose next line starts at the left margin: the problem says to indent it, and the fix does', () => {
		const table: [string, string, string][] = [
			['---\ntitle: "A long title\ncontinued here"\nstatus: decided\n---\n', 'continued here"', '  continued here"'],
			["---\ntitle: 'A long\ncontinued'\n---\n", "continued'", "  continued'"],
			['---\ntitle: "a\nb\n\n  c\nd"   # note\n---\n', 'b\n\n  c\nd"', '  b\n\n  c\n  d"'],
			['---\ntitle: "A\n\n  b \\"q\\"\nc"\n---\n', 'c"', '  c"'],
			['---\npeople:\n  - "Dana\nLi"\n---\n', 'Li"', '    Li"'],
			["---\ntitle: 'A\n: b'\n---\n", ": b'", "  : b'"],
			['---\r\ntitle: "A long\r\ntitle"\r\n---\r\n', 'title"', '  title"'],
		];
		for (const [text, written, replacement] of table) {
			const repaired = problemFixed(text, 'unindentedQuote', written, replacement, 'indent');
			assert.equal(parseHeader(repaired).problem, undefined, repaired);
			assert.deepEqual(parseHeader(repaired).data, matter(text, {}).data, 'the value other tools read');
		}
		assert.equal(headerDiagnostics('---\ntitle: "never closed\nstatus: x\n---\n', catalog)[0].problem?.code, 'invalidYaml');
	});

	test('property: a quoted title with unindented lines is flagged, its fix reads as other tools read it, and the entry shows that title', () => {
		const quote = fc.constantFrom('"', "'");
		// `:` and `#` at a line's start are a key and a comment to the yaml library, which then reads the header without an error.
		const unit = (mark: string) => fc.constantFrom('a', 'B', ' ', ':', '#', ',', 'é', mark === '"' ? '\\"' : "''");
		const line = (mark: string) => fc.tuple(fc.constantFrom('', '', '  '), fc.string({ unit: unit(mark), maxLength: 8 })).map(([indent, words]) => `${indent}${words}`);
		fc.assert(fc.property(quote.chain(mark => fc.tuple(fc.constant(mark), fc.string({ unit: unit(mark), minLength: 1, maxLength: 8 }), fc.array(line(mark), { minLength: 1, maxLength: 4 }))), ([mark, first, rest]) => {
			fc.pre(rest.some(item => /^[^ ]/.test(item)));
			const text = `---\ntitle: ${mark}${first}\n${rest.join('\n')}${mark}\nstatus: decided\n---\n# Heading\n`;
			// js-yaml keeps the spaces before a line break that YAML folds away; the words and line breaks are what count.
			const words = (value: string) => value.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/[ \t]+/g, ' ');
			const meant = words((matter(text, {}).data as { title: string }).title);
			const [found, ...more] = headerDiagnostics(text, catalog);
			assert.deepEqual(more, []);
			assert.equal(found.problem?.code, 'unindentedQuote', text);
			assert.equal(words(String(parseHeader(fixed(text, found, found.fix!.replacements[0])).data.title)), meant);
			const shown = readEntry(text, { uri: 'mem://ws/journal/e.md', mtime: 0, size: 0 }).title;
			assert.equal(words(shown), meant.trim() === '' ? 'Heading' : meant.trim(), text);
		}), { numRuns: 500 });
	});

	test('commitment dates that do not parse, at the date, with a fix where one is unambiguous; code blocks do not count', () => {
		const text = [
			'---', 'title: x', '---',
			'- [ ] Call Dana @dana due:2026-1-5',
			'- [x] Ship it due:2026-10-01 done:yesterday',
			'- [ ] Nothing due:',
			'```',
			'- [ ] Not a commitment due:soon',
			'```',
			'',
		].join('\n');
		assert.deepEqual(summary(text), ['badCommitmentDate due "due:2026-1-5"', 'badCommitmentDate done "done:yesterday"', 'badCommitmentDate due "due:"']);
		const [due, done] = headerDiagnostics(text, catalog);
		assert.deepEqual(due.fix?.replacements, ['due:2026-01-05']);
		assert.equal(fixed(text, due, 'due:2026-01-05'), text.replace('due:2026-1-5', 'due:2026-01-05'));
		assert.equal(done.fix, undefined);
		assert.deepEqual(summary(text.replace('title: x', 'title: [x')).slice(1), summary(text), 'a broken header does not hide the body');
	});

	test('CRLF and a BOM keep the spans right', () => {
		const text = `\ufeff${clean.replace('status: Decided', 'status: nope').replace(/\n/g, '\r\n')}`;
		assert.deepEqual(summary(text), ['unknownStatus status "nope"']);
	});

	test('a 2,000-line entry: compute time logged, nothing asserted about it', () => {
		const body = Array.from({ length: 2000 }, (_, line) => line % 50 === 0
			? `- [ ] Item ${line} @dana due:2026-${line % 13}-1`
			: `Line ${line} of thinking it through, with *some* markdown and a [link](https://example.com).`);
		const text = `${clean.replace('status: Decided', 'status: unknown')}${body.join('\n')}\n`;
		headerDiagnostics(text, catalog);
		const runs = 20;
		const started = performance.now();
		let count = 0;
		for (let run = 0; run < runs; run++) {
			count = headerDiagnostics(text, catalog).length;
		}
		const withBadDates = (performance.now() - started) / runs;
		const goodText = text.replace(/due:2026-\d+-1\b/g, 'due:2026-01-01');
		const goodStarted = performance.now();
		for (let run = 0; run < runs; run++) {
			headerDiagnostics(goodText, catalog);
		}
		const withGoodDates = (performance.now() - goodStarted) / runs;
		console.log(`      2,000-line entry: ${withBadDates.toFixed(2)} ms with ${count} diagnostics (bad commitment dates), ${withGoodDates.toFixed(2)} ms with good dates`);
		assert.ok(count > 1);
	});
});

suite('header completion', () => {
	function contextAt(marked: string) {
		const [text, offset] = cursor(marked);
		const found = headerCompletionContext(text, offset);
		return found && { key: found.key, typed: found.typed, replaced: text.slice(found.start, found.end), needsSpace: found.needsSpace, present: found.present };
	}

	test('after areas: in a flow list, a comma-separated value and a block list', () => {
		assert.deepEqual(contextAt('---\nareas: [|]\n---\n'), { key: 'areas', typed: '', replaced: '', needsSpace: false, present: [] });
		assert.deepEqual(contextAt('---\nareas: [hiring, "takeover",|]\n---\n'), { key: 'areas', typed: '', replaced: '', needsSpace: true, present: ['hiring', 'takeover'] });
		assert.deepEqual(contextAt('---\narea: hiring, ke|y-peop\n---\n'), { key: 'area', typed: 'ke', replaced: 'key-peop', needsSpace: false, present: ['hiring'] });
		assert.deepEqual(contextAt('---\nareas:|\n---\n'), { key: 'areas', typed: '', replaced: '', needsSpace: true, present: [] });
		assert.deepEqual(contextAt('---\nareas:\n  - hiring\n  # note\n  - sch|\n---\n'), { key: 'areas', typed: 'sch', replaced: 'sch', needsSpace: false, present: ['hiring'] });
		assert.deepEqual(contextAt('---\nchallenges:\n-|\n---\n'), { key: 'challenges', typed: '', replaced: '', needsSpace: true, present: [] });
	});

	test('after status:, outcome:, people: and tags:', () => {
		assert.deepEqual(contextAt('---\nstatus: dec|\n---\n'), { key: 'status', typed: 'dec', replaced: 'dec', needsSpace: false, present: [] });
		assert.deepEqual(contextAt('---\noutcome: |\n---\n'), { key: 'outcome', typed: '', replaced: '', needsSpace: false, present: [] });
		assert.deepEqual(contextAt('---\ndecisionQuality: so|\n---\n'), { key: 'decisionQuality', typed: 'so', replaced: 'so', needsSpace: false, present: [] });
		assert.deepEqual(choiceKeys.decisionQuality, ['sound', 'mixed', 'poor'], 'the values offered after decisionQuality:');
		assert.deepEqual(contextAt('---\npeople: [Dana Li, Sam|]\n---\n'), { key: 'people', typed: 'Sam', replaced: 'Sam', needsSpace: false, present: ['Dana Li'] });
		assert.deepEqual(contextAt('---\ntags:\n  - emea\n  - |\n---\n')?.present, ['emea']);
	});

	test('nowhere else: the body, comments, quotes, closed lists, lists under scalar keys, indented keys', () => {
		for (const marked of [
			'---\nareas: [hiring]\n---\nareas: [|\n',
			'---\nareas: [hiring] # |\n---\n',
			'---\nareas: [hiring]|\n---\n',
			'---\nareas: ["hi|\n---\n',
			'---\nstatus: [|\n---\n',
			'---\ntitle: x\n  - |\n---\n',
			'---\nstatus:\n  - |\n---\n',
			'---\nareas: [|\n',
			'|---\nareas: []\n---\n',
			'---js\nareas: [|]\n---\n',
		]) {
			assert.equal(contextAt(marked), undefined, marked);
		}
	});

	test('names by use: most used first, ties alphabetical, case folded', () => {
		assert.deepEqual(rankByUse([['Dana Li', 'Sam'], ['sam', 'Lee'], ['Sam', 'Sam'], ['Ana']]), ['Sam', 'Ana', 'Dana Li', 'Lee']);
		assert.deepEqual(rankByUse([]), []);
	});
});

suite('header hover', () => {
	const today = '2026-11-14';
	function hoverAt(marked: string) {
		const [text, offset] = cursor(marked);
		return headerHoverTarget(text, offset, catalog, today);
	}

	test('on an area id: the area, or none when unknown', () => {
		const known = hoverAt('---\nareas: [reorganization, Hir|ing]\n---\n');
		assert.equal(known?.kind === 'area' && known.area?.name, 'Hiring the right people');
		const unknown = hoverAt('---\nareas:\n  - boa|rd\n---\n');
		assert.deepEqual(unknown && { ...unknown }, { kind: 'area', id: 'board', area: undefined, start: 15, end: 20 });
	});

	test('on a date: how many days away', () => {
		const days = (marked: string) => {
			const found = hoverAt(marked);
			return found?.kind === 'date' ? found.days : undefined;
		};
		assert.equal(days('---\nreview: 2026-11-2|6\n---\n'), 12);
		assert.equal(days('---\ndate: |2026-11-11T09:00:00+05:00\n---\n'), -3);
		assert.equal(days('---\nreview: "2026-11-14"|\n---\n'), 0);
		assert.equal(days('---\nreview: 2026-11-40|\n---\n'), undefined);
		assert.equal(days('---\nreviews: [2026-11-20, 2026-12-1|4]\n---\n'), 30, 'an item of reviews');
		assert.equal(days('---\nreviews:\n  - 2026-11-1|3\n---\n'), -1);
		assert.equal(days('---\nreviews: [2026-11-20, so|on]\n---\n'), undefined);
		assert.equal(hoverAt('---\nti|tle: x\nreview: 2026-11-26\n---\n'), undefined);
		assert.equal(hoverAt('---\nreview: 2026-11-26\n---\n2026-11-2|6'), undefined);
	});
});
