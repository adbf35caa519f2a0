// The web build (dist/web/extension.js) in VS Code's web-worker extension host, on a copy of
// test/fixtures/workspace. The workspace is a vscode-remote:// folder: everything goes through
// vscode.workspace.fs. No Node API here: these tests run in a web worker.
import * as vscode from 'vscode';
import { toIsoDate } from '../../src/core/model/dates';
import { activeApi, check, diskText, equal, eventually, extensionId, groupRows, treeText, workspaceFolder } from '../shared/hostTestHelpers';

suite('Web extension host', () => {
	let created: vscode.Uri | undefined;

	test('runs in the web-worker extension host', () => {
		console.log(`  host: ${vscode.env.appName} ${vscode.version}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop'}, `
			+ `workspace ${workspaceFolder().uri.scheme}:, extension ${vscode.extensions.getExtension(extensionId)?.extensionUri.scheme}:`);
		equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
		const manifest = vscode.extensions.getExtension(extensionId)?.packageJSON as { main?: string; browser?: string } | undefined;
		check(manifest?.browser && !manifest.main, 'the extension under test is the browser-only build');
	});

	test('activation returns the API and indexes the fixture journal', async () => {
		const api = await activeApi();
		check(vscode.extensions.getExtension(extensionId)?.isActive, 'the extension is active');
		check(api.challengesTree && api.commitmentsTree && api.insights, 'the API has the tree providers and Insights');
		equal(api.index.size, 7, 'entries indexed from test/fixtures/workspace/journal');
		const cfo = [...api.index.all()].find(entry => entry.uri.endsWith('/2026-10-14-cfo-search.md'));
		equal(cfo?.title, 'Hire a CFO before the Series C', 'title of 2026-10-14-cfo-search.md');
	});

	test('the Challenges tree lists the fixture\'s areas and entries', async () => {
		const rows = treeText(await activeApi());
		for (const expected of [
			'Needs attention (2 entries)',
			'Reorganizing a division (1 entry)',
			'  Restructure EMEA sales around customer segments | 2026-11-02 · 1/1',
			'Hiring the right people (1 entry)',
			'  Hire a CFO before the Series C | 2026-10-14',
			'Key people (1 entry)',
			'  Only Sam knows how billing runs | 2026-09-30',
			'Engineering a takeover (0 entries)',
			'Unsorted (1 entry)',
		]) {
			check(rows.includes(expected), `the tree lacks "${expected}":\n${rows.join('\n')}`);
		}
		check(rows.indexOf('Hiring the right people (1 entry)') < rows.indexOf('Key people (1 entry)'), 'areas keep their order');
	});

	test('New Entry creates the file through workspace.fs and the tree shows it', async () => {
		const api = await activeApi();
		const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipJournal.newEntry', { area: 'hiring', title: 'From the web' });
		check(uri, 'New Entry returned no URI');
		created = uri;
		const date = toIsoDate(new Date());
		const expected = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', date.slice(0, 4), `${date}-from-the-web.md`);
		equal(uri.toString(), expected.toString(), 'the new entry\'s URI');
		const content = await diskText(uri);
		for (const line of ['title: From the web', `date: ${date}`, 'areas: [hiring]', 'status: exploring', '## Goal', '## Way forward']) {
			check(content.includes(line), `the new entry lacks "${line}":\n${content}`);
		}
		equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the editor shows the new entry');
		await eventually(() => groupRows(api, 'hiring').includes('From the web'), 'the new entry appears under Hiring the right people');
		check(treeText(api).includes('Hiring the right people (2 entries)'), 'the hiring group counts two entries');
	});

	test('Insert Coaching Questions and Set Status edit the open entry; the index follows the save', async () => {
		const api = await activeApi();
		check(created, 'needs the entry from New Entry');
		const editor = vscode.window.activeTextEditor;
		equal(editor?.document.uri.toString(), created.toString(), 'the active editor');
		const underFirstQuestion = editor!.selection;
		const before = editor!.document.lineCount;
		const end = editor!.document.lineAt(before - 1).range.end;
		editor!.selection = new vscode.Selection(end, end);
		check(await vscode.commands.executeCommand('leadershipJournal.insertCoachingQuestions', { lens: 'pre-mortem' }), 'Insert Coaching Questions');
		check(editor!.document.lineCount > before + 8, 'the pre-mortem questions were inserted');
		check(editor!.selection.active.line >= before - 1, 'the cursor moved under the first inserted question');
		check(await vscode.commands.executeCommand('leadershipJournal.setStatus', { status: 'decided' }), 'Set Status');
		const today = toIsoDate(new Date());
		check(/^status: decided$/m.test(editor!.document.getText()), 'status: decided in the header');
		check(editor!.document.getText().includes(`decided: ${today}`), 'the decided date in the header');
		check(await editor!.document.save(), 'the entry saves');
		const uri = created;
		await eventually(() => api.index.get(uri.toString())?.status === 'decided', 'the index sees the new status');
		check((await diskText(uri)).includes('status: decided'), 'the file on the server has the new status');
		// Back to the top, for the screenshot the runner takes at the end.
		editor!.selection = underFirstQuestion;
		editor!.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
	});
});
