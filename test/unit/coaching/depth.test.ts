import * as assert from 'node:assert/strict';
import { addQuestionsEdit, deeperQuestions, questionDepth, quickEntryText } from '../../../src/core/coaching/depth';
import { findQuestions } from '../../../src/core/coaching/questions';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInAreas } from '../../../src/core/model/areas';
import { repositoryRoot } from '../helpers/repository';

const full = [
	'---', 'title: {{title}}', '---', '', '# {{title}}', '', '> Intro.', '',
	'## Goal', '', '### What do you want? <!-- core -->', '', '### Why now?', '',
	'## Reality', '', '### What is true today? <!--core-->', '', '### Who else sees it?', '', '<!-- a hint -->', '',
	'## Decision', '', '### My choice', '',
	'## Commitments', '', '<!-- One per line -->', '',
	'## Return on the effort', '', '### Baseline: where are we today?', '',
].join('\n');

suite('depth: core questions and quick entries', () => {
	test('<!-- core --> marks a core question and is not part of its text', () => {
		const questions = findQuestions(full);
		assert.deepEqual(questions.filter(question => question.core).map(question => question.text), ['What do you want?', 'What is true today?']);
		assert.ok(questions.every(question => !question.text.includes('<!--')));
		assert.deepEqual(questionDepth(full), { core: 2, all: 6 });
	});

	test('a quick entry keeps the core questions, their stages and Commitments; the rest goes with its sections', () => {
		const quick = quickEntryText(full);
		assert.deepEqual(findQuestions(quick).map(question => [question.stage, question.text]), [['Goal', 'What do you want?'], ['Reality', 'What is true today?']]);
		assert.equal(quick, ['---', 'title: {{title}}', '---', '', '# {{title}}', '', '> Intro.', '',
			'## Goal', '', '### What do you want? <!-- core -->', '',
			'## Reality', '', '### What is true today? <!--core-->', '',
			'## Commitments', '', '<!-- One per line -->', ''].join('\n'));
		assert.equal(quickEntryText('# Notes\n\n### Plain?\n'), '# Notes\n\n### Plain?\n', 'a template without core questions stays whole');
	});

	test('going deeper: the template\'s questions of a stage that the entry lacks, added at the end of the stage', () => {
		const quick = quickEntryText(full).replace('### What is true today? <!--core-->\n', '### What is true today? <!--core-->\n\nTwo teams overlap.\n');
		assert.deepEqual(deeperQuestions(quick, full, 'Reality'), ['Who else sees it?']);
		const last = findQuestions(quick).find(question => question.stage === 'Reality')!;
		const edit = addQuestionsEdit(quick, last, ['Who else sees it?'], '\n');
		const deeper = quick.slice(0, edit.start) + edit.text + quick.slice(edit.end);
		assert.match(deeper, /Two teams overlap\.\n\n### Who else sees it\?\n\n## Commitments/);
		assert.deepEqual(deeperQuestions(deeper, full, 'Reality'), []);
		assert.deepEqual(parseCommitments(deeper), []);
	});

	test('every built-in area template makes a quick entry of eight questions, two per stage, with Commitments kept', () => {
		for (const area of builtInAreas) {
			const template = fs.readFileSync(path.join(repositoryRoot, 'templates', `${area.id}.md`), 'utf8');
			const quick = quickEntryText(template);
			const questions = findQuestions(quick);
			assert.equal(questions.length, 8, area.id);
			assert.deepEqual([...new Set(questions.map(question => question.stage))], ['Goal', 'Reality', 'Options', 'Way forward'], area.id);
			assert.match(quick, /^## Commitments$/m, area.id);
		}
	});
});
