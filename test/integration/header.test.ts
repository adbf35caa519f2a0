import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { builtInAreas } from '../../src/core/model/areas';
import { addDays, toIsoDate } from '../../src/core/model/dates';
import { activeApi, eventually, workspaceFolder } from '../shared/hostTestHelpers';

async function writeFile(text: string, ...path: string[]): Promise<vscode.Uri> {
	const uri = vscode.Uri.joinPath(workspaceFolder().uri, ...path);
	await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
	return uri;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter(diagnostic => diagnostic.source === 'Leadership Journal');
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
	return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** The range of the first `needle` in the document. */
function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
	const at = document.getText().indexOf(needle);
	assert.ok(at !== -1, needle);
	return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

function hoverText(hovers: vscode.Hover[]): string {
	return hovers.flatMap(hover => hover.contents.map(content => typeof content === 'string' ? content : content.value)).join('\n').replace(/&nbsp;/g, ' ');
}

const entry = [
	'---',
	'title: "Board: prep"   # quoted',
	'areas: [reorganisation, hiring]',
	'status: decided',
	`review: 2026/1/5 # soon`,
	'---',
	'# Board prep',
	'',
	'- [ ] Send the deck @dana due:2026-02-01',
	'',
].join('\r\n');

suite('Header intelligence', () => {
	const folder = ['journal', 'header'];

	suiteTeardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, ...folder), { recursive: true, useTrash: false });
	});

	test('an unknown area gets a warning at the id, which goes when the text is fixed', async () => {
		await activeApi();
		const uri = await writeFile('---\ntitle: Typo\nareas: [hirng]\n---\nBody\n', ...folder, 'typo.md');
		const editor = await open(uri);
		await eventually(() => ours(uri).length === 1, 'the diagnostic appears');
		const [diagnostic] = ours(uri);
		assert.equal(diagnostic.code, 'unknownArea');
		assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
		assert.equal(editor.document.getText(diagnostic.range), 'hirng');
		assert.match(diagnostic.message, /"hirng" is not a challenge area/);
		assert.ok(await editor.edit(builder => builder.replace(rangeOf(editor.document, 'hirng'), 'hiring')));
		await eventually(() => ours(uri).length === 0, 'the diagnostic goes once the area is known');
	});

	test('the fixture with invalid YAML gets an error', async () => {
		await activeApi();
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', '2026', '2026-08-01-broken-header.md');
		await open(uri);
		await eventually(() => ours(uri).some(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error), 'the YAML error is reported');
		assert.match(ours(uri)[0].message, /not valid YAML/);
	});

	test('quick fixes replace only the value, byte for byte', async () => {
		await activeApi();
		const uri = await writeFile(entry, ...folder, 'fixes.md');
		const { document } = await open(uri);
		await eventually(() => ours(uri).length === 2, 'both problems are reported');

		const areaActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, rangeOf(document, 'reorganisation'));
		const titles = areaActions.map(action => action.title);
		assert.equal(titles[0], 'Change to "reorganization" (Reorganizing a division)');
		assert.ok(titles.includes('Add "reorganisation" as a custom area'), titles.join(' | '));
		assert.equal(titles.filter(title => title.startsWith('Change to')).length, builtInAreas.length);
		assert.ok(await vscode.workspace.applyEdit(areaActions[0].edit!));
		assert.equal(document.getText(), entry.replace('[reorganisation, hiring]', '[reorganization, hiring]'));

		const dateActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, rangeOf(document, '2026/1/5'));
		assert.deepEqual(dateActions.map(action => action.title), ['Change to "2026-01-05"']);
		assert.ok(await vscode.workspace.applyEdit(dateActions[0].edit!));
		assert.equal(document.getText(), entry.replace('[reorganisation, hiring]', '[reorganization, hiring]').replace('2026/1/5 # soon', '2026-01-05 # soon'));
		await eventually(() => ours(uri).length === 0, 'nothing left to report');
	});

	test('"Add as a custom area" writes the workspace settings, and the area is then known', async () => {
		await activeApi();
		const uri = await writeFile('---\nareas: [board-relations]\n---\n', ...folder, 'custom.md');
		const { document } = await open(uri);
		await eventually(() => ours(uri).length === 1, 'the unknown area is reported');
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, rangeOf(document, 'board-relations'));
		const add = actions.find(action => action.title === 'Add "board-relations" as a custom area');
		assert.ok(add?.command);
		const configuration = () => vscode.workspace.getConfiguration('leadershipJournal');
		try {
			assert.equal(await vscode.commands.executeCommand(add.command.command, ...add.command.arguments ?? []), true);
			assert.deepEqual(configuration().inspect('customAreas')?.workspaceValue, [{ id: 'board-relations', name: 'Board Relations' }]);
			await eventually(() => ours(uri).length === 0, 'the new area is known');
		} finally {
			await configuration().update('customAreas', undefined, vscode.ConfigurationTarget.Workspace);
		}
	});

	test('completion offers the areas after "areas: [", and statuses after "status: "', async () => {
		await activeApi();
		const uri = await writeFile('---\nareas: [\nstatus: \n---\n', ...folder, 'complete.md');
		await open(uri);
		const labels = async (line: number, character: number) => {
			const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character));
			return list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
		};
		const areaLabels = await labels(1, 8);
		for (const area of builtInAreas) {
			assert.ok(areaLabels.includes(area.id), `${area.id} in ${areaLabels.join(', ')}`);
		}
		const statusLabels = await labels(2, 8);
		for (const status of ['exploring', 'decided', 'implementing', 'reviewing', 'closed']) {
			assert.ok(statusLabels.includes(status), `${status} in ${statusLabels.join(', ')}`);
		}
	});

	test('hovers name an area and say how far away a review date is', async () => {
		await activeApi();
		const review = addDays(toIsoDate(new Date()), 12);
		const uri = await writeFile(`---\nareas: [hiring, boardroom]\nreview: ${review}\n---\n`, ...folder, 'hover.md');
		await open(uri);
		const hoverAt = async (line: number, character: number) =>
			hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, character)));
		assert.match(await hoverAt(1, 10), /Hiring the right people/);
		assert.match(await hoverAt(1, 20), /"boardroom" is an unknown area/);
		assert.match(await hoverAt(2, 12), /in 12 days/);
	});

	test('markdown files outside the journal, or in its hidden folders, get no diagnostics', async () => {
		const api = await activeApi();
		const outside = await writeFile('---\nareas: [nonsense]\nstatus: what\n---\n', 'notes.md');
		const hidden = await writeFile('---\nareas: [nonsense]\n---\n', ...folder, '.drafts', 'draft.md');
		const inside = await writeFile('---\nareas: [nonsense]\n---\n', ...folder, 'inside.md');
		await open(outside);
		await open(hidden);
		await open(inside);
		// Opening a document is checked at once, in its open event, and the events come in the order the
		// documents were opened: once the last one opened has its diagnostic, the two before it were checked too.
		await eventually(() => ours(inside).length === 1, 'the entry inside the journal is checked');
		assert.deepEqual(ours(outside), []);
		assert.deepEqual(ours(hidden), []);
		await vscode.workspace.fs.delete(outside);
		await api.whenIdle();
	});
});
