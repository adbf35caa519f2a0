import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { assertLinearTime } from '../helpers/timing';
import { AreaCatalog } from '../../../src/core/model/areas';
import type { Commitment, TaskPriority } from '../../../src/core/model/entry';
import { commitmentState, openCommitments } from '../../../src/core/followThrough/commitmentGroups';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import { markDoneEdit } from '../../../src/core/followThrough/taskCompletion';
import { nextOccurrence, nextReferenceDate, parseRecurrence } from '../../../src/core/followThrough/recurrence';
import { headerDiagnostics } from '../../../src/core/editing/headerDiagnostics';
import { entryText, readEntryText } from '../helpers/entries';
import { markdownTasks } from '../helpers/markdownTasks';

/** What a test compares of a commitment: everything but its line. */
function fieldsOf(item: Commitment): Omit<Commitment, 'line'> {
	return Object.fromEntries(Object.entries(item).filter(([key]) => key !== 'line')) as Omit<Commitment, 'line'>;
}

/** `text` with one edit applied. */
function applied(text: string, edit: { start: number; end: number; text: string } | undefined): string {
	assert.ok(edit, 'an edit');
	return `${text.slice(0, edit.start)}${edit.text}${text.slice(edit.end)}`;
}

suite('task syntaxes: reading', () => {
	test('Obsidian Tasks emoji: dates, priorities, recurrence, [-] and ❌ cancelled, [/] open; the text shown strips them', () => {
		const body = [
			'- [ ] Draft the scorecard @dana 📅 2026-12-04 ⏳ 2026-12-01 🛫 2026-11-30 ➕ 2026-11-20 ⏫ 🔁 every week',
			'- [x] Book the panel 📅 2026-11-20 ✅ 2026-11-19',
			'- [-] Drop the survey 📅 2026-11-25 ❌ 2026-11-24',
			'- [ ] Cancelled by its date ❌ 2026-11-24',
			'- [/] Halfway there 🔺',
			'- [ ] Variation selector and no-break space 📅\ufe0f\u00a02026-12-09 🔽\ufe0f',
			'- [ ] Calendar emoji 📆 2026-12-10 and 🗓️ 2026-12-11 ⌛ 2026-12-02 ⏬',
			'- [x] ✅ shipped is prose, not a date',
		].join('\n');
		assert.deepEqual(parseCommitments(body).map(fieldsOf), [
			{ text: 'Draft the scorecard', owner: 'dana', done: false, due: '2026-12-04', scheduled: '2026-12-01', start: '2026-11-30', priority: 'high', recurrence: 'every week', syntax: 'tasks' },
			{ text: 'Book the panel', done: true, due: '2026-11-20', doneOn: '2026-11-19', syntax: 'tasks' },
			{ text: 'Drop the survey', done: false, cancelled: true, due: '2026-11-25', syntax: 'tasks' },
			{ text: 'Cancelled by its date', done: false, cancelled: true, syntax: 'tasks' },
			{ text: 'Halfway there', done: false, priority: 'highest', syntax: 'tasks' },
			{ text: 'Variation selector and no-break space', done: false, due: '2026-12-09', priority: 'low', syntax: 'tasks' },
			{ text: 'Calendar emoji and', done: false, due: '2026-12-10', scheduled: '2026-12-02', priority: 'lowest', syntax: 'tasks' },
			{ text: '✅ shipped is prose, not a date', done: true },
		]);
	});

	test('Dataview inline fields in [] and (), keys in any case; its 🗓️ shorthand', () => {
		const body = [
			'- [ ] Call Ana [due:: 2026-12-01] (scheduled:: 2026-11-28) [priority:: High] [repeat:: every month on the 1st]',
			'- [x] Sent it [due:: 2026-11-01] [completion::2026-11-02]',
			'- [-] Dropped [Cancelled:: 2026-11-03]',
			'- [ ] Shorthand 🗓️ 2026-12-24',
		].join('\n');
		assert.deepEqual(parseCommitments(body).map(fieldsOf), [
			{ text: 'Call Ana', done: false, due: '2026-12-01', scheduled: '2026-11-28', priority: 'high', recurrence: 'every month on the 1st', syntax: 'dataview' },
			{ text: 'Sent it', done: true, due: '2026-11-01', doneOn: '2026-11-02', syntax: 'dataview' },
			{ text: 'Dropped', done: false, cancelled: true, syntax: 'dataview' },
			{ text: 'Shorthand', done: false, due: '2026-12-24', syntax: 'tasks' },
		]);
	});

	test('Logseq markers, with DEADLINE and SCHEDULED on the line or the next, and [#A] priorities', () => {
		const body = [
			'- TODO Write the memo @lee',
			'  DEADLINE: <2026-12-01 Tue>',
			'- DOING Review the plan SCHEDULED: <2026-12-02 Wed 10:00 .+1w>',
			'- LATER [#A] Someday',
			'- NOW Right now',
			'- DONE Shipped',
			'- CANCELED Not this',
			'- CANCELLED Nor this',
			'\t- TODO Nested with a tab',
			'- TODO: a colon after it is prose',
			'- KNOW this is not a marker',
			'TODO not in a list',
		].join('\n');
		assert.deepEqual(parseCommitments(body).map(item => [item.line, fieldsOf(item)]), [
			[0, { text: 'Write the memo', owner: 'lee', done: false, due: '2026-12-01', syntax: 'logseq' }],
			[2, { text: 'Review the plan', done: false, scheduled: '2026-12-02', syntax: 'logseq' }],
			[3, { text: 'Someday', done: false, priority: 'high', syntax: 'logseq' }],
			[4, { text: 'Right now', done: false, syntax: 'logseq' }],
			[5, { text: 'Shipped', done: true, syntax: 'logseq' }],
			[6, { text: 'Not this', done: false, cancelled: true, syntax: 'logseq' }],
			[7, { text: 'Nor this', done: false, cancelled: true, syntax: 'logseq' }],
			[8, { text: 'Nested with a tab', done: false, syntax: 'logseq' }],
		]);
	});

	test('bad dates in any syntax are kept as written; ours still reads as before', () => {
		const body = ['- [ ] A 📅 2026-13-01', '- [ ] B [due:: 2026-02-30]', '- TODO C', '  DEADLINE: <2026-1-5 Mon>', '- [ ] D due:soon'].join('\n');
		assert.deepEqual(parseCommitments(body).map(item => item.badDate), ['📅 2026-13-01', '[due:: 2026-02-30]', 'DEADLINE: <2026-1-5 Mon>', 'due:soon']);
	});

	test('a cancelled item is neither open nor done: the Commitments view leaves it out', () => {
		const entry = readEntryText(entryText('areas: [hiring]', '- [-] Dropped 📅 2026-11-01\n- CANCELED Gone\n- [ ] Kept 📅 2026-11-02\n- TODO Also kept\n'), { name: 'a' });
		assert.deepEqual(openCommitments([entry]).map(item => item.commitment.text), ['Kept', 'Also kept']);
		assert.deepEqual(entry.commitments?.map(item => commitmentState(item, '2026-11-26')), ['cancelled', 'cancelled', 'overdue', 'open']);
	});
});

/** Words an action can hold: none is a marker, a field or an owner. */
const word = fc.constantFrom('Call', 'Ana', 'about', 'the', 'budget', 'plan', 'review', 'Q4', 'hiring', 'draft', 'ja', 'Straße');
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map(date => date.toISOString().slice(0, 10));
const gap = fc.constantFrom(' ', '  ', '\u00a0', ' \u00a0');
const selector = fc.constantFrom('', '\ufe0f');
const priorityEmoji: Record<TaskPriority, string> = { highest: '🔺', high: '⏫', medium: '🔼', low: '🔽', lowest: '⏬' };
const rules = ['every day', 'every 3 days', 'every week', 'every 2 weeks when done', 'every weekday', 'every month on the 1st', 'every month on the last', 'every Monday', 'every week on Tuesday, Friday', 'every year'];

interface Built {
	readonly line: string;
	readonly expected: Omit<Commitment, 'line'>;
}

/** A task line in one syntax, and the commitment it was built from. */
const builtLine: fc.Arbitrary<Built> = fc.record({
	syntax: fc.constantFrom('journal', 'tasks', 'dataview', 'logseq'),
	words: fc.array(word, { minLength: 1, maxLength: 5 }),
	owner: fc.option(fc.constantFrom('dana', 'wei', 'Zoë'), { nil: undefined }),
	due: fc.option(isoDate, { nil: undefined }),
	scheduled: fc.option(isoDate, { nil: undefined }),
	doneOn: fc.option(isoDate, { nil: undefined }),
	state: fc.constantFrom('open', 'done', 'cancelled'),
	priority: fc.option(fc.constantFrom<TaskPriority>('highest', 'high', 'medium', 'low', 'lowest'), { nil: undefined }),
	recurrence: fc.option(fc.constantFrom(...rules), { nil: undefined }),
	gaps: fc.array(gap, { minLength: 8, maxLength: 8 }),
	selectors: fc.array(selector, { minLength: 4, maxLength: 4 }),
	round: fc.boolean(),
	nextLine: fc.boolean(),
}).map(spec => {
	const text = spec.words.join(' ');
	// A box or marker is followed by a plain space, as markdown's task lists and Logseq want.
	const [, g1, g2, g3, g4, g5, g6] = spec.gaps;
	const [s0, s1, s2, s3] = spec.selectors;
	const owner = spec.owner ? ` @${spec.owner}` : '';
	const box = { open: '[ ]', done: '[x]', cancelled: '[-]' }[spec.state];
	const doneOn = spec.state === 'done' ? spec.doneOn : undefined;
	/** The commitment expected of a line holding the given parts of the spec (and always its text, state and owner). */
	const expect = (parts: readonly ('due' | 'scheduled' | 'doneOn' | 'priority' | 'recurrence')[], syntax?: Commitment['syntax'], cancels = true): Omit<Commitment, 'line'> => {
		const values = { due: spec.due, scheduled: spec.scheduled, doneOn, priority: spec.priority, recurrence: spec.recurrence };
		return {
			text, done: spec.state === 'done', ...(cancels && spec.state === 'cancelled' ? { cancelled: true as const } : {}), ...(owner ? { owner: spec.owner } : {}),
			...Object.fromEntries(parts.filter(part => values[part] !== undefined).map(part => [part, values[part]])), ...(syntax ? { syntax } : {}),
		};
	};
	const joined = (fields: readonly string[], gap: string) => fields.filter(field => field !== '').map(field => `${gap}${field}`).join('');
	switch (spec.syntax) {
		case 'journal': {
			const line = `- ${box === '[-]' ? '[ ]' : box} ${text}${owner}${spec.due ? `${g1}due:${spec.due}` : ''}${doneOn ? `${g2}done:${doneOn}` : ''}`;
			return { line, expected: expect(['due', 'doneOn'], undefined, false) };
		}
		case 'tasks': {
			const fields = joined([
				spec.priority ? `${priorityEmoji[spec.priority]}${s0}` : '',
				spec.recurrence ? `🔁${g1}${spec.recurrence}` : '',
				spec.scheduled ? `⏳${s1}${g2}${spec.scheduled}` : '',
				spec.due ? `📅${s2}${g3}${spec.due}` : '',
				doneOn ? `✅${s3}${g4}${doneOn}` : '',
			], g5);
			return { line: `- ${box} ${text}${owner}${fields}`, expected: expect(['due', 'scheduled', 'doneOn', 'priority', 'recurrence'], fields ? 'tasks' : undefined) };
		}
		case 'dataview': {
			const [open, close] = spec.round ? ['(', ')'] : ['[', ']'];
			const fields = joined([
				spec.due ? `${open}due::${g1}${spec.due}${close}` : '',
				spec.scheduled ? `${open}scheduled::${g2}${spec.scheduled}${close}` : '',
				doneOn ? `${open}completion::${g3}${doneOn}${close}` : '',
				spec.priority ? `${open}priority:: ${spec.priority}${close}` : '',
				spec.recurrence ? `${open}repeat:: ${spec.recurrence}${close}` : '',
			], g4);
			return { line: `- ${box} ${text}${owner}${fields}`, expected: expect(['due', 'scheduled', 'doneOn', 'priority', 'recurrence'], fields ? 'dataview' : undefined) };
		}
		default: {
			const marker = { open: 'TODO', done: 'DONE', cancelled: 'CANCELED' }[spec.state];
			const dates = [spec.due ? `DEADLINE:${g5}<${spec.due} Mon>` : '', spec.scheduled ? `SCHEDULED: <${spec.scheduled} Mon 09:00>` : ''].filter(field => field !== '');
			const after = dates.length === 0 ? '' : spec.nextLine ? `\n  ${dates.join(' ')}` : `${g6}${dates.join(' ')}`;
			return { line: `- ${marker} ${text}${owner}${after}`, expected: expect(['due', 'scheduled'], 'logseq') };
		}
	}
});

suite('task syntaxes: properties', () => {
	test('property: a line built in any syntax, with no-break spaces and variation selectors, reads back to the fields it was built from', () => {
		fc.assert(fc.property(builtLine, built => {
			const found = parseCommitments(built.line);
			assert.equal(found.length, 1, JSON.stringify(built.line));
			assert.deepEqual(fieldsOf(found[0]), built.expected, JSON.stringify(built.line));
		}), { numRuns: 2000 });
	});

	test('property: a recurring line marked done gets its next occurrence above it, open, at a date not before today, and the done line reads as done', () => {
		const recurring = builtLine.filter(built => built.expected.recurrence !== undefined && !built.expected.done && !built.expected.cancelled);
		fc.assert(fc.property(recurring, isoDate, (built, today) => {
			const edited = applied(built.line, markDoneEdit(built.line, 0, today));
			const [next, done] = parseCommitments(edited);
			assert.equal(next.line, 0);
			assert.equal(next.done, false);
			assert.equal(next.recurrence, built.expected.recurrence);
			assert.equal(next.doneOn, undefined);
			if (built.expected.due !== undefined) {
				assert.ok(next.due! >= today, `${next.due} is not before ${today}`);
			}
			assert.deepEqual([done.line, done.done, done.doneOn], [1, true, today]);
		}), { numRuns: 500 });
	});


	test('property: Tasks, Dataview and Logseq items are the ones markdown-it finds, nested, quoted or in code alike', () => {
		const line = fc.constantFrom(
			'- [-] cancelled 📅 2026-12-01', '- [/] in progress', '> - TODO quoted', '- - DONE nested on one line', '1. LATER numbered', '-', '> -',
			'  NOW after its marker', '  DEADLINE: <2026-12-01 Tue>', '- KNOW not a marker', 'TODO not an item', '- TODO', '- TODO: prose',
			'- [ ] [due:: 2026-12-01]', '* [x] ✅ 2026-11-01', '- > DOING quote in item', '    - TODO indented code', '```', '~~~', '<!--', '-->',
			'text', '', '# Heading', '\t- CANCELED tab', '+ CANCELLED plus', '- [-]',
		);
		fc.assert(fc.property(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
			const body = lines.join(eol);
			assert.deepEqual(parseCommitments(body).map(item => [item.line, item.done]), markdownTasks(body), JSON.stringify(body));
		}), { numRuns: 3000 });
	});

	test('long lines full of markers and fields are read in linear time', () => {
		assertLinearTime(100_000, text => parseCommitments(text), [
			['NOW runs', length => `- ${'NOW '.repeat(length / 4)}`],
			['TODO lines', length => `- TODO ${'x'.repeat(43)}\n`.repeat(length / 50)],
			['marker words on one line', length => `text ${'KNOW TODO '.repeat(length / 10)}`],
			['emoji dates', length => `- [ ] ${'📅 2026-01-01 and more words '.repeat(length / 30)}`],
			['open Dataview fields', length => `- [ ] ${'[due:: '.repeat(length / 7)}`],
			['open Logseq dates', length => `- TODO ${'DEADLINE: <'.repeat(length / 11)}`],
			['recurrence', length => `- [ ] 🔁 ${'every '.repeat(length / 6)}`],
		]);
	});
});

suite('task syntaxes: Mark Done', () => {
	const today = '2026-12-01';

	test('writes in the syntax the line uses: done: on ours, ✅ on a Tasks line, [completion:: ] on a Dataview line, DONE for Logseq', () => {
		const cases: [string, string][] = [
			['- [ ] Ours @dana due:2026-12-04', '- [x] Ours @dana due:2026-12-04 done:2026-12-01'],
			['- [ ] Tasks 📅 2026-12-04 ⏫', '- [x] Tasks 📅 2026-12-04 ⏫ ✅ 2026-12-01'],
			['- [/] In progress 📅 2026-12-04', '- [x] In progress 📅 2026-12-04 ✅ 2026-12-01'],
			['- [ ] Block id stays last 📅 2026-12-04 ^abc-1', '- [x] Block id stays last 📅 2026-12-04 ✅ 2026-12-01 ^abc-1'],
			['- [ ] Dataview [due:: 2026-12-04]', '- [x] Dataview [due:: 2026-12-04] [completion:: 2026-12-01]'],
			['- [ ] Round (due:: 2026-12-04) (completion:: 2020-01-01)', '- [x] Round (due:: 2026-12-04) (completion:: 2026-12-01)'],
			['- TODO Logseq\n  DEADLINE: <2026-12-04 Fri>', '- DONE Logseq\n  DEADLINE: <2026-12-04 Fri>'],
			['\t- LATER Logseq later', '\t- DONE Logseq later'],
			['- [ ] No fields', '- [ ] No fields'.replace('[ ]', '[x]').concat(' done:2026-12-01')],
		];
		for (const [line, expected] of cases) {
			assert.equal(applied(line, markDoneEdit(line, 0, today)), expected, line);
		}
		for (const closed of ['- [-] Cancelled', '- DONE Done', '- CANCELED Gone', '- [x] Done ✅ 2026-11-01']) {
			assert.equal(markDoneEdit(closed, 0, today), undefined, closed);
		}
	});

	test('a recurring item gets its next occurrence on a new line above, dates moved from the due date, or from today when done', () => {
		const cases: [string, string][] = [
			['- [ ] Weekly 1:1 🔁 every week 📅 2026-12-01', '- [ ] Weekly 1:1 🔁 every week 📅 2026-12-08\n- [x] Weekly 1:1 🔁 every week 📅 2026-12-01 ✅ 2026-12-01'],
			['- [ ] Scheduled too 🔁 every week ⏳ 2026-11-29 📅 2026-12-01', '- [ ] Scheduled too 🔁 every week ⏳ 2026-12-06 📅 2026-12-08\n- [x] Scheduled too 🔁 every week ⏳ 2026-11-29 📅 2026-12-01 ✅ 2026-12-01'],
			['- [ ] When done 🔁 every 2 weeks when done 📅 2026-11-20', '- [ ] When done 🔁 every 2 weeks when done 📅 2026-12-15\n- [x] When done 🔁 every 2 weeks when done 📅 2026-11-20 ✅ 2026-12-01'],
			['  - [ ] Dataview [repeat:: every month on the 1st] [due:: 2026-12-01]', '  - [ ] Dataview [repeat:: every month on the 1st] [due:: 2027-01-01]\n  - [x] Dataview [repeat:: every month on the 1st] [due:: 2026-12-01] [completion:: 2026-12-01]'],
			['- [ ] Ours too 🔁 every day due:2026-12-01', '- [ ] Ours too 🔁 every day due:2026-12-02\n- [x] Ours too 🔁 every day due:2026-12-01 ✅ 2026-12-01'],
			['- [ ] Missed weeks leave no ghosts 🔁 every week 📅 2026-10-06', '- [ ] Missed weeks leave no ghosts 🔁 every week 📅 2026-12-01\n- [x] Missed weeks leave no ghosts 🔁 every week 📅 2026-10-06 ✅ 2026-12-01'],
			['- [ ] No date 🔁 every week', '- [ ] No date 🔁 every week\n- [x] No date 🔁 every week ✅ 2026-12-01'],
			['- [ ] Unknown rule stays one line 🔁 every blue moon 📅 2026-12-01', '- [x] Unknown rule stays one line 🔁 every blue moon 📅 2026-12-01 ✅ 2026-12-01'],
		];
		for (const [line, expected] of cases) {
			assert.equal(applied(line, markDoneEdit(line, 0, today)), expected, line);
		}
		const crlf = 'intro\r\n- [ ] Weekly 🔁 every week 📅 2026-12-01\r\nafter';
		assert.equal(applied(crlf, markDoneEdit(crlf, 1, today)), 'intro\r\n- [ ] Weekly 🔁 every week 📅 2026-12-08\r\n- [x] Weekly 🔁 every week 📅 2026-12-01 ✅ 2026-12-01\r\nafter');
	});
});

suite('task syntaxes: recurrence rules', () => {
	test('the rules read, and those that are not', () => {
		assert.deepEqual(parseRecurrence('every week'), { interval: 1, unit: 'week', whenDone: false });
		assert.deepEqual(parseRecurrence('Every 2 Weeks  when done'), { interval: 2, unit: 'week', whenDone: true });
		assert.deepEqual(parseRecurrence('every weekday'), { interval: 1, unit: 'week', weekdays: [1, 2, 3, 4, 5], whenDone: false });
		assert.deepEqual(parseRecurrence('every Monday and Thursday'), { interval: 1, unit: 'week', weekdays: [1, 4], whenDone: false });
		assert.deepEqual(parseRecurrence('every 2 weeks on Friday, Monday'), { interval: 2, unit: 'week', weekdays: [1, 5], whenDone: false });
		assert.deepEqual(parseRecurrence('every month on the 1st'), { interval: 1, unit: 'month', monthDay: 1, whenDone: false });
		assert.deepEqual(parseRecurrence('every 3 months on the last'), { interval: 3, unit: 'month', monthDay: 'last', whenDone: false });
		assert.deepEqual(parseRecurrence('every year when done'), { interval: 1, unit: 'year', whenDone: true });
		for (const unread of ['every blue moon', 'every 0 days', 'every month on the 32nd', 'every week on the 1st', 'every 2 weekdays', 'weekly', 'every month on the 2nd Wednesday', 'every funday']) {
			assert.equal(parseRecurrence(unread), undefined, unread);
		}
	});

	test('next dates: days, weeks, weekdays, month days (skipping months without the day), month ends, years', () => {
		const next = (rule: string, from: string) => nextOccurrence(parseRecurrence(rule)!, from);
		assert.equal(next('every 3 days', '2026-12-30'), '2027-01-02');
		assert.equal(next('every 2 weeks', '2026-12-01'), '2026-12-15');
		assert.equal(next('every weekday', '2026-12-04'), '2026-12-07'); // Friday to Monday
		assert.equal(next('every weekday', '2026-12-01'), '2026-12-02');
		assert.equal(next('every Monday', '2026-12-07'), '2026-12-14');
		assert.equal(next('every 2 weeks on Tuesday, Friday', '2026-12-01'), '2026-12-04');
		assert.equal(next('every 2 weeks on Tuesday, Friday', '2026-12-04'), '2026-12-15');
		assert.equal(next('every month', '2026-01-31'), '2026-02-28');
		assert.equal(next('every month on the 1st', '2026-12-01'), '2027-01-01');
		assert.equal(next('every month on the 15th', '2026-12-01'), '2026-12-15');
		assert.equal(next('every month on the 31st', '2026-01-31'), '2026-03-31');
		assert.equal(next('every month on the last', '2026-01-31'), '2026-02-28');
		assert.equal(next('every year', '2028-02-29'), '2029-02-28');
	});

	test('property: the next reference date is after the item\'s date (after today for when done) and never before today', () => {
		fc.assert(fc.property(fc.constantFrom(...rules), isoDate, isoDate, (text, reference, today) => {
			const rule = parseRecurrence(text)!;
			const next = nextReferenceDate(rule, reference, today);
			assert.ok(next >= today, `${text} from ${reference} on ${today}: ${next}`);
			assert.ok(next > (rule.whenDone ? today : reference), `${text} from ${reference} on ${today}: ${next}`);
		}), { numRuns: 300 });
	});

	test('a missed period is skipped, not left as an overdue copy: the first date of the series not before today', () => {
		const weekly = parseRecurrence('every week')!;
		assert.equal(nextReferenceDate(weekly, '2026-10-06', '2026-12-01'), '2026-12-01');
		assert.equal(nextReferenceDate(weekly, '2026-10-06', '2026-12-02'), '2026-12-08');
		assert.equal(nextReferenceDate(weekly, '2026-12-01', '2026-11-20'), '2026-12-08');
		assert.equal(nextReferenceDate(parseRecurrence('every month on the 1st')!, '2026-01-01', '2026-06-15'), '2026-07-01');
	});
});

suite('task syntaxes: diagnostics', () => {
	const catalog = new AreaCatalog();
	test('a bad date in any syntax is flagged at its value, with a fix where one is unambiguous', () => {
		const text = [
			'---', 'title: x', '---',
			'- [ ] Tasks 📅 2026-1-5',
			'- [ ] Dataview [due:: 2026-02-30]',
			'- TODO Logseq',
			'  DEADLINE: <2026-13-01 Fri>',
			'- [ ] Ours due:2026-1-5',
			'- [ ] Fine 📅 2026-01-05 [due:: 2026-01-05]',
			'',
		].join('\n');
		const found = headerDiagnostics(text, catalog);
		assert.deepEqual(found.map(item => [item.code, item.key, item.written, text.slice(item.start, item.end), item.fix?.replacements[0]]), [
			['badTaskDate', 'due', '2026-1-5', '2026-1-5', '2026-01-05'],
			['badTaskDate', 'due', '2026-02-30', '2026-02-30', undefined],
			['badTaskDate', 'due', '2026-13-01', '2026-13-01', undefined],
			['badCommitmentDate', 'due', 'due:2026-1-5', 'due:2026-1-5', 'due:2026-01-05'],
		]);
		assert.equal(found[0].start, text.indexOf('2026-1-5'));
	});
});
