import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { builtInAreas } from '../../../src/core/model/areas';
import { addDays } from '../../../src/core/model/dates';
import { parseHeader } from '../../../src/core/text/header';
import { planNewEntry } from '../../../src/core/coaching/newEntry';
import { findQuestions } from '../../../src/core/coaching/questions';
import { firstAnswerOffset, renderTemplate } from '../../../src/core/coaching/template';
import { repositoryRoot } from '../helpers/repository';

const templatesFolder = path.join(repositoryRoot, 'templates');
const now = new Date(2026, 10, 26, 9, 30);

function builtInTemplate(id: string): string {
	return fs.readFileSync(path.join(templatesFolder, `${id}.md`), 'utf8');
}

/** The `### ` questions under each `## ` stage, as the extension finds them. */
function questionsByStage(text: string): Map<string, string[]> {
	const stages = new Map<string, string[]>();
	for (const question of findQuestions(text)) {
		stages.set(question.stage, [...stages.get(question.stage) ?? [], question.text]);
	}
	return stages;
}

suite('built-in templates', () => {
	for (const area of builtInAreas) {
		test(`${area.id}: renders into a valid entry with a GROW sequence`, () => {
			const plan = planNewEntry({ title: 'Q3: the plan', area, now, folder: 'journal' }, builtInTemplate(area.id));
			assert.deepEqual(plan.unknownVariables, []);
			const header = parseHeader(plan.text);
			assert.equal(header.problem, undefined);
			const dates = area.reviewSchedule ? { reviews: area.reviewSchedule.map(days => addDays('2026-11-26', days)) } : { review: addDays('2026-11-26', area.reviewAfterDays) };
			assert.deepEqual(header.data, { title: 'Q3: the plan', date: '2026-11-26', areas: [area.id], tags: [], status: 'exploring', ...dates, people: [] });
			const stages = questionsByStage(plan.text);
			for (const stage of ['Goal', 'Reality', 'Options', 'Way forward']) {
				assert.ok((stages.get(stage)?.length ?? 0) >= 2, `${stage} needs at least two questions`);
				for (const question of stages.get(stage)!) {
					assert.ok(question.endsWith('?'), question);
				}
			}
			assert.deepEqual([...stages.keys()], ['Goal', 'Reality', 'Options', 'Way forward', 'Decision', 'Return on the effort']);
			assert.deepEqual(stages.get('Decision'), ['Options considered', 'My choice', 'Expected outcome', 'Confidence (0–100)',
				'Reversible?', 'What would change my mind', 'Review date']);
			assert.deepEqual(stages.get('Return on the effort'), ['Baseline: where are we today?', 'Target: where should we be?',
				'How will I measure it?', 'When will I measure it?']);
			assert.match(plan.text, /\n## Commitments\n\n<!-- One per line: - \[ \] action @owner due:YYYY-MM-DD/);
			assert.ok(findQuestions(plan.text).every(question => !question.answered), 'a fresh entry has no answers');
			assert.ok(plan.text.includes('# Q3: the plan\n'));
			const cursorLine = plan.text.slice(0, plan.cursorOffset).split('\n');
			assert.ok(cursorLine[cursorLine.length - 2].startsWith('### '), 'the cursor starts under the first question');
		});
	}

	test('no two areas share a coaching question', () => {
		const seen = new Map<string, string>();
		for (const area of builtInAreas) {
			const stages = questionsByStage(builtInTemplate(area.id));
			for (const stage of ['Goal', 'Reality', 'Options', 'Way forward']) {
				for (const question of stages.get(stage) ?? []) {
					assert.equal(seen.get(question), undefined, `"${question}" is in ${seen.get(question)} and ${area.id}`);
					seen.set(question, area.id);
				}
			}
		}
	});
});

suite('renderTemplate', () => {
	test('fills variables, and quotes header values that YAML would misread', () => {
		const rendered = renderTemplate('---\ntitle: {{title}}\nn: {{n}}\n---\n# {{title}}\n', { title: 'Q3: "plan" #1', n: '42' });
		assert.equal(parseHeader(rendered.text).data.title, 'Q3: "plan" #1');
		assert.equal(parseHeader(rendered.text).data.n, '42');
		assert.ok(rendered.text.endsWith('# Q3: "plan" #1\n'), 'the body gets the text as typed');
	});

	test('property: any title reads back exactly from the rendered header', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), title => {
			const rendered = renderTemplate('---\ntitle: {{title}}\nareas: [{{title}}]\n---\n', { title });
			const data = parseHeader(rendered.text).data;
			assert.equal(data.title, title);
			assert.deepEqual(data.areas, [title]);
		}), { numRuns: 3000 });
	});

	test('unknown variables stay visible and are reported', () => {
		const rendered = renderTemplate('Hello {{ name }} and {{other}} {{other}}', { name: 'Dana' });
		assert.equal(rendered.text, 'Hello Dana and {{other}} {{other}}');
		assert.deepEqual(rendered.unknownVariables, ['other']);
	});

	test('a value that looks like a variable is not expanded again', () => {
		assert.equal(renderTemplate('{{a}}', { a: '{{b}}', b: 'no' }).text, '{{b}}');
	});

	test('the cursor starts under the first question, or at the end', () => {
		const text = '---\ntitle: x\n---\n# x\n\n## Goal\n\n### First?\n\n### Second?\n';
		assert.equal(text.slice(firstAnswerOffset(text)), '\n### Second?\n');
		assert.equal(firstAnswerOffset('# no questions'), '# no questions'.length);
		const crlf = '# x\r\n\r\n### First?\r\n\r\nmore';
		assert.equal(crlf.slice(firstAnswerOffset(crlf)), '\r\nmore');
		const headerOnly = '---\n### in header: no\n---\n';
		assert.equal(firstAnswerOffset(headerOnly), headerOnly.length);
	});
});

suite('planNewEntry', () => {
	test('files the entry by year and offers -2, -3 on collisions', () => {
		const plan = planNewEntry({ title: 'Hire a CFO', area: builtInAreas[3], now, folder: 'journal' }, '');
		assert.deepEqual(plan.folderSegments, ['2026']);
		const names = [...plan.fileNames()];
		assert.deepEqual(names.slice(0, 3), ['2026-11-26-hire-a-cfo.md', '2026-11-26-hire-a-cfo-2.md', '2026-11-26-hire-a-cfo-3.md']);
		assert.equal(new Set(names).size, names.length);
	});

	test('provides every documented variable', () => {
		const plan = planNewEntry({ title: 'T', area: builtInAreas[0], now, folder: 'journal' },
			'{{title}}|{{date}}|{{time}}|{{weekday}}|{{isoWeek}}|{{area}}|{{areaName}}|{{folder}}|{{review}}');
		assert.equal(plan.text, `T|2026-11-26|09:30|Thursday|2026-W48|reorganization|${builtInAreas[0].name}|journal|2026-12-26`);
	});
});
