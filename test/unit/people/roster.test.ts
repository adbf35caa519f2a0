import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { cadenceOf, defaultHandle, readRoster } from '../../../src/core/people/roster';

const rosterText = (header: unknown) => `---\n${stringify(header)}---\n\n# People\n`;

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,7}$/);
const fieldText = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 /:._-]{0,15}[A-Za-z0-9]$/);
const personArbitrary = fc.record({
	name: fc.tuple(word, fc.option(word, { nil: undefined })).map(([first, last]) => last ? `${first} ${last}` : first),
	handle: fc.option(word, { nil: undefined }),
	team: fc.option(fieldText, { nil: undefined }),
	site: fc.option(fieldText, { nil: undefined }),
	timezone: fc.option(fc.constantFrom('Europe/Berlin', 'Asia/Kolkata', 'America/New_York'), { nil: undefined }),
	role: fc.option(fieldText, { nil: undefined }),
	cadence: fc.option(fc.integer({ min: 1, max: 365 }), { nil: undefined }),
	runs: fc.uniqueArray(fieldText, { maxLength: 3, comparator: (a, b) => a === b }),
	backup: fc.uniqueArray(fieldText, { maxLength: 3, comparator: (a, b) => a === b }),
}, { requiredKeys: ['name', 'runs', 'backup'] });

suite('core/people roster', () => {
	test('reads every field of every person as the yaml library writes them (property)', () => {
		fc.assert(fc.property(fc.array(personArbitrary, { maxLength: 6 }), people => {
			const withoutUndefined = people.map(person => Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined)));
			const roster = readRoster(rosterText({ title: 'People', roster: withoutUndefined }));
			const seen = new Set<string>();
			const expected = people.filter(person => {
				const handle = (person.handle ?? person.name.split(' ')[0]).toLowerCase();
				return seen.has(handle) ? false : (seen.add(handle), true);
			});
			assert.equal(roster.people.length, expected.length);
			assert.equal(roster.problems.length, people.length - expected.length);
			for (const [at, person] of expected.entries()) {
				const read = roster.people[at];
				assert.equal(read.name, person.name);
				assert.equal(read.handle, (person.handle ?? person.name.split(' ')[0]).toLowerCase());
				assert.equal(read.team, person.team?.trim());
				assert.equal(read.site, person.site?.trim());
				assert.equal(read.timezone, person.timezone);
				assert.equal(read.role, person.role?.trim());
				assert.equal(read.cadence, person.cadence);
				assert.deepEqual(read.runs, person.runs.map(item => item.trim()));
				assert.deepEqual(read.backup, person.backup.map(item => item.trim()));
			}
		}));
	});

	test('defaults a handle to the first name, lower-cased', () => {
		assert.equal(defaultHandle('Dana Li'), 'dana');
		assert.equal(readRoster(rosterText({ roster: [{ name: 'Dana Li' }] })).people[0].handle, 'dana');
		assert.equal(readRoster(rosterText({ roster: [{ name: 'Dana Li', handle: '@DLi' }] })).people[0].handle, 'dli');
	});

	test('takes a team\'s cadence for its people without their own', () => {
		const roster = readRoster(rosterText({ roster: [{ name: 'Dana', team: 'Porto' }, { name: 'Sam', team: 'Porto', cadence: 7 }], teams: [{ name: 'porto', cadence: 30 }] }));
		assert.deepEqual(roster.people.map(person => cadenceOf(person, roster)), [30, 7]);
	});

	test('tells what it left out and why, keeping everyone else', () => {
		const text = '---\nroster:\n  - name: Dana Li\n    cadence: often\n  - team: Porto\n  - name: Dan\n    handle: dana\n  - Sam Okafor\n---\n';
		const roster = readRoster(text);
		assert.deepEqual(roster.people.map(person => person.name), ['Dana Li', 'Sam Okafor']);
		assert.equal(roster.people[0].cadence, undefined);
		assert.deepEqual(roster.problems.map(problem => problem.line), [1, 2, 5]);
		assert.match(roster.problems[0].message, /Item 2 of the roster has no name/);
		assert.match(roster.problems[1].message, /cadence of Dana Li/);
		assert.match(roster.problems[2].message, /@dana/);
	});

	test('reports a roster that is not a list, and a header that does not parse', () => {
		assert.match(readRoster('---\nroster: Dana\n---\n').problems[0].message, /must be a list/);
		const broken = readRoster('---\nroster: [\n---\n');
		assert.equal(broken.people.length, 0);
		assert.match(broken.problems[0].message, /could not be read/);
	});
});
