import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LeadershipJournalApi } from '../../src/extension';
import { activeApi, eventually, groupNode, groupRows, workspaceFolder } from '../shared/hostTestHelpers';

function urisIn(api: LeadershipJournalApi, group: string): string[] {
	const node = groupNode(api, group);
	return node ? api.challengesTree.getChildren(node).map(child => String(api.challengesTree.getTreeItem(child).resourceUri)) : [];
}

suite('Refresh from disk', () => {
	// Node's fs, not VS Code's: these are changes made outside the editor.
	const file = () => path.join(workspaceFolder().uri.fsPath, 'journal', '2026', '2026-11-25-outside.md');

	test('a file created outside VS Code appears, moves when changed, and goes when deleted', async () => {
		const api = await activeApi();
		fs.writeFileSync(file(), '---\ntitle: Written elsewhere\ndate: 2026-11-25\nareas: [cutbacks]\n---\n');
		await eventually(() => groupRows(api, 'cutbacks').includes('Written elsewhere'), 'created file appears');

		fs.writeFileSync(file(), '---\ntitle: Written elsewhere\ndate: 2026-11-25\nareas: [general]\n---\n');
		await eventually(() => groupRows(api, 'general').includes('Written elsewhere') && !groupRows(api, 'cutbacks').includes('Written elsewhere'),
			'changed file moves to its new area');

		fs.rmSync(file());
		await eventually(() => !groupRows(api, 'general').includes('Written elsewhere'), 'deleted file disappears');
	});

	test('a rename outside VS Code keeps one entry under the new name', async () => {
		const api = await activeApi();
		const renamed = file().replace('outside', 'renamed');
		fs.writeFileSync(file(), '---\ntitle: Moving\nareas: [cutbacks]\n---\n');
		await eventually(() => groupRows(api, 'cutbacks').includes('Moving'), 'created');
		fs.renameSync(file(), renamed);
		await eventually(() => {
			const files = urisIn(api, 'cutbacks');
			return files.some(uri => uri.endsWith('-renamed.md')) && !files.some(uri => uri.endsWith('-outside.md'));
		}, 'renamed entry shows once, under its new name');
		fs.rmSync(renamed);
	});

	test('the Refresh command runs and leaves the tree complete', async () => {
		const api = await activeApi();
		await vscode.commands.executeCommand('leadershipJournal.refresh');
		assert.ok(groupRows(api, 'hiring').includes('Hire a CFO before the Series C'));
	});
});
