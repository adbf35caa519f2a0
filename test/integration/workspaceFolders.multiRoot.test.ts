import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, escapeEveryPrompt, groupRows, within } from '../shared/hostTestHelpers';

function folder(name: string): vscode.WorkspaceFolder {
	const found = vscode.workspace.workspaceFolders?.find(candidate => candidate.name === name);
	assert.ok(found, `workspace folder ${name}`);
	return found;
}

suite('Multi-root workspace', () => {
	test('indexes each folder\'s journal, with its own folder setting', async () => {
		const api = await activeApi();
		assert.deepEqual(groupRows(api, 'hiring'), ['North office hiring plan']);
		assert.deepEqual(groupRows(api, 'schedule'), ['South office calendar audit']);
	});

	test('New Entry writes into the chosen folder\'s journal, never into the first root', async () => {
		await activeApi();
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry',
			{ area: 'general', title: 'South retro', workspaceFolder: 'south' });
		assert.ok(uri);
		const expectedFolder = vscode.Uri.joinPath(folder('south').uri, 'notes').toString();
		assert.ok(uri.toString().startsWith(`${expectedFolder}/`), uri.toString());
	});

	test('without a folder argument it asks which folder; Escape creates nothing', async () => {
		const api = await activeApi();
		const allFiles = async () => (await vscode.workspace.findFiles('**/*.md')).map(uri => uri.toString()).sort();
		const before = await allFiles();
		const prompts = escapeEveryPrompt();
		try {
			assert.equal(await within(vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipJournal.newEntry'), 10_000, 'New Entry ends after Escape'), undefined);
		} finally {
			prompts.restore();
		}
		assert.deepEqual(prompts.asked.map(prompt => prompt.split(':')[0]), ['showWorkspaceFolderPick'], `New Entry asks for the folder first, and Escape ends it: ${prompts.asked.join('; ')}`);
		await api.whenIdle();
		assert.deepEqual(await allFiles(), before, 'nothing was written');
	});

	test('the reviews, Today\'s Check-in and Customize Template ask which folder and write only into the chosen one; no choice writes nothing', async () => {
		await activeApi();
		const window = vscode.window as { showWorkspaceFolderPick: typeof vscode.window.showWorkspaceFolderPick };
		const original = window.showWorkspaceFolderPick;
		const asked: string[] = [];
		let answer: vscode.WorkspaceFolder | undefined = folder('south');
		window.showWorkspaceFolderPick = async options => {
			asked.push(options?.placeHolder ?? '');
			return answer;
		};
		const northFiles = async () => (await vscode.workspace.findFiles(new vscode.RelativePattern(folder('north'), '**/*'))).map(uri => uri.toString()).sort();
		const northBefore = await northFiles();
		const created: vscode.Uri[] = [];
		const commands = ['leadershipJournal.weeklyReview', 'leadershipJournal.monthlyReview', 'leadershipJournal.quarterlyReview', 'leadershipJournal.todaysCheckIn'];
		try {
			for (const command of commands) {
				const uri = await vscode.commands.executeCommand<vscode.Uri>(command);
				assert.ok(uri?.toString().startsWith(`${vscode.Uri.joinPath(folder('south').uri, 'notes')}/`), `${command}: ${String(uri)}`);
				created.push(uri);
			}
			const template = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.customizeTemplate', { area: 'hiring' });
			assert.ok(template?.toString().startsWith(`${folder('south').uri}/`), String(template));
			created.push(template);
			assert.equal(asked.length, commands.length + 1, 'each command asked which folder');
			assert.deepEqual(await northFiles(), northBefore, 'nothing was written into the other folder');

			answer = undefined;
			for (const command of [...commands, 'leadershipJournal.customizeTemplate', 'leadershipJournal.newEntry']) {
				assert.equal(await vscode.commands.executeCommand(command), undefined, `${command} without a folder does nothing`);
			}
			assert.equal(asked.length, 2 * commands.length + 3);
		} finally {
			window.showWorkspaceFolderPick = original;
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			for (const uri of created) {
				await vscode.workspace.fs.delete(uri);
			}
		}
	});
});
