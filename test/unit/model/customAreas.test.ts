import * as assert from 'node:assert/strict';
import { AreaCatalog, builtInAreas, withCustomAreas } from '../../../src/core/model/areas';
import { readCustomAreas, templatePathSegments } from '../../../src/core/model/customAreas';
import { JournalIndex, unsortedGroup } from '../../../src/core/index/journalIndex';
import { entryText, readEntryText } from '../helpers/entries';

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
		index.update([readEntryText(entryText('areas: [board]'), { name: 'a' })]);
		assert.equal(index.groupSize(unsortedGroup), 1);
		let changes = 0;
		index.onDidChange(() => changes++);
		index.setCatalog(catalog);
		assert.equal(index.groupSize(unsortedGroup), 0);
		assert.equal(index.groupSize('board'), 1);
		assert.equal(changes, 1);
	});
});
