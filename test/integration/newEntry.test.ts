import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseHeader } from '../../src/core/text/header';
import { addDays, toIsoDate } from '../../src/core/model/dates';
import { activeApi, diskText, escapeEveryPrompt, eventually, groupNode, within, workspaceFolder } from '../shared/hostTestHelpers';

async function newEntry(args?: object): Promise<vscode.Uri | undefined> {
	return vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipJournal.newEntry', args);
}

suite('New Entry', () => {
	test('creates journal/YYYY/YYYY-MM-DD-slug.md from the area template and puts the cursor under the first question', async () => {
		const api = await activeApi();
		const uri = await newEntry({ area: 'takeover', title: 'Integrate Acme: first 90 days' });
		assert.ok(uri);
		const date = toIsoDate(new Date());
		const expected = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', date.slice(0, 4), `${date}-integrate-acme-first-90-days.md`);
		assert.equal(uri.toString(), expected.toString());
		const content = await diskText(uri);
		const header = parseHeader(content);
		assert.equal(header.problem, undefined);
		assert.equal(header.data.title, 'Integrate Acme: first 90 days');
		assert.equal(header.data.date, date);
		assert.deepEqual(header.data.areas, ['takeover']);
		assert.equal(header.data.status, 'exploring');
		assert.deepEqual(header.data.reviews, [30, 60, 100].map(days => addDays(date, days)), 'a takeover is reviewed at 30, 60 and 100 days');
		for (const stage of ['## Goal', '## Reality', '## Options', '## Way forward']) {
			assert.ok(content.includes(stage), stage);
		}
		const editor = vscode.window.activeTextEditor;
		assert.equal(editor?.document.uri.toString(), uri.toString());
		const previousLine = editor!.document.lineAt(editor!.selection.active.line - 1).text;
		assert.match(previousLine, /^### /);
		await eventually(() => {
			const takeover = groupNode(api, 'takeover');
			return takeover !== undefined && api.challengesTree.getChildren(takeover).some(node => node.kind === 'entry' && node.entry.uri === uri.toString());
		}, 'the new entry appears under Engineering a takeover');
	});

	test('never overwrites: the same title again gets -2, and two racing commands make two files', async () => {
		const first = await newEntry({ area: 'hiring', title: 'Same title' });
		const second = await newEntry({ area: 'hiring', title: 'Same title' });
		assert.ok(first && second);
		assert.match(second.path, /-same-title-2\.md$/);
		const [third, fourth] = await Promise.all([newEntry({ area: 'hiring', title: 'Race' }), newEntry({ area: 'hiring', title: 'Race' })]);
		assert.ok(third && fourth);
		assert.notEqual(third.toString(), fourth.toString());
		assert.ok(await diskText(first));
	});

	test('Escape at the first step creates nothing', async () => {
		const folder = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', String(new Date().getFullYear()));
		const before = (await vscode.workspace.fs.readDirectory(folder)).length;
		const prompts = escapeEveryPrompt();
		try {
			assert.equal(await within(newEntry(), 10_000, 'New Entry ends after Escape'), undefined);
		} finally {
			prompts.restore();
		}
		assert.deepEqual(prompts.asked.map(prompt => prompt.split(':')[0]), ['showQuickPick'], `New Entry asks for the area first, and Escape ends it: ${prompts.asked.join('; ')}`);
		assert.equal((await vscode.workspace.fs.readDirectory(folder)).length, before);
	});

	test('an unknown area is refused with a message, and nothing is created', async () => {
		assert.equal(await newEntry({ area: 'marketing', title: 'Nope' }), undefined);
	});
});

suite('WorkspaceEdit.createFile', () => {
	test('refuses to overwrite an existing file (the guard New Entry relies on across windows)', async () => {
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'guard.md');
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('original words'));
		const edit = new vscode.WorkspaceEdit();
		edit.createFile(uri, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode('replacement') });
		const applied = await vscode.workspace.applyEdit(edit);
		assert.equal(await diskText(uri), 'original words');
		assert.equal(applied, false);
		await vscode.workspace.fs.delete(uri);
	});
});
