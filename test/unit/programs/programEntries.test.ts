import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuestions } from '../../../src/core/coaching/questions';
import { sampleJournal } from '../../../src/core/coaching/sampleJournal';
import { EntryGroups } from '../../../src/core/index/entryGroups';
import { defaultQuery } from '../../../src/core/index/entryQuery';
import { JournalIndex } from '../../../src/core/index/journalIndex';
import { AreaCatalog, builtInAreas } from '../../../src/core/model/areas';
import type { EntrySummary } from '../../../src/core/model/entry';
import { planAfterAction, programTargets } from '../../../src/core/programs/afterAction';
import { readProgramDefinition, type ProgramDefinition } from '../../../src/core/programs/programDefinition';
import { ProgramMembers } from '../../../src/core/programs/programMembers';
import { planPhase, planProgramParent, programTemplateOf } from '../../../src/core/programs/programPlan';
import { parseHeader } from '../../../src/core/text/header';
import { entryText, journalRoot, readEntryText } from '../helpers/entries';

const takeoverArea = builtInAreas.find(area => area.id === 'takeover')!;
const now = new Date(2026, 11, 1, 9, 30);
const definition = readProgramDefinition('takeover', [
	'---', 'name: Takeover', 'area: takeover', 'scale: 1 to 4', 'phases:',
	'  - { id: due-diligence, name: Due diligence, review: 30 }',
	'  - { id: day-one, name: Day one, review: 1 }',
	'---', '# {{title}}', '', 'Scale: {{scale}}', '', '## Targets', '', '### What must be true at day 100?', '',
].join('\n')) as ProgramDefinition;
const phaseTemplate = '---\ntitle: {{title}}\ndate: {{date}}\nareas: [{{area}}]\nprogram: {{program}}\nphase: {{phase}}\nreview: {{review}}\n---\n\n# {{title}}\n\n> Phase {{phaseNumber}} of {{phaseCount}} of [{{programTitle}}]({{programLink}}).\n\n## Now\n\n### What happens first?\n';

function phaseRequest(phase = definition.phases[0]) {
	return { definition, phase, area: takeoverArea, now, folder: 'journal', programTitle: 'Take over Quayside: the routing team', programPath: '2026/2026-12-01-take-over-quayside.md', programPhases: ['due-diligence', 'day-one'] };
}

function planned(template = phaseTemplate, phase = definition.phases[0]) {
	const plan = planPhase(phaseRequest(phase), template);
	assert.ok(!('problem' in plan));
	return plan;
}

suite('starting a program', () => {
	test('the parent entry names its program and its phases in order, in the area, with the body filled in', () => {
		const plan = planProgramParent({ definition, area: takeoverArea, now, folder: 'journal', title: 'Take over Quayside' });
		const entry = readEntryText(plan.text);
		assert.deepEqual([entry.title, entry.date, entry.areas, entry.phases, entry.review, entry.reviews], ['Take over Quayside', '2026-12-01', ['takeover'], ['due-diligence', 'day-one'], undefined, undefined]);
		assert.equal(programTemplateOf(plan.text), 'takeover');
		assert.match(plan.text, /\n# Take over Quayside\n\nScale: 1 to 4\n/);
		assert.deepEqual(plan.folderSegments, ['2026']);
		assert.equal([...plan.fileNames()][0], '2026-12-01-take-over-quayside.md');
	});

	test('a phase entry is linked to its program and has its own review date, not the area\'s schedule', () => {
		const plan = planned();
		const entry = readEntryText(plan.text);
		assert.deepEqual([entry.title, entry.program, entry.phase, entry.review, entry.reviews], [
			'Take over Quayside: the routing team: Due diligence', '2026/2026-12-01-take-over-quayside.md', 'due-diligence', '2026-12-31', undefined]);
		assert.match(plan.text, /> Phase 1 of 2 of \[Take over Quayside: the routing team\]\(\.\.\/2026\/2026-12-01-take-over-quayside\.md\)\./);
		assert.equal(plan.text.slice(plan.cursorOffset - 'What happens first?\n'.length, plan.cursorOffset), 'What happens first?\n');
	});

	test('a phase template that leaves out the links still gets them, and one with a wrong review date gets the phase\'s', () => {
		const plan = planned('---\ntitle: {{title}}\nreview: 2030-01-01\n---\n\n### First?\n', definition.phases[1]);
		const entry = readEntryText(plan.text);
		assert.deepEqual([entry.program, entry.phase, entry.review], ['2026/2026-12-01-take-over-quayside.md', 'day-one', '2026-12-02']);
		const bare = readEntryText(planned('### Only a question?\n').text);
		assert.deepEqual([bare.program, bare.phase, bare.review], ['2026/2026-12-01-take-over-quayside.md', 'due-diligence', '2026-12-31']);
	});

	test('a phase once per candidate names the candidate in its title', () => {
		const evidence = { id: 'evidence', name: 'Evidence sheet', review: 7, file: 'evidence.md', each: 'candidate' };
		const plan = planPhase({ ...phaseRequest(evidence), subject: ' Dana Li ' }, '---\ntitle: {{title}}\n---\n\nFor {{subject}}.\n');
		assert.ok(!('problem' in plan));
		assert.equal(readEntryText(plan.text).title, 'Take over Quayside: the routing team: Evidence sheet, Dana Li');
		assert.match(plan.text, /For Dana Li\./);
	});

	test('a phase template whose header does not parse is refused with its problem', () => {
		const plan = planPhase(phaseRequest(), '---\ntitle: [broken\n---\n');
		assert.ok('problem' in plan && plan.problem.code === 'invalidYaml');
	});

	test('property: whatever the title, the phase header reads back with its links', () => {
		fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 60 }).filter(title => title.trim() !== '' && !/[\r\n]/.test(title)), title => {
			const plan = planPhase({ ...phaseRequest(), programTitle: title }, phaseTemplate);
			assert.ok(!('problem' in plan));
			const header = parseHeader(plan.text);
			assert.equal(header.problem, undefined);
			assert.equal(header.data.program, '2026/2026-12-01-take-over-quayside.md');
			assert.equal(header.data.phase, 'due-diligence');
		}));
	});
});

suite('after-action review', () => {
	const parentText = [
		'---', 'title: P', '---', '## Thesis', '', '### Why?', '', 'Because.', '',
		'## Targets', '', '### What must be true at day 100?', '', '- All 14 people still with us', '* [ ] Beta live with two customers', '',
		'### What must be true after a year?', '', 'Routing adds 1.2 million euros', 'of revenue.', '', 'Second paragraph.', '',
		'### Who must stay?', '', '<!-- not yet -->', '',
		'## Approach', '', '### How?', '', '- not a target', '',
	].join('\n');

	test('the targets are the list items, else the first paragraph, of each question under Targets; an unanswered one stays a question', () => {
		assert.deepEqual(programTargets(parentText), [
			{ question: 'What must be true at day 100?', target: 'All 14 people still with us' },
			{ question: 'What must be true at day 100?', target: 'Beta live with two customers' },
			{ question: 'What must be true after a year?', target: 'Routing adds 1.2 million euros of revenue.' },
			{ question: 'Who must stay?', target: '' },
		]);
	});

	const request = { phaseName: 'Due diligence', phaseNumber: 1, phaseCount: 6, programTitle: 'Take [over]', programLink: '2026-12-01-p.md', parentText, today: '2026-12-20' };

	test('it lists every target with a question, follows the four steps, closes the phase, and puts the cursor under the first question', () => {
		const text = '---\nstatus: exploring\n---\n# Phase\n';
		const plan = planAfterAction(text, { status: 'exploring' }, request, '\n');
		const result = text + plan.appendix;
		assert.match(plan.appendix, /^\n## After-action review: Due diligence, 2026-12-20\n\n> Phase 1 of 6 of \[Take \\\[over\\\]\]\(2026-12-01-p\.md\)\./);
		const questions = findQuestions(result).map(question => `${question.stage} | ${question.text}`);
		assert.deepEqual(questions, [
			'After-action review: Due diligence, 2026-12-20 | How had you defined success for this phase before it began?',
			'After-action review: Due diligence, 2026-12-20 | What actually happened, step by step?',
			'After-action review: Due diligence, 2026-12-20 | Where did the result differ from the plan?',
			'After-action review: Due diligence, 2026-12-20 | What caused each difference?',
			'Against the program\'s targets | Target "All 14 people still with us": where does it stand now?',
			'Against the program\'s targets | Target "Beta live with two customers": where does it stand now?',
			'Against the program\'s targets | Target "Routing adds 1.2 million euros of revenue.": where does it stand now?',
			'Against the program\'s targets | Who must stay? (not written in the program yet): what would the answer be now?',
			'Sustain and change | What worked well enough to do again, on purpose, in the next phase?',
			'Sustain and change | What will you change in the next phase?',
			'Sustain and change | Who needs to hear what you learned?',
		]);
		assert.equal(plan.targets, 4);
		assert.deepEqual(plan.header, { status: 'closed', decided: '2026-12-20', closed: '2026-12-20' });
		assert.ok(plan.appendix.slice(0, plan.cursorOffset).endsWith('before it began?\n'));
		assert.ok(findQuestions(result).every(question => !question.answered), 'nothing is answered for the leader');
	});

	test('a text without a final line break gets one first; CRLF stays CRLF; a program without targets asks for them', () => {
		const plan = planAfterAction('# Phase', {}, { ...request, parentText: '# No targets\n' }, '\r\n');
		assert.ok(plan.appendix.startsWith('\r\n\r\n## After-action review'));
		assert.ok(!/[^\r]\n/.test(plan.appendix), 'every break is CRLF');
		assert.match(plan.appendix, /### The program states no targets yet/);
		assert.equal(plan.targets, 0);
	});

	test('a target that looks like markup stays inside its heading', () => {
		const plan = planAfterAction('', {}, { ...request, parentText: '## Targets\n\n### T?\n\n- [x] done ##\n- <!-- hidden --> seen\n' }, '\n');
		const targets = findQuestions(plan.appendix, true).filter(question => question.stage === 'Against the program\'s targets').map(question => question.text);
		assert.deepEqual(targets, ['Target "done": where does it stand now?', 'Target "seen": where does it stand now?']);
	});
});

suite('programs in the tree', () => {
	const catalog = new AreaCatalog();
	function entry(name: string, header: Record<string, string | readonly string[]>): EntrySummary {
		return readEntryText(entryText({ title: name, date: '2026-12-01', areas: ['takeover'], ...header }), { name });
	}
	function membersOf(entries: readonly EntrySummary[]): ProgramMembers {
		const byUri = new Map(entries.map(one => [one.uri, one]));
		return new ProgramMembers(entries, one => one.program && `${journalRoot}/${one.program}`, uri => byUri.get(uri));
	}

	test('phases show inside their program, in its order, and the program says how far it has come', () => {
		const parent = entry('p', { phases: ['one', 'two', 'three'] });
		const two = entry('b', { program: 'p.md', phase: 'two' });
		const one = entry('a', { program: './p.md', phase: 'one' });
		const alone = entry('c', {});
		const members = membersOf([parent, two, one, alone]);
		assert.deepEqual(members.phasesOf(parent).map(phase => phase.title), ['a', 'b']);
		assert.deepEqual(members.progress(parent), { phase: 2, of: 3 });
		assert.deepEqual([parent, one, two, alone].map(one => members.isPhase(one)), [false, true, true, false]);
		assert.equal(members.progress(alone), undefined);
		const index = new JournalIndex(catalog);
		index.update([parent, two, one, alone]);
		const groups = new EntryGroups(index, () => catalog, () => undefined, () => members);
		assert.deepEqual(groups.page('takeover', defaultQuery, '2026-12-01', 10).map(shown => shown.title).sort(), ['c', 'p']);
		assert.equal(groups.size('takeover', defaultQuery, '2026-12-01'), 2);
	});

	test('a phase whose program is missing, or lists no phases, stays on its own', () => {
		const notAProgram = entry('p', {});
		const orphan = entry('o', { program: 'gone.md', phase: 'one' });
		const child = entry('c', { program: 'p.md', phase: 'one' });
		const members = membersOf([notAProgram, orphan, child]);
		assert.ok(!members.isPhase(orphan) && !members.isPhase(child));
		assert.deepEqual([...members.phases()], []);
	});

	test('a program with no phase started yet is at phase 0', () => {
		const parent = entry('p', { phases: ['one'] });
		assert.deepEqual(membersOf([parent]).progress(parent), { phase: 0, of: 1 });
	});

	test('property: the area group lists each program once, and every entry is shown or inside its program', () => {
		fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.boolean()), { minLength: 1, maxLength: 10 }), links => {
			const entries = links.map(([parent, isParent], at) => isParent
				? entry(`e${at}`, { phases: ['one', 'two'] })
				: entry(`e${at}`, parent !== at ? { program: `e${parent}.md`, phase: 'two' } : {}));
			const members = membersOf(entries);
			const index = new JournalIndex(catalog);
			index.update(entries);
			const groups = new EntryGroups(index, () => catalog, () => undefined, () => members);
			const shown = groups.page('takeover', defaultQuery, '2026-12-01', 1000);
			assert.equal(shown.length, groups.size('takeover', defaultQuery, '2026-12-01'));
			for (const one of entries) {
				assert.equal(shown.includes(one), !members.isPhase(one), one.title);
				if (members.isPhase(one)) {
					assert.ok(members.phasesOf(members.programOf(one)!).includes(one));
				}
			}
		}));
	});

	test('the sample journal holds a takeover at phase 3 of 6, its phases inside it', () => {
		const entries = sampleJournal('2026-12-01').map(file => readEntryText(file.text, { name: file.path.join('/') }));
		assert.deepEqual(entries.filter(one => one.problem), []);
		const members = membersOf(entries);
		const parent = entries.find(one => one.phases)!;
		assert.equal(parent.title, 'Take over the Harbor analytics team');
		assert.deepEqual(members.progress(parent), { phase: 3, of: 6 });
		assert.deepEqual(members.phasesOf(parent).map(phase => phase.phase), ['due-diligence', 'day-one', 'days-1-30']);
	});
});
