import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { AreaCatalog, builtInAreas, type ChallengeArea } from '../../../src/core/model/areas';
import { addDays, addMonths, isValidIsoDate } from '../../../src/core/model/dates';
import { entryStatuses, type EntrySummary } from '../../../src/core/model/entry';
import { readEntry } from '../../../src/core/index/entryReader';
import { parseHeader } from '../../../src/core/text/header';
import { findQuestions } from '../../../src/core/coaching/questions';
import { planCheckIn, readLens } from '../../../src/core/coaching/lens';
import { planNewEntry } from '../../../src/core/coaching/newEntry';
import { insertAfterIntro, introEndOffset, renderTemplate } from '../../../src/core/coaching/template';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import {
	earlierConclusions, earlierInAreaCount, findEarlierInArea, hasDecision, onThisDay, planCheckInLookingBack, planNewEntryLookingBack,
	type EarlierConclusion,
} from '../../../src/core/followThrough/lookBack';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { repositoryRoot } from '../helpers/repository';

const root = 'mem://ws/journal';
const templatesFolder = path.join(repositoryRoot, 'templates');
const template = (id: string) => fs.readFileSync(path.join(templatesFolder, `${id}.md`), 'utf8');
const checkInLens = readLens('daily-check-in', fs.readFileSync(path.join(templatesFolder, 'lenses', 'daily-check-in.md'), 'utf8'));
const catalog = new AreaCatalog();
const hiring = catalog.get('hiring')!;
const now = new Date(2026, 11, 1, 9, 15);
const today = '2026-12-01';

/** An entry's file text: a header of `key: value` lines, then `body`. */
function entryText(header: Record<string, string>, body = ''): string {
	return ['---', ...Object.entries(header).map(([key, value]) => `${key}: ${value}`), '---', '', body].join('\n');
}

/** A decided entry's text, with `choice` under Decision · My choice. */
function decidedText(title: string, date: string, extra: Record<string, string> = {}, choice = `Choice for ${title}`): string {
	return entryText({ title, date, areas: '[hiring]', status: 'decided', ...extra },
		`# ${title}\n\n## Decision\n\n### Options considered\n\nA or B.\n\n### My choice\n\n${choice}\n\n### Expected outcome\n\nGood.\n\n## Commitments\n\n- [ ] Call the references @me due:2026-12-10\n`);
}

class Journal {
	readonly fs = new MemoryFileSystem();
	readonly entries: EntrySummary[] = [];

	/** Adds an entry at `relativePath` below the journal folder, or at a URI of its own. */
	add(relativePath: string, text: string): EntrySummary {
		const uri = relativePath.includes('://') ? relativePath : `${root}/${relativePath}`;
		this.fs.write(uri, text);
		const entry = readEntry(text, { uri, mtime: 1, size: text.length });
		this.entries.push(entry);
		return entry;
	}

	earlier(area: ChallengeArea = hiring): Promise<EarlierConclusion[]> {
		return findEarlierInArea({ entries: this.entries, areaId: area.id, journalRootUri: root, today }, this.fs);
	}

	async plan(area: ChallengeArea = hiring, source = template(area.id)): Promise<string> {
		return planNewEntryLookingBack({ title: 'Hire a head of sales', area, now, folder: 'journal', journalRootUri: root, earlier: await this.earlier(area) }, source).text;
	}
}

/** The Earlier in this area block of an entry: from its heading to the next `##` heading. */
function block(text: string, heading = '## Earlier in this area'): string {
	const start = text.indexOf(`${heading}\n`);
	assert.notEqual(start, -1, `the entry has ${heading}:\n${text}`);
	const end = text.indexOf('\n## ', start + heading.length);
	return text.slice(start, end === -1 ? text.length : end + 1);
}

function hiringJournal(): Journal {
	const journal = new Journal();
	journal.add('2026/2026-11-20-offer-for-sam.md', decidedText('Offer for Sam', '2026-11-20', { status: 'implementing', outcome: 'better', decisionQuality: 'sound' }));
	journal.add('2026/2026-10-02-panel.md', decidedText('Panel interviews', '2026-10-02', { status: 'closed', outcome: 'worse' }));
	journal.add('2025/2025-06-01-old-hire.md', decidedText('Old hire (2025)', '2025-06-01', { status: 'reviewing', decisionQuality: 'mixed' }));
	journal.add('2026/2026-11-28-scorecard.md', decidedText('A [draft] scorecard', '2026-11-28'));
	journal.add('2026/2026-11-30-still-exploring.md', entryText({ title: 'Still exploring', date: '2026-11-30', areas: '[hiring]', status: 'exploring' }));
	journal.add('2026/2026-11-29-schedule.md', decidedText('Another area', '2026-11-29', { areas: '[schedule]' }));
	journal.add('2026/2026-11-29-broken.md', '---\ntitle: [unclosed\ndate: 2026-11-29\nareas: [hiring]\nstatus: decided\n---\n');
	journal.add('2026/2026-11-27-check-in.md', entryText({ title: 'Check-in', date: '2026-11-27', areas: '[hiring]', status: 'decided' }));
	journal.add('2026/2026-11-23-weekly-review.md', entryText({ title: 'Weekly review', date: '2026-11-23', areas: '[hiring]', status: 'closed' }));
	journal.add('2026/2026-12-05-future.md', decidedText('Dated later', '2026-12-05'));
	return journal;
}

suite('addMonths', () => {
	test('month ends: the day is kept where the month has it, else the month\'s last day', () => {
		assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
		assert.equal(addMonths('2028-03-31', -1), '2028-02-29');
		assert.equal(addMonths('2026-05-31', -3), '2026-02-28');
		assert.equal(addMonths('2026-07-31', -1), '2026-06-30');
		assert.equal(addMonths('2028-02-29', -12), '2027-02-28');
		assert.equal(addMonths('2026-01-15', -1), '2025-12-15');
		assert.equal(addMonths('2026-02-10', -3), '2025-11-10');
		assert.equal(addMonths('2026-12-01', -12), '2025-12-01');
		assert.equal(addMonths('2025-11-30', 3), '2026-02-28');
		assert.equal(addMonths('2000-03-31', -1), '2000-02-29');
		assert.equal(addMonths('1900-03-31', -1), '1900-02-28');
	});

	test('property: a real date, the months apart, the day kept or the last day of the month', () => {
		const date = fc.date({ min: new Date(Date.UTC(1003, 0, 1)), max: new Date(Date.UTC(9996, 11, 31)), noInvalidDate: true }).map(day => day.toISOString().slice(0, 10));
		fc.assert(fc.property(date, fc.integer({ min: -36, max: 36 }), (from, months) => {
			const to = addMonths(from, months);
			assert.ok(isValidIsoDate(to), to);
			const [fromYear, fromMonth, fromDay] = from.split('-').map(Number);
			const [toYear, toMonth, toDay] = to.split('-').map(Number);
			assert.equal(toYear * 12 + toMonth - (fromYear * 12 + fromMonth), months);
			const lastDay = new Date(Date.UTC(toYear, toMonth, 0)).getUTCDate();
			assert.equal(toDay, Math.min(fromDay, lastDay));
			if (fromDay <= 28) {
				assert.equal(addMonths(to, -months), from);
			}
		}));
	});
});

suite('inserting a block after the intro', () => {
	const rendered = (text: string) => renderTemplate(text, {});

	test('goes before the first stage, after the title and the intro quote, with blank lines around it', () => {
		const text = '---\ntitle: T\n---\n\n# T\n\n> Intro.\n\n## Goal\n\n### Why?\n';
		const result = insertAfterIntro(rendered(text), '## Block\n\n- item');
		assert.equal(result.text, '---\ntitle: T\n---\n\n# T\n\n> Intro.\n\n## Block\n\n- item\n\n## Goal\n\n### Why?\n');
		assert.equal(result.cursorOffset, result.text.indexOf('### Why?\n') + 9);
	});

	test('skips headings in code and comments, keeps CRLF, and goes to the end when questions have no stage', () => {
		assert.equal(introEndOffset('# T\n```\n## not a stage\n```\n<!--\n## nor this\n-->\n## Stage\n'), '# T\n```\n## not a stage\n```\n<!--\n## nor this\n-->\n'.length);
		assert.equal(insertAfterIntro(rendered('# T\r\n\r\n## Goal\r\n'), '## B\n\n- x').text, '# T\r\n\r\n## B\r\n\r\n- x\r\n\r\n## Goal\r\n');
		assert.equal(insertAfterIntro(rendered('---\na: 1\n---\n### Board question?\n'), '## B').text, '---\na: 1\n---\n### Board question?\n\n## B\n');
		assert.equal(insertAfterIntro(rendered('# Only a title'), '## B').text, '# Only a title\n\n## B\n');
		const unchanged = rendered('# T\n\n## Goal\n');
		assert.equal(insertAfterIntro(unchanged, ''), unchanged);
	});
});

suite('Earlier in this area', () => {
	test('the last three conclusions of the area, newest first, right after the intro, with the choice and how it turned out', async () => {
		const text = await hiringJournal().plan();
		const intro = '> A hire is a long bet placed on short evidence.';
		assert.ok(text.indexOf(intro) < text.indexOf('## Earlier in this area'));
		assert.ok(text.indexOf('## Earlier in this area') < text.indexOf('## Goal'));
		assert.equal(block(text), [
			'## Earlier in this area',
			'',
			'_The last decisions in Hiring the right people, as the journal had them on 2026-12-01. Delete this section if you do not need it._',
			'',
			'- [A \\[draft\\] scorecard](2026-11-28-scorecard.md), 2026-11-28 · decided',
			'  - **My choice:** Choice for A [draft] scorecard',
			'  - **How it turned out:** not reviewed yet',
			'- [Offer for Sam](2026-11-20-offer-for-sam.md), 2026-11-20 · implementing',
			'  - **My choice:** Choice for Offer for Sam',
			'  - **How it turned out:** better than expected (decision: sound)',
			'- [Panel interviews](2026-10-02-panel.md), 2026-10-02 · closed',
			'  - **My choice:** Choice for Panel interviews',
			'  - **How it turned out:** worse than expected',
			'',
			'',
		].join('\n'));
		assert.equal(parseCommitments(block(text), 0).length, 0, 'no task line: the commitments stay in their entries');
	});

	test('the entry stays what the template makes: same header, same questions, cursor under the first question', async () => {
		const text = await hiringJournal().plan();
		const plain = planNewEntry({ title: 'Hire a head of sales', area: hiring, now, folder: 'journal' }, template('hiring'));
		assert.deepEqual(parseHeader(text).data, parseHeader(plain.text).data);
		assert.deepEqual(findQuestions(text).map(question => `${question.stage} / ${question.text}`), findQuestions(plain.text).map(question => `${question.stage} / ${question.text}`));
		const plan = planNewEntryLookingBack({ title: 'Hire a head of sales', area: hiring, now, folder: 'journal', journalRootUri: root, earlier: await hiringJournal().earlier() }, template('hiring'));
		assert.equal(plan.cursorOffset, text.indexOf('\n', text.indexOf('### What must the person')) + 1);
		assert.equal(text.replace(block(text), ''), plain.text, 'nothing else changes');
	});

	test('links are relative to the new entry; an older year is one folder up; an unreadable entry is listed without its choice', async () => {
		const journal = new Journal();
		journal.add('2025/2025-06-01-old-hire.md', decidedText('Old hire', '2025-06-01', { status: 'reviewing', decisionQuality: 'mixed' }));
		const unreadable = journal.add('2026/2026-11-01-gone.md', decidedText('Gone (soon)', '2026-11-01'));
		journal.fs.denied.add(unreadable.uri);
		const lines = block(await journal.plan()).split('\n');
		assert.deepEqual(lines.slice(4, -2), [
			'- [Gone (soon)](2026-11-01-gone.md), 2026-11-01 · decided',
			'  - **How it turned out:** not reviewed yet',
			'- [Old hire](../2025/2025-06-01-old-hire.md), 2025-06-01 · reviewing',
			'  - **My choice:** Choice for Old hire',
			'  - **How it turned out:** decision: mixed',
		]);
	});

	test('an empty choice is said to be not written; a long one is cut, on one line', async () => {
		const journal = new Journal();
		journal.add('2026/2026-11-01-empty.md', decidedText('Empty', '2026-11-01', {}, '<!-- nothing yet -->'));
		journal.add('2026/2026-11-02-long.md', decidedText('Long', '2026-11-02', {}, `${'word '.repeat(100)}\n\n- [ ] not a task here`));
		const text = block(await journal.plan());
		assert.match(text, /- \[Empty\].*\n {2}- \*\*My choice:\*\* _not written_\n/);
		const long = /- \*\*My choice:\*\* (word .*)\n/.exec(text)?.[1] ?? '';
		assert.ok(long.length <= 300 && long.endsWith('…'), long);
		assert.equal(parseCommitments(text, 0).length, 0);
	});

	test('no earlier conclusion, or the setting off: no block at all, the entry exactly as the template makes it', async () => {
		const journal = new Journal();
		journal.add('2026/2026-11-30-exploring.md', entryText({ title: 'Exploring', date: '2026-11-30', areas: '[hiring]', status: 'exploring' }));
		journal.add('2026/2026-11-30-other.md', decidedText('Elsewhere', '2026-11-30', { areas: '[schedule]' }));
		const plain = planNewEntry({ title: 'Hire a head of sales', area: hiring, now, folder: 'journal' }, template('hiring')).text;
		assert.equal(await journal.plan(), plain);
		assert.equal(planNewEntryLookingBack({ title: 'Hire a head of sales', area: hiring, now, folder: 'journal', journalRootUri: root, earlier: [] }, template('hiring')).text, plain);
	});

	test('a template with {{earlierInArea}} chooses the place; without conclusions its line goes away', async () => {
		const custom = '---\ntitle: {{title}}\n---\n# {{title}}\n\n## Goal\n\n### Why?\n\n## Before deciding\n\n{{earlierInArea}}\n\n## Decision\n\n### My choice\n';
		const text = await hiringJournal().plan(hiring, custom);
		assert.ok(text.indexOf('## Before deciding\n\n## Earlier in this area\n') > text.indexOf('### Why?'), text);
		assert.equal(text.match(/## Earlier in this area/g)?.length, 1);
		assert.ok(!text.includes('{{earlierInArea}}'));
		const empty = await new Journal().plan(hiring, custom);
		assert.equal(empty, '---\ntitle: Hire a head of sales\n---\n# Hire a head of sales\n\n## Goal\n\n### Why?\n\n## Before deciding\n\n## Decision\n\n### My choice\n');
		const plan = planNewEntryLookingBack({ title: 'T', area: hiring, now, folder: 'journal', journalRootUri: root, earlier: [] }, custom);
		assert.deepEqual(plan.unknownVariables, []);
	});

	test('every built-in area template gets the block before its first stage', async () => {
		for (const area of builtInAreas) {
			const journal = new Journal();
			journal.add('2026/2026-11-01-earlier.md', decidedText('Earlier', '2026-11-01', { areas: `[${area.id}]` }));
			const text = await journal.plan(area);
			const firstStage = text.indexOf('\n## ', text.indexOf('# Hire a head of sales'));
			assert.equal(text.indexOf('\n## Earlier in this area\n'), firstStage, area.id);
			assert.ok(text.slice(0, firstStage).includes('\n> '), `${area.id}: after the intro quote`);
		}
	});

	test('entries outside the journal folder are left out', () => {
		const outside = readEntry(decidedText('Outside', '2026-11-30'), { uri: 'mem://ws/elsewhere/2026-11-30-outside.md', mtime: 1, size: 1 });
		assert.deepEqual(earlierConclusions({ entries: [outside], areaId: 'hiring', journalRootUri: `${root}/`, today }), []);
	});

	const arbitraryEntry = fc.record({
		year: fc.constantFrom('2025', '2026'),
		date: fc.option(fc.date({ min: new Date(Date.UTC(2025, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }).map(day => day.toISOString().slice(0, 10)), { nil: undefined }),
		areas: fc.subarray(['hiring', 'schedule', 'board'], { minLength: 0 }),
		status: fc.option(fc.constantFrom(...entryStatuses, 'unknown'), { nil: undefined }),
		kind: fc.constantFrom('entry', 'entry', 'entry', 'check-in', 'weekly-review', 'broken', 'outside'),
		slug: fc.constantFrom('a', 'b', 'hire-a-head-of-sales', 'c'),
	});

	test('property: never more than three, all decisions of that area, newest first, the newest ones, never the new entry itself', async () => {
		await fc.assert(fc.asyncProperty(fc.array(arbitraryEntry, { maxLength: 25 }), async items => {
			const journal = new Journal();
			items.forEach((item, at) => {
				const name = item.kind === 'check-in' || item.kind === 'weekly-review' ? `${item.date ?? '2026-01-01'}-${item.kind}.md` : `${item.date ?? '2026-01-01'}-${item.slug}-${at}.md`;
				const header: Record<string, string> = { title: `Entry ${at}`, areas: `[${item.areas.join(', ')}]` };
				if (item.date) {
					header.date = item.date;
				}
				if (item.status) {
					header.status = item.status;
				}
				const text = item.kind === 'broken' ? '---\ntitle: [\n---\n' : entryText(header, '## Decision\n\n### My choice\n\nYes.\n');
				const relative = item.kind === 'outside' ? `mem://ws/elsewhere/${name}` : `${item.year}/${name}`;
				journal.add(relative, text);
			});
			// Today's entry of the same title: the creator takes the first of the plan's names that is free.
			journal.add('2026/2026-12-01-hire-a-head-of-sales.md', decidedText('Hire a head of sales', today));
			const earlier = await journal.earlier();
			const listed = earlier.map(({ entry }) => entry);
			assert.ok(listed.length <= earlierInAreaCount);
			for (const entry of listed) {
				assert.ok(entry.areas.includes('hiring') && hasDecision(entry) && !entry.problem, entry.uri);
				assert.ok(entry.uri.startsWith(`${root}/`) && !/-(check-in|weekly-review)\.md$/.test(entry.fileName), entry.uri);
			}
			const dates = listed.map(entry => entry.date ?? '');
			assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
			const qualifying = journal.entries.filter(entry => entry.areas.includes('hiring') && hasDecision(entry) && !entry.problem
				&& entry.uri.startsWith(`${root}/`) && !/-(check-in|weekly-review)\.md$/.test(entry.fileName) && (entry.date ?? today) <= today);
			assert.equal(listed.length, Math.min(earlierInAreaCount, qualifying.length));
			const oldestListed = dates.at(-1) ?? '';
			assert.ok(qualifying.every(entry => listed.includes(entry) || (entry.date ?? '') <= oldestListed), 'the newest ones');

			const plan = planNewEntryLookingBack({ title: 'Hire a head of sales', area: hiring, now, folder: 'journal', journalRootUri: root, earlier }, template('hiring'));
			const taken = new Set(journal.entries.map(entry => entry.uri));
			const created = [...plan.fileNames()].map(name => `${root}/${plan.folderSegments.join('/')}/${name}`).find(uri => !taken.has(uri))!;
			const newName = created.slice(created.lastIndexOf('/') + 1);
			assert.ok(!plan.text.includes(`](${newName})`), 'never a link to the new entry itself');
			assert.equal(parseCommitments(plan.text, 0).length, 0, 'the template has no task line, and the block adds none');
		}), { numRuns: 150 });
	});
});

suite('On this day', () => {
	function onThisDayJournal(): Journal {
		const journal = new Journal();
		journal.add('2026/2026-11-01-exact.md', entryText({ title: 'Exactly a month ago', date: '2026-11-01', areas: '[hiring, board]' }));
		journal.add('2026/2026-11-03-near-month.md', entryText({ title: 'Two days after, not shown', date: '2026-11-03', areas: '[hiring]' }));
		journal.add('2026/2026-09-03-near-quarter.md', entryText({ title: 'Near a quarter ago', date: '2026-09-03', areas: '[schedule]' }));
		journal.add('2026/2026-08-29-also-near.md', entryText({ title: 'Also near', date: '2026-08-29', areas: '[]' }));
		journal.add('2026/2026-08-28-too-far.md', entryText({ title: 'Four days before', date: '2026-08-28', areas: '[hiring]' }));
		journal.add('2025/2025-12-01-check-in.md', entryText({ title: 'Check-in a year ago', date: '2025-12-01', areas: '[general]' }));
		journal.add('2025/2025-12-01-weekly-review.md', entryText({ title: 'Review a year ago', date: '2025-12-01', areas: '[general]' }));
		journal.add('2025/2025-12-01-broken.md', '---\ntitle: [\ndate: 2025-12-01\n---\n');
		return journal;
	}

	test('a month, a quarter and a year ago: that day, else within three days; check-ins, reviews and broken files left out', () => {
		const days = onThisDay(onThisDayJournal().entries, today, root);
		assert.deepEqual(days.map(day => ({ label: day.label, day: day.day, titles: day.entries.map(entry => entry.title) })), [
			{ label: 'A month ago', day: '2026-11-01', titles: ['Exactly a month ago'] },
			{ label: 'Three months ago', day: '2026-09-01', titles: ['Also near', 'Near a quarter ago'] },
		]);
	});

	test('the check-in shows them between its title and its questions, as links relative to it', () => {
		const plan = planCheckInLookingBack({ lens: checkInLens, now, entries: onThisDayJournal().entries, catalog, journalRootUri: root });
		const plain = planCheckIn(checkInLens, now);
		assert.deepEqual([...plan.fileNames()], [...plain.fileNames()]);
		assert.equal(block(plan.text, '## On this day'), [
			'## On this day',
			'',
			'**A month ago, 2026-11-01**',
			'',
			'- [Exactly a month ago](2026-11-01-exact.md), 2026-11-01 · Hiring the right people, board',
			'',
			'**Three months ago, 2026-09-01**',
			'',
			'- [Also near](2026-08-29-also-near.md), 2026-08-29',
			'- [Near a quarter ago](2026-09-03-near-quarter.md), 2026-09-03 · An overcrowded schedule',
			'',
			'',
		].join('\n'));
		assert.ok(plan.text.indexOf('# Check-in, Tuesday 2026-12-01') < plan.text.indexOf('## On this day'));
		assert.ok(plan.text.indexOf('## On this day') < plan.text.indexOf('## Check-in'));
		assert.equal(plan.text.replace(block(plan.text, '## On this day'), ''), plain.text);
		assert.equal(plan.cursorOffset, plan.text.indexOf('\n', plan.text.indexOf('### Energy today')) + 1);
		assert.equal(parseCommitments(plan.text, 0).length, 0);
	});

	test('a year ago from an entry a year back, one folder up; nothing found, no block', () => {
		const journal = new Journal();
		journal.add('2025/2025-12-01-offsite.md', entryText({ title: 'Offsite', date: '2025-12-01', areas: '[general]' }));
		const plan = planCheckInLookingBack({ lens: checkInLens, now, entries: journal.entries, catalog, journalRootUri: root });
		assert.match(plan.text, /\*\*A year ago, 2025-12-01\*\*\n\n- \[Offsite\]\(\.\.\/2025\/2025-12-01-offsite\.md\), 2025-12-01 · General reflection\n/);
		assert.equal(planCheckInLookingBack({ lens: checkInLens, now, entries: [], catalog, journalRootUri: root }).text, planCheckIn(checkInLens, now).text);
	});

	test('property: each entry shown is in its span\'s window, exact days win, and nothing is shown twice', () => {
		const day = fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2027, 11, 31)), noInvalidDate: true }).map(moment => moment.toISOString().slice(0, 10));
		fc.assert(fc.property(day, fc.array(fc.integer({ min: -400, max: 0 }), { maxLength: 40 }), (todayDate, offsets) => {
			const journal = new Journal();
			offsets.forEach((offset, at) => {
				const date = addDays(todayDate, offset);
				journal.add(`${date.slice(0, 4)}/${date}-e${at}.md`, entryText({ title: `E${at}`, date, areas: '[general]' }));
			});
			const days = onThisDay(journal.entries, todayDate, root);
			const shown = days.flatMap(found => found.entries.map(entry => entry.uri));
			assert.equal(new Set(shown).size, shown.length);
			for (const [months, found] of [1, 3, 12].map(months => [months, days.find(d => d.day === addMonths(todayDate, -months))] as const)) {
				const target = addMonths(todayDate, -months);
				const inWindow = journal.entries.filter(entry => entry.date! >= addDays(target, -3) && entry.date! <= addDays(target, 3));
				const exact = inWindow.filter(entry => entry.date === target);
				if (inWindow.length === 0) {
					assert.equal(found, undefined);
					continue;
				}
				assert.ok(found, `${months} months back`);
				assert.ok(found.entries.every(entry => inWindow.includes(entry)));
				assert.deepEqual(found.entries.length, (exact.length > 0 ? exact : inWindow).length);
			}
		}));
	});
});
