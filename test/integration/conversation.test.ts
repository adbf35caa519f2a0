import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findQuestions } from '../../src/core/coaching/questions';
import type { NewCommitment } from '../../src/core/followThrough/newCommitment';
import { runGuidedSession, type PromptResult, type QuestionPrompt } from '../../src/features/guidedSession/guidedSession';
import { activeApi, diskText, eventually } from '../shared/hostTestHelpers';

/** A prompter that answers by what it is asked, and records every prompt. */
function conversation(answer: (prompt: QuestionPrompt) => PromptResult): { asked: QuestionPrompt[]; ask: (prompt: QuestionPrompt) => Promise<PromptResult> } {
	const asked: QuestionPrompt[] = [];
	return { asked, ask: prompt => { asked.push(prompt); return Promise.resolve(answer(prompt)); } };
}

suite('A coaching conversation', () => {
	test('a probe\'s answer goes under the answer; a Way forward answer without who and when becomes a commitment in the Commitments view', async () => {
		const api = await activeApi();
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'reorganization', title: 'One roadmap for platform and data' });
		const created = (await vscode.workspace.openTextDocument(uri)).getText();
		const questions = findQuestions(created);
		const firstGoal = questions.find(question => question.stage === 'Goal')!;
		// The heading line as it stands, with its <!-- core --> mark when it has one.
		const firstGoalHeading = created.split('\n')[firstGoal.line];
		const firstWayForward = questions.find(question => question.stage === 'Way forward')!;
		const offered: string[] = [];
		let andWhatElse = 0;
		const session = conversation(prompt => {
			if (prompt.probe) {
				const first = prompt.question === 'And what else?' && prompt.stage === 'Goal' && andWhatElse++ === 0;
				return { kind: 'answer', text: first ? 'Also fewer handoffs between the teams.' : '' };
			}
			if (prompt.question === firstGoal.text) {
				return { kind: 'answer', text: 'One roadmap that both teams plan from.' };
			}
			return prompt.question === firstWayForward.text ? { kind: 'answer', text: 'Talk to both leads about a shared planning day' } : { kind: 'skip' };
		});
		const outcome = await runGuidedSession(uri, session.ask, {
			probes: 'some',
			offerCommitment: (answer: string): Promise<NewCommitment> => {
				offered.push(answer);
				return Promise.resolve({ action: answer, owner: 'dana', due: '2999-12-15' });
			},
		});
		assert.equal(outcome.probed, 1, 'one probe answer was written');
		assert.equal(outcome.committed, 1, 'one commitment was added');
		assert.deepEqual(session.asked.filter(prompt => prompt.probe).map(prompt => [prompt.stage, prompt.question]), [
			['Goal', 'And what else?'],
			['Goal', 'And what else?'],
			['Way forward', 'Who will do it, and by when?'],
		], 'the Goal answer got "And what else?" twice (an empty answer ends it), no other Goal answer did; the Way forward answer said neither who nor when');
		assert.deepEqual(offered, ['Talk to both leads about a shared planning day']);

		const document = await vscode.workspace.openTextDocument(uri);
		const text = document.getText();
		assert.ok(text.includes(`${firstGoalHeading}\n\nOne roadmap that both teams plan from.\n\n*And what else?* Also fewer handoffs between the teams.\n`), 'the probe answer sits under the answer');
		assert.match(text, /## Commitments\n\n<!--[^\n]*-->\n- \[ \] Talk to both leads about a shared planning day @dana due:2999-12-15\n/);
		assert.equal(await diskText(uri), text, 'the entry had no unsaved changes, so each edit was saved');

		await api.whenIdle();
		await eventually(() => api.commitmentsTree.getChildren().flatMap(group => api.commitmentsTree.getChildren(group))
			.some(node => node.kind === 'item' && node.item.commitment.text === 'Talk to both leads about a shared planning day' && node.item.commitment.owner === 'dana'),
		'the new commitment shows in the Commitments view');
	});

	test('writing at length: the session waits for the editor, then goes on; Resume Think It Through with nothing waiting says so', async () => {
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'schedule', title: 'Two free mornings, written at length' });
		const [first, second] = findQuestions((await vscode.workspace.openTextDocument(uri)).getText());
		let waited = 0;
		const session = conversation(prompt => prompt.question === first.text ? { kind: 'editor' } : { kind: 'stop' });
		const outcome = await runGuidedSession(uri, session.ask, {
			waitForEditor: async () => {
				waited++;
				const editor = vscode.window.activeTextEditor!;
				assert.equal(editor.document.uri.toString(), uri.toString(), 'the entry is in the active editor');
				assert.equal(editor.selection.active.line, first.line + 1, 'the cursor waits under the question');
				assert.ok(await editor.edit(builder => builder.insert(editor.selection.active, '\nA long answer,\n\nin two paragraphs.\n')));
				return true;
			},
		});
		assert.equal(waited, 1);
		assert.deepEqual(session.asked.map(prompt => prompt.question), [first.text, second.text], 'after the editor, the session went on with the next question');
		assert.equal(outcome.answered, 1, 'the answer written in the editor counts');
		assert.equal(await vscode.commands.executeCommand('leadershipJournal.resumeThinkItThrough'), undefined);
	});
});
