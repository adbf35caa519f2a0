// The fast paths of the index and the tree must read, group and order exactly as the plain code
// they stand in for; each property here compares the two on generated input.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { AreaCatalog } from '../../../src/core/model/areas';
import { compareSoonest, groupCommitments, openCommitments, overdueCount } from '../../../src/core/followThrough/commitmentGroups';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import { type Commitment, entryStatuses, type EntrySummary } from '../../../src/core/model/entry';
import { defaultQuery, entryComparator, entryGroupings, entrySorts, filterTest, queryEntries, type EntryFilter, type EntryQuery } from '../../../src/core/index/entryQuery';
import { JournalIndex } from '../../../src/core/index/journalIndex';
import { blockBoundaryBefore } from '../../../src/core/text/markdownBlocks';
import { findQuestions, questionProgress } from '../../../src/core/coaching/questions';
import { reviewsDue } from '../../../src/core/followThrough/reviewDates';
import { countWhile, firstInOrder } from '../../../src/core/model/sortedEntries';
import { detached } from '../../../src/core/text/textFile';
import { EntryGroups } from '../../../src/core/index/entryGroups';
import { entry as summary } from '../helpers/entries';

const catalog = new AreaCatalog();
const eol = fc.constantFrom('\n', '\r\n', '\r');

const reference = new MarkdownIt('commonmark', { html: true });
reference.core.ruler.disable(['inline', 'text_join']);

/** Task items as markdown-it finds them in the whole body, with no pre-scan. */
function referenceTasks(body: string): [number, boolean][] {
	const tokens = reference.parse(body, {});
	const found: [number, boolean][] = [];
	for (let at = 2; at < tokens.length; at++) {
		const task = tokens[at].type === 'inline' && tokens[at - 1].type === 'paragraph_open' && tokens[at - 2].type === 'list_item_open'
			? /^\[([ xX])\][ \t]+/.exec(tokens[at].content) : null;
		if (task) {
			found.push([tokens[at].map![0], task[1] !== ' ']);
		}
	}
	return found;
}

const markdownLine = fc.constantFrom(
	'', '   ', '# Title', '## Commitments', '### A question?', '#', '# [ ] a heading with a box', 'Some text.', '    indented code',
	'- [ ] task @dana due:2026-01-01', '- [x] done', '  - [ ] nested', '1. [ ] numbered', '> - [ ] quoted', '- item', '* [X] star',
	'```', '~~~', '```js', ' ```', '  ~~~', '\t```', '<!--', '-->', '<!-- one line -->', '<!-->', ' <!--', '<pre>', '</pre>', '<div>', '</div>',
	'<script>', '<?x', '<!DOCTYPE x>', '- ```', '> ```', '[ ] a box, no item', 'text - [ ] inside',
	'- - [ ] nested on one line', '1. - [ ] under a number', '> 1. - [ ] quoted', '-', '  [ ] after its marker', '> -', '>   [ ] quoted after its marker',
);

/** An entry summary for the index and tree properties. */
function entry(n: number, fields: Partial<EntrySummary>): EntrySummary {
	return summary(`e${n}`, { title: `Entry ${n}`, mtime: n % 5, ...fields });
}

const entryFields = fc.record({
	title: fc.constantFrom('Board prep', 'apple plan', 'Zebra', 'zebra', 'Ärger', 'Plan 10', 'Plan 9'),
	date: fc.option(fc.constantFrom('2026-01-01', '2026-02-01', '2025-12-31'), { nil: undefined }),
	areas: fc.subarray(['hiring', 'takeover', 'nowhere']),
	tags: fc.subarray(['board', 'q4', 'Budget']),
	people: fc.subarray(['Dana', 'Lee']),
	status: fc.option(fc.constantFrom(...entryStatuses, 'someday'), { nil: undefined }),
	review: fc.option(fc.constantFrom('2026-01-01', '2026-03-01', '2026-06-01'), { nil: undefined }),
	mtime: fc.integer({ min: 0, max: 3 }),
	broken: fc.boolean(),
	commitments: fc.array(fc.record({
		due: fc.option(fc.constantFrom('2026-02-27', '2026-03-01', '2026-03-04', '2026-09-01'), { nil: undefined }),
		owner: fc.option(fc.constantFrom('dana', 'lee'), { nil: undefined }),
		done: fc.boolean(),
	}), { maxLength: 3 }),
});

function makeEntry(n: number, fields: typeof entryFields extends fc.Arbitrary<infer T> ? T : never): EntrySummary {
	const { broken, commitments, ...rest } = fields;
	const items: Commitment[] = commitments.map((item, line) => ({ line, text: `do ${line}`, done: item.done, ...(item.due ? { due: item.due } : {}), ...(item.owner ? { owner: item.owner } : {}) }));
	return entry(n, { ...rest, ...(broken ? { problem: { code: 'binary', line: 0 } } : {}), ...(items.length > 0 ? { commitments: items } : {}) });
}

suite('fast paths', () => {
	test('property: commitments read from the last block boundary are those of the whole body', () => {
		fc.assert(fc.property(fc.array(markdownLine, { maxLength: 30 }), eol, (lines, lineBreak) => {
			const body = lines.join(lineBreak);
			assert.deepEqual(parseCommitments(body).map(item => [item.line, item.done]), referenceTasks(body));
		}), { numRuns: 2000 });
	});

	test('a block boundary is a # line after a blank line, outside code and comments, and never past an unclear block', () => {
		const lines = (...text: string[]) => text.join('\n');
		assert.equal(blockBoundaryBefore(lines('a', '', '# H', '- [ ] x'), 100).line, 2);
		assert.equal(blockBoundaryBefore(lines('```', '', '# H', '```', '- [ ] x'), 100).line, 0);
		assert.equal(blockBoundaryBefore(lines('<!--', '', '# H', '-->', '', '## K'), 100).line, 5);
		assert.equal(blockBoundaryBefore(lines('- a', '  ```', '', '# H', '- [ ] x'), 100).line, 0);
		assert.equal(blockBoundaryBefore(lines('text', '  ```', '', '# H', '```'), 100).line, 0);
		assert.equal(blockBoundaryBefore(lines('<pre>', '', '# H'), 100).line, 0);
		assert.equal(blockBoundaryBefore(lines('', '# A', '', '# B'), 3).offset, 1);
	});

	test('property: the one-pass question count agrees with the questions found', () => {
		const line = fc.constantFrom(
			'', '  ', '### Question?', '### Closed #', '###', '### #', '## Stage', '# Title', '#### Deeper', ' ### Indented', '###\tTab',
			'An answer.', '\u00a0', 'é', '<!-- hint -->', '<!--', '-->', 'a <!-- b', 'c --> d', '<!-- x --> y', '```', '~~~', '    ### code',
			'===', '---', 'Setext', '<!-->', '<!--->', '<pre>', '</pre>', '<div>', '<span>', '- item', '- ```', '> quote', '> ### quoted', '  continued', '1. one',
		);
		fc.assert(fc.property(fc.array(line, { maxLength: 25 }), eol, (lines, lineBreak) => {
			const body = lines.join(lineBreak);
			const questions = findQuestions(body, true);
			assert.deepEqual(questionProgress(body, true), { answered: questions.filter(question => question.answered).length, total: questions.length });
		}), { numRuns: 2000 });
	});

	test('property: a filter test agrees with searching the joined title, tags and people', () => {
		const filter = fc.record({ text: fc.constantFrom('', 'board', 'PLAN', 'dana q4', 'ärg', 'zeb  lee'), statuses: fc.subarray([...entryStatuses, 'unset']) });
		fc.assert(fc.property(fc.array(entryFields, { maxLength: 8 }), filter, (fields, wanted: EntryFilter) => {
			const test = filterTest(wanted);
			for (const item of fields.map((field, n) => makeEntry(n, field))) {
				const statusOk = wanted.statuses.length === 0 || wanted.statuses.includes(entryStatuses.includes(item.status as never) ? item.status! : 'unset');
				const haystack = [item.title, ...item.tags, ...item.people].join('\n').toLowerCase();
				const textOk = wanted.text.toLowerCase().split(/\s+/).filter(word => word !== '').every(word => haystack.includes(word));
				assert.equal(test(item), statusOk && textOk);
			}
		}), { numRuns: 300 });
	});

	test('property: the tree\'s groups and pages are those of a full query, sorted', () => {
		const query = fc.record({
			grouping: fc.constantFrom(...entryGroupings), sort: fc.constantFrom(...entrySorts),
			filter: fc.constantFrom({ text: '', statuses: [] }, { text: 'plan', statuses: [] }, { text: '', statuses: ['exploring', 'unset'] }),
		});
		fc.assert(fc.property(fc.array(entryFields, { maxLength: 25 }), query, fc.integer({ min: 1, max: 6 }), (fields, wanted: EntryQuery, count) => {
			const index = new JournalIndex(catalog);
			const items = fields.map((field, n) => makeEntry(n, field));
			index.update(items);
			const groups = new EntryGroups(index, () => catalog);
			const expected = queryEntries(items, wanted, catalog);
			const shown = groups.roots(wanted, '2026-03-01').filter(group => !group.startsWith('@reviewsDue') && group !== '@attention' && groups.size(group, wanted, '2026-03-01') > 0);
			assert.deepEqual(shown, expected.map(group => group.key));
			for (const group of expected) {
				assert.equal(groups.size(group.key, wanted, '2026-03-01'), group.entries.length);
				assert.deepEqual(groups.page(group.key, wanted, '2026-03-01', count).map(item => item.uri), group.entries.slice(0, count).map(item => item.uri));
			}
		}), { numRuns: 300 });
	});

	test('property: what the index keeps up to date (reviews due, open commitments, other orders) matches a fresh computation', () => {
		const op = fc.record({ n: fc.integer({ min: 0, max: 7 }), remove: fc.boolean(), fields: entryFields });
		fc.assert(fc.property(fc.array(op, { maxLength: 30 }), fc.boolean(), (ops, bulk) => {
			const index = new JournalIndex(catalog);
			const byTitle = entryComparator('title');
			// Asked for first, so that each is then kept up to date through the changes.
			index.commitmentGroups('owner', '2026-03-01');
			index.groupPage('hiring', 0, 1, byTitle);
			const live = new Map<string, EntrySummary>();
			for (const step of ops) {
				const item = makeEntry(step.n, step.fields);
				if (step.remove) {
					index.update([], [item.uri]);
					live.delete(item.uri);
				} else {
					index.update(bulk ? [item, ...[...Array(520).keys()].map(n => entry(100 + n, {}))] : [item]);
					live.set(item.uri, item);
				}
			}
			const all = [...index.all()];
			for (const today of ['2025-01-01', '2026-03-01', '2027-01-01']) {
				assert.deepEqual(index.reviewsDuePage(today, 0, Infinity).map(item => item.uri), reviewsDue(all, today).map(item => item.uri));
				assert.equal(index.reviewsDueCount(today), reviewsDue(all, today).length);
			}
			const open = openCommitments(all).sort(compareSoonest);
			assert.deepEqual(index.openCommitments(), open);
			const hiring = all.filter(item => !item.problem && item.areas.includes('hiring')).sort(byTitle);
			assert.deepEqual(index.groupPage('hiring', 0, Infinity, byTitle).map(item => item.uri), hiring.map(item => item.uri));
			for (const today of ['2026-02-28', '2026-03-01', '2026-03-05']) {
				for (const grouping of ['due', 'owner', 'area'] as const) {
					assert.deepEqual(index.commitmentGroups(grouping, today), groupCommitments([...open].reverse(), grouping, today, catalog));
				}
				assert.equal(index.overdueCommitments(today), overdueCount(open, today));
			}
		}), { numRuns: 200 });
	});

	test('the first entries in order, without sorting them all; a binary count of a first part', () => {
		fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (numbers, count) => {
			const compare = (a: number, b: number) => a - b;
			assert.deepEqual(firstInOrder(numbers, compare, count), [...numbers].sort(compare).slice(0, count));
			const sorted = [...numbers].sort(compare);
			assert.equal(countWhile(sorted, value => value < 25), sorted.filter(value => value < 25).length);
		}));
	});

	test('a detached string is the same text', () => {
		const text = 'A title sliced out of a much longer file'.repeat(3);
		assert.equal(detached(text.slice(5, 40)), text.slice(5, 40));
		assert.equal(detached('short'), 'short');
	});

	test('the default query reads the index, not a computed copy', () => {
		const index = new JournalIndex(catalog);
		index.update([entry(1, { areas: ['hiring'], date: '2026-01-01' }), entry(2, { areas: ['hiring'], date: '2026-02-01' })]);
		const groups = new EntryGroups(index, () => catalog);
		assert.deepEqual(groups.page('hiring', defaultQuery, '2026-03-01', 1).map(item => item.title), ['Entry 2']);
	});
});
