import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, diskText, extensionId, writeText } from '../shared/hostTestHelpers';

suite('At home in VS Code', () => {
	test('the keybindings start with a chord no default keybinding uses', async () => {
		await activeApi();
		await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
		const defaults = vscode.window.activeTextEditor?.document.getText() ?? '';
		assert.ok(defaults.length > 10_000, 'the default keybindings were read');
		const ours = vscode.extensions.getExtension(extensionId)!.packageJSON.contributes.keybindings as { key: string; mac: string }[];
		// The file lists every keybinding in effect, ours included: only other commands' count.
		const taken = [...defaults.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)]
			.filter(([, , command]) => !command.startsWith('leadershipJournal.')).map(([, key]) => key.split(' ')[0]);
		assert.ok(taken.length > 100, 'the keybindings were parsed');
		for (const binding of ours) {
			const chord = binding.key.split(' ')[0];
			assert.ok(!taken.includes(chord), `${chord} is already bound by VS Code`);
		}
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
	});

	test('Try the Sample Journal fills a folder without overwriting, and its entries show in the views', async () => {
		const api = await activeApi();
		const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'sample-area');
		const journal = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.trySampleJournal', { folder });
		assert.equal(journal.toString(), vscode.Uri.joinPath(folder, 'journal').toString());
		const written: string[] = [];
		const top = await vscode.workspace.fs.readDirectory(journal);
		assert.ok(top.some(([name, type]) => name === 'people.md' && type === vscode.FileType.File), 'the roster');
		for (const [year] of top.filter(([, type]) => type === vscode.FileType.Directory)) {
			for (const [name] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(journal, year))) {
				written.push(name);
			}
		}
		assert.equal(written.length, 10);
		const first = vscode.Uri.joinPath(journal, written[0].slice(0, 4), written[0]);
		await writeText(first, 'mine');
		await vscode.commands.executeCommand('leadershipJournal.trySampleJournal', { folder });
		assert.equal(await diskText(first), 'mine', 'running it again overwrites nothing');
		await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
		assert.ok(api.challengesTree);
	});
});
