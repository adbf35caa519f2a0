import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertLinearTime } from '../helpers/timing';
import { AreaCatalog } from '../../../src/core/model/areas';
import { dueGroupOf, groupCommitments, openCommitments, overdueCount } from '../../../src/core/followThrough/commitmentGroups';
import { markDoneEdit } from '../../../src/core/followThrough/taskCompletion';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import { isReviewDue, reviewDateChoices, reviewsDue } from '../../../src/core/followThrough/reviewDates';
import { entryText, readEntryText } from '../helpers/entries';
import { markdownTasks } from '../helpers/markdownTasks';

const body = [
	'## Commitments',                                           // 0
	'',                                                         // 1
	'<!-- - [ ] not this: a comment @x due:2026-01-01 -->',      // 2
	'- [ ] Draft the scorecard @dana due:2026-12-04',            // 3
	'- [x] Book the panel @priya due:2026-11-20 done:2026-11-19', // 4
	'- [ ] No owner, no date',                                  // 5
	'  - [ ] Nested under it @Wei due:2026-13-45',              // 6
	'1. [X] Numbered done',                                     // 7
	'> - [ ] Quoted @sam',                                      // 8
	'```',                                                      // 9
	'- [ ] in code @x due:2026-01-01',                          // 10
	'```',                                                      // 11
	'    - [ ] indented code',                                  // 12
	'',                                                         // 13
	'- [ ] Mail dana@example.com about it @lee due:2026-11-30', // 14
	'  continued on the next line',                             // 15
	'- [] not a task',                                          // 16
	'- [ ]',                                                    // 17
].join('\n');

suite('commitments', () => {
	test('finds task items with markdown-it tokens: owners, dates, nesting, numbered and quoted lists; not code or comments', () => {
		const found = parseCommitments(body, 10);
		assert.deepEqual(found.map(item => [item.line - 10, item.done, item.text, item.owner, item.due, item.doneOn, item.badDate]), [
			[3, false, 'Draft the scorecard', 'dana', '2026-12-04', undefined, undefined],
			[4, true, 'Book the panel', 'priya', '2026-11-20', '2026-11-19', undefined],
			[5, false, 'No owner, no date', undefined, undefined, undefined, undefined],
			[6, false, 'Nested under it', 'Wei', undefined, undefined, 'due:2026-13-45'],
			[7, true, 'Numbered done', undefined, undefined, undefined, undefined],
			[8, false, 'Quoted', 'sam', undefined, undefined, undefined],
			[14, false, 'Mail dana@example.com about it continued on the next line', 'lee', '2026-11-30', undefined, undefined],
		]);
	});

	test('a body with no task item skips the parser; the template\'s hint comment is not a commitment', () => {
		assert.deepEqual(parseCommitments('## Commitments\n\n<!-- One per line: - [ ] action @owner due:YYYY-MM-DD -->\n'), []);
		assert.deepEqual(parseCommitments(''), []);
	});

	test('entries keep their commitments with lines counted from the top of the file', () => {
		const entry = readEntryText(entryText('title: x\nareas: [hiring]', '# x\n- [ ] Call Ana @ana due:2026-11-01\n'));
		assert.deepEqual(entry.commitments, [{ line: 5, text: 'Call Ana', owner: 'ana', due: '2026-11-01', done: false }]);
	});

	test('property: any text gives a list, never an exception, with lines inside the text', () => {
		fc.assert(fc.property(fc.string({ unit: fc.constantFrom('- ', '[ ]', '[x]', ' ', '\n', '`', '>', '@a', 'due:', '2026-01-01', '1.', '<!--', '-->', 'x'), maxLength: 60 }), text => {
			const lines = text.split(/\r\n|\r|\n/).length;
			for (const item of parseCommitments(text)) {
				assert.ok(item.line >= 0 && item.line < lines);
			}
		}));
	});

	test('marking done ticks the box and stamps the day, on that line only', () => {
		assert.deepEqual(markDoneEdit('- [ ] Draft it @dana due:2026-12-04  ', 0, '2026-11-26'),
			{ start: 2, end: 35, text: '[x] Draft it @dana due:2026-12-04 done:2026-11-26' });
		assert.equal(markDoneEdit('  1. [ ] Nested', 0, '2026-11-26')?.text, '[x] Nested done:2026-11-26');
		assert.equal(markDoneEdit('- [ ] Again done:2020-01-01', 0, '2026-11-26')?.text, '[x] Again done:2026-11-26');
		assert.equal(markDoneEdit('- [x] Already done', 0, '2026-11-26'), undefined);
		assert.equal(markDoneEdit('Some other line', 0, '2026-11-26'), undefined);
	});
});



suite('commitments as markdown renders them', () => {
	test('task items in block quotes, after outer list markers or on the line after their marker are found on their own', () => {
		const bodies: [string, number[]][] = [
			['> - [ ] reply to the board @me due:2026-12-01', [0]],
			['- - [ ] a nested item on one line', [0]],
			['1. - [ ] under a numbered item', [0]],
			['> 1. - [ ] quoted and numbered', [0]],
			['>- [ ] no space after the quote marker', [0]],
			['text\n\n> > * [x] twice quoted', [2]],
			['-\n  [ ] the text starts on the line after the marker', [1]],
			['> 1)\n>    [ ] quoted, on the next line', [1]],
			['- > [ ] a quote in an item is no task item', []],
			['> [ ] a box in a quote, no item', []],
			['```\n> - [ ] code\n```', []],
		];
		for (const [body, lines] of bodies) {
			assert.deepEqual(parseCommitments(body).map(item => item.line), lines, JSON.stringify(body));
			assert.deepEqual(parseCommitments(body).map(item => [item.line, item.done]), markdownTasks(body), JSON.stringify(body));
		}
		assert.deepEqual(parseCommitments('> - [ ] reply to the board @me due:2026-12-01'), [{ line: 0, text: 'reply to the board', owner: 'me', due: '2026-12-01', done: false }]);
	});

	test('property: an unrelated plain task line added below never changes which other items are found, and all are markdown-it\'s', () => {
		const line = fc.constantFrom(
			'> - [ ] quoted @me due:2026-12-01', '- - [ ] nested on one line', '1. - [ ] numbered outer', '> 1. - [ ] quoted numbered', '-', '1.', '>', '> -',
			'  [ ] after its marker', '>   [ ] quoted after its marker', '- [x] done', '  - [ ] nested', '* [X] star', '+ [ ] plus', '1) [ ] paren', '[ ] no item',
			'- > [ ] quote in item', 'text', '', '  ', '    - [ ] indented code', '```', '~~~', '<!--', '-->', '<pre>', '</pre>', '# Heading', '> text',
		);
		const plain = '- [ ] an unrelated plain task';
		fc.assert(fc.property(fc.array(line, { maxLength: 16 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
			const body = lines.join(eol);
			const alone = parseCommitments(body).map(item => [item.line, item.done]);
			const withPlain = parseCommitments(`${body}${eol}${eol}${plain}`).map(item => [item.line, item.done]);
			assert.deepEqual(withPlain.filter(([at]) => (at as number) < lines.length), alone);
			assert.deepEqual(alone, markdownTasks(body));
		}), { numRuns: 3000 });
	});

	test('a very long line full of boxes is read in linear time', () => {
		assertLinearTime(300_000, text => parseCommitments(text), [
			['[ ] runs', length => '[ ] '.repeat(length / 4)],
			['- [ ] runs', length => '- [ ]'.repeat(length / 5)],
			['text - [ ] runs', length => 'a - [ ]'.repeat(length / 7)],
			['a long fence line before a task', length => `${'`'.repeat(length)}\u2028\n- [ ] x`],
			['many lines before a heading and a task, and a carriage return', length => `${'a\n'.repeat(length / 2)}\n# Tasks\n- [ ] x\r`],
		]);
	});

	test('Mark Done ticks a task item in a block quote, after an outer list marker, or on the line after its marker', () => {
		assert.equal(markDoneEdit('> - [ ] Reply @me', 0, '2026-11-26')?.text, '[x] Reply @me done:2026-11-26');
		assert.deepEqual(markDoneEdit('- - [ ] Nested', 0, '2026-11-26'), { start: 4, end: 14, text: '[x] Nested done:2026-11-26' });
		assert.equal(markDoneEdit('> 1. - [ ] Deep', 0, '2026-11-26')?.start, 7);
		assert.equal(markDoneEdit('-\n  [ ] Next line', 1, '2026-11-26')?.start, 4);
		assert.equal(markDoneEdit('text\n  [ ] Not an item', 1, '2026-11-26'), undefined);
		assert.equal(markDoneEdit('> [ ] Not an item', 0, '2026-11-26'), undefined);
	});
});

suite('commitment groups', () => {
	const catalog = new AreaCatalog();
	const entry = (name: string, areas: string, tasks: string) => readEntryText(entryText(`areas: [${areas}]`, tasks), { name });
	const entries = [
		entry('a', 'hiring', '- [ ] Overdue @dana due:2026-11-25\n- [ ] Sunday @lee due:2026-11-29\n- [x] Done @dana due:2026-11-01\n'),
		entry('b', 'takeover, hiring', '- [ ] Monday next @dana due:2026-11-30\n- [ ] Whenever\n'),
		entry('c', 'nowhere', '- [ ] Unsorted @zoe due:2026-11-26\n'),
	];
	const today = '2026-11-26'; // a Thursday; the week ends on Sunday 2026-11-29

	test('by due date: overdue, this week up to Sunday, later, no date', () => {
		const open = openCommitments(entries);
		assert.equal(open.length, 5);
		assert.deepEqual(groupCommitments(open, 'due', today, catalog).map(group => [group.key, group.items.map(item => item.commitment.text)]), [
			['overdue', ['Overdue']],
			['thisWeek', ['Unsorted', 'Sunday']],
			['later', ['Monday next']],
			['noDate', ['Whenever']],
		]);
		assert.equal(overdueCount(open, today), 1);
		assert.equal(dueGroupOf({ line: 0, text: '', done: false, due: '2026-11-29' }, '2026-11-29'), 'thisWeek');
		assert.equal(dueGroupOf({ line: 0, text: '', done: false, due: '2026-11-30' }, '2026-11-29'), 'later');
	});

	test('by owner, names sorted and "no owner" last; by area in catalog order, in each of an entry\'s areas', () => {
		const open = openCommitments(entries);
		assert.deepEqual(groupCommitments(open, 'owner', today, catalog).map(group => [group.key, group.items.length]), [['dana', 2], ['lee', 1], ['zoe', 1], ['', 1]]);
		assert.deepEqual(groupCommitments(open, 'area', today, catalog).map(group => [group.key, group.items.length]), [['hiring', 4], ['takeover', 2], ['', 1]]);
	});
});

suite('reviews', () => {
	const entry = (name: string, header: string) => readEntryText(entryText(header), { name });

	test('due when the review date has come, unless closed; the longest overdue first', () => {
		const entries = [
			entry('later', 'review: 2026-12-01'),
			entry('today', 'title: B\nreview: 2026-11-26'),
			entry('old', 'review: 2026-10-01'),
			entry('closed', 'review: 2026-10-01\nstatus: closed'),
			entry('none', 'title: x'),
		];
		assert.deepEqual(reviewsDue(entries, '2026-11-26').map(item => item.fileName), ['old.md', 'today.md']);
		assert.ok(!isReviewDue(entries[0], '2026-11-30'));
		assert.ok(isReviewDue(entries[0], '2026-12-01'));
	});

	test('Schedule Review offers a week, 30 and 90 days, and the end of the (fiscal) quarter', () => {
		assert.deepEqual(reviewDateChoices('2026-11-26', 1).map(choice => choice.date), ['2026-12-03', '2026-12-26', '2027-02-24', '2026-12-31']);
		assert.equal(reviewDateChoices('2026-11-26', 4)[3].date, '2026-12-31');
		assert.equal(reviewDateChoices('2026-11-26', 2)[3].date, '2027-01-31');
	});
});
