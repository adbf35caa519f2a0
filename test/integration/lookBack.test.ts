import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, addMonths, toIsoDate } from '../../src/core/model/dates';
import { findQuestions } from '../../src/core/coaching/questions';
import { parseHeader } from '../../src/core/text/header';
import { activeApi, diskText, eventually, workspaceFolder, writeJournalFile } from '../shared/hostTestHelpers';

const today = toIsoDate(new Date());
const settings = () => vscode.workspace.getConfiguration('leadershipJournal');

function entry(title: string, date: string, area: string, status: string, extra: string[] = [], choice = ''): string {
	return [
		'---', `title: ${title}`, `date: ${date}`, `areas: [${area}]`, `status: ${status}`, ...extra, '---', '',
		`# ${title}`, '', '## Decision', '', '### My choice', '', choice, '', '## Commitments', '', '- [ ] Tell the team @me due:2999-01-01', '',
	].join('\n');
}

suite('Looking back', () => {
	const created: vscode.Uri[] = [];
	let earlierCheckIn: { uri: vscode.Uri; bytes: Uint8Array } | undefined;

	/** Writes entries below `journal/lookback/` and waits until the index has them. */
	async function write(files: Record<string, string>): Promise<vscode.Uri[]> {
		const api = await activeApi();
		const uris: vscode.Uri[] = [];
		for (const [name, text] of Object.entries(files)) {
			uris.push(await writeJournalFile('lookback', name, text));
		}
		created.push(...uris);
		// A watcher event may arrive after a command has waited for the index; a refresh makes the arrival certain.
		await vscode.commands.executeCommand('leadershipJournal.refresh');
		await eventually(() => uris.every(uri => api.index.get(uri.toString()) !== undefined), 'the index has the new entries');
		return uris;
	}

	async function newEntry(area: string, title: string): Promise<{ uri: vscode.Uri; text: string }> {
		const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipJournal.newEntry', { area, title });
		assert.ok(uri, 'New Entry created the entry');
		created.push(uri);
		return { uri, text: await diskText(uri) };
	}

	suiteTeardown(async () => {
		await settings().update('earlierInArea', undefined, vscode.ConfigurationTarget.Workspace);
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const uri of created) {
			await vscode.workspace.fs.delete(uri, { useTrash: false });
		}
		if (earlierCheckIn) {
			await vscode.workspace.fs.writeFile(earlierCheckIn.uri, earlierCheckIn.bytes);
		}
	});

	test('New Entry in an area with decisions starts with Earlier in this area: the last three, newest first, linked', async () => {
		await write({
			'lb-oldest.md': entry('Oldest cut', addDays(today, -60), 'cutbacks', 'closed', ['outcome: worse'], 'Cut the offsite.'),
			'lb-third.md': entry('Third cut', addDays(today, -30), 'cutbacks', 'reviewing', ['outcome: as-expected', 'decisionQuality: mixed'], 'Pause hiring.'),
			'lb-second.md': entry('Second cut', addDays(today, -20), 'cutbacks', 'implementing', [], 'Share the on-call rota.'),
			'lb-newest.md': entry('Newest cut', addDays(today, -2), 'cutbacks', 'decided', ['outcome: better', 'decisionQuality: sound'], 'Stop the weekly report.\nNobody reads it.'),
			'lb-exploring.md': entry('Still exploring a cut', addDays(today, -1), 'cutbacks', 'exploring', [], 'Not yet.'),
		});
		const { uri, text } = await newEntry('cutbacks', 'Look back on the cuts');
		assert.equal(parseHeader(text).problem, undefined);
		const start = text.indexOf('## Earlier in this area\n');
		assert.ok(start > text.indexOf('\n> '), 'after the intro quote');
		assert.equal(text.indexOf('\n## ', text.indexOf('\n> ')) + 1, start, 'before the first stage');
		const block = text.slice(start, text.indexOf('\n## ', start + 1));
		assert.deepEqual(block.split('\n').filter(line => line.startsWith('- ')), [
			`- [Newest cut](../lookback/lb-newest.md), ${addDays(today, -2)} · decided`,
			`- [Second cut](../lookback/lb-second.md), ${addDays(today, -20)} · implementing`,
			`- [Third cut](../lookback/lb-third.md), ${addDays(today, -30)} · reviewing`,
		]);
		assert.match(block, /- \[Newest cut\].*\n {2}- \*\*My choice:\*\* Stop the weekly report\. Nobody reads it\.\n {2}- \*\*How it turned out:\*\* better than expected \(decision: sound\)/);
		assert.match(block, /\*\*My choice:\*\* Share the on-call rota\.\n {2}- \*\*How it turned out:\*\* not reviewed yet/);
		assert.match(block, /\*\*How it turned out:\*\* as expected \(decision: mixed\)/);
		assert.ok(!block.includes('[ ]'), 'no commitment is copied');

		const editor = vscode.window.activeTextEditor;
		assert.equal(editor?.document.uri.toString(), uri.toString());
		assert.equal(editor!.selection.active.line, findQuestions(editor!.document.getText())[0].line + 1, 'the cursor is under the first question');
		const link = vscode.Uri.joinPath(uri, '..', '..', 'lookback', 'lb-newest.md');
		assert.ok((await vscode.workspace.fs.stat(link)).size > 0, 'the link leads to the entry');
	});

	test('no block when the area has no decision yet, or when leadershipJournal.earlierInArea is off', async () => {
		const takeover = await newEntry('takeover', 'Nothing to look back on');
		assert.ok(!takeover.text.includes('Earlier in this area'));
		await settings().update('earlierInArea', false, vscode.ConfigurationTarget.Workspace);
		const off = await newEntry('cutbacks', 'Without looking back');
		assert.ok(!off.text.includes('Earlier in this area'));
		assert.match(off.text, /^# Without looking back\n\n> .*\n\n## /m);
		await settings().update('earlierInArea', undefined, vscode.ConfigurationTarget.Workspace);
	});

	test('Today\'s Check-in shows On this day when it is created, and an existing check-in is never touched', async () => {
		const checkIn = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', today.slice(0, 4), `${today}-check-in.md`);
		try {
			earlierCheckIn = { uri: checkIn, bytes: await vscode.workspace.fs.readFile(checkIn) };
			await vscode.workspace.fs.delete(checkIn, { useTrash: false });
		} catch {
			earlierCheckIn = undefined;
		}
		const monthAgo = addMonths(today, -1);
		const quarterAgo = addMonths(today, -3);
		const yearAgo = addMonths(today, -12);
		await write({
			[`${monthAgo}-lb-month.md`]: entry('A month ago, exactly', monthAgo, 'schedule', 'exploring'),
			[`${addDays(monthAgo, 2)}-lb-month-near.md`]: entry('Near a month ago, not shown', addDays(monthAgo, 2), 'schedule', 'exploring'),
			[`${addDays(quarterAgo, -2)}-lb-quarter.md`]: entry('Near a quarter ago', addDays(quarterAgo, -2), 'hiring', 'decided'),
			[`${yearAgo}-lb-year.md`]: entry('A year ago today', yearAgo, 'general', 'closed'),
		});
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.todaysCheckIn');
		assert.equal(uri.toString(), checkIn.toString());
		created.push(uri);
		const text = await diskText(uri);
		const start = text.indexOf('## On this day\n');
		assert.ok(start > text.indexOf('# Check-in, '), 'after the title');
		assert.ok(start < text.indexOf('## Check-in'), 'before the questions');
		const block = text.slice(start, text.indexOf('## Check-in'));
		assert.ok(block.includes(`**A month ago, ${monthAgo}**\n\n- [A month ago, exactly](../lookback/${monthAgo}-lb-month.md), ${monthAgo} · An overcrowded schedule\n`), block);
		assert.ok(!block.includes('Near a month ago'), 'an entry of that very day wins over those near it');
		assert.ok(block.includes(`**Three months ago, ${quarterAgo}**\n`), block);
		assert.ok(block.includes(`- [Near a quarter ago](../lookback/${addDays(quarterAgo, -2)}-lb-quarter.md), ${addDays(quarterAgo, -2)} · Hiring the right people\n`), block);
		assert.ok(block.includes(`**A year ago, ${yearAgo}**\n`), block);
		assert.ok(block.includes(`- [A year ago today](../lookback/${yearAgo}-lb-year.md), ${yearAgo} · General reflection`), block);
		assert.ok(block.indexOf('A month ago') < block.indexOf('Three months ago') && block.indexOf('Three months ago') < block.indexOf('A year ago'));
		const editor = vscode.window.activeTextEditor!;
		assert.equal(editor.selection.active.line, findQuestions(editor.document.getText())[0].line + 1);

		await write({ [`${monthAgo}-lb-month-2.md`]: entry('Another one a month ago', monthAgo, 'schedule', 'exploring') });
		const again = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.todaysCheckIn');
		assert.equal(again.toString(), uri.toString());
		assert.equal(await diskText(uri), text, 'the existing check-in is opened as it is');
	});
});
