import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AreaCatalog, builtInAreas, withCustomAreas } from '../../src/core/model/areas';
import { readCustomAreas, templatePathSegments } from '../../src/core/model/customAreas';
import { parseHeader } from '../../src/core/text/header';
import { JournalIndex, unsortedGroup } from '../../src/core/index/journalIndex';
import { readEntry } from '../../src/core/index/entryReader';
import { findQuestions } from '../../src/core/coaching/questions';
import { builtInLensIds, planCheckIn, readLens, renderLens } from '../../src/core/coaching/lens';
import { buildSnippets, repositoryRoot, snippetFile, snippetFileText } from '../tools/snippets';

const lensesFolder = path.join(__dirname, '..', '..', '..', 'templates', 'lenses');
const now = new Date(2026, 10, 26, 18, 5);

suite('lenses', () => {
	const files = fs.readdirSync(lensesFolder).filter(name => name.endsWith('.md')).sort();

	test('the nine built-in lenses ship', () => {
		assert.deepEqual(files.map(name => name.slice(0, -3)),
			['after-action-review', 'daily-check-in', 'decision-journal', 'grow', 'monthly-review', 'one-to-one', 'pre-mortem', 'quarterly-review', 'weekly-review']);
	});

	for (const file of files) {
		test(`${file}: a name, a description, and stages of 2–7 questions that render without unknown variables`, () => {
			const lens = readLens(file.slice(0, -3), fs.readFileSync(path.join(lensesFolder, file), 'utf8'));
			assert.notEqual(lens.name, lens.id);
			assert.ok(lens.description.length > 20);
			const rendered = renderLens(lens, now);
			assert.deepEqual(rendered.unknownVariables, []);
			const questions = findQuestions(rendered.text, true);
			const stages = new Map<string, number>();
			for (const question of questions) {
				assert.notEqual(question.stage, '', `${question.text} has a stage`);
				assert.equal(question.answered, false, `${question.text} is empty`);
				stages.set(question.stage, (stages.get(question.stage) ?? 0) + 1);
			}
			assert.ok(stages.size >= 1);
			for (const [stage, count] of stages) {
				assert.ok(count >= 2 && count <= 7, `${stage}: ${count}`);
			}
		});
	}

	test('GROW follows its four stages; the one-to-one has the seven conversation questions', () => {
		const stagesOf = (id: string) => [...new Set(findQuestions(fs.readFileSync(path.join(lensesFolder, `${id}.md`), 'utf8')).map(question => question.stage))];
		assert.deepEqual(stagesOf('grow'), ['Goal', 'Reality', 'Options', 'Way forward']);
		const oneToOne = findQuestions(fs.readFileSync(path.join(lensesFolder, 'one-to-one.md'), 'utf8'));
		assert.equal(oneToOne.filter(question => question.stage === 'Questions for the conversation').length, 7);
	});

	test('the lens files are exactly the built-in lens ids', () => {
		assert.deepEqual(files.map(name => name.slice(0, -3)), [...builtInLensIds].sort());
	});

	test('the snippets are generated from the lenses and templates (npm run snippets), and the README lists every prefix', () => {
		assert.equal(fs.readFileSync(snippetFile, 'utf8'), snippetFileText());
		const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
		assert.ok(readme.includes(fs.readFileSync(path.join(repositoryRoot, 'templates', 'hiring.md'), 'utf8')), 'the README shows the hiring template as shipped');
		for (const snippet of Object.values(buildSnippets())) {
			for (const prefix of snippet.prefix) {
				assert.ok(readme.includes(`\`${prefix}\``), `README names ${prefix}`);
			}
		}
	});

	test('a lens file with a broken header still inserts, under its id', () => {
		const lens = readLens('mine', '---\nname: [unclosed\n---\n### Why?\n');
		assert.equal(lens.name, 'mine');
		assert.ok(lens.body.includes('### Why?'));
		assert.deepEqual(readLens('bare', '### Only a question?\n'), { id: 'bare', name: 'bare', description: '', body: '### Only a question?\n' });
	});

	test('Today\'s Check-in: one fixed file a day, a valid header, the check-in questions', () => {
		const lens = readLens('daily-check-in', '---\nname: Daily check-in\n---\n## Check-in\n\n### Energy (1–5)\n\n### Mood (1–5)\n');
		const plan = planCheckIn(lens, now);
		assert.deepEqual([...plan.fileNames()], ['2026-11-26-check-in.md']);
		assert.deepEqual(plan.folderSegments, ['2026']);
		const header = parseHeader(plan.text);
		assert.equal(header.problem, undefined);
		assert.deepEqual(header.data, { title: 'Check-in, Thursday 2026-11-26', date: '2026-11-26', areas: ['general'], tags: ['check-in'] });
		assert.deepEqual(findQuestions(plan.text).map(question => question.text), ['Energy (1–5)', 'Mood (1–5)']);
		assert.equal(plan.text.slice(plan.cursorOffset), '\n### Mood (1–5)\n');
	});
});

suite('custom areas', () => {
	test('good items become areas, with defaults for what is optional', () => {
		const reading = readCustomAreas([
			{ id: 'board', name: 'Board relations', description: 'Working with the board.', icon: 'organization', template: 'board.md', reviewAfterDays: 60 },
			{ id: 'pricing', name: ' Pricing ' },
		]);
		assert.deepEqual(reading.problems, []);
		assert.deepEqual(reading.areas, [
			{ id: 'board', name: 'Board relations', description: 'Working with the board.', icon: 'organization', reviewAfterDays: 60, template: 'board.md' },
			{ id: 'pricing', name: 'Pricing', description: '', icon: 'tag', reviewAfterDays: 30 },
		]);
	});

	test('each bad item is named and left out; the good ones keep working', () => {
		const reading = readCustomAreas([
			'board',
			{ name: 'No id' },
			{ id: 'Has Spaces', name: 'x' },
			{ id: 'hiring', name: 'Clash' },
			{ id: 'ok', name: 'Fine' },
			{ id: 'ok', name: 'Twice' },
			{ id: 'noname' },
			{ id: 'icon', name: 'x', icon: '$(bad)' },
			{ id: 'escape', name: 'x', template: '../../etc/passwd.md' },
			{ id: 'absolute', name: 'x', template: '/tmp/x.md' },
			{ id: 'notmd', name: 'x', template: 'run.js' },
			{ id: 'days', name: 'x', reviewAfterDays: 0 },
			{ id: 'desc', name: 'x', description: 42 },
		]);
		assert.deepEqual(reading.areas.map(area => area.id), ['ok']);
		assert.deepEqual(reading.problems.map(problem => [problem.index, problem.id, problem.code]), [
			[0, undefined, 'notAnObject'], [1, undefined, 'badId'], [2, 'Has Spaces', 'badId'], [3, 'hiring', 'builtInId'],
			[5, 'ok', 'duplicateId'], [6, 'noname', 'missingName'], [7, 'icon', 'badIcon'], [8, 'escape', 'badTemplate'],
			[9, 'absolute', 'badTemplate'], [10, 'notmd', 'badTemplate'], [11, 'days', 'badReviewAfterDays'], [12, 'desc', 'badDescription'],
		]);
	});

	test('a missing setting is fine; a setting that is not a list says so', () => {
		assert.deepEqual(readCustomAreas(undefined), { areas: [], problems: [] });
		assert.deepEqual(readCustomAreas({ id: 'x' }), { areas: [], problems: [], notAList: true });
	});

	test('template paths stay inside the templates folder', () => {
		assert.deepEqual(templatePathSegments('areas/board.md'), ['areas', 'board.md']);
		assert.equal(templatePathSegments('C:\\x.md'), undefined);
		assert.equal(templatePathSegments('a/../../b.md'), undefined);
	});

	test('custom areas sit before General reflection, and the index regroups entries when they arrive', () => {
		const custom = readCustomAreas([{ id: 'board', name: 'Board relations' }]).areas;
		const catalog = new AreaCatalog(withCustomAreas(custom));
		assert.deepEqual(catalog.areas.map(area => area.id).slice(-2), ['board', 'general']);
		assert.equal(catalog.areas.length, builtInAreas.length + 1);

		const index = new JournalIndex();
		index.update([readEntry('---\nareas: [board]\n---\n', { uri: 'file:///j/a.md', mtime: 1, size: 1 })]);
		assert.equal(index.groupSize(unsortedGroup), 1);
		let changes = 0;
		index.onDidChange(() => changes++);
		index.setCatalog(catalog);
		assert.equal(index.groupSize(unsortedGroup), 0);
		assert.equal(index.groupSize('board'), 1);
		assert.equal(changes, 1);
	});

	test('the index keeps how far each entry\'s questions are answered', () => {
		const entry = readEntry('---\ntitle: x\n---\n### One?\nyes\n### Two?\n', { uri: 'file:///j/b.md', mtime: 1, size: 1 });
		assert.deepEqual(entry.questions, { answered: 1, total: 2 });
		assert.equal(readEntry('no questions', { uri: 'file:///j/c.md', mtime: 1, size: 1 }).questions, undefined);
	});
});
