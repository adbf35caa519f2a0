import * as assert from 'node:assert/strict';
import { findConflictMarkers } from '../../../src/core/text/conflictMarkers';
import { lines } from '../helpers/memoryFileSystem';

suite('findConflictMarkers', () => {
	test('locates every marker of every conflict, zero-based', () => {
		const text = lines('# Plan', '<<<<<<< HEAD', 'mine', '=======', 'theirs', '>>>>>>> origin/main', 'between',
			'<<<<<<< ours', 'a', '||||||| base', 'b', '=======', 'c', '>>>>>>> theirs');
		assert.deepEqual(findConflictMarkers(text), { lines: [1, 3, 5, 7, 9, 11, 13] });
	});

	test('finds markers in the header and right below a list item', () => {
		assert.deepEqual(findConflictMarkers(lines('---', '<<<<<<< HEAD', 'title: A', '=======', 'title: B', '>>>>>>> x', '---'))?.lines, [1, 3, 5]);
		assert.deepEqual(findConflictMarkers(lines('- [ ] call Dana', '<<<<<<< HEAD', '=======', '>>>>>>> x'))?.lines, [1, 2, 3]);
	});

	test('markers inside fenced code are an example, and half a conflict is none', () => {
		assert.equal(findConflictMarkers(lines('```', '<<<<<<< HEAD', '=======', '>>>>>>> x', '```')), undefined);
		assert.equal(findConflictMarkers(lines('<<<<<<< HEAD', 'only the start')), undefined);
		assert.equal(findConflictMarkers(lines('<<<<<<< HEAD', '>>>>>>> x')), undefined);
		assert.equal(findConflictMarkers(lines('Some text', '=======', 'a setext heading')), undefined);
		assert.equal(findConflictMarkers('<<<<<<<< eight is not a marker\n=======\n>>>>>>> x'), undefined);
	});

	test('Windows line breaks', () => {
		assert.deepEqual(findConflictMarkers('<<<<<<< HEAD\r\na\r\n=======\r\nb\r\n>>>>>>> x\r\n')?.lines, [0, 2, 4]);
	});
});
