import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import fc from 'fast-check';
import { AreaCatalog } from '../../../src/core/model/areas';
import { markDoneEdit } from '../../../src/core/followThrough/taskCompletion';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import { parseHeader } from '../../../src/core/text/header';
import { editHeader } from '../../../src/core/text/headerEdit';
import { headerDiagnostics } from '../../../src/core/editing/headerDiagnostics';
import { entryFileName } from '../../../src/core/model/slug';
import { readEntryText } from '../helpers/entries';

// Any input returns a value and never throws: the parsers see every file in the journal folder.

/** Pieces that YAML, markdown and file systems treat specially, so that generated text hits the edge cases often. */
const yamlPieces = ['---', '---js', '...', '+++', ';;;', '\n', '\r\n', '\r', ' ', '\t', ':', ': ', '- ', '? ', '[', ']', '{', '}', ',', '#', '&a ', '*a', '!!js/function ',
	'"', "'", '\\', '|', '>', 'title', 'areas', 'status', 'date', 'null', '~', '42', '2026-02-30', '__proto__', '<<', '\ufeff', '\u0000', '\u202e', '🚀', 'é', 'x'];
const markdownPieces = ['- ', '* ', '1. ', '[ ]', '[x]', '[X]', ' ', '\t', '\n', '\r\n', '> ', '```', '~~~', '    ', '<!--', '-->', '@a', '@', 'due:', 'done:', '2026-01-01',
	'2026-13-45', '# ', '### ', '?', '\u0000', '\ud800', '🚀', 'x', '[-]', '[/]', 'TODO ', 'DONE ', '📅 ', '✅', '\ufe0f', '\u00a0', '[due:: ', ']', '(', ')',
	'DEADLINE: <', '>', '🔁 every week', ' when done', '⏫'];
const fileNamePieces = ['/', '\\', '..', '.', ':', '*', '?', '"', '<', '>', '|', ' ', '\u0000', '\u001f', '\u007f', '\u200b', '\u202e', 'CON', 'NUL', 'PRN', 'AUX', 'COM1',
	'LPT9', 'con.txt', '~', '$', '%2e%2e', '\u{20000}', '\u{1f680}', '\u0301', 'ǅ', 'ß', 'İ', 'ﷺ', '㍿', 'a', 'Z', '9'];

const anyText = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.string({ unit: fc.constantFrom(...yamlPieces), maxLength: 80 }),
);

const inFolder = { name: '2026/entry' };
const windowsReserved = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;

suite('Property tests on hostile input', () => {
	test('the header parser returns data and a body offset for any text, with or without a header around it', () => {
		fc.assert(fc.property(anyText, fc.boolean(), (text, fenced) => {
			const input = fenced ? `---\n${text}\n---\nbody` : text;
			const parsed = parseHeader(input);
			assert.equal(typeof parsed.data, 'object');
			assert.ok(parsed.data !== null && !Array.isArray(parsed.data));
			assert.ok(parsed.bodyOffset >= 0 && parsed.bodyOffset <= input.length, String(parsed.bodyOffset));
			assert.ok(!parsed.problem || Object.keys(parsed.data).length === 0, 'a problem comes with no data');
		}), { numRuns: 1500 });
	});

	test('the entry reader, the header diagnostics and the header editor never throw', () => {
		const catalog = new AreaCatalog();
		fc.assert(fc.property(anyText, fc.boolean(), (text, fenced) => {
			const input = fenced ? `---\n${text}\n---\n# Heading\n- [ ] do @a due:2026-01-01\n` : text;
			const entry = readEntryText(input, inFolder);
			assert.ok(entry.title.length > 0 && entry.title.length <= 300);
			headerDiagnostics(input, catalog);
			const edit = editHeader(input, { status: 'decided', areas: ['hiring'] });
			if ('changes' in edit) {
				let edited = input;
				for (const change of [...edit.changes].reverse()) {
					edited = edited.slice(0, change.start) + change.text + edited.slice(change.end);
				}
				assert.equal(readEntryText(edited, inFolder).status, 'decided', JSON.stringify(edited));
			}
			// A key placed below another reads back the same as one added at the end.
			const placed = editHeader(input, { decisionQuality: 'sound', outcome: 'worse' }, { decisionQuality: 'status' });
			if ('changes' in placed) {
				const edited = placed.changes.reduceRight((result, change) => result.slice(0, change.start) + change.text + result.slice(change.end), input);
				const read = readEntryText(edited, inFolder);
				assert.deepEqual([read.decisionQuality, read.outcome], ['sound', 'worse'], JSON.stringify(edited));
			}
		}), { numRuns: 1000 });
	});

	test('found by the property above: an indented header gets new keys at its indentation; a { } header is not edited', () => {
		const apply = (text: string) => {
			const edit = editHeader(text, { status: 'decided' });
			assert.ok('changes' in edit, JSON.stringify(edit));
			return edit.changes.reduceRight((result, change) => result.slice(0, change.start) + change.text + result.slice(change.end), text);
		};
		assert.equal(apply('---\n  title: Indented\n---\n'), '---\n  title: Indented\n  status: decided\n---\n');
		assert.equal(readEntryText(apply('---\n : \n---\n'), inFolder).status, 'decided');
		assert.deepEqual(editHeader('---\n{title: Braces}\n---\n', { status: 'decided' }), { problem: { code: 'headerNotAMapping', line: 1 } });
	});

	test('every generated file name is safe on Windows, macOS and Linux and stays inside the journal folder', () => {
		const title = fc.oneof(fc.string({ unit: 'binary', maxLength: 600 }), fc.string({ unit: fc.constantFrom(...fileNamePieces), maxLength: 300 }));
		fc.assert(fc.property(title, fc.integer({ min: 1, max: 99_999 }), (given, attempt) => {
			const name = entryFileName('2026-11-27', given, attempt);
			// eslint-disable-next-line no-control-regex -- control characters are what a file name must not hold
			assert.ok(!/[<>:"/\\|?*\u0000-\u001f\u007f]/.test(name), `forbidden character in ${JSON.stringify(name)}`);
			assert.ok(!name.includes('..'), name);
			assert.ok(!/[. ]$/.test(name), name);
			assert.ok(!windowsReserved.test(name), name);
			assert.ok(name.length <= 255, `${name.length} UTF-16 units`);
			assert.ok(new TextEncoder().encode(name).length <= 255, `${new TextEncoder().encode(name).length} bytes`);
			assert.match(name, /^2026-11-27-[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:-\d+)?\.md$/u);
			for (const paths of [path.posix, path.win32]) {
				assert.equal(paths.dirname(paths.resolve('/journal/2026', name)), paths.resolve('/journal/2026'));
			}
		}), { numRuns: 3000 });
	});

	test('the commitment parser returns items for any text, with lines inside it, and Mark Done never throws', () => {
		const body = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...markdownPieces), maxLength: 120 }));
		fc.assert(fc.property(body, fc.nat(50), (text, firstLine) => {
			const lineCount = text.split('\n').length;
			for (const item of parseCommitments(text, firstLine)) {
				assert.ok(item.line >= firstLine && item.line < firstLine + lineCount, `line ${item.line}`);
				assert.ok(item.text.length <= 200);
				assert.equal(typeof item.done, 'boolean');
			}
			text.split(/\r\n|\r|\n/).forEach((_line, lineNumber) => {
				const change = markDoneEdit(text, lineNumber, '2026-11-27');
				assert.ok(!change || (change.start >= 0 && change.start <= change.end && change.end <= text.length));
			});
		}), { numRuns: 1500 });
	});
});
