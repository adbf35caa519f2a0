import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { readRoster } from '../../../src/core/people/roster';
import { addToRosterEdit, newRosterText } from '../../../src/core/people/rosterEdit';
import { handleBeingTyped, rosterKnows, taskLineMentions } from '../../../src/core/people/mentions';
import type { TextEdit } from '../../../src/core/text/textEdit';

const apply = (text: string, edits: readonly TextEdit[]) => edits.reduceRight((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);

suite('core/people roster edits and mentions', () => {
	test('adds a person after the last one, keeping every other byte, whatever the roster holds (property)', () => {
		const name = fc.stringMatching(/^[A-Z][a-z]{1,6}( [A-Z][a-z]{1,6})?$/);
		fc.assert(fc.property(fc.uniqueArray(name, { maxLength: 5, selector: value => value.split(' ')[0].toLowerCase() }), fc.boolean(), (names, withTeams) => {
			const header: Record<string, unknown> = { title: 'People' };
			if (names.length > 0) {
				header.roster = names.map(one => ({ name: one, runs: ['billing'] }));
			}
			if (withTeams) {
				header.teams = [{ name: 'Porto', cadence: 30 }];
			}
			const text = `---\n${stringify(header)}---\n\n# People\n\nNotes.\n`;
			// A handle with a dash: no generated name's first word can take it.
			const edits = addToRosterEdit(text, 'Zed Quinn', 'zed-q');
			assert.ok(edits, text);
			const changed = apply(text, edits);
			assert.equal(changed.slice(0, edits[0].start) + changed.slice(edits[0].start + edits[0].text.length), text);
			const roster = readRoster(changed);
			assert.deepEqual(roster.people.map(person => person.name), [...names, 'Zed Quinn']);
			assert.equal(roster.people.at(-1)?.handle, 'zed-q');
			assert.equal(roster.teams.length, withTeams ? 1 : 0);
		}));
	});

	test('leaves a roster it cannot extend safely alone', () => {
		assert.equal(addToRosterEdit('---\nroster: [{name: Dana}]\n---\n', 'Sam', 'sam'), undefined);
		assert.equal(addToRosterEdit('no header', 'Sam', 'sam'), undefined);
	});

	test('writes a new roster with the person', () => {
		assert.deepEqual(readRoster(newRosterText('Sam Okafor', 'sam')).people.map(person => [person.name, person.handle]), [['Sam Okafor', 'sam']]);
	});

	test('finds the @handles of task lines, and where one is being typed', () => {
		const text = '- [ ] Call @Dana and @me\nJust @text\n';
		assert.deepEqual(taskLineMentions(text, 0).map(mention => [mention.handle, text.slice(mention.start, mention.end)]), [['dana', '@Dana']]);
		assert.deepEqual(taskLineMentions(text, text.indexOf('Just')), []);
		assert.deepEqual(handleBeingTyped('- [ ] Ask @da', 0, 13), { start: 11, typed: 'da' });
		assert.equal(handleBeingTyped('Ask @da', 0, 7), undefined);
		const roster = readRoster('---\nroster:\n  - name: Dana Li\n    aliases: [DL]\n---\n');
		assert.ok(rosterKnows(roster, 'Dana') && rosterKnows(roster, '@dl') && !rosterKnows(roster, 'sam'));
	});
});
