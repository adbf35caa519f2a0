import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { probeAnswerEdit } from '../../../src/core/coaching/answers';
import { namesSomeone, nextProbe, saysWhen, type ProbeHistory } from '../../../src/core/coaching/probes';
import { findQuestions } from '../../../src/core/coaching/questions';
import { addCommitmentEdit, commitmentLine } from '../../../src/core/followThrough/newCommitment';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import type { TextEdit } from '../../../src/core/text/textEdit';

const fresh: ProbeHistory = { probedStages: new Set(), probesOfQuestion: 0 };
const apply = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);

suite('probes', () => {
	test('each stage has its probe: Reality asks what makes you sure, Options what it would take, the rest and what else', () => {
		assert.equal(nextProbe('some', 'Reality', 'Two teams overlap.', fresh), 'whatMakesYouSure');
		assert.equal(nextProbe('some', 'Options', 'Merge them.', fresh), 'whatWouldItTake');
		assert.equal(nextProbe('some', 'Goal', 'One roadmap.', fresh), 'andWhatElse');
		assert.equal(nextProbe('none', 'Goal', 'One roadmap.', fresh), undefined);
		assert.equal(nextProbe('all', 'Goal', '', fresh), undefined, 'a skipped question gets no probe');
	});

	test('"some" asks one probe per stage; "all" after every answer', () => {
		const probed: ProbeHistory = { probedStages: new Set(['Reality']), probesOfQuestion: 0 };
		assert.equal(nextProbe('some', 'Reality', 'More facts.', probed), undefined);
		assert.equal(nextProbe('all', 'Reality', 'More facts.', probed), 'whatMakesYouSure');
	});

	test('"And what else?" comes back at most twice; other probes once', () => {
		assert.equal(nextProbe('all', 'Goal', 'More', { probedStages: new Set(['Goal']), probesOfQuestion: 1, lastProbe: 'andWhatElse' }), 'andWhatElse');
		assert.equal(nextProbe('all', 'Goal', 'More', { probedStages: new Set(['Goal']), probesOfQuestion: 2, lastProbe: 'andWhatElse' }), undefined);
		assert.equal(nextProbe('all', 'Reality', 'Sure', { probedStages: new Set(['Reality']), probesOfQuestion: 1, lastProbe: 'whatMakesYouSure' }), undefined);
	});

	test('a Way forward answer that does not say who and when is met with "Who will do it, and by when?"', () => {
		assert.equal(nextProbe('some', 'Way forward', 'Talk to the leads', fresh), 'whoAndWhen');
		assert.equal(nextProbe('some', 'Way forward', 'I will talk to the leads', fresh), 'whoAndWhen', 'who, but not when');
		assert.equal(nextProbe('some', 'Way forward', 'Talk to the leads by Friday', fresh), 'whoAndWhen', 'when, but not who');
		assert.equal(nextProbe('some', 'Way forward', 'I will talk to the leads by Friday', fresh), undefined);
		assert.equal(nextProbe('some', 'Way forward', 'Dana drafts the charter by 2026-12-15', fresh), undefined);
		assert.equal(nextProbe('none', 'Way forward', 'Talk to the leads', fresh), undefined);
	});

	test('who and when: handles, first person and names; dates, weekdays, months, numbers and relative days', () => {
		for (const yes of ['@dana will', 'I call', 'we meet', 'ask Priya first']) {
			assert.ok(namesSomeone(yes), yes);
		}
		for (const no of ['Talk to the leads', 'Review the plan.']) {
			assert.ok(!namesSomeone(no), no);
		}
		for (const yes of ['by 2026-12-01', 'on Friday', 'in March', 'tomorrow', 'next week', 'within 2 weeks', 'end of Q1']) {
			assert.ok(saysWhen(yes), yes);
		}
		assert.ok(!saysWhen('soon-ish, when there is time'));
	});
});

suite('a probe\'s answer and a new commitment in the entry', () => {
	const text = '## Reality\n\n### What is true today?\n\nTwo teams overlap.\n\n### Next?\n';

	test('a probe\'s answer goes under the answer, led by the probe; nothing else changes', () => {
		const question = findQuestions(text)[0];
		const once = apply(text, probeAnswerEdit(text, question, 'What makes you sure of that?', 'The org chart.', '\n'));
		assert.equal(once, '## Reality\n\n### What is true today?\n\nTwo teams overlap.\n\n*What makes you sure of that?* The org chart.\n\n### Next?\n');
		const twice = apply(once, probeAnswerEdit(once, findQuestions(once)[0], 'And what else?', '# not a heading', '\n'));
		assert.match(twice, /\*And what else\?\* # not a heading\n\n### Next\?/);
		assert.equal(findQuestions(twice).length, 2);
	});

	test('a commitment line in our syntax, read back by the parser as written', () => {
		fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter(action => /\S/.test(action) && !/[\r\n[\]`<>@\\]/.test(action) && !/due:|done:/.test(action)), action => {
			const line = commitmentLine({ action, owner: 'dana', due: '2026-12-15' });
			const [found] = parseCommitments(line);
			assert.equal(found?.owner, 'dana');
			assert.equal(found?.due, '2026-12-15');
			assert.equal(found?.done, false);
		}));
		assert.equal(commitmentLine({ action: 'Call  the\nleads', owner: '@Priya Rao' }), '- [ ] Call the leads @Priya-Rao');
	});

	test('new commitments go to the end of the Commitments section, or a new section at the end', () => {
		const entry = '# X\n\n## Commitments\n\n<!-- hint -->\n\n## Return\n\n### Baseline\n';
		const once = apply(entry, addCommitmentEdit(entry, '- [ ] A @me due:2026-12-02', '\n'));
		assert.equal(once, '# X\n\n## Commitments\n\n<!-- hint -->\n- [ ] A @me due:2026-12-02\n\n## Return\n\n### Baseline\n');
		const twice = apply(once, addCommitmentEdit(once, '- [ ] B', '\n'));
		assert.match(twice, /- \[ \] A @me due:2026-12-02\n- \[ \] B\n\n## Return/);
		assert.deepEqual(parseCommitments(twice).map(item => item.text), ['A', 'B']);
		assert.equal(apply('# Y\n\nNotes', addCommitmentEdit('# Y\n\nNotes', '- [ ] C', '\n')), '# Y\n\nNotes\n\n## Commitments\n\n- [ ] C\n');
		const fenced = '```\n## Commitments\n```\n';
		assert.equal(apply(fenced, addCommitmentEdit(fenced, '- [ ] D', '\n')), '```\n## Commitments\n```\n\n## Commitments\n\n- [ ] D\n', 'a heading in code is not the section');
	});
});
