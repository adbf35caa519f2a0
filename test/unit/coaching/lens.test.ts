import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHeader } from '../../../src/core/text/header';
import { findQuestions } from '../../../src/core/coaching/questions';
import { builtInLensIds, planCheckIn, readLens, renderLens } from '../../../src/core/coaching/lens';
import { repositoryRoot } from '../helpers/repository';

const lensesFolder = path.join(repositoryRoot, 'templates', 'lenses');
const now = new Date(2026, 10, 26, 18, 5);

suite('lenses', () => {
	const files = fs.readdirSync(lensesFolder).filter(name => name.endsWith('.md')).sort();

	test('the eleven built-in lenses ship', () => {
		assert.deepEqual(files.map(name => name.slice(0, -3)),
			['after-action-review', 'daily-check-in', 'decision-journal', 'grow', 'monthly-review', 'one-to-one', 'pre-mortem', 'quarterly-review', 'reframe', 'stakeholders-and-values', 'weekly-review']);
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
