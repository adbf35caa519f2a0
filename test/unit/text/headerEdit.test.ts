import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHeader } from '../../../src/core/text/header';
import { editHeader, type HeaderValue } from '../../../src/core/text/headerEdit';
import type { TextEdit } from '../../../src/core/text/textEdit';

/** Applies non-overlapping changes, as an editor would. */
function apply(text: string, changes: readonly TextEdit[]): string {
	let result = '';
	let last = 0;
	for (const change of changes) {
		result += text.slice(last, change.start) + change.text;
		last = change.end;
	}
	return result + text.slice(last);
}

function edited(text: string, values: Record<string, HeaderValue>, after: Record<string, string> = {}): string {
	const edit = editHeader(text, values, after);
	assert.ok('changes' in edit, JSON.stringify(edit));
	return apply(text, edit.changes);
}

const entry = [
	'---',
	'# a comment at the top',
	"title: 'Quoted: title'   # keep me",
	'date: 2026-11-26',
	'areas:',
	'  - hiring',
	'  - key-people',
	'status: exploring # the stage',
	'review:',
	'people: [Dana, "Li, Wei"]',
	'---',
	'# Body',
	'status: not the header',
	'',
].join('\n');

suite('editHeader', () => {
	test('changes only the value of the edited key, byte for byte', () => {
		assert.equal(edited(entry, { status: 'decided' }), entry.replace('status: exploring # the stage', 'status: decided # the stage'));
		assert.equal(edited(entry, { title: 'New: title' }), entry.replace("title: 'Quoted: title'   # keep me", 'title: "New: title"   # keep me'));
	});

	test('fills an empty value, adds a missing key at the end of the header, and removes a key with its lines', () => {
		assert.equal(edited(entry, { review: '2026-12-24' }), entry.replace('review:\n', 'review: 2026-12-24\n'));
		assert.equal(edited(entry, { closed: '2026-12-01', confidence: 70 }), entry.replace('---\n# Body', 'closed: 2026-12-01\nconfidence: 70\n---\n# Body'));
		assert.equal(edited(entry, { areas: null }), entry.replace('areas:\n  - hiring\n  - key-people\n', ''));
		assert.equal(edited(entry, { status: null }), entry.replace('status: exploring # the stage\n', ''));
		assert.equal(edited(entry, { nothing: null }), entry);
	});

	test('a new key goes below the key `after` names for it, when the header has that key and it is not the last', () => {
		const below = { decisionQuality: 'status', cost: 'status' };
		assert.equal(edited(entry, { decisionQuality: 'sound', cost: '3 days' }, below),
			entry.replace('status: exploring # the stage\n', 'status: exploring # the stage\ndecisionQuality: sound\ncost: 3 days\n'));
		assert.equal(edited(entry, { status: 'decided', decisionQuality: 'sound' }, below),
			entry.replace('status: exploring # the stage\n', 'status: decided # the stage\ndecisionQuality: sound\n'), 'the key it follows may change too');
		assert.equal(edited(entry, { decisionQuality: 'sound' }, { decisionQuality: 'areas' }),
			entry.replace('  - key-people\n', '  - key-people\ndecisionQuality: sound\n'), 'below a block list');
		assert.equal(edited(entry, { decisionQuality: 'sound' }, { decisionQuality: 'outcome' }),
			entry.replace('---\n# Body', 'decisionQuality: sound\n---\n# Body'), 'no such key: at the end');
		assert.equal(edited(entry, { decisionQuality: 'sound' }, { decisionQuality: 'people' }),
			entry.replace('---\n# Body', 'decisionQuality: sound\n---\n# Body'), 'below the last key is the end');
		const crlf = '---\r\noutcome: worse\r\ntitle: x\r\n---\r\n';
		assert.equal(edited(crlf, { decisionQuality: 'poor' }, { decisionQuality: 'outcome' }), '---\r\noutcome: worse\r\ndecisionQuality: poor\r\ntitle: x\r\n---\r\n');
		assert.equal(edited('---\n  outcome: worse\n  title: x\n---\n', { decisionQuality: 'poor' }, { decisionQuality: 'outcome' }),
			'---\n  outcome: worse\n  decisionQuality: poor\n  title: x\n---\n', 'lined up with an indented header');
	});

	test('replaces a block list by a flow list, keeping the next key on its own line', () => {
		const text = edited(entry, { areas: ['takeover', 'a, b'] });
		assert.equal(text, entry.replace('  - hiring\n  - key-people\n', '  [takeover, "a, b"]\n'));
		assert.deepEqual(parseHeader(text).data.areas, ['takeover', 'a, b']);
	});

	test('several keys at once, CRLF kept, and a BOM kept', () => {
		const crlf = '\ufeff---\r\ntitle: x\r\nstatus: exploring\r\n---\r\nbody\r\n';
		assert.equal(edited(crlf, { status: 'closed', closed: '2026-11-26', title: 'y' }),
			'\ufeff---\r\ntitle: y\r\nstatus: closed\r\nclosed: 2026-11-26\r\n---\r\nbody\r\n');
	});

	test('a key placed below another, when the key below that is removed, lands where it was asked', () => {
		assert.equal(edited('---\ntitle: x\ndate: 2026-11-26\nstatus: open\n---\n', { date: null, review: '2027-01-01' }, { review: 'title' }),
			'---\ntitle: x\nreview: 2027-01-01\nstatus: open\n---\n');
	});

	test('property: with CR or CRLF line endings an edit is the same edit, line endings kept', () => {
		const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 100 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }));
		const keys = fc.constantFrom('status', 'title', 'review', 'people', 'areas', 'date', 'brandNew');
		const after = fc.dictionary(keys, fc.constantFrom('title', 'date', 'status'), { maxKeys: 2 });
		fc.assert(fc.property(fc.dictionary(keys, value, { maxKeys: 3 }), after, fc.constantFrom('\r\n', '\r'), (values, anchors, eol) => {
			const reference = edited(entry, values, anchors);
			assert.equal(edited(entry.replace(/\n/g, eol), values, anchors), reference.replace(/\n/g, eol));
		}), { numRuns: 300 });
	});

	test('a known key written in capitals is edited where it is, as the reader reads it', () => {
		const text = '---\nTitle: x\nStatus: exploring\nDecided: 2026-01-01\n---\n';
		assert.equal(edited(text, { status: 'decided', decided: null }), '---\nTitle: x\nStatus: decided\n---\n');
		assert.equal(edited('---\nStatus: a\nstatus: b\n---\n', { status: 'closed' }), '---\nStatus: a\nstatus: closed\n---\n', 'the lower-case key is the one read');
	});

	test('a file without a header gets one; an empty header gets the key', () => {
		assert.equal(edited('# Just a body\n', { status: 'decided' }), '---\nstatus: decided\n---\n# Just a body\n');
		assert.equal(edited('\ufeffbody', { review: '2027-01-01' }), '\ufeff---\nreview: 2027-01-01\n---\nbody');
		assert.equal(edited('---\n---\nbody', { status: 'closed' }), '---\nstatus: closed\n---\nbody');
	});

	test('a header that does not parse, or is code, is never touched', () => {
		for (const broken of ['---\ntitle: [unclosed\n---\n', '---js\nmodule.exports = {}\n---\n', '---\ntitle: a\n', '---\n- a list\n---\n', '---\na: 1\na: 2\n---\n']) {
			assert.ok('problem' in editHeader(broken, { status: 'closed' }), broken);
		}
	});

	test('a header whose keys would not read back as written is not edited (found by a property test: a complex ? key swallows what follows)', () => {
		const text = '---\n\ufeff? : \n---\n# Heading\n';
		assert.deepEqual(editHeader(text, { status: 'decided' }), { problem: { code: 'headerNotAMapping', line: 1 } });
		assert.ok('changes' in editHeader('---\ntitle: x\n---\n', { status: 'decided', review: null }), 'removing an absent key is fine');
	});

	test('property: any value reads back, and every byte outside the edited value is unchanged', () => {
		const value = fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 100 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 4 }));
		fc.assert(fc.property(fc.constantFrom('status', 'title', 'review', 'people', 'areas', 'brandNew'), value, (key, written) => {
			const text = edited(entry, { [key]: written });
			const data = parseHeader(text).data;
			assert.deepEqual(data[key], written);
			for (const [other, before] of Object.entries(parseHeader(entry).data)) {
				if (other !== key) {
					assert.deepEqual(data[other], before, other);
				}
			}
			assert.ok(text.endsWith('---\n# Body\nstatus: not the header\n'));
			assert.ok(text.startsWith('---\n# a comment at the top\n'));
		}), { numRuns: 500 });
	});
});
