import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ChallengeNode, EntryNode } from '../../src/features/tree/challengeNodes';
import { dropEntry } from '../../src/features/tree/dragAndDrop';
import { AreaCatalog } from '../../src/core/model/areas';
import { activeApi, diskText, eventually, groupNode, writeJournalFile } from '../shared/hostTestHelpers';

const writeEntry = (name: string, text: string) => writeJournalFile('browse', name, text);

const moveMe = '---\n# keep this comment\ntitle: Move me   # and this one\nareas: [hiring, takeover]\ntags: ["q4"]\n---\nBody.\n';

suite('Browsing the tree', () => {
	suiteTeardown(async () => {
		await vscode.commands.executeCommand('leadershipJournal.clearFilter');
		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'area');
		await vscode.commands.executeCommand('leadershipJournal.sortBy', 'date');
	});

	test('the filter narrows the tree, says so in the view, and Clear Filter brings everything back', async () => {
		const api = await activeApi();
		const uri = await writeEntry('needle.md', '---\ntitle: A needle in the haystack\nareas: [schedule]\ntags: [needle]\nstatus: decided\n---\n');
		await eventually(() => api.index.get(uri.toString()) !== undefined, 'the entry is indexed');
		const tree = api.challengesTree;
		const entryTitles = () => tree.getChildren().filter(group => group.group !== '@attention').flatMap(group => tree.getChildren(group))
			.filter((node): node is EntryNode => node.kind === 'entry').map(node => node.entry.title);
		await vscode.commands.executeCommand('leadershipJournal.filter', { text: 'needle', statuses: [] });
		assert.deepEqual([...new Set(entryTitles())], ['A needle in the haystack']);
		await vscode.commands.executeCommand('leadershipJournal.filter', { text: 'needle', statuses: ['closed'] });
		assert.deepEqual(entryTitles(), []);
		await vscode.commands.executeCommand('leadershipJournal.clearFilter');
		assert.ok(entryTitles().length > 3);
	});

	test('group by status, month, person and tag; sort by title', async () => {
		const api = await activeApi();
		const tree = api.challengesTree;
		const labels = () => tree.getChildren().map(node => String(tree.getTreeItem(node as ChallengeNode).label));
		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'status');
		assert.ok(labels().includes('Decided'));
		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'tag');
		assert.ok(labels().includes('#needle'));
		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'month');
		assert.ok(labels().some(label => /2026/.test(label)));
		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'person');
		assert.ok(labels().includes('Priya Nair'));
		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'area');
		await vscode.commands.executeCommand('leadershipJournal.sortBy', 'title');
		const hiring = groupNode(api, 'hiring')!;
		const hiringTitles = tree.getChildren(hiring).map(node => (node as EntryNode).entry.title);
		assert.deepEqual(hiringTitles, [...hiringTitles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
		await vscode.commands.executeCommand('leadershipJournal.sortBy', 'date');
	});

	test('dropping an entry on another area moves it there, keeping every other byte of the header', async () => {
		const api = await activeApi();
		const uri = await writeEntry('move.md', moveMe);
		await eventually(() => api.index.get(uri.toString()) !== undefined, 'the entry is indexed');
		const entry = api.index.get(uri.toString())!;
		const catalog = new AreaCatalog();
		assert.ok(await dropEntry({ kind: 'entry', group: 'hiring', entry }, 'schedule', catalog));
		assert.equal(await diskText(uri), moveMe.replace('areas: [hiring, takeover]', 'areas: [schedule, takeover]'));
		const moved = { kind: 'entry' as const, group: '@status:unset', entry: { ...entry, areas: ['schedule', 'takeover'] } };
		assert.ok(await dropEntry(moved, 'cutbacks', catalog));
		assert.equal(await diskText(uri), moveMe.replace('areas: [hiring, takeover]', 'areas: [schedule, takeover, cutbacks]'), 'from a status group, the area is added');
	});

	test('Rename Title renames the file to match, keeps its date, and updates the title and heading', async () => {
		const api = await activeApi();
		const uri = await writeEntry('2026-01-05-first-name.md', '---\ntitle: First name\ndate: 2026-01-05\n---\n# First name\n\nText.\n');
		await eventually(() => api.index.get(uri.toString()) !== undefined, 'the entry is indexed');
		const renamed = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.renameTitle', uri, 'Second: better name');
		assert.ok(renamed?.path.endsWith('/browse/2026-01-05-second-better-name.md'), renamed?.path);
		assert.equal(await diskText(renamed), '---\ntitle: "Second: better name"\ndate: 2026-01-05\n---\n# Second: better name\n\nText.\n');
		await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), 'the old file is gone');
	});

	test('Copy Link copies a markdown link relative to the workspace folder', async () => {
		const uri = await writeEntry('link me.md', '---\ntitle: Link [me]\n---\n');
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		const link = await vscode.commands.executeCommand<string>('leadershipJournal.copyLink', uri);
		assert.equal(link, '[Link \\[me\\]](journal/browse/link%20me.md)');
		assert.equal(await vscode.env.clipboard.readText(), link);
	});
});
