import * as assert from 'node:assert/strict';
import { planEntryReview, statedConfidence } from '../../../src/core/followThrough/decisionReview';
import { isEntryStatus, nextStatus, statusChange } from '../../../src/core/followThrough/status';
import { entryText, readEntryText } from '../helpers/entries';

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

suite('Review Entry', () => {
	const text = '---\nstatus: implementing\ndecided: 2026-10-01\n---\n## Decision\n\n### Expected outcome\n\nTwo teams.\nOne roadmap.\n\n### Confidence (0–100)\n\n<!-- 0 to 100 -->\nRoughly 80%.\n';
	const entry = readEntryText(text);

	test('quotes the expected outcome, moves the entry to reviewing, and records outcome and stated confidence', () => {
		const plan = planEntryReview(text, entry, 'as-expected', today, '\n');
		assert.deepEqual(plan.header, { status: 'reviewing', outcome: 'as-expected', confidence: 80 });
		assert.equal(plan.appendix, `\n## Review, ${today}\n\n### What did you expect to happen?\n\n> Two teams.\n> One roadmap.\n\n### What actually happened?\n\n### Why was there a difference?\n\n### What will you do next?\n`);
		assert.ok(plan.appendix.slice(0, plan.cursorOffset).endsWith('### What actually happened?\n'));
	});

	test('a missing decision block says so; a closed entry stays closed; a header confidence is kept', () => {
		const closed = entryText('status: closed\nconfidence: 55', 'no decision');
		const plan = planEntryReview(closed, readEntryText(closed), undefined, today, '\r\n');
		assert.deepEqual(plan.header, {});
		assert.ok(plan.appendix.startsWith('\r\n\r\n## Review'), 'a text without a final line break gets one first');
		assert.ok(plan.appendix.includes('_The decision block does not say._'));
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
