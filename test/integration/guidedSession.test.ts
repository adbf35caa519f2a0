import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findQuestions } from '../../src/core/coaching/questions';
import { runGuidedSession, type PromptResult, type QuestionPrompt } from '../../src/features/guidedSession/guidedSession';
import { activeApi, diskText, nextInputBoxShown, replaceInWindow, within } from '../shared/hostTestHelpers';

/** A prompter that plays back `script` and records what it was asked. */
function scripted(script: PromptResult[]): { asked: QuestionPrompt[]; ask: (prompt: QuestionPrompt) => Promise<PromptResult> } {
	const asked: QuestionPrompt[] = [];
	return {
		asked,
		ask: async prompt => {
			asked.push(prompt);
			return script.shift() ?? { kind: 'stop' };
		},
	};
}

suite('Think It Through', () => {
	test('answers two questions, skips one and stops; unsaved edits survive; the next run resumes at the skipped one', async () => {
		await activeApi();
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'key-people', title: 'Only Sam knows payroll' });
		const editor = await vscode.window.showTextDocument(uri);
		const original = editor.document.getText();
		const [first, second, third] = findQuestions(original);
		// A question's heading line as it stands, with its <!-- core --> mark when it has one.
		const heading = (question: { line: number }) => original.split('\n')[question.line];

		// An unsaved edit elsewhere in the open document.
		const intro = editor.document.lineAt(original.split('\n').findIndex(line => line.startsWith('> ')));
		assert.ok(await editor.edit(builder => builder.insert(intro.range.end, ' UNSAVED NOTE')));
		assert.ok(editor.document.isDirty);

		const session = scripted([{ kind: 'answer', text: 'Payroll runs without Sam for a month.' }, { kind: 'answer', text: 'Sam, the auditors' }, { kind: 'skip' }, { kind: 'stop' }]);
		const outcome = await runGuidedSession(uri, session.ask);
		assert.deepEqual(outcome, { steps: findQuestions(original).length, answered: 2, skipped: 1, end: 'stopped' });
		assert.deepEqual(session.asked.map(prompt => [prompt.stage, prompt.question, prompt.step]),
			[['Goal', first.text, 1], ['Goal', second.text, 2], ['Goal', third.text, 3], [findQuestions(original)[3].stage, findQuestions(original)[3].text, 4]]);

		const text = editor.document.getText();
		assert.ok(text.includes(' UNSAVED NOTE'), 'the unsaved edit survives');
		const expected = original
			.replace(`${intro.text}\n`, `${intro.text} UNSAVED NOTE\n`)
			.replace(`${heading(first)}\n`, `${heading(first)}\n\nPayroll runs without Sam for a month.\n`)
			.replace(`${heading(second)}\n`, `${heading(second)}\n\nSam, the auditors\n`);
		assert.equal(text, expected, 'the document holds exactly the answers, each under its question');
		assert.ok(await editor.document.save());
		assert.equal(await diskText(uri), expected);

		const again = scripted([{ kind: 'stop' }]);
		await runGuidedSession(uri, again.ask);
		assert.equal(again.asked[0].question, third.text, 'resumes at the skipped question');
		assert.equal(again.asked[0].step, 1);
	});

	test('back returns to the previous question with its answer in the box; changing it replaces that answer only', async () => {
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'schedule', title: 'Fewer meetings' });
		const session = scripted([{ kind: 'answer', text: 'First' }, { kind: 'back' }, { kind: 'answer', text: 'First, revised' }, { kind: 'stop' }]);
		await runGuidedSession(uri, session.ask);
		assert.equal(session.asked[2].currentAnswer, 'First');
		assert.equal(session.asked[2].step, 1);
		const document = await vscode.workspace.openTextDocument(uri);
		const [first, second] = findQuestions(document.getText());
		assert.equal(document.getText().split('\n').slice(first.line + 1, first.endLine).join('\n').trim(), 'First, revised');
		assert.equal(second.answered, false);
		await document.save();
	});

	test('a question the user deletes during the session is passed over', async () => {
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'general', title: 'Deleting as I go' });
		const document = await vscode.workspace.openTextDocument(uri);
		const [, second, third] = findQuestions(document.getText());
		const session = scripted([]);
		const script: PromptResult[] = [{ kind: 'skip' }, { kind: 'answer', text: 'third' }, { kind: 'stop' }];
		await runGuidedSession(uri, async prompt => {
			await session.ask(prompt);
			if (prompt.step === 1) {
				const edit = new vscode.WorkspaceEdit();
				edit.delete(uri, new vscode.Range(second.line, 0, second.line + 1, 0));
				await vscode.workspace.applyEdit(edit);
			}
			return script.shift() ?? { kind: 'stop' };
		});
		assert.deepEqual(session.asked.map(prompt => prompt.step), [1, 3, 4]);
		assert.equal(session.asked[1].question, third.text);
		await document.save();
	});

	test('the command runs in the real input box; Escape stops and writes nothing', async () => {
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'hiring', title: 'Escape at once' });
		const before = (await vscode.workspace.openTextDocument(uri)).getText();
		// The entry has core questions and deeper ones, so the command first asks how deep to go.
		const depths: string[] = [];
		const restore = replaceInWindow('showQuickPick', ((items: readonly { depth?: string }[]) => {
			depths.push(...items.map(item => item.depth ?? ''));
			return Promise.resolve(items.find(item => item.depth === 'full'));
		}) as never);
		try {
			const shown = nextInputBoxShown();
			const running = vscode.commands.executeCommand('leadershipJournal.thinkItThrough', uri);
			const box = await shown;
			assert.deepEqual([...depths].sort(), ['full', 'quick'], 'Quick or Full was offered');
			assert.equal(box.prompt, findQuestions(before)[0].text, 'the input box asks the first question');
			await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
			assert.deepEqual(await within(running, 10_000, 'Think It Through ends after Escape'), { steps: findQuestions(before).length, answered: 0, skipped: 0, end: 'stopped' });
			assert.equal((await vscode.workspace.openTextDocument(uri)).getText(), before);
		} finally {
			restore();
		}
	});

	test('Quick asks only the core questions; Full is remembered for the area and comes first next time', async () => {
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'takeover', title: 'Quick session' });
		const questions = findQuestions((await vscode.workspace.openTextDocument(uri)).getText());
		const offered: string[][] = [];
		let choice = 'quick';
		const restore = replaceInWindow('showQuickPick', ((items: readonly { depth?: string }[]) => {
			offered.push(items.map(item => item.depth ?? ''));
			return Promise.resolve(items.find(item => item.depth === choice));
		}) as never);
		try {
			const shown = nextInputBoxShown();
			const running = vscode.commands.executeCommand('leadershipJournal.thinkItThrough', uri);
			const box = await shown;
			assert.equal(box.title, `Goal · step 1 of ${questions.filter(question => question.core).length}`, 'a quick session counts the core questions only');
			assert.equal(box.prompt, questions.find(question => question.core)!.text);
			await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
			await within(running, 10_000, 'Think It Through ends after Escape');
			choice = 'full';
			const again = nextInputBoxShown();
			const second = vscode.commands.executeCommand('leadershipJournal.thinkItThrough', uri);
			await again;
			await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
			await within(second, 10_000, 'Think It Through ends after Escape');
			assert.deepEqual(offered.map(items => items[0]), ['quick', 'quick'], 'the last choice for the area comes first');
			const third = nextInputBoxShown();
			const last = vscode.commands.executeCommand('leadershipJournal.thinkItThrough', uri);
			await third;
			await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
			await within(last, 10_000, 'Think It Through ends after Escape');
			assert.equal(offered[2][0], 'full', 'Full, chosen last, now comes first');
		} finally {
			restore();
		}
	});

	test('Next Unanswered Question moves the cursor under the next open question, wrapping around', async () => {
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'cutbacks', title: 'Next question' });
		const editor = await vscode.window.showTextDocument(uri);
		const questions = findQuestions(editor.document.getText());
		editor.selection = new vscode.Selection(questions[1].line + 1, 0, questions[1].line + 1, 0);
		await vscode.commands.executeCommand('leadershipJournal.nextUnansweredQuestion');
		assert.equal(editor.selection.active.line, questions[2].line + 1);
		const last = questions[questions.length - 1];
		editor.selection = new vscode.Selection(last.line + 1, 0, last.line + 1, 0);
		await vscode.commands.executeCommand('leadershipJournal.nextUnansweredQuestion');
		assert.equal(editor.selection.active.line, questions[0].line + 1);
	});
});
