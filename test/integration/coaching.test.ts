import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findQuestions } from '../../src/core/coaching/questions';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';
import { activeApi, diskText, eventually, groupNode, workspaceFolder, writeText } from '../shared/hostTestHelpers';

const templatesFolder = () => vscode.Uri.joinPath(workspaceFolder().uri, '.journal', 'templates');

suite('Coaching content', () => {
	suiteTeardown(async () => {
		await vscode.workspace.getConfiguration('leadershipJournal').update('customAreas', undefined, vscode.ConfigurationTarget.Workspace);
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, '.journal'), { recursive: true, useTrash: false });
	});

	test('Insert Coaching Questions puts a lens at the cursor, keeps unsaved text, and moves the cursor under the first question', async () => {
		await activeApi();
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'scratch-lens.md');
		await writeText(uri, '---\ntitle: Scratch\n---\n# Scratch\n\nSome thoughts.\nMore thoughts.\n');
		const editor = await vscode.window.showTextDocument(uri);
		assert.ok(await editor.edit(builder => builder.insert(new vscode.Position(5, 0), 'UNSAVED ')));
		editor.selection = new vscode.Selection(5, 3, 5, 3);
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.insertCoachingQuestions', { lens: 'pre-mortem' }));
		const text = editor.document.getText();
		assert.ok(text.startsWith('---\ntitle: Scratch\n---\n# Scratch\n\nUNSAVED Some thoughts.\n\n'), text);
		assert.ok(text.endsWith('\n\nMore thoughts.\n'), 'a blank line separates the questions from the text below');
		const questions = findQuestions(text);
		assert.ok(questions.length >= 8);
		assert.equal(editor.selection.active.line, questions[0].line + 1);
		await editor.document.save();
	});

	test('Insert Coaching Questions refuses to write into the header', async () => {
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'scratch-header.md');
		await writeText(uri, '---\ntitle: Header\n---\nbody\n');
		const editor = await vscode.window.showTextDocument(uri);
		editor.selection = new vscode.Selection(1, 0, 1, 0);
		assert.equal(await vscode.commands.executeCommand('leadershipJournal.insertCoachingQuestions', { lens: 'grow' }), false);
		assert.equal(editor.document.getText(), '---\ntitle: Header\n---\nbody\n');
	});

	test('Customize Template copies the built-in template into the templates folder; New Entry then uses the copy', async () => {
		const copy = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.customizeTemplate', { area: 'hiring' });
		assert.equal(copy.toString(), vscode.Uri.joinPath(templatesFolder(), 'hiring.md').toString());
		assert.match(await diskText(copy), /## Way forward/);
		await writeText(copy, '---\ntitle: {{title}}\nareas: [{{area}}]\n---\n# {{title}} ({{areaName}})\n\n## Goal\n\n### Our own question?\n\n{{unknownThing}}\n');
		const again = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.customizeTemplate', { area: 'hiring' });
		assert.equal(again.toString(), copy.toString());
		assert.match(await diskText(copy), /Our own question/, 'an existing copy is opened, never overwritten');

		const entry = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'hiring', title: 'From my template' });
		assert.equal(await diskText(entry), '---\ntitle: From my template\nareas: [hiring]\n---\n# From my template (Hiring the right people)\n\n## Goal\n\n### Our own question?\n\n{{unknownThing}}\n');
	});

	test('a lens in the templates folder overrides the built-in one or adds a new one', async () => {
		await writeText(vscode.Uri.joinPath(templatesFolder(), 'lenses', 'board-prep.md'), '---\nname: Board preparation\n---\n## Board\n\n### What will the board ask?\n\n### What do you need from them?\n');
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'scratch-board.md');
		await writeText(uri, '# Board\n');
		const editor = await vscode.window.showTextDocument(uri);
		editor.selection = new vscode.Selection(1, 0, 1, 0);
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.insertCoachingQuestions', { lens: 'board-prep' }));
		assert.deepEqual(findQuestions(editor.document.getText()).map(question => question.text), ['What will the board ask?', 'What do you need from them?']);
		await editor.document.save();
	});

	test('custom areas appear in the tree and in New Entry, with their own template; bad items are left out', async () => {
		const api = await activeApi();
		await writeText(vscode.Uri.joinPath(templatesFolder(), 'board.md'), '---\ntitle: {{title}}\nareas: [{{area}}]\nreview: {{review}}\n---\n### Board question?\n');
		await vscode.workspace.getConfiguration('leadershipJournal').update('customAreas', [
			{ id: 'board', name: 'Board relations', description: 'Working with the board', icon: 'organization', template: 'board.md', reviewAfterDays: 7 },
			{ id: 'hiring', name: 'A clash with a built-in id' },
		], vscode.ConfigurationTarget.Workspace);
		const groupLabels = () => api.challengesTree.getChildren().map(node => String(api.challengesTree.getTreeItem(node as ChallengeNode).label));
		await eventually(() => groupLabels().includes('Board relations'), 'the custom area shows in the tree');
		const labels = groupLabels();
		assert.equal(labels.indexOf('Board relations') + 1, labels.indexOf('General reflection'), 'custom areas come just before General reflection');
		assert.equal(groupLabels().filter(label => label === 'A clash with a built-in id').length, 0);

		const entry = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'board', title: 'Prepare the Q4 board' });
		const text = await diskText(entry);
		assert.match(text, /^---\ntitle: Prepare the Q4 board\nareas: \[board\]\nreview: \d{4}-\d{2}-\d{2}\n---\n### Board question\?\n$/);
		await api.whenIdle();
		const board = groupNode(api, 'board')!;
		await eventually(() => api.challengesTree.getChildren(board).length === 1, 'the entry is filed under the custom area');
	});

	test('Today\'s Check-in creates one entry a day and opens the same one again', async () => {
		const first = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.todaysCheckIn');
		assert.match(first.path, /\/journal\/\d{4}\/\d{4}-\d{2}-\d{2}-check-in\.md$/);
		const editor = vscode.window.activeTextEditor!;
		assert.equal(editor.document.uri.toString(), first.toString());
		assert.equal(editor.selection.active.line, findQuestions(editor.document.getText())[0].line + 1);
		assert.ok(await editor.edit(builder => builder.insert(editor.selection.active, 'Energy is fine.')));
		await editor.document.save();
		const second = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.todaysCheckIn');
		assert.equal(second.toString(), first.toString());
		assert.match(await diskText(first), /Energy is fine\./);
	});
});
