import * as assert from 'node:assert/strict';
import { AreaCatalog } from '../../../src/core/model/areas';
import { droppedAreas, areaKeyOf } from '../../../src/core/editing/areaMove';
import { renamedFileNames, titleHeadingChange } from '../../../src/core/editing/renameEntry';

const catalog = new AreaCatalog();

suite('drag and drop, and renaming', () => {
	const known = (area: string) => catalog.has(area);

	test('dragged from an area, an entry moves; from elsewhere, the area is added; unknown ids are replaced', () => {
		assert.deepEqual(droppedAreas(['hiring', 'takeover'], 'hiring', 'schedule', known), ['schedule', 'takeover']);
		assert.deepEqual(droppedAreas(['hiring', 'takeover'], 'hiring', 'takeover', known), ['takeover']);
		assert.deepEqual(droppedAreas(['hiring'], undefined, 'schedule', known), ['hiring', 'schedule']);
		assert.deepEqual(droppedAreas(['hiring'], undefined, 'hiring', known), ['hiring']);
		assert.deepEqual(droppedAreas(['nowhere'], undefined, 'schedule', known), ['schedule']);
		assert.equal(areaKeyOf({ title: 'x', challenge: 'hiring' }), 'challenge');
		assert.equal(areaKeyOf({}), 'areas');
	});

	test('a renamed entry keeps the date its file name starts with', () => {
		assert.deepEqual([...renamedFileNames('2025-01-02-old-name.md', 'New: name!', '2026-11-26', 2)], ['2025-01-02-new-name.md', '2025-01-02-new-name-2.md']);
		assert.deepEqual([...renamedFileNames('notes.md', 'Notes', '2026-11-26', 1)], ['2026-11-26-notes.md']);
	});

	test('the # heading is renamed with the title only when it matches it', () => {
		const text = '---\ntitle: Old\n---\n```\n# Old\n```\n# Old\n\n# Old again\n';
		const change = titleHeadingChange(text, 'Old', 'New');
		assert.deepEqual(change && text.slice(0, change.start) + change.text + text.slice(change.end), '---\ntitle: Old\n---\n```\n# Old\n```\n# New\n\n# Old again\n');
		assert.equal(titleHeadingChange('# Different\n', 'Old', 'New'), undefined);
		const crlf = 'intro\r\n# Old\r\n';
		assert.equal(titleHeadingChange(crlf, 'Old', 'New')?.start, 9);
	});
});
