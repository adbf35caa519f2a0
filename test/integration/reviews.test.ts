import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, toIsoDate } from '../../src/core/model/dates';
import { parseHeader } from '../../src/core/text/header';
import { parseCommitments } from '../../src/core/followThrough/commitments';
import { isReviewDue, nextReview } from '../../src/core/followThrough/reviewDates';
import { activeApi, diskText, eventually, writeJournalFile } from '../shared/hostTestHelpers';

const today = toIsoDate(new Date());
const day = (offset: number) => addDays(today, offset);

const entry = [
	'---',
	'title: Hire a head of data   # the first of three reviews',
	`date: ${day(-40)}`,
	'areas: [hiring]',
	'status: implementing',
	`decided: ${day(-35)}`,
	`reviews: [${day(-10)}, ${day(-1)}, ${day(100)}]`,
	'outcome: better',
	'people: [Ana]',
	'---',
	'# Hire a head of data',
	'',
	'## Decision',
	'',
	'### My choice',
	'',
	'Hire outside, with Ana as deputy.',
	'',
	'### Expected outcome',
	'',
	'One trusted set of numbers by March.',
	'',
	'### Confidence (0–100)',
	'',
	'70',
	'',
	'### What would change my mind',
	'',
	'No finalist after six weeks.',
	'',
	'## Commitments',
	'',
	`- [x] Write the scorecard @me due:${day(-30)} done:${day(-31)}`,
	`- [x] Brief the recruiter @me due:${day(-30)} done:${day(-20)}`,
	`- [ ] Call three references @dana due:${day(-3)}`,
	'- [ ] Plan the first 90 days',
	'',
	'## Return on the effort',
	'',
	'### Baseline: where are we today?',
	'',
	'Three revenue numbers.',
	'',
	'### Target: where should we be?',
	'',
	'One revenue number.',
	'',
].join('\n');

suite('Reviews that bring everything back', () => {
	test('Review Entry with every answer in its options quotes everything back, asks about each overdue commitment, records the keys and keeps unsaved text', async () => {
		const api = await activeApi();
		const uri = await writeJournalFile('reviews', 'hire.md', entry);
		await eventually(async () => {
			await api.whenIdle();
			const indexed = api.index.get(uri.toString());
			return indexed !== undefined && isReviewDue(indexed, today);
		}, 'the first scheduled review is due');
		assert.equal(nextReview(api.index.get(uri.toString())!), day(-10));

		const editor = await vscode.window.showTextDocument(uri);
		assert.ok(await editor.edit(builder => builder.insert(new vscode.Position(11, 0), 'UNSAVED LINE\n')));
		const before = editor.document.getText();
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.reviewEntry', {
			uri, outcome: 'worse', decisionQuality: 'sound', actual: 'Two numbers', cost: '60 hours, 18,000 EUR',
		}));
		const text = editor.document.getText();
		assert.ok(editor.document.isDirty, 'an entry with unsaved changes is left for the user to save');
		assert.equal(await diskText(uri), entry, 'nothing was written behind the user\'s back');
		assert.ok(text.includes('\n# Hire a head of data\nUNSAVED LINE\n'), 'the unsaved line survives');

		const header = parseHeader(text);
		assert.equal(header.problem, undefined);
		assert.deepEqual(
			[header.data.status, header.data.outcome, header.data.decisionQuality, header.data.confidence, header.data.actual, header.data.cost],
			['reviewing', 'worse', 'sound', 70, 'Two numbers', '60 hours, 18,000 EUR'],
		);
		assert.match(text, /\noutcome: worse\ndecisionQuality: sound\npeople: \[Ana\]\n/, 'the decision quality sits beside the outcome');

		const review = text.slice(text.indexOf(`\n## Review, ${today}\n`));
		assert.equal(text.slice(0, text.length - review.length), before.replace(/^(outcome: )better\n/m, '$1worse\ndecisionQuality: sound\n')
			.replace('status: implementing', 'status: reviewing').replace('---\n# Hire', `confidence: 70\nactual: Two numbers\ncost: ${/\ncost: (.*)\n/.exec(text)?.[1]}\n---\n# Hire`),
		'before the review, only header values changed');
		for (const quoted of [
			'> **My choice:** Hire outside, with Ana as deputy.',
			'> **What would change my mind:** No finalist after six weeks.',
			'> **Confidence:** 70',
			'### What did you expect to happen?\n\n> One trusted set of numbers by March.\n',
			'### The return you aimed for\n\n> **Baseline:** Three revenue numbers.\n>\n> **Target:** One revenue number.\n',
			'### Actual value\n\nTwo numbers\n',
			'### What it cost\n\n60 hours, 18,000 EUR\n',
			`- Done on time: Write the scorecard · @me · due ${day(-30)} · done ${day(-31)}`,
			`- Done late: Brief the recruiter · @me · due ${day(-30)} · done ${day(-20)}`,
			`- Overdue: Call three references · @dana · due ${day(-3)}`,
			'- Open: Plan the first 90 days',
			'\n### What got in the way of “Call three references”?\n',
			'\n### How much did luck play a part?\n',
			'\n### What actually happened?\n',
			'\n### Why was there a difference?\n',
			'\n### What will you do next?\n',
		]) {
			assert.ok(review.includes(quoted), `${quoted}\n---\n${review}`);
		}
		assert.doesNotMatch(review, /\[[ xX]\]/, 'commitments are listed, never copied as task items');
		assert.equal(parseCommitments(text).length, 4, 'still four commitments');
		assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '### What actually happened?', 'the cursor is under "What actually happened?"');

		await editor.document.save();
		await eventually(async () => {
			await api.whenIdle();
			return api.index.get(uri.toString())?.lastReviewed === today;
		}, 'the index sees the review');
		const reviewed = api.index.get(uri.toString())!;
		assert.deepEqual(reviewed.effortReturn, { baseline: 'Three revenue numbers.', target: 'One revenue number.', actual: 'Two numbers', cost: '60 hours, 18,000 EUR' }, 'Insights will list the return');
		assert.equal(reviewed.decisionQuality, 'sound');
		assert.equal(nextReview(reviewed), day(100), 'a review today covers both dates that had come');
		assert.ok(!isReviewDue(reviewed, today));
		assert.ok(!api.challengesTree.reviewsDue().some(item => item.uri === uri.toString()), 'no longer under Reviews due');
	});

	test('Review Entry refuses a decision quality it does not know, and changes nothing', async () => {
		const uri = await writeJournalFile('reviews', 'refused.md', entry);
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		assert.equal(await vscode.commands.executeCommand('leadershipJournal.reviewEntry', { uri, outcome: 'better', decisionQuality: 'lucky' }), false);
		assert.equal(await diskText(uri), entry);
	});

	test('in the header, decisionQuality: is completed and checked like outcome:, and each date of reviews: is checked', async () => {
		await activeApi();
		const uri = await writeJournalFile('reviews', 'header.md', '---\noutcome: worse\ndecisionQuality: \nreviews: [2027-01-05, 2027-1-9, soon]\n---\n');
		const editor = await vscode.window.showTextDocument(uri);
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 17));
		const offered = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
		for (const quality of ['sound', 'mixed', 'poor']) {
			assert.ok(offered.includes(quality), `${quality} in ${offered.join(', ')}`);
		}
		const ours = () => vscode.languages.getDiagnostics(uri).filter(diagnostic => diagnostic.source === 'Leadership Journal');
		await eventually(() => ours().length === 2, 'both bad dates are reported');
		assert.deepEqual(ours().map(diagnostic => editor.document.getText(diagnostic.range)), ['2027-1-9', 'soon']);

		assert.ok(await editor.edit(builder => builder.insert(new vscode.Position(2, 17), 'sond')));
		await eventually(() => ours().some(diagnostic => diagnostic.code === 'unknownDecisionQuality'), 'the unknown decision quality is reported');
		const flagged = ours().find(diagnostic => diagnostic.code === 'unknownDecisionQuality')!;
		assert.match(flagged.message, /"sond" is not a decision quality/);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, flagged.range);
		assert.equal(actions[0]?.title, 'Change to "sound"');
		assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
		assert.equal(editor.document.lineAt(2).text, 'decisionQuality: sound');
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('a hiring entry created by New Entry has three review dates; a custom area can have its own schedule', async () => {
		const api = await activeApi();
		const created = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'hiring', title: 'Hire a staff engineer' });
		assert.ok(created);
		const header = parseHeader(await diskText(created));
		assert.deepEqual(header.data.reviews, [day(30), day(90), day(180)]);
		assert.equal(header.data.review, undefined, 'the schedule replaces the single review date');
		await eventually(async () => {
			await api.whenIdle();
			return api.index.get(created.toString())?.reviews?.length === 3;
		}, 'the index reads the three dates');
		assert.equal(nextReview(api.index.get(created.toString())!), day(30));

		const settings = vscode.workspace.getConfiguration('leadershipJournal');
		await settings.update('customAreas', [{ id: 'board', name: 'Board relations', reviewSchedule: [60, 14] }], vscode.ConfigurationTarget.Workspace);
		try {
			let board: vscode.Uri | undefined;
			await eventually(async () => {
				board = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'board', title: 'Prepare the board' });
				return board !== undefined;
			}, 'the custom area is known');
			assert.deepEqual(parseHeader(await diskText(board!)).data.reviews, [day(14), day(60)], 'the general template gets the custom schedule');
		} finally {
			await settings.update('customAreas', undefined, vscode.ConfigurationTarget.Workspace);
		}
	});
});
