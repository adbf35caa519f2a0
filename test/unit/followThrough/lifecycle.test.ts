import * as assert from 'node:assert/strict';
import { readEntry } from '../../../src/core/index/entryReader';
import fc from 'fast-check';
import { planEntryReview, safeParagraph, statedConfidence, withoutTaskBox } from '../../../src/core/followThrough/decisionReview';
import { parseCommitments } from '../../../src/core/followThrough/commitments';
import { readConclusion } from '../../../src/core/followThrough/conclusion';
import { findQuestions } from '../../../src/core/coaching/questions';
import { isEntryStatus, nextStatus, statusChange } from '../../../src/core/followThrough/status';
import { entryStatuses } from '../../../src/core/model/entry';
import { readEntryText } from '../helpers/entries';

const today = '2026-11-26';

suite('lifecycle', () => {
	test('the statuses, and the one that naturally follows', () => {
		assert.deepEqual(['exploring', 'decided', 'implementing', 'reviewing', 'closed', undefined, 'Done'].map(nextStatus),
			['decided', 'implementing', 'reviewing', 'closed', undefined, 'exploring', 'exploring']);
		assert.ok(isEntryStatus('reviewing'));
		assert.ok(!isEntryStatus('Closed'));
	});

	test('deciding records the day of the decision once', () => {
		assert.deepEqual(statusChange({ status: 'exploring' }, 'decided', today), { status: 'decided', decided: today });
		assert.deepEqual(statusChange({ status: 'decided', decided: '2026-10-01' }, 'implementing', today), { status: 'implementing' });
		assert.deepEqual(statusChange({}, 'implementing', today), { status: 'implementing', decided: today }, 'skipping a step still records it');
	});

	test('closing records the day; reopening removes it; going back to exploring removes the decision', () => {
		assert.deepEqual(statusChange({ status: 'reviewing', decided: '2026-10-01' }, 'closed', today), { status: 'closed', closed: today });
		assert.deepEqual(statusChange({ status: 'closed', decided: '2026-10-01', closed: '2026-11-01' }, 'closed', today), { status: 'closed', closed: '2026-11-01' });
		assert.deepEqual(statusChange({ status: 'closed', decided: '2026-10-01', closed: '2026-11-01' }, 'reviewing', today), { status: 'reviewing', closed: null });
		assert.deepEqual(statusChange({ status: 'closed', decided: '2026-10-01', closed: '2026-11-01' }, 'exploring', today), { status: 'exploring', decided: null, closed: null });
		assert.deepEqual(statusChange({ status: 'exploring' }, 'closed', today), { status: 'closed', decided: today, closed: today });
	});
});

suite('statusChange: dates are recorded on the day they happen, never invented', () => {
	const earlier = '2026-10-01';
	const before: readonly (string | undefined)[] = [undefined, ...entryStatuses, 'done'];

	test('every move from every status, with and without decided and closed, against the rule', () => {
		for (const from of before) {
			for (const decided of [undefined, earlier]) {
				for (const closed of [undefined, earlier]) {
					for (const to of entryStatuses) {
						const change = statusChange({ status: from, decided, closed }, to, today);
						const where = JSON.stringify({ from, decided, closed, to });
						// decided: the day the entry first moves past exploring, recorded only when that move is now.
						const decidesNow = (from === undefined || from === 'exploring') && to !== 'exploring' && decided === undefined;
						const expectedDecided = to === 'exploring' ? (decided === undefined ? undefined : null) : decidesNow ? today : undefined;
						assert.equal(change.decided, expectedDecided, `decided ${where}`);
						// closed: the day the entry is closed, recorded only when it was known to be open until now.
						const closesNow = to === 'closed' && from !== 'closed' && (from === undefined || isEntryStatus(from));
						const expectedClosed = to !== 'closed' ? (closed === undefined ? undefined : null) : closesNow ? today : from === 'closed' ? closed : undefined;
						assert.equal(change.closed, expectedClosed, `closed ${where}`);
						assert.equal(change.status, to);
					}
				}
			}
		}
	});

	test('an entry already decided, without a decided date, moves on without one', () => {
		assert.deepEqual(statusChange({ status: 'decided' }, 'implementing', today), { status: 'implementing' });
		assert.deepEqual(statusChange({ status: 'closed' }, 'closed', today), { status: 'closed' });
		assert.deepEqual(statusChange({ status: 'reviewing' }, 'closed', today), { status: 'closed', closed: today });
	});
});

suite('Review Entry', () => {
	const text = '---\nstatus: implementing\ndecided: 2026-10-01\n---\n## Decision\n\n### Expected outcome\n\nTwo teams.\nOne roadmap.\n\n### Confidence (0–100)\n\n<!-- 0 to 100 -->\nRoughly 80%.\n';
	const entry = readEntryText(text);

	test('quotes the expected outcome and the decision, records the outcome and the stated confidence, and the cursor goes under "What actually happened?"', () => {
		const plan = planEntryReview(text, entry, { outcome: 'as-expected' }, today, '\n');
		assert.deepEqual(plan.header, { status: 'reviewing', outcome: 'as-expected', confidence: 80 });
		assert.equal(plan.appendix, [
			'', `## Review, ${today}`, '', '**Outcome:** as-expected', '',
			'### What did you decide, and how sure were you?', '',
			'> **My choice:** _not written_', '>', '> **What would change my mind:** _not written_', '>', '> **Confidence:** Roughly 80%.', '',
			'### What did you expect to happen?', '', '> Two teams.', '> One roadmap.', '',
			'### What actually happened?', '',
			'### Why was there a difference?', '',
			'### How much did luck play a part?', '',
			'### What will you do next?', '',
		].join('\n'));
		assert.ok(plan.appendix.slice(0, plan.cursorOffset).endsWith('### What actually happened?\n'));
	});

	test('a missing decision block says so; a closed entry stays closed; a header confidence is kept', () => {
		const closed = readEntry('---\nstatus: closed\nconfidence: 55\n---\nno decision', { uri: 'file:///j/c.md', mtime: 0, size: 0 });
		const plan = planEntryReview('---\nstatus: closed\nconfidence: 55\n---\nno decision', closed, {}, today, '\r\n');
		assert.deepEqual(plan.header, {});
		assert.ok(plan.appendix.startsWith('\r\n\r\n## Review'), 'a text without a final line break gets one first');
		assert.ok(plan.appendix.includes('### What did you decide, and how sure were you?\r\n\r\n_The decision block does not say._\r\n'));
		assert.ok(plan.appendix.includes('### What did you expect to happen?\r\n\r\n_The decision block does not say._\r\n'));
		assert.ok(!plan.appendix.includes('**Outcome:**'), 'nothing graded, nothing said');
		assert.ok(!/(^|[^\r])\n/.test(plan.appendix), 'every line break is the entry\'s own');
	});

	const full = [
		'---', 'title: Hire a head of data', 'status: implementing', 'decided: 2026-10-01', '---',
		'## Decision', '',
		'### My choice', '', 'Hire outside,', 'with Ana as deputy.', '',
		'### Expected outcome', '', 'One trusted set of numbers by March.', '',
		'### Confidence (0–100)', '', '70', '',
		'### What would change my mind', '', '- [ ] a quoted task line', '> - [x] and a quoted one', '',
		'## Commitments', '',
		'- [x] Write the scorecard @me due:2026-10-10 done:2026-10-09',
		'- [x] Brief the recruiter @me due:2026-10-12 done:2026-10-20',
		'- [x] Book the rooms',
		'- [ ] Call three references @dana due:2026-11-01',
		'- [ ] Plan the first 90 days due:2027-01-20',
		'- [ ] Tell the team',
		'',
		'## Return on the effort', '',
		'### Baseline: where are we today?', '', 'Three revenue numbers.', '',
		'### Target: where should we be?', '', 'One revenue number.', '',
		'### How will I measure it?', '', 'Numbers in the board pack.', '',
	].join('\n');
	const fullEntry = readEntry(full, { uri: 'file:///j/h.md', mtime: 0, size: 0 });

	test('quotes the decision, the return and every commitment with where it stands, and asks about each overdue one', () => {
		const plan = planEntryReview(full, fullEntry, { outcome: 'worse', decisionQuality: 'sound', actual: '  Two numbers  ', cost: '60 hours, 18,000 EUR' }, today, '\n');
		assert.deepEqual(plan.header, { status: 'reviewing', outcome: 'worse', decisionQuality: 'sound', confidence: 70, actual: 'Two numbers', cost: '60 hours, 18,000 EUR' });
		assert.deepEqual(plan.headerAfter, { decisionQuality: 'outcome', cost: 'actual' });
		assert.equal(plan.appendix, [
			'', `## Review, ${today}`, '', '**Outcome:** worse · **Decision, given what was known then:** sound', '',
			'### What did you decide, and how sure were you?', '',
			'> **My choice:** Hire outside,', '> with Ana as deputy.', '>',
			'> **What would change my mind:** - \\[ ] a quoted task line', '> > - \\[x] and a quoted one', '>',
			'> **Confidence:** 70', '',
			'### What did you expect to happen?', '', '> One trusted set of numbers by March.', '',
			'### What actually happened?', '',
			'### Why was there a difference?', '',
			'### How much did luck play a part?', '',
			'### The return you aimed for', '', '> **Baseline:** Three revenue numbers.', '>', '> **Target:** One revenue number.', '',
			'### Actual value', '', 'Two numbers', '',
			'### What it cost', '', '60 hours, 18,000 EUR', '',
			'### Where the commitments stand', '',
			'- Open: a quoted task line',
			'- Done: and a quoted one',
			'- Done on time: Write the scorecard · @me · due 2026-10-10 · done 2026-10-09',
			'- Done late: Brief the recruiter · @me · due 2026-10-12 · done 2026-10-20',
			'- Done: Book the rooms',
			'- Overdue: Call three references · @dana · due 2026-11-01',
			'- Open: Plan the first 90 days · due 2027-01-20',
			'- Open: Tell the team', '',
			'### What got in the way of “Call three references”?', '',
			'### What will you do next?', '',
		].join('\n'));
		const after = full + plan.appendix;
		assert.deepEqual(parseCommitments(after), parseCommitments(full), 'no commitment is duplicated');
		const read = readEntry(after, { uri: 'file:///j/h.md', mtime: 0, size: 0 });
		assert.equal(read.lastReviewed, today);
		assert.equal(statedConfidence(after), 70, 'the quotes do not shadow the decision block');
		assert.deepEqual(readConclusion(after, today).reviews.map(review => review.date), [today]);
		assert.equal(readConclusion(after, today).choice, 'Hire outside,\nwith Ana as deputy.');
	});

	test('typed answers cannot open a fence, a heading, an HTML block or a task item', () => {
		for (const typed of ['```', '~~~ js', '### Heading', '<pre>', '- [ ] new task', '1. [x] done', '<!-- open']) {
			const plan = planEntryReview(full, fullEntry, { actual: typed, cost: typed }, today, '\n');
			const after = full + plan.appendix;
			assert.deepEqual(parseCommitments(after), parseCommitments(full), typed);
			assert.ok(findQuestions(after).some(question => question.text === 'What will you do next?'), `${typed}: the questions after it are still questions`);
			assert.equal(plan.header.actual, typed);
		}
		assert.equal(safeParagraph('plain words'), 'plain words');
		assert.equal(withoutTaskBox('  > * 2. [X] x'), '  > * 2. \\[X] x');
		assert.equal(withoutTaskBox('a [ ] b'), 'a [ ] b');
	});

	test('property: a review never adds a commitment and never hides the review questions, whatever the entry says', () => {
		const piece = fc.constantFrom('- ', '* ', '1. ', '> ', '  ', '[ ] ', '[x] ', 'word ', '```', '~~~', '<!--', '-->', '### ', '## ', '\n', '\n\n', '\t');
		const answer = fc.array(piece, { maxLength: 12 }).map(parts => parts.join(''));
		const stage = (heading: string, questions: [string, string][]) => [`## ${heading}`, '', ...questions.flatMap(([question, text]) => [`### ${question}`, '', text, ''])].join('\n');
		fc.assert(fc.property(fc.tuple(answer, answer, answer, answer, answer, answer), answer, ([choice, expected, mind, confidence, baseline, target], typed) => {
			const entryText = [
				'---', 'status: decided', '---',
				stage('Decision', [['My choice', choice], ['Expected outcome', expected], ['Confidence (0–100)', confidence], ['What would change my mind', mind]]),
				'## Commitments', '', '- [ ] Call @dana due:2026-11-01', '',
				stage('Return on the effort', [['Baseline: where are we today?', baseline], ['Target: where should we be?', target]]),
			].join('\n');
			const summary = readEntry(entryText, { uri: 'file:///j/p.md', mtime: 0, size: 0 });
			const plan = planEntryReview(entryText, summary, { actual: typed, cost: typed }, today, '\n');
			const after = entryText + plan.appendix;
			const before = parseCommitments(entryText).map(commitment => commitment.text);
			const review = findQuestions(after).filter(question => question.stage === `Review, ${today}`).map(question => question.text);
			if (findQuestions(entryText + '\n## End\n\n### Last?\n').some(question => question.text === 'Last?')) {
				// An entry that leaves no fence or comment open: the review's questions are all there, and no commitment is added.
				assert.deepEqual(parseCommitments(after).map(commitment => commitment.text), before);
				for (const question of ['What did you decide, and how sure were you?', 'What did you expect to happen?', 'What actually happened?', 'Why was there a difference?', 'How much did luck play a part?']) {
					assert.ok(review.includes(question), question);
				}
				const last = [...before.includes('Call') ? ['What got in the way of “Call”?'] : [], 'What will you do next?'];
				assert.deepEqual(review.slice(-last.length), last);
				assert.equal(readEntry(after, { uri: 'file:///j/p.md', mtime: 0, size: 0 }).lastReviewed, today);
			}
		}), { numRuns: 500 });
	});

	test('the stated confidence is the first whole number from 0 to 100 in its answer', () => {
		const confidence = (answer: string) => statedConfidence(`### Confidence (0–100)\n\n${answer}\n`);
		assert.equal(confidence('70'), 70);
		assert.equal(confidence('about 65 %'), 65);
		assert.equal(confidence('0.7'), undefined);
		assert.equal(confidence('150'), undefined);
		assert.equal(confidence(''), undefined);
		assert.equal(statedConfidence('no such question'), undefined);
	});
});
