import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readBodyTags } from '../../../src/core/text/bodyTags';
import { lines } from '../helpers/memoryFileSystem';

suite('readBodyTags', () => {
	test('reads #tags as Obsidian does: nested, unicode, each once', () => {
		assert.deepEqual(readBodyTags(lines('# Heading', 'Talked to #team about #hiring/senior and #Überstunden.', '- [ ] follow up #hiring/senior', '#team')),
			['team', 'hiring/senior', 'Überstunden']);
	});

	test('not a tag: headings, numbers, anchors, inline and fenced code', () => {
		assert.deepEqual(readBodyTags(lines('## Notes', 'Issue #12 and page.md#part', 'Run `#notatag` now', '```', '#incode', '```', '~~~', '#alsocode', '~~~')), []);
	});

	test('every tag found is written as #tag after white space or at a line start, and none has white space', () => {
		fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom('#', ' ', '\n', '`', '```\n', 'a', '1', '/', '-', 'ü', '.', '#x'), fc.string({ maxLength: 3 })), { maxLength: 40 }), parts => {
			const body = parts.join('');
			for (const tag of readBodyTags(body)) {
				assert.ok(!/\s/.test(tag) && tag !== '');
				assert.ok(new RegExp(`(?:^|\\s)#${tag.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'mu').test(body), `#${tag} is in the text`);
			}
		}));
	});
});
