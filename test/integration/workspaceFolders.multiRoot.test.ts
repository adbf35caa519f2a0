import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';
import { activeApi } from './helpers';

function folder(name: string): vscode.WorkspaceFolder {
	const found = vscode.workspace.workspaceFolders?.find(candidate => candidate.name === name);
	assert.ok(found, `workspace folder ${name}`);
	return found;
}

suite('Multi-root workspace', () => {
	test('indexes each folder\'s journal, with its own folder setting', async () => {
		const api = await activeApi();
		const labels = (group: string) => {
			const node = api.challengesTree.getChildren().find(root => root.kind === 'group' && root.group === group) as ChallengeNode;
			return api.challengesTree.getChildren(node).map(child => String(api.challengesTree.getTreeItem(child).label));
		};
		assert.deepEqual(labels('hiring'), ['North office hiring plan']);
		assert.deepEqual(labels('schedule'), ['South office calendar audit']);
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
		await activeApi();
		const pending = vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipJournal.newEntry');
		await new Promise(resolve => setTimeout(resolve, 500));
		await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
		assert.equal(await pending, undefined);
	});
});
