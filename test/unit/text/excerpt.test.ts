import * as assert from 'node:assert/strict';
import { bodyExcerpt } from '../../../src/core/text/excerpt';

suite('bodyExcerpt', () => {
	test('skips the header, blank lines, comments and the title heading', () => {
		const text = '---\ntitle: Plan\n---\n# Plan\n\n<!-- hidden -->\n> Intro\n\n## Goal\nAnswer\n';
		assert.deepEqual(bodyExcerpt(text, 'Plan'), ['> Intro', 'Goal', 'Answer']);
	});

	test('stops at the line and length limits', () => {
		assert.equal(bodyExcerpt('a\nb\nc\nd', 'x', 2).length, 2);
		assert.ok(bodyExcerpt('y'.repeat(1000), 'x')[0].length <= 400);
	});
});
