import * as assert from 'node:assert/strict';
import { PeopleDirectory } from '../../../src/core/people/identity';
import { contactsDue, summarizePeople } from '../../../src/core/people/personSummary';
import { readRoster } from '../../../src/core/people/roster';
import { keyPeopleReview, recordedSinglePoints, singlePointsChange, singlePointsOfFailure } from '../../../src/core/people/keyPeople';
import { parseHeader } from '../../../src/core/text/header';
import { entry, readEntryText, entryText } from '../helpers/entries';

const roster = readRoster([
	'---',
	'roster:',
	'  - name: Dana Li',
	'    aliases: [D. Li]',
	'    cadence: 14',
	'    runs: [billing, payroll close]',
	'  - name: Tomás Ortega',
	'    handle: tomas',
	'    team: Porto',
	'    runs: [releases]',
	'    backup: [billing]',
	'teams:',
	'  - name: Porto',
	'    cadence: 30',
	'---',
].join('\n'));

suite('core/people identity and summaries', () => {
	test('lets people: names, aliases and @handles meet in one person', () => {
		const directory = new PeopleDirectory(roster);
		assert.equal(directory.keyOfName('Dana Li'), 'dana');
		assert.equal(directory.keyOfName('d. li'), 'dana');
		assert.equal(directory.keyOfHandle('Dana'), 'dana');
		assert.equal(directory.keyOfName('Tomás Ortega'), 'tomas');
		assert.equal(directory.keyOfHandle('me'), undefined);
	});

	test('without a roster, a name meets the @handle of its first name', () => {
		const directory = new PeopleDirectory(readRoster(''), [entry('a', { people: ['Ana Ruiz'] }), entry('b', { commitments: [{ line: 1, text: 'x', owner: 'ANA', done: false }] })]);
		assert.deepEqual(directory.all().map(person => [person.key, person.name]), [['ana', 'Ana Ruiz']]);
	});

	test('lists both directions, overdue first, and the last entry naming them', () => {
		const one = readEntryText(entryText({ title: 'Plan', date: '2026-11-20', people: ['Dana Li'] },
			'\n- [ ] Send the budget due:2026-12-10\n- [ ] Book the room @me due:2026-11-25\n- [ ] Draft the plan @dana due:2026-12-20\n- [x] Old @dana\n'), { name: 'plan' });
		const two = readEntryText(entryText({ title: 'Other', date: '2026-11-28' }, '\n- [ ] Review the runbook @Dana due:2026-11-01\n- [ ] Mine alone due:2026-11-01\n'), { name: 'other' });
		const [dana] = summarizePeople(new PeopleDirectory(roster, [one, two]), [one, two]);
		assert.equal(dana.person.key, 'dana');
		// The entry names Dana through an @dana item, so its item without an owner is owed to her too.
		assert.deepEqual(dana.iOwe.map(item => item.commitment.text), ['Mine alone', 'Book the room', 'Send the budget']);
		assert.deepEqual(dana.theyOwe.map(item => item.commitment.text), ['Review the runbook', 'Draft the plan']);
		assert.equal(dana.lastEntry, '2026-11-28');
		assert.deepEqual(dana.entries.map(item => item.title), ['Other', 'Plan']);
	});

	test('finds who is past their cadence, with the days since a one-to-one or check-in', () => {
		const entries = [
			entry('2026/2026-11-01-one-to-one-dana', { date: '2026-11-01', people: ['Dana Li'], tags: ['one-to-one'] }),
			entry('2026/2026-11-20-plan', { date: '2026-11-20', people: ['Dana Li', 'Tomás Ortega'] }),
		];
		const summaries = summarizePeople(new PeopleDirectory(roster, entries), entries);
		assert.deepEqual(summaries.map(summary => summary.lastContact), ['2026-11-01', undefined]);
		assert.deepEqual(contactsDue(summaries, '2026-12-01').map(due => [due.summary.person.key, due.daysSince]), [['tomas', undefined], ['dana', 30]]);
		assert.deepEqual(contactsDue(summaries, '2026-11-15').map(due => due.summary.person.key), ['tomas']);
	});

	test('finds the single points of failure and their change', () => {
		const points = singlePointsOfFailure(roster);
		assert.deepEqual(points.processes.map(lone => [lone.process, lone.person.handle]), [['payroll close', 'dana'], ['releases', 'tomas']]);
		assert.deepEqual(points.people, []);
		const alone = singlePointsOfFailure(readRoster('---\nroster:\n  - name: Dana\n    runs: [billing, Payroll]\n  - name: Sam\n    backup: [payroll]\n    runs: [on-call, vendors]\n---\n'));
		assert.deepEqual(alone.people.map(runner => [runner.person.name, runner.processes]), [['Sam', ['on-call', 'vendors']]]);
		assert.deepEqual(singlePointsChange(['Billing', 'releases'], ['releases', 'payroll close']), { added: ['payroll close'], resolved: ['Billing'] });
	});

	test('a quarterly review records the lone processes in its header and lists them with the change since the last one', () => {
		const review = keyPeopleReview(singlePointsOfFailure(roster), { title: 'Quarterly review, 2026 Q3', date: '2026-07-01', processes: ['Billing', 'releases'] });
		assert.deepEqual(recordedSinglePoints(parseHeader(`---\n${review.headerLine}\n---\n`).data!), ['payroll close', 'releases']);
		assert.match(review.section, /- payroll close: only Dana Li\n- releases: only Tomás Ortega\n\nSince Quarterly review, 2026 Q3 \(2026-07-01\): new payroll close; resolved Billing\.\n$/);
	});
});
