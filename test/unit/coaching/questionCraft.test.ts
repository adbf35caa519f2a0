import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot } from '../helpers/repository';

/**
 * Question craft: what a machine can check about the coaching questions that ship in templates/.
 *
 * A good coaching question is short, open, and asks one thing. So every question
 *  - ends with a question mark, and holds no other;
 *  - is at most 30 words long;
 *  - does not join a second question on with "and" or "or" followed by a question word
 *    ("…, and what…", "… or how…", "… and is…"), unless its exact text is in {@link joinExceptions};
 *  - does not, having opened with a question word, ask another after a comma ("Who will take it, by what date?");
 *  - does not invite a yes or a no: it does not open, on its own or after a leading clause, with a
 *    verb such as "Is", "Should" or "Could" ("Should you hire at all, …?", "Knowing that, would you…?").
 *
 * Fields are not questions and are not checked: every heading in the Decision, Commitments and
 * Return on the effort stages (other code reads them by name), a heading anywhere whose text is one
 * of those field names (the decision journal lens uses them under its own stages), and a rating
 * whose text ends in a scale in parentheses, such as "Energy today (1–5)".
 *
 * Each area template marks its core questions, the ones a coach would never skip, with
 * `<!-- core -->` at the end of the heading: exactly two in each of Goal, Reality, Options and
 * Way forward, and none elsewhere. A GROW stage holds at most five questions, so that a first
 * entry stays a conversation rather than a form. The wording rules hold for the lenses and the
 * follow-up and program templates too; a lens may mark core questions, but never a field.
 */

const root = repositoryRoot;
const growStages = ['Goal', 'Reality', 'Options', 'Way forward'];
const fieldStages = new Set(['Decision', 'Commitments', 'Return on the effort']);
const fieldNames = new Set([
	'Options considered', 'My choice', 'Expected outcome', 'Confidence (0–100)', 'Reversible?', 'What would change my mind',
	'What would change my mind?', 'Review date', 'Baseline: where are we today?', 'Target: where should we be?',
	'How will I measure it?', 'When will I measure it?',
]);
const ratingField = /\(\d+\s*[–-]\s*\d+\)$/;
const coreMarker = /\s*<!-- core -->$/;
const maxWords = 30;
const maxQuestionsPerStage = 5;

const questionWords = ['what', 'how', 'why', 'who', 'when', 'where', 'which', 'whom', 'whose', 'is', 'are', 'do', 'does', 'can', 'could', 'would', 'will', 'should'];
const joinedQuestion = new RegExp(`\\b(?:and|or)\\s+(?:${questionWords.join('|')})\\b`, 'i');
/**
 * Questions whose wording needs "and" or "or" before a question word although they ask one thing.
 * Exact texts; keep this list short, and say why for each.
 */
const joinExceptions = new Set<string>([]);
const openers = questionWords.slice(0, 9).join('|');
const secondAfterComma = new RegExp(`^(?:${openers})\\b[^,]*,\\s+(?:(?:by|in|at|for|from|to|with|on)\\s+)?(?:${openers})\\b`, 'i');
const closedOpener = /(?:^|,\s+)(?:is|are|was|were|do|does|did|can|could|should|would|will|shall|have|has|had|may|might|must)\s/i;

interface Heading {
	/** The question's text, without `### ` and without a trailing `<!-- core -->`. */
	readonly text: string;
	/** The `## ` heading above it, or `''`. */
	readonly stage: string;
	/** Whether the heading ends in `<!-- core -->`. */
	readonly core: boolean;
	/** One-based line number, for messages. */
	readonly line: number;
}

/** The `### ` headings of a template, outside its header, code fences and HTML comment blocks. */
function headingsOf(source: string): Heading[] {
	const lines = source.split(/\r?\n/);
	let at = 0;
	if (lines[0] === '---') {
		at = lines.indexOf('---', 1) + 1;
		assert.ok(at > 0, 'the header is closed');
	}
	const headings: Heading[] = [];
	let stage = '';
	let fence: string | undefined;
	let inComment = false;
	for (; at < lines.length; at++) {
		const line = lines[at];
		if (fence !== undefined) {
			if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
				fence = undefined;
			}
			continue;
		}
		if (inComment) {
			inComment = !line.includes('-->');
			continue;
		}
		const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (opening) {
			fence = opening[1];
			continue;
		}
		if (/^ {0,3}<!--/.test(line)) {
			inComment = !line.includes('-->');
			continue;
		}
		if (line.startsWith('## ')) {
			stage = line.slice(3).trim();
		} else if (line.startsWith('# ')) {
			stage = '';
		} else if (line.startsWith('### ')) {
			const heading = line.slice(4).trim();
			headings.push({ text: heading.replace(coreMarker, ''), stage, core: coreMarker.test(heading), line: at + 1 });
		}
	}
	return headings;
}

/** Whether a heading is a field to fill in rather than a question. */
function isField(heading: Pick<Heading, 'text' | 'stage'>): boolean {
	return fieldStages.has(heading.stage) || fieldNames.has(heading.text) || ratingField.test(heading.text);
}

/** What is wrong with a question's wording, as short phrases; empty when nothing is. */
function faultsOf(text: string): string[] {
	const faults: string[] = [];
	const marks = text.split('?').length - 1;
	if (marks === 0) {
		faults.push('has no question mark');
	} else if (marks > 1) {
		faults.push(`has ${marks} question marks`);
	} else if (!text.endsWith('?')) {
		faults.push('does not end with its question mark');
	}
	const words = text.split(/\s+/).filter(word => word !== '').length;
	if (words > maxWords) {
		faults.push(`has ${words} words`);
	}
	if (joinedQuestion.test(text) && !joinExceptions.has(text)) {
		faults.push(`joins a second question with "${joinedQuestion.exec(text)![0]}"`);
	}
	if (secondAfterComma.test(text) && !joinExceptions.has(text)) {
		faults.push('asks a second question after a comma');
	}
	if (closedOpener.test(text)) {
		faults.push(`invites a yes or a no with "${closedOpener.exec(text)![0].replace(/^,\s*/, '').trim()}"`);
	}
	if (text.includes('<!--')) {
		faults.push('holds a comment other than a trailing <!-- core -->');
	}
	return faults;
}

function templateFiles(folder: string): string[] {
	return fs.readdirSync(path.join(root, folder)).filter(name => name.endsWith('.md')).sort().map(name => path.posix.join(folder, name));
}

const areaTemplates = templateFiles('templates');
const programTemplates = fs.readdirSync(path.join(root, 'templates/programs')).sort().flatMap(program => templateFiles(`templates/programs/${program}`));
const everyTemplate = [...areaTemplates, ...templateFiles('templates/lenses'), ...templateFiles('templates/follow-up'), ...programTemplates];

suite('question craft', () => {
	test('the rules catch what they are meant to catch', () => {
		assert.deepEqual(faultsOf('What slipped, and why?'), ['joins a second question with "and why"']);
		assert.deepEqual(faultsOf('Which work will you stop, and when will you tell the team?'), ['joins a second question with "and when"']);
		assert.deepEqual(faultsOf('Whom do you hear from least, and is that about distance?'), ['joins a second question with "and is"']);
		assert.deepEqual(faultsOf('Who will take that step, by what date?'), ['asks a second question after a comma']);
		assert.deepEqual(faultsOf('What will you tell people, in what order?'), ['asks a second question after a comma']);
		assert.deepEqual(faultsOf('On a scale of 0 to 10, how committed are you?'), [], 'a leading clause, then the question');
		assert.deepEqual(faultsOf('Should you hire at all?'), ['invites a yes or a no with "Should"']);
		assert.deepEqual(faultsOf('Knowing only what you knew then, would you decide the same way again?'), ['invites a yes or a no with "would"']);
		assert.deepEqual(faultsOf('What went well? What did not?'), ['has 2 question marks']);
		assert.deepEqual(faultsOf('What went well'), ['has no question mark']);
		assert.deepEqual(faultsOf('What went well? Say it'), ['does not end with its question mark']);
		assert.deepEqual(faultsOf(`What ${'really '.repeat(30)}matters?`), ['has 32 words']);
		assert.deepEqual(faultsOf('What do you and your manager expect from this?'), [], '"and" before a word that starts no question');
		assert.deepEqual(faultsOf('What is the core reason for this takeover, in one sentence you could say to both sides?'), []);
		assert.ok(isField({ text: 'Energy today (1–5)', stage: 'Check-in' }));
		assert.ok(isField({ text: 'My choice', stage: 'The decision' }));
		assert.ok(!isField({ text: 'What is your first step?', stage: 'Way forward' }));
	});

	test('headings are read outside the header, code fences and comments, with the core marker taken off', () => {
		const source = '---\ntitle: x\n---\n## Goal\n\n### First? <!-- core -->\n\n```\n### In a fence?\n```\n\n<!--\n### In a comment?\n-->\n\n## Reality\n\n### Second?\n';
		assert.deepEqual(headingsOf(source), [
			{ text: 'First?', stage: 'Goal', core: true, line: 6 },
			{ text: 'Second?', stage: 'Reality', core: false, line: 18 },
		]);
	});

	for (const file of everyTemplate) {
		test(`${file}: every question is short, open and asks one thing`, () => {
			const faults = headingsOf(fs.readFileSync(path.join(root, file), 'utf8'))
				.filter(heading => !isField(heading))
				.flatMap(heading => faultsOf(heading.text).map(fault => `line ${heading.line} "${heading.text}" ${fault}`));
			assert.deepEqual(faults, []);
		});
	}

	for (const file of areaTemplates) {
		test(`${file}: two core questions in each GROW stage, at most ${maxQuestionsPerStage} questions a stage, no core field`, () => {
			const headings = headingsOf(fs.readFileSync(path.join(root, file), 'utf8'));
			const problems: string[] = [];
			for (const stage of growStages) {
				const questions = headings.filter(heading => heading.stage === stage);
				const core = questions.filter(heading => heading.core).length;
				if (core !== 2) {
					problems.push(`${stage} has ${core} core questions`);
				}
				if (questions.length > maxQuestionsPerStage) {
					problems.push(`${stage} has ${questions.length} questions`);
				}
			}
			for (const heading of headings.filter(heading => heading.core && !growStages.includes(heading.stage))) {
				problems.push(`line ${heading.line} "${heading.text}" in ${heading.stage || 'no stage'} is marked core`);
			}
			assert.deepEqual(problems, []);
		});
	}

	test('a lens marks no field as core', () => {
		const marked = templateFiles('templates/lenses').flatMap(file => headingsOf(fs.readFileSync(path.join(root, file), 'utf8'))
			.filter(heading => heading.core && isField(heading)).map(heading => `${file}:${heading.line}`));
		assert.deepEqual(marked, []);
	});
});
