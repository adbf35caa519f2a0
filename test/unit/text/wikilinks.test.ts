import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { findWikilinks, headingLine } from '../../../src/core/text/wikilinks';
import { wikilinkTarget } from '../../../src/core/index/wikilinkTarget';
import { lines } from '../helpers/memoryFileSystem';
import type { EntrySummary } from '../../../src/core/model/entry';

function entry(uri: string): EntrySummary {
	return { uri, fileName: uri.slice(uri.lastIndexOf('/') + 1), title: 't', dateSource: 'modified', areas: [], tags: [], people: [], mtime: 0, size: 0 };
}

suite('wikilinks', () => {
	test('finds names, paths, aliases, headings and embeds, with their offsets', () => {
		const text = lines('See [[Dana]] and [[people/Ana Ruiz|Ana]], [[Plan#Next steps]], ![[chart]] and [[#Above]].');
		const links = findWikilinks(text);
		assert.deepEqual(links.map(link => [text.slice(link.start, link.end), link.target, link.heading]), [
			['[[Dana]]', 'Dana', undefined],
			['[[people/Ana Ruiz|Ana]]', 'people/Ana Ruiz', undefined],
			['[[Plan#Next steps]]', 'Plan', 'Next steps'],
			['[[chart]]', 'chart', undefined],
			['[[#Above]]', '', 'Above'],
		]);
	});

	test('none in code, none empty', () => {
		assert.deepEqual(findWikilinks(lines('`[[code]]`', '```', '[[fenced]]', '```', '[[]]', '[[ ]]')), []);
		const afterCode = lines('`a` [[b]]');
		assert.equal(afterCode.slice(findWikilinks(afterCode)[0].start), '[[b]]');
	});

	test('every link found is written at its offsets', () => {
		fc.assert(fc.property(fc.array(fc.constantFrom('[[', ']]', '|', '#', 'a', ' ', '\n', '`', '[', ']', 'é'), { maxLength: 40 }), parts => {
			const text = parts.join('');
			for (const link of findWikilinks(text)) {
				const written = text.slice(link.start, link.end);
				assert.ok(written.startsWith('[[') && written.endsWith(']]') && !written.includes('\n'), written);
				assert.ok(written.includes(link.target));
			}
		}));
	});

	test('resolve like Obsidian: by file name anywhere, by path, ignoring case; the shortest path wins', () => {
		const entries = [entry('file:///v/Daily/2026-11-26.md'), entry('file:///v/people/Dana.md'), entry('file:///v/archive/old/Dana.md'), entry('file:///v/Ana%20Ruiz.md')];
		assert.equal(wikilinkTarget('dana', entries)?.uri, 'file:///v/people/Dana.md');
		assert.equal(wikilinkTarget('old/Dana', entries)?.uri, 'file:///v/archive/old/Dana.md');
		assert.equal(wikilinkTarget('Ana Ruiz', entries)?.uri, 'file:///v/Ana%20Ruiz.md');
		assert.equal(wikilinkTarget('2026-11-26.md', entries)?.uri, 'file:///v/Daily/2026-11-26.md');
		assert.equal(wikilinkTarget('Nobody', entries), undefined);
		assert.equal(wikilinkTarget('ana', entries), undefined, 'a part of a name is not the name');
	});

	test('the heading line of a link', () => {
		const text = lines('# Plan', '```', '## Next steps', '```', '## Next steps ##', 'x');
		assert.equal(headingLine(text, 'next steps'), 4);
		assert.equal(headingLine(text, 'Missing'), undefined);
	});
});
