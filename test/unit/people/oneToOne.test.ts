import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readLens } from '../../../src/core/coaching/lens';
import { findQuestions } from '../../../src/core/coaching/questions';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import { PeopleDirectory } from '../../../src/core/people/identity';
import { carriedForward, planOneToOne } from '../../../src/core/people/oneToOne';
import { summarizePeople } from '../../../src/core/people/personSummary';
import { readRoster } from '../../../src/core/people/roster';
import { parseHeader } from '../../../src/core/text/header';
import { entryText, readEntryText } from '../helpers/entries';
import { repositoryRoot } from '../helpers/repository';

const lens = readLens('one-to-one', fs.readFileSync(path.join(repositoryRoot, 'templates', 'lenses', 'one-to-one.md'), 'utf8'));
const roster = readRoster('---\nroster:\n  - name: Dana Li\n---\n');

suite('core/people one-to-one', () => {
	const lastText = entryText({ title: 'One-to-one with Dana Li, 2026-11-10', date: '2026-11-10', tags: ['one-to-one'], people: ['Dana Li'] },
		'\n### What would be most useful for us to talk about today?\n\n### How is the move to Porto going?\n\n### What else came up?\n\nThe budget.\n\n- [ ] Ask Sam about the rota @sam\n- [ ] Send Dana the offsite notes @me due:2026-11-15\n- [x] Done already\n');
	const last = readEntryText(lastText, { name: '2026/2026-11-10-one-to-one-dana' });
	const decision = readEntryText(entryText({ title: 'Move Dana to Porto', date: '2026-11-12', status: 'decided', decided: '2026-11-12', people: ['Dana Li'] }, ''), { name: '2026/move' });
	const older = readEntryText(entryText({ title: 'Old decision', date: '2026-10-01', status: 'decided', decided: '2026-10-01', people: ['Dana Li'] }, ''), { name: '2026/old' });
	const entries = [last, decision, older];
	const [dana] = summarizePeople(new PeopleDirectory(roster, entries), entries);

	test('carries forward the unticked items and added questions left unanswered, not the lens\'s', () => {
		const listed = new Set(dana.iOwe.filter(item => item.entry.uri === last.uri).map(item => item.commitment.line));
		assert.deepEqual(carriedForward(lastText, lens, listed), { items: ['Ask Sam about the rota @sam'], questions: ['How is the move to Porto going?'] });
	});

	test('writes owed items, decisions since the last one-to-one and carried points before the lens, copying no task', () => {
		const plan = planOneToOne({ lens, now: new Date(2026, 11, 1, 9), summary: dana, carried: carriedForward(lastText, lens), folderUri: 'mem://ws/journal/2026' });
		assert.deepEqual([...plan.fileNames()], ['2026-12-01-one-to-one-dana.md']);
		const header = parseHeader(plan.text).data!;
		assert.deepEqual(header.people, ['Dana Li']);
		assert.deepEqual(header.tags, ['one-to-one']);
		assert.match(plan.text, /\*\*What I owe them\*\*\n\n- Send Dana the offsite notes @me, overdue since 2026-11-15, in \[One-to-one with Dana Li, 2026-11-10\]\(2026-11-10-one-to-one-dana\.md\)/);
		assert.match(plan.text, /\*\*Decisions involving them since the last one-to-one\*\*\n\n- \[Move Dana to Porto\]\(move\.md\), 2026-11-12\n\n/);
		assert.match(plan.text, /- How is the move to Porto going\?/);
		assert.deepEqual(parseCommitments(plan.text), []);
		const questions = findQuestions(plan.text);
		assert.equal(questions.length, findQuestions(lens.body, true).length);
		assert.ok(plan.text.indexOf('Prepared for this one-to-one') < plan.text.indexOf(questions[0].text));
		assert.ok(plan.text.slice(0, plan.cursorOffset).endsWith(questions[0].text) || plan.text.slice(0, plan.cursorOffset).includes(questions[0].text));
	});
});
