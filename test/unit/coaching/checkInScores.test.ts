import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCheckInScores, readScore } from '../../../src/core/coaching/checkInScores';
import { readEntryText } from '../helpers/entries';
import { repositoryRoot } from '../helpers/repository';

const lensBody = fs.readFileSync(path.join(repositoryRoot, 'templates', 'lenses', 'daily-check-in.md'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');

/** The check-in lens's body with `energy` and `mood` written under their questions. */
function checkIn(energy: string, mood: string): string {
	return lensBody.replace('### Energy today (1–5)\n', `### Energy today (1–5)\n\n${energy}\n`).replace('### Mood today (1–5)\n', `### Mood today (1–5)\n\n${mood}\n`);
}

suite('check-in scores', () => {
	const answers: [answer: string, score: number | undefined][] = [
		['4', 4],
		['4/5', 4],
		['5 – great', 5],
		['4 – tired but ok', 4],
		['  1  ', 1],
		['about 3, long meetings', 3],
		['6', undefined],
		['0', undefined],
		['3.5', undefined],
		['10/10', undefined],
		['', undefined],
		['<!-- 1 = drained, 5 = full of energy -->', undefined],
		['tired', undefined],
	];
	for (const [answer, score] of answers) {
		test(`"${answer}" reads as ${String(score)}`, () => {
			assert.equal(readCheckInScores(checkIn(answer, answer)).energy, score);
			assert.equal(readCheckInScores(checkIn(answer, answer)).mood, score);
		});
	}

	test('a score is the first number of the answer, when it is a whole number from 1 to 5', () => {
		assert.equal(readScore('2 of 5'), 2);
		assert.equal(readScore('7, no: 4'), undefined);
	});

	test('questions are found by their start, in any case, and the first answered one counts', () => {
		const body = '## Check-in\n\n### energy (1-5)\n\n### ENERGY again\n\n3\n\n### Mood, honestly\n\n2/5\n\n### What moved? 5\n\n4\n';
		assert.deepEqual(readCheckInScores(body), { energy: 3, mood: 2 });
	});

	test('an entry without such questions keeps no scores, and a check-in keeps them in its summary', () => {
		const plain = readEntryText('---\ntitle: Plan\ndate: 2026-05-04\n---\n### What do you want?\n\n4\n');
		assert.equal('energy' in plain, false);
		assert.equal('mood' in plain, false);
		const read = readEntryText(`---\ntitle: Check-in\ndate: 2026-05-04\n---\n${checkIn('4/5', '3 – fine')}`, { name: '2026/2026-05-04-check-in' });
		assert.equal(read.energy, 4);
		assert.equal(read.mood, 3);
		const unanswered = readEntryText(`---\ntitle: Check-in\n---\n${lensBody}`);
		assert.equal('energy' in unanswered, false);
	});

	test('headings in code are not questions', () => {
		assert.deepEqual(readCheckInScores('```\n### Energy\n\n4\n```\n'), {});
	});
});
