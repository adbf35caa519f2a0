import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { parse } from 'yaml';
import { firstHeading, readEntry, readList, unreadableEntry } from '../../../src/core/index/entryReader';
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
		assert.deepEqual([entry.date, entry.dateSource], ['2026-11-26', 'fileName'], 'the date of the file name, not "yesterday"');
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

	test('every header that cannot be read lends its title line, an unclosed one too', () => {
		const table: [string, string][] = [
			['---\ntitle: Never closed\nareas: [hiring]\n\n# The heading', 'Never closed'],
			['---\r\ntitle: "Never closed"\r\n\r\n# The heading', 'Never closed'],
			['\ufeff---\nareas: [hiring\ntitle: At the end', 'At the end'],
			['---\nareas: [hiring]\n\ntitle: below a blank line, so body text\n# The heading', 'The heading'],
			['---\n\ntitle: body text\n', '2026-11-26-plan'],
			['---\ntitle: "Team health"\nareas: [general\n---\n# Heading', 'Team health'],
			['---js\ntitle: code\n---\n# Heading', 'code'],
			['+++\ntitle = \n+++\n# Heading', 'Heading'],
			['---\ntitle: "Team\n  health"\nareas: [x\n---\n', 'Team health'],
			["---\ntitle: 'It''s late' # a note\nareas: [x\n---\n", "It's late"],
			['---\ntitle: "never closed\nareas: [x\n---\n', 'never closed'],
			['---\ntitle: plain # a note\nareas: [x\n---\n', 'plain'],
		];
		for (const [text, title] of table) {
			const entry = readEntry(text, facts);
			assert.ok(entry.problem, JSON.stringify(text));
			assert.equal(entry.title, title, JSON.stringify(text));
		}
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

suite('readEntry: titles that YAML reads as numbers', () => {
	test('a title shows as written', () => {
		for (const written of ['09', '1.10', '2026', '1e3', '0x1F', '0o17', '.inf', '-.5', '+12', 'true', 'FALSE', '3.0']) {
			assert.equal(readEntry(`---\ntitle: ${written}   # a note\nstatus: decided\n---\n# Heading`, facts).title, written);
		}
		assert.equal(readEntry('---\nTitle: 1.10\n---\n', facts).title, '1.10', 'in capitals too');
		assert.equal(readEntry('---\ntitle: ~\n---\n# Heading', facts).title, 'Heading', 'null is no title');
	});

	test('property: whatever YAML reads a plain title as, the entry shows it as written', () => {
		const unit = fc.constantFrom('0', '1', '9', '.', '+', '-', 'e', 'E', '_', 'x', 'o', 'inf', 'nan', 'true', 'False', ':', ' ');
		fc.assert(fc.property(fc.string({ unit, minLength: 1, maxLength: 8 }), written => {
			const block = `title: ${written}\n`;
			let value: unknown;
			try {
				value = (parse(block, { schema: 'core' }) as Record<string, unknown> | null)?.title;
			} catch {
				return;
			}
			if (value === null || value === undefined || typeof value === 'object' || (typeof value === 'string' && value.trim() === '')) {
				return;
			}
			assert.equal(readEntry(`---\n${block}---\n`, facts).title, written.trim(), JSON.stringify({ written, value }));
		}), { numRuns: 2000 });
	});
});

suite('readEntry: wikilinks in lists', () => {
	test('property: [[x]] in tags, people and areas reads as the x it plainly means, in flow and block lists', () => {
		const word = fc.constantFrom('leadership', 'Dana Li', 'q3', 'key-people', '2026', 'x');
		fc.assert(fc.property(fc.constantFrom('tags', 'people', 'areas'), fc.uniqueArray(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('links', 'linkList', 'block'), (key, words, form) => {
			const value = form === 'links' ? `[${words.map(item => `[${item}]`).join(', ')}]`
				: form === 'linkList' ? `[[${words.join(', ')}]]`
					: `\n${words.map(item => `  - [[${item}]]`).join('\n')}`;
			const entry = readEntry(`---\n${key}: ${value}\n---\n`, facts);
			const reference = readEntry(`---\n${key}: [${words.join(', ')}]\n---\n`, facts);
			assert.deepEqual([entry.tags, entry.people, entry.areas], [reference.tags, reference.people, reference.areas], value);
		}), { numRuns: 300 });
	});
});

suite('readEntry: keys written in capitals', () => {
	const fields: Record<string, string> = {
		title: 'Plan', date: '2026-01-05', areas: '[hiring]', area: 'takeover', challenges: '[schedule]', challenge: 'cutbacks', tags: '[x, y]',
		people: '[Dana]', status: 'Decided', review: '2026-02-01', decided: '2026-01-10', closed: '2026-01-20', confidence: '70', outcome: 'better',
		reviews: '[2026-03-01, 2026-04-01]', decisionQuality: 'sound', continues: '2026-01-01-start.md', actual: '12 hires', cost: '3 hours',
	};
	/** The entry read from `text`; the facts are the same for every text. */
	const read = (text: string) => readEntry(text, facts);

	test('property: every known key reads the same in any case', () => {
		const key = fc.constantFrom(...Object.keys(fields));
		fc.assert(fc.property(fc.uniqueArray(key, { minLength: 1, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (keys, upper) => {
			const cased = (name: string) => [...name].map((char, at) => upper[at % upper.length] ? char.toUpperCase() : char).join('');
			const header = (name: (key: string) => string) => ['---', ...keys.map(key => `${name(key)}: ${fields[key]}`), '---', ''].join('\n');
			assert.deepEqual(read(header(cased)), read(header(key => key)), header(cased));
		}), { numRuns: 500 });
	});

	test('the lower-case key wins over another case; unknown keys stay as written', () => {
		assert.equal(readEntry('---\nTitle: Capital\ntitle: lower\n---\n', facts).title, 'lower');
		assert.equal(readEntry('---\ntitle: lower\nTITLE: Capital\n---\n', facts).title, 'lower');
		assert.equal(readEntry('---\nTITLE: First\nTitle: Second\n---\n', facts).title, 'First');
		assert.equal(readEntry('---\nTitel: German\n---\n# Heading', facts).title, 'Heading');
	});
});

suite('readEntry: where the date comes from', () => {
	const mtime = Date.UTC(2026, 10, 20, 12);
	const read = (text: string, uri: string) => {
		const entry = readEntry(text, { uri, mtime, size: 0 });
		return `${entry.date ?? '-'} ${entry.dateSource}`;
	};
	const modified = `- modified`;

	test('the header first, then a date in the file name or its folders, then the modification time', () => {
		const table: [string, string, string][] = [
			['---\ndate: 2026-03-04\n---\n', 'mem://ws/journal/2026/2026-01-26-offsite.md', '2026-03-04 header'],
			['# No header', 'mem://ws/journal/2026/2026-01-26-offsite.md', '2026-01-26 fileName'],
			['', 'mem://ws/journal/2026-01-26.md', '2026-01-26 fileName'],
			['---\ndate: yesterday\n---\n', 'mem://ws/journal/2026/2026-01-26%20Monday.md', '2026-01-26 fileName'],
			['---\ntitle: [x\n---\n', 'mem://ws/journal/2026-01-26_notes.md', '2026-01-26 fileName'],
			['---\ntitle: open\n', 'file:///home/me/journal/2026-01-26.MD', '2026-01-26 fileName'],
			['', 'mem://ws/journal/2026/01/26.md', '2026-01-26 fileName'],
			['', 'mem://ws/journal/2026/01/26-offsite.md', '2026-01-26 fileName'],
			['', 'mem://ws/journal/2026/01/26%20Monday.md', '2026-01-26 fileName'],
			['', 'mem://ws/journal/2026/02/30.md', modified],
			['', 'mem://ws/journal/2026-02-30-offsite.md', modified],
			['', 'mem://ws/journal/2026-13-01.md', modified],
			['', 'mem://ws/journal/20260126.md', modified],
			['', 'mem://ws/journal/2026-01-261.md', modified],
			['', 'mem://ws/journal/plan-2026-01-26.md', modified],
			['', 'mem://ws/journal/01/26.md', modified],
			['', 'mem://ws/journal/2026/1/26.md', modified],
			['', 'mem://ws/journal/2026/01/260.md', modified],
			['', 'mem://ws/journal/notes.md', modified],
			['', '', modified],
		];
		for (const [text, uri, expected] of table) {
			assert.equal(read(text, uri), expected, `${uri} ${JSON.stringify(text)}`);
		}
	});

	test('property: every layout gives the date it names, when that is a calendar day, and never another', () => {
		const isCalendarDay = (year: number, month: number, day: number) => {
			const probe = new Date(Date.UTC(year, month - 1, day));
			return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
		};
		const two = (value: number) => String(value).padStart(2, '0');
		fc.assert(fc.property(
			fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }),
			fc.constantFrom('', '-offsite', ' Monday', '-2026-12-31', '_x'), fc.constantFrom('flat', 'year', 'days'),
			(year, month, day, suffix, layout) => {
				const iso = `${year}-${two(month)}-${two(day)}`;
				const path = layout === 'days' ? `${year}/${two(month)}/${two(day)}${suffix}` : `${layout === 'year' ? `${year}/` : ''}${iso}${suffix}`;
				const expected = isCalendarDay(year, month, day) ? `${iso} fileName` : modified;
				assert.equal(read('# Title', `mem://ws/journal/${encodeURI(path)}.md`), expected, path);
			}), { numRuns: 2000 });
	});

	test('a file that cannot be read keeps the date of its name', () => {
		const entry = unreadableEntry({ uri: 'mem://ws/journal/2026-01-26-big.md', mtime, size: 0 }, { code: 'tooLarge', line: 0 });
		assert.deepEqual([entry.date, entry.dateSource], ['2026-01-26', 'fileName']);
	});
});

suite('readList', () => {
	test('drops empty items, duplicates and values that are not text', () => {
		assert.deepEqual(readList(['a', '', 'a', null, { x: 1 }, 3]), ['a', '3']);
		assert.deepEqual(readList(undefined), []);
	});
});

suite('firstHeading', () => {
	const markdown = new MarkdownIt('default', { html: true });
	/** The text a reader sees in rendered HTML: tags dropped, an image's alt text kept, entities decoded, white space collapsed. */
	const seen = (html: string) => html
		.replace(/<img [^>]*?alt="([^"]*)"[^>]*>/g, '$1').replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ').trim();
	/** The first level-1 heading markdown-it finds that shows some text. */
	const referenceHeading = (body: string) => {
		const tokens = markdown.parse(body, {});
		for (let at = 0; at < tokens.length; at++) {
			if (tokens[at].type === 'heading_open' && tokens[at].tag === 'h1') {
				const text = seen(markdown.renderInline(tokens[at + 1].content));
				if (text !== '') {
					return text;
				}
			}
		}
		return undefined;
	};

	test('skips tilde fences and closing hashes', () => {
		assert.equal(firstHeading('~~~\n# no\n~~~\n# Yes ##\n'), 'Yes');
	});

	test('shows the text a reader sees, from # and from setext headings', () => {
		const table: [string, string | undefined][] = [
			['# Release `@scope/pkg` 2.0', 'Release @scope/pkg 2.0'],
			['# [Versions](https://example.com/v) and **bold**, _em_ ~~gone~~', 'Versions and bold, em gone'],
			['# a \\*literal\\* &amp; co <span>x</span>', 'a *literal* & co x'],
			['# ![Logo](logo.png) Team', 'Logo Team'],
			['Title\n=====\n\ntext', 'Title'],
			['Two\nlines\n===', 'Two lines'],
			['   **Setext** title\n   ===   \n# Later', 'Setext title'],
			['# Mac\rtext\r', 'Mac'],
			['- item\n===', undefined],
			['> quote\n===', undefined],
			['    code\n===', undefined],
			['```\nTitle\n===\n```\n', undefined],
			['Text\n---\n# The h1', 'The h1'],
			['# <br>\n# Second', 'Second'],
			['# #\n# Real', 'Real'],
			['# ##', undefined],
			['#\tTab', 'Tab'],
			[`# a${' '.repeat(50)}x ##`, `a x`],
		];
		for (const [body, heading] of table) {
			assert.equal(firstHeading(body), heading, JSON.stringify(body));
			assert.equal(referenceHeading(body), heading, `the reference agrees: ${JSON.stringify(body)}`);
		}
	});

	test('a heading line long with spaces is read at once (the old line pattern took minutes at this length)', () => {
		assert.equal(firstHeading(`# a${' '.repeat(200_000)}x`)?.[0], 'a');
	});

	test('property: a heading shows the text markdown-it renders for it', () => {
		const piece = fc.constantFrom('word', 'Two words', '`@scope/pkg`', '`a * b`', '**bold**', '*em*', '_em_', '~~strike~~', '[link](https://example.com/x)',
			'[ref text][]', '![alt text](img.png)', '<https://example.com>', '<b>raw</b>', '\\*', '\\#', '&amp;', '&copy;', '1.10', '#tag', 'a_b_c', '***both***', ':', '  ');
		fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), pieces => {
			const body = `# ${pieces.join(' ')}\n`;
			assert.equal(firstHeading(body), referenceHeading(body), body);
		}), { numRuns: 2000 });
	});

	test('property: the first level-1 heading is the one markdown-it finds', () => {
		const line = fc.constantFrom('Some text', '**Bold** text', '===', '  ===', '=== ', '# ATX', '# `code` head', '', '- item', '1. item', '> quote', '```', '~~~',
			'    indented', '  two spaces', '***', '---', '<!-- note -->', '<!--', '-->', 'Title');
		fc.assert(fc.property(fc.array(line, { maxLength: 10 }), lines => {
			const body = lines.join('\n');
			assert.equal(firstHeading(body), referenceHeading(body), JSON.stringify(body));
		}), { numRuns: 3000 });
	});
});
