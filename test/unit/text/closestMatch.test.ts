import * as assert from 'node:assert/strict';
import { builtInAreas } from '../../../src/core/model/areas';
import { byCloseness, editDistance } from '../../../src/core/text/closestMatch';

const areaIds = builtInAreas.map(area => area.id);

suite('closest match', () => {
	test('edit distance counts insertions, deletions, substitutions and swaps', () => {
		assert.equal(editDistance('', 'abc'), 3);
		assert.equal(editDistance('hiring', 'hiring'), 0);
		assert.equal(editDistance('hirign', 'hiring'), 1, 'a swap of neighbours is one step');
		assert.equal(editDistance('kitten', 'sitting'), 3);
		assert.equal(editDistance('keypeople', 'key-people'), 1);
	});

	test('ranks prefixes first, then by distance, ties in the given order', () => {
		assert.deepEqual(byCloseness('reorg', areaIds).slice(0, 1), ['reorganization']);
		assert.deepEqual(byCloseness('hirng', areaIds).slice(0, 1), ['hiring']);
		assert.deepEqual(byCloseness('Key_People', areaIds).slice(0, 1), ['key-people']);
		assert.deepEqual(byCloseness('decide', ['exploring', 'decided', 'implementing', 'reviewing', 'closed']),
			['decided', 'closed', 'reviewing', 'exploring', 'implementing']);
		assert.deepEqual(byCloseness('', ['b', 'a']), ['b', 'a']);
	});
});
