import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { entryFileName, maxSlugLength, slugify } from '../../../src/core/model/slug';

const windowsReserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

function assertSafeFileName(name: string): void {
	// eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
	assert.ok(!/[<>:"/\\|?*\u0000-\u001f]/.test(name), `forbidden character in ${JSON.stringify(name)}`);
	assert.ok(!name.includes('..'), `.. in ${name}`);
	assert.ok(!/[. ]$/.test(name), `trailing dot or space in ${name}`);
	assert.ok(!windowsReserved.test(name), `reserved name ${name}`);
	assert.ok(name.length <= 255, 'too long');
}

suite('slugify', () => {
	test('plain titles', () => {
		assert.equal(slugify('Reorganize the EMEA sales division'), 'reorganize-the-emea-sales-division');
		assert.equal(slugify('  Q3:  plan / review  '), 'q3-plan-review');
	});

	test('accents are folded; other scripts are kept', () => {
		assert.equal(slugify('Équipe à Zürich'), 'equipe-a-zurich');
		assert.equal(slugify('東京チーム'), '東京チーム');
		assert.equal(slugify('فريق القاهرة'), 'فريق-القاهرة');
	});

	test('emoji, punctuation and path tricks never reach the file name', () => {
		assert.equal(slugify('🚀 Launch'), 'launch');
		assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
		assert.equal(slugify('a\\b:c*d'), 'a-b-c-d');
		assert.equal(slugify('?!… ***'), 'entry');
		assert.equal(slugify(''), 'entry');
		assert.equal(slugify('CON'), 'con');
	});

	test('long titles stop at a word boundary within the limit', () => {
		const slug = slugify('word '.repeat(100));
		assert.ok(slug.length <= maxSlugLength);
		assert.ok(!slug.endsWith('-'));
		assert.equal(slugify('x'.repeat(500)).length, maxSlugLength);
	});

	test('a title of four-byte letters stays within the 255 bytes Linux and macOS allow per file name', () => {
		// 60 letters of U+20000 were 240 bytes: with the date, "-12" and ".md", 257 bytes, and the create failed.
		const name = entryFileName('2026-11-26', '\u{20000}'.repeat(100), 12);
		assert.ok(new TextEncoder().encode(name).length <= 255, `${new TextEncoder().encode(name).length} bytes`);
		assert.match(name, /^2026-11-26-\u{20000}+-12\.md$/u);
	});

	test('file names add -2, -3 after the first', () => {
		assert.equal(entryFileName('2026-11-26', 'Plan'), '2026-11-26-plan.md');
		assert.equal(entryFileName('2026-11-26', 'Plan', 3), '2026-11-26-plan-3.md');
	});

	test('property: any title gives a safe, non-empty file name', () => {
		fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), title => {
			const slug = slugify(title);
			assert.ok(slug.length > 0);
			assert.ok(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u.test(slug), slug);
			assertSafeFileName(entryFileName('2026-11-26', title, 2));
		}), { numRuns: 2000 });
	});
});
