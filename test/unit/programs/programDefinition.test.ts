import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { builtInProgramIds } from '../../../src/core/programs/builtInPrograms';
import { readProgramDefinition, type ProgramDefinition, type ProgramProblem } from '../../../src/core/programs/programDefinition';
import { phaseChoices } from '../../../src/core/programs/programSteps';
import { repositoryRoot } from '../helpers/repository';

function definitionOf(source: string, id = 'mine'): ProgramDefinition {
	const read = readProgramDefinition(id, source);
	assert.ok(!('problem' in read), `reads: ${JSON.stringify(read)}`);
	return read;
}

function problemOf(source: string): ProgramProblem | undefined {
	const read = readProgramDefinition('mine', source);
	return 'problem' in read ? read.problem : undefined;
}

const twoPhases = 'name: Mine\nphases:\n  - { id: one, name: One, review: 7 }\n  - { id: two, name: Two, review: 14 }';

suite('program definitions', () => {
	for (const id of builtInProgramIds) {
		test(`the built-in program ${id} reads, and every phase has its template`, () => {
			const folder = path.join(repositoryRoot, 'templates', 'programs', id);
			const definition = definitionOf(fs.readFileSync(path.join(folder, 'program.md'), 'utf8'), id);
			assert.equal(definition.area, id);
			for (const phase of definition.phases) {
				assert.ok(fs.existsSync(path.join(folder, phase.file)), phase.file);
			}
			assert.match(definition.parentBody, /^## Targets$/m, 'the parent has targets to review phases against');
		});
	}

	test('the README\'s example of a program of your own reads as it says', () => {
		const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
		const example = /\*\*Your own programs:\*\*[\s\S]*?```markdown\n([\s\S]*?)```/.exec(readme)?.[1].replace(/^ {2}/gm, '');
		assert.ok(example, 'the README has the example');
		const definition = definitionOf(example, 'board-cycle');
		assert.deepEqual([definition.name, definition.area, definition.scale], ['Board cycle', 'general', '1 weak · 4 strong']);
		assert.deepEqual(definition.phases.map(phase => [phase.id, phase.review, phase.file, phase.each]), [
			['pre-read', 10, 'first.md', undefined], ['interviews', 7, 'interviews.md', 'director'], ['follow-up', 30, 'follow-up.md', undefined]]);
	});

	test('the built-in phases are the ones the issue names, in order', () => {
		const phases = (id: string) => definitionOf(fs.readFileSync(path.join(repositoryRoot, 'templates', 'programs', id, 'program.md'), 'utf8'), id).phases;
		assert.deepEqual(phases('takeover').map(phase => phase.name), ['Due diligence', 'Day one', 'Days 1–30', 'Days 31–60', 'Days 61–100', 'Twelve months']);
		assert.deepEqual(phases('reorganization').map(phase => phase.id), ['design', 'consult', 'announce', 'transition', 'review']);
		const hiring = phases('hiring');
		assert.deepEqual(hiring.map(phase => phase.id), ['scorecard', 'evidence', 'decision', 'check-30', 'check-90', 'check-180']);
		assert.deepEqual(hiring.map(phase => phase.each), [undefined, 'candidate', undefined, undefined, undefined, undefined]);
	});

	test('a definition: name, description, area, scale, phases with their files; the body is the parent template', () => {
		const definition = definitionOf(`---\n${twoPhases}\n  - { id: three, name: Three, review: 0, file: last.md, each: site }\ndescription: Mine to run\narea: Key-People\nscale: 1 to 4\n---\n\n# {{title}}\n`);
		assert.deepEqual(definition, {
			id: 'mine', name: 'Mine', description: 'Mine to run', area: 'key-people', scale: '1 to 4', parentBody: '# {{title}}\n',
			phases: [
				{ id: 'one', name: 'One', review: 7, file: 'one.md' },
				{ id: 'two', name: 'Two', review: 14, file: 'two.md' },
				{ id: 'three', name: 'Three', review: 0, file: 'last.md', each: 'site' },
			],
		});
	});

	const malformed: [string, string, ProgramProblem][] = [
		['no header', '# Mine\n', { code: 'header' }],
		['no name', '---\nphases: [{ id: a, name: A, review: 1 }]\n---\n', { code: 'name' }],
		['no phases', '---\nname: Mine\n---\n', { code: 'noPhases' }],
		['phases not a list', '---\nname: Mine\nphases: one, two\n---\n', { code: 'noPhases' }],
		['an empty list', '---\nname: Mine\nphases: []\n---\n', { code: 'noPhases' }],
		['a phase that is a word', '---\nname: Mine\nphases: [one]\n---\n', { code: 'phaseShape', phase: 1 }],
		['an id with capitals', '---\nname: Mine\nphases: [{ id: Day One, name: A, review: 1 }]\n---\n', { code: 'phaseId', phase: 1, value: 'Day One' }],
		['a phase without id', '---\nname: Mine\nphases: [{ name: A, review: 1 }]\n---\n', { code: 'phaseId', phase: 1, value: '' }],
		['a repeated id', `---\n${twoPhases}\n  - { id: one, name: Again, review: 1 }\n---\n`, { code: 'duplicatePhase', phase: 3, value: 'one' }],
		['a phase without name', '---\nname: Mine\nphases: [{ id: a, review: 1 }]\n---\n', { code: 'phaseName', phase: 1 }],
		['review in words', '---\nname: Mine\nphases: [{ id: a, name: A, review: a month }]\n---\n', { code: 'phaseReview', phase: 1, value: 'a month' }],
		['a negative review', '---\nname: Mine\nphases: [{ id: a, name: A, review: -3 }]\n---\n', { code: 'phaseReview', phase: 1, value: '-3' }],
		['a fractional review', '---\nname: Mine\nphases: [{ id: a, name: A, review: 1.5 }]\n---\n', { code: 'phaseReview', phase: 1, value: '1.5' }],
		['a file outside the folder', '---\nname: Mine\nphases: [{ id: a, name: A, review: 1, file: ../x.md }]\n---\n', { code: 'phaseFile', phase: 1, value: '../x.md' }],
		['the program file as a phase', '---\nname: Mine\nphases: [{ id: a, name: A, review: 1, file: program.md }]\n---\n', { code: 'phaseFile', phase: 1, value: 'program.md' }],
		['a file that is no markdown', '---\nname: Mine\nphases: [{ id: a, name: A, review: 1, file: a.js }]\n---\n', { code: 'phaseFile', phase: 1, value: 'a.js' }],
	];
	for (const [name, source, problem] of malformed) {
		test(`malformed: ${name}`, () => assert.deepEqual(problemOf(source), problem));
	}

	test('a header that does not parse says why', () => {
		const problem = problemOf('---\nname: [unclosed\n---\n');
		assert.equal(problem?.code, 'header');
		assert.equal(problem?.code === 'header' ? problem.header?.code : undefined, 'invalidYaml');
	});

	const phaseArbitrary = fc.record({
		id: fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/),
		name: fc.string({ minLength: 1, maxLength: 20 }).filter(name => name.trim() !== ''),
		review: fc.integer({ min: 0, max: 3660 }),
	});

	test('property: phases written by the yaml library, in block or flow style, read back as written, in order', () => {
		fc.assert(fc.property(fc.uniqueArray(phaseArbitrary, { minLength: 1, maxLength: 8, selector: phase => phase.id }), fc.boolean(), (phases, flow) => {
			const header = stringify({ name: 'Mine', phases }, flow ? { collectionStyle: 'flow' } : {});
			const definition = definitionOf(`---\n${header}---\nbody\n`);
			assert.deepEqual(definition.phases, phases.map(phase => ({ ...phase, name: phase.name.trim(), file: `${phase.id}.md` })));
		}));
	});

	test('property: any text gives a definition or a problem, never an exception', () => {
		fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (header, body) => {
			const read = readProgramDefinition('mine', `---\n${header}\n---\n${body}`);
			assert.ok('problem' in read || read.phases.length > 0);
		}));
	});
});

suite('phase order', () => {
	const hiring = definitionOf(`---\nname: Hiring\nphases:\n  - { id: scorecard, name: Scorecard, review: 7 }\n  - { id: evidence, name: Evidence, review: 7, each: candidate }\n  - { id: decision, name: Decision, review: 7 }\n---\n`);
	const order = hiring.phases.map(phase => phase.id);

	const table: [string, readonly string[], string, string | undefined, string | undefined][] = [
		['the first phase is followed by the second', order, 'scorecard', 'evidence', undefined],
		['a phase once per candidate may come again, or give way to the next', order, 'evidence', 'decision', 'evidence'],
		['the last phase is followed by none', order, 'decision', undefined, undefined],
		['the parent\'s order holds, even when the definition changed since', ['decision', 'scorecard'], 'decision', 'scorecard', undefined],
		['a phase the definition no longer has is passed over', ['scorecard', 'gone', 'decision'], 'scorecard', 'decision', undefined],
		['a phase not in the parent\'s list has no next', order, 'unknown', undefined, undefined],
	];
	for (const [name, parentOrder, current, next, again] of table) {
		test(name, () => {
			const choices = phaseChoices(hiring, parentOrder, current);
			assert.equal(choices.next?.id, next);
			assert.equal(choices.again?.id, again);
		});
	}
});
