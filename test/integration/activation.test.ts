import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeApi, extensionId } from '../shared/hostTestHelpers';

suite('Activation', () => {
	test('activates and indexes the journal', async () => {
		const api = await activeApi();
		assert.ok(vscode.extensions.getExtension(extensionId)?.isActive);
		assert.ok(api.challengesTree);
	});

	test('every contributed command is registered', async () => {
		await activeApi();
		const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as { contributes: { commands: { command: string }[] } };
		const registered = new Set(await vscode.commands.getCommands(true));
		for (const { command } of manifest.contributes.commands) {
			assert.ok(registered.has(command), `${command} has no handler`);
		}
	});
});
