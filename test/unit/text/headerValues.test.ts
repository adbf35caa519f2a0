import * as assert from 'node:assert/strict';
import { locateHeader } from '../../../src/core/text/headerValues';

suite('locateHeader', () => {
	test('finds keys, values and list items, quotes left out of items', () => {
		const header = locateHeader('---\nareas: [a, "b"]\nreview:\ntags: x, y\n---\n');
		assert.deepEqual(header?.fields.map(field => [field.key, field.items.map(item => item.text)]), [['areas', ['a', 'b']], ['review', []], ['tags', ['x', 'y']]]);
		assert.equal(locateHeader('no header'), undefined);
		assert.ok(locateHeader('---\na: [b\n---\n')?.firstError);
	});
});
