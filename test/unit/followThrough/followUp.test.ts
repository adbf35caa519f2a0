import * as assert from 'node:assert/strict';
import { readConclusion } from '../../../src/core/followThrough/conclusion';
import { obstacleQuestions, planFollowUp, whereYouLeftOff } from '../../../src/core/followThrough/followUp';
import { AreaCatalog } from '../../../src/core/model/areas';
import { parseHeader } from '../../../src/core/text/header';
import { readEntryText } from '../helpers/entries';

const earlierText = [
	'---',
	'title: Hire a head of data',
	'date: 2026-11-02',
	'areas: [hiring]',
	'status: implementing',
	'confidence: 70',
	'---',
	'',
	'# Hire a head of data',
	'',
	'## Decision',
	'',
	'### Options considered',
	'',
	'Promote Ana; hire outside.',
	'',
	'### My choice',
	'',
	'Hire outside, with Ana as deputy.',
	'',
	'### Expected outcome',
	'',
	'One trusted set of numbers',
	'by the March board meeting.',
	'',
	'### Confidence (0–100)',
	'',
	'70',
	'',
	'### What would change my mind',
	'',
	'No finalist who has built a data team.',
	'',
	'## Commitments',
	'',
	'- [x] Write the scorecard @me due:2026-11-10 done:2026-11-09',
	'- [x] Brief the recruiter [sic] @me due:2026-11-12 done:2026-11-20',
	'- [ ] Call three references @dana due:2026-11-25',
	'- [ ] Plan the first 90 days due:2026-12-20',
	'',
	'## Return on the effort',
	'',
	'### Baseline: where are we today?',
	'',
	'Three teams, three revenue numbers.',
	'',
	'### Target: where should we be?',
	'',
	'One number everyone uses.',
	'',
	'## Review, 2026-11-28',
	'',
	'### What actually happened?',
	'',
	'Two finalists; one withdrew.',
	'',
].join('\n');

const today = '2026-12-01';
const earlier = readEntryText(earlierText, { uri: 'file:///ws/journal/2026/2026-11-02-hire-a-head-of-data.md' });

suite('what an entry concluded', () => {
	test('reads the decision block, the return and the reviews as written', () => {
		const conclusion = readConclusion(earlierText, today);
		assert.equal(conclusion.choice, 'Hire outside, with Ana as deputy.');
		assert.equal(conclusion.expectedOutcome, 'One trusted set of numbers\nby the March board meeting.');
		assert.equal(conclusion.wouldChangeMyMind, 'No finalist who has built a data team.');
		assert.equal(conclusion.confidence, '70');
		assert.equal(conclusion.baseline, 'Three teams, three revenue numbers.');
		assert.equal(conclusion.target, 'One number everyone uses.');
		assert.deepEqual(conclusion.reviews.map(review => [review.date, review.whatHappened]), [['2026-11-28', 'Two finalists; one withdrew.']]);
	});

	test('each commitment stands done on time, done late, overdue or open on the day', () => {
		assert.deepEqual(readConclusion(earlierText, today).commitments.map(standing => standing.state), ['onTime', 'late', 'overdue', 'open']);
		assert.deepEqual(readConclusion(earlierText, '2026-11-01').commitments.map(standing => standing.state), ['onTime', 'late', 'open', 'open']);
	});

	test('an entry without a decision block concludes nothing, and says so', () => {
		const conclusion = readConclusion('# Just notes\n\nSome thinking.\n', today);
		assert.equal(conclusion.choice, '');
		assert.deepEqual(conclusion.commitments, []);
		assert.match(whereYouLeftOff(readEntryText('# Just notes\n', { name: 'n' }), '# Just notes\n', '../n.md', today),
			/My choice:\*\* _not written_[\s\S]*No commitments were written\./);
	});
});

suite('Where you left off', () => {
	const block = whereYouLeftOff(earlier, earlierText, '../2026/2026-11-02-hire-a-head-of-data.md', today);

	test('links the earlier entry and quotes its conclusions on one line each', () => {
		assert.match(block, /^From \[Hire a head of data\]\(\.\.\/2026\/2026-11-02-hire-a-head-of-data\.md\), 2026-11-02 · implementing\./);
		assert.match(block, /^- \*\*Expected outcome:\*\* One trusted set of numbers by the March board meeting\.$/m);
		assert.match(block, /^- \*\*Confidence:\*\* 70$/m);
		assert.match(block, /^- \*\*Return:\*\* baseline Three teams, three revenue numbers\. → target One number everyone uses\.$/m);
		assert.match(block, /^- \*\*Last review, 2026-11-28:\*\* no outcome recorded: Two finalists; one withdrew\.$/m);
	});

	test('lists every commitment with its state as a link to its line, never as a task item to tick again', () => {
		const lines = block.split('\n').filter(line => /^- (Done|Open|Overdue)/.test(line));
		assert.deepEqual(lines, [
			'- Done on time: [Write the scorecard](../2026/2026-11-02-hire-a-head-of-data.md#L36) · @me · due 2026-11-10 · done 2026-11-09',
			'- Done late: [Brief the recruiter \\[sic\\]](../2026/2026-11-02-hire-a-head-of-data.md#L37) · @me · due 2026-11-12 · done 2026-11-20',
			'- Overdue: [Call three references](../2026/2026-11-02-hire-a-head-of-data.md#L38) · @dana · due 2026-11-25',
			'- Open: [Plan the first 90 days](../2026/2026-11-02-hire-a-head-of-data.md#L39) · due 2026-12-20',
		]);
		assert.doesNotMatch(block, /\[[ xX]\]/, 'no check boxes');
		assert.equal(earlierText.split('\n')[35], '- [x] Write the scorecard @me due:2026-11-10 done:2026-11-09', 'the link points at the line');
	});

	test('asks what got in the way of each overdue commitment, and of nothing else', () => {
		assert.equal(obstacleQuestions(earlierText, today), '### What got in the way of “Call three references”?\n');
		assert.equal(obstacleQuestions(earlierText, '2026-11-01'), '');
	});
});

suite('planFollowUp', () => {
	const template = '---\ntitle: {{title}}\ndate: {{date}}\nareas: [{{area}}]\ncontinues: {{continues}}\n---\n\n# {{title}}\n\nContinues [{{earlierTitle}}]({{earlierLink}}).\n\n## Where you left off\n\n{{whereYouLeftOff}}\n\n## Since last time\n\n### What is better?\n\n{{obstacleQuestions}}\n';
	const area = new AreaCatalog().get('hiring')!;
	const plan = planFollowUp({
		earlier, earlierText, continues: '2026/2026-11-02-hire-a-head-of-data.md',
		title: 'Hire a head of data: the finalists', area, now: new Date(2026, 11, 1, 9), folder: 'journal',
	}, template);

	test('names the earlier entry in continues: and links it from the body', () => {
		assert.equal(parseHeader(plan.text).data.continues, '2026/2026-11-02-hire-a-head-of-data.md');
		assert.match(plan.text, /Continues \[Hire a head of data\]\(\.\.\/2026\/2026-11-02-hire-a-head-of-data\.md\)\./);
		assert.deepEqual(plan.unknownVariables, []);
		assert.deepEqual(plan.folderSegments, ['2026']);
	});

	test('the follow-up\'s own commitments stay empty: the earlier ones are listed, not copied', () => {
		const followUp = readEntryText(plan.text, { uri: 'file:///ws/journal/2026/f.md' });
		assert.equal(followUp.commitments, undefined);
		assert.ok(plan.text.includes('### What got in the way of “Call three references”?'));
	});
});
