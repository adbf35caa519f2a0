import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AreaCatalog } from '../../../src/core/model/areas';
import type { EntrySummary } from '../../../src/core/model/entry';
import { parseHeader } from '../../../src/core/text/header';
import { readLens } from '../../../src/core/coaching/lens';
import { planPeriodicReview, reviewPath, type PeriodicReviewRequest } from '../../../src/core/followThrough/periodicReview';
import { periodOf } from '../../../src/core/model/periods';
import { findQuestions } from '../../../src/core/coaching/questions';
import { relativeUriPath } from '../../../src/core/model/uriPath';
import { repositoryRoot } from '../helpers/repository';
import { readEntryText } from '../helpers/entries';

const root = 'file:///ws/journal';
const lensesFolder = path.join(repositoryRoot, 'templates', 'lenses');
const lens = (id: string) => readLens(id, fs.readFileSync(path.join(lensesFolder, `${id}.md`), 'utf8'));
const now = new Date(2026, 10, 26, 18, 5);

function entry(uri: string, ...lines: string[]): EntrySummary {
	return readEntryText(lines.join('\n'), { uri, mtime: 1, size: 1 });
}

const journal: EntrySummary[] = [
	entry(`${root}/2026/2026-11-24-offer.md`,
		'---', 'title: Offer [draft] for Sam', 'date: 2026-11-24', 'areas: [hiring]', 'status: decided', 'decided: 2026-11-24', 'review: 2026-11-27', '---',
		'- [x] Send the offer @me done:2026-11-25',
		'- [ ] Call references @me due:2026-11-20',
		'- [ ] Plan onboarding due:2026-12-10',
		'- [ ] [ ] Odd item'),
	entry(`${root}/2026/2026-11-23-fridays.md`,
		'---', 'title: Fridays', 'date: 2026-11-23', 'areas: [schedule, hiring]', '---',
		'- [x] Block Fridays'),
	entry(`${root}/2026/2026-10-01-old.md`,
		'---', 'title: Old plan', 'date: 2026-10-01', 'areas: [takeover]', 'status: implementing', 'review: 2026-11-01', '---',
		'- [x] Ticked long ago',
		'- [x] Late win done:2026-11-23'),
	entry(`${root}/2026/2026-11-01-reorg.md`,
		'---', 'title: Reorg', 'date: 2026-11-01', 'areas: [reorganization]', 'status: implementing', 'decided: 2026-11-26', '---'),
	entry(`${root}/2025/2025-12-01-offsite.md`,
		'---', 'title: Offsite', 'date: 2025-12-01', 'areas: [general]', 'status: closed', 'review: 2026-01-01', '---'),
	entry(`${root}/2026/2026-11-25-board.md`,
		'---', 'title: Board {{date}} prep', 'date: 2026-11-25', 'areas: [board]', 'status: closed', '---'),
	entry(`${root}/2026/2026-11-01-monthly-review.md`,
		'---', 'title: Monthly review, November 2026', 'date: 2026-11-25', 'areas: [general]', 'tags: [review, monthly]', '---'),
	entry(`${root}/2026/2026-11-24-broken.md`, '---', 'title: [unclosed', 'date: 2026-11-24', '---'),
	entry('file:///ws/elsewhere/2026-11-24-outside.md', '---', 'title: Outside', 'date: 2026-11-24', 'areas: [hiring]', 'status: decided', '---'),
];

function review(overrides: Partial<PeriodicReviewRequest> = {}): string {
	return planPeriodicReview({
		period: periodOf('week', '2026-11-26'), entries: journal, catalog: new AreaCatalog(), lens: lens('weekly-review'), now, journalRootUri: root, ...overrides,
	}).text;
}

/** The lines under a `**heading**` of the review, up to the next blank line. */
function section(text: string, heading: string): string[] {
	const start = text.indexOf(`**${heading}**\n\n`);
	assert.notEqual(start, -1, `the review has ${heading}`);
	const from = start + heading.length + 6;
	return text.slice(from, text.indexOf('\n\n', from)).split('\n');
}

suite('periodic reviews', () => {
	test('one fixed file a period, in the year folder of its first day', () => {
		const plan = planPeriodicReview({ period: periodOf('week', '2027-01-01'), entries: [], catalog: new AreaCatalog(), lens: lens('weekly-review'), now, journalRootUri: root });
		assert.deepEqual(plan.folderSegments, ['2026']);
		assert.deepEqual([...plan.fileNames()], ['2026-12-28-weekly-review.md']);
		assert.deepEqual(reviewPath(periodOf('month', '2026-11-26')), ['2026', '2026-11-01-monthly-review.md']);
		assert.deepEqual(reviewPath(periodOf('quarter', '2026-11-26', 4)), ['2026', '2026-10-01-quarterly-review.md']);
	});

	test('the header reads back with the title, date, area, tags and period', () => {
		const header = (text: string) => parseHeader(text);
		const weekly = header(review());
		assert.equal(weekly.problem, undefined);
		assert.deepEqual(weekly.data, { title: 'Weekly review, 2026-W48', date: '2026-11-26', areas: ['general'], tags: ['review', 'weekly'], period: '2026-W48' });
		const monthly = header(review({ period: periodOf('month', '2026-11-26'), lens: lens('monthly-review') })).data;
		assert.deepEqual([monthly.title, monthly.tags, monthly.period], ['Monthly review, November 2026', ['review', 'monthly'], '2026-11']);
		const quarterly = header(review({ period: periodOf('quarter', '2026-11-26', 4), lens: lens('quarterly-review') })).data;
		assert.deepEqual([quarterly.title, quarterly.tags, quarterly.period], ['Quarterly review, FY2027-Q3', ['review', 'quarterly'], 'FY2027-Q3']);
	});

	const offer = '[Offer \\[draft\\] for Sam](2026-11-24-offer.md)';
	const weekly: readonly (readonly [rule: string, heading: string, lines: readonly string[]])[] = [
		['entries dated in the period by area, links relative to the review; reviews, broken files and other folders left out', 'Entries by area', [
			'- An overcrowded schedule',
			'  - [Fridays](2026-11-23-fridays.md)',
			'- Hiring the right people',
			'  - [Fridays](2026-11-23-fridays.md)',
			`  - ${offer} (decided)`,
			'- No known area',
			'  - [Board {{date}} prep](2026-11-25-board.md) (closed)',
		]],
		['decisions: the decided date in the period, else a decided-or-later status with the date in the period', 'Decisions made', [
			`- ${offer}, decided 2026-11-24 (decided)`,
			'- [Board {{date}} prep](2026-11-25-board.md), decided 2026-11-25 (closed)',
			'- [Reorg](2026-11-01-reorg.md), decided 2026-11-26 (implementing)',
		]],
		['commitments done: the done date in the period, else ticked in an entry of the period', 'Commitments done', [
			'- Block Fridays, in [Fridays](2026-11-23-fridays.md)',
			'- Late win, done 2026-11-23, in [Old plan](2026-10-01-old.md)',
			`- Send the offer @me, done 2026-11-25, in ${offer}`,
		]],
		['open commitments not yet due, soonest first, undated last', 'Open commitments', [
			`- Plan onboarding, due 2026-12-10, in ${offer}`,
			`- \\[ ] Odd item, in ${offer}`,
		]],
		['overdue commitments: open and due before today', 'Overdue commitments', [`- Call references @me, due 2026-11-20, in ${offer}`]],
		['reviews due by the end of the period, unless closed', 'Reviews due', [
			'- [Old plan](2026-10-01-old.md), review 2026-11-01 (implementing)',
			`- ${offer}, review 2026-11-27 (decided)`,
		]],
		['areas whose newest entry is older than 30 days before the period ends, or that have none', 'Areas with no entry for 30 days', [
			'- Staff after cutbacks: no entry yet',
			'- Key people: no entry yet',
			'- Engineering a takeover: last entry 2026-10-01',
			'- A distributed team: no entry yet',
			'- General reflection: last entry 2025-12-01',
		]],
	];
	for (const [rule, heading, lines] of weekly) {
		test(rule, () => assert.deepEqual(section(review(), heading), lines));
	}

	test('the lists never read as the review\'s own commitments', () => {
		assert.equal(readEntryText(review(), { uri: `${root}/2026/2026-11-23-weekly-review.md`, mtime: 1, size: 1 }).commitments, undefined);
	});

	test('a quarter counts an area quiet after 90 days, a month after 30', () => {
		const december = review({ period: periodOf('month', '2026-12-02'), lens: lens('monthly-review'), now: new Date(2026, 11, 2) });
		assert.ok(section(december, 'Areas with no entry for 30 days').includes('- An overcrowded schedule: last entry 2026-11-23'));
		const quarterly = review({ period: periodOf('quarter', '2026-12-02'), lens: lens('quarterly-review'), now: new Date(2026, 11, 2) });
		assert.ok(!section(quarterly, 'Areas with no entry for 90 days').some(line => line.startsWith('- An overcrowded schedule')));
	});

	test('an empty journal says so in one line a section; links from another year go up a folder', () => {
		const empty = review({ entries: [] });
		for (const heading of ['Entries by area', 'Decisions made', 'Commitments done', 'Open commitments', 'Overdue commitments', 'Reviews due']) {
			assert.deepEqual(section(empty, heading), ['_None._'], heading);
		}
		const nextYear = review({ period: periodOf('month', '2027-01-05'), lens: lens('monthly-review'), now: new Date(2027, 0, 5) });
		assert.deepEqual(section(nextYear, 'Reviews due').map(line => /\]\((.*?)\)/.exec(line)?.[1]), ['../2026/2026-10-01-old.md', '../2026/2026-11-24-offer.md']);
	});

	test('the lens follows the lists; titles are never read as variables; the cursor starts under the first question', () => {
		const plan = planPeriodicReview({ period: periodOf('week', '2026-11-26'), entries: journal, catalog: new AreaCatalog(), lens: lens('weekly-review'), now, journalRootUri: `${root}/` });
		assert.deepEqual(plan.unknownVariables, []);
		assert.ok(plan.text.includes('> Week 2026-W48, reviewed on Thursday 2026-11-26.'));
		const questions = findQuestions(plan.text);
		assert.equal(questions[0].text, 'What went well this week?');
		assert.equal(plan.text.slice(0, plan.cursorOffset).split('\n').length - 1, questions[0].line + 1);
		assert.ok(plan.text.indexOf('**Reviews due**') < plan.text.indexOf('## Looking back'));
	});

	test('relative paths between URIs', () => {
		assert.equal(relativeUriPath('file:///ws/journal/2026', 'file:///ws/journal/2026/a.md'), 'a.md');
		assert.equal(relativeUriPath('file:///ws/journal/2027/', 'file:///ws/journal/2026/a%20b.md'), '../2026/a%20b.md');
		assert.equal(relativeUriPath('file:///ws/journal/2026', 'file:///ws/notes/deep/b.md'), '../../notes/deep/b.md');
		assert.equal(relativeUriPath('file:///ws/journal/2026', 'vscode-remote://host/ws/a.md'), 'vscode-remote://host/ws/a.md');
		assert.equal(relativeUriPath('file://server/ws/journal', 'file://other/ws/journal/a.md'), 'file://other/ws/journal/a.md');
	});

	test('link targets with parentheses or spaces stay one link', () => {
		const odd = entry(`${root}/2026/2026-11-24-a (copy).md`, '---', 'title: Copy', 'date: 2026-11-24', 'areas: [hiring]', '---');
		assert.deepEqual(section(review({ entries: [odd] }), 'Entries by area'), ['- Hiring the right people', '  - [Copy](2026-11-24-a%20%28copy%29.md)']);
	});
});
