import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EntrySummary } from '../../src/core/model/entry';
import { activeApi, eventually, workspaceFolder } from '../shared/hostTestHelpers';

type Setting = 'folder' | 'titleFrom' | 'bodyTags' | 'areaMapping';

async function set(key: Setting, value: unknown): Promise<void> {
	await vscode.workspace.getConfiguration('leadershipJournal').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Points the journal at `other-journals/<name>` and waits until it holds `count` entries; returns them by path below it. */
async function openJournal(name: string, count: number): Promise<Map<string, EntrySummary>> {
	await set('folder', `other-journals/${name}`);
	const api = await activeApi();
	const base = vscode.Uri.joinPath(workspaceFolder().uri, 'other-journals', name).toString();
	const byPath = () => new Map([...api.index.all()].filter(entry => entry.uri.startsWith(`${base}/`))
		.map(entry => [decodeURIComponent(entry.uri.slice(base.length + 1)), entry]));
	await eventually(async () => { await api.whenIdle(); return byPath().size === count && api.index.size === count; }, `${name} holds ${count} entries`);
	return byPath();
}

function commitment(entry: EntrySummary | undefined, owner: string): [string, string | undefined, boolean] | undefined {
	const found = entry?.commitments?.find(item => item.owner === owner);
	return found && [found.text, found.due, found.done];
}

suite('Other journals, read in place', () => {
	teardown(async () => {
		for (const key of ['folder', 'titleFrom', 'bodyTags', 'areaMapping'] as const) {
			await set(key, undefined);
		}
	});

	test('an Obsidian vault: daily notes dated by name, file-name titles, tag:, body #tags, aliases, categories as areas; .obsidian, .trash and Templates left out', async () => {
		await set('titleFrom', 'fileName');
		await set('bodyTags', true);
		await set('areaMapping', { 'org design': 'reorganization' });
		const vault = await openJournal('obsidian', 3);
		assert.deepEqual([...vault.keys()].sort(), ['Daily/2026-11-30.md', 'People/Dana Ruiz.md', 'Projects/Reorg plan.md']);
		const daily = vault.get('Daily/2026-11-30.md');
		assert.deepEqual([daily?.title, daily?.date, daily?.dateSource], ['2026-11-30', '2026-11-30', 'fileName']);
		assert.deepEqual(commitment(daily, 'dana'), ['Send Dana the offer letter', '2026-12-03', false]);
		const tasks = (daily?.commitments ?? []).filter(item => item.syntax === 'tasks').map(item => [item.text, item.due, item.done, item.doneOn]);
		assert.deepEqual(tasks, [['Book the offsite venue', '2026-12-05', false, undefined], ['Share the org chart', undefined, true, '2026-11-30']], 'Obsidian Tasks lines, with their emoji dates');
		const dana = vault.get('People/Dana Ruiz.md');
		assert.deepEqual([dana?.title, dana?.date], ['Dana Ruiz', '2026-11-02'], 'the file name, as Obsidian shows it, and created: as the date');
		assert.deepEqual(dana?.tags, ['people', 'platform', 'hiring/senior']);
		assert.deepEqual(dana?.aliases, ['Dana', 'DR']);
		const reorg = vault.get('Projects/Reorg plan.md');
		assert.deepEqual([reorg?.tags, reorg?.areas, reorg?.date], [['reorg'], ['reorganization'], '2026-11-02']);
		assert.deepEqual(commitment(reorg, 'me'), ['Draft the new reporting lines', '2026-12-10', false]);
	});

	test('the title setting: the first heading by default', async () => {
		const vault = await openJournal('obsidian', 3);
		assert.equal(vault.get('People/Dana Ruiz.md')?.title, 'About Dana');
		assert.deepEqual(vault.get('People/Dana Ruiz.md')?.tags, ['people'], 'body #tags only when asked for');
		assert.deepEqual(vault.get('Projects/Reorg plan.md')?.areas, [], 'category: is an area only through the mapping');
	});

	test('wikilinks open the linked note, at its heading', async () => {
		await openJournal('obsidian', 3);
		const vault = vscode.Uri.joinPath(workspaceFolder().uri, 'other-journals', 'obsidian');
		const daily = vscode.Uri.joinPath(vault, 'Daily', '2026-11-30.md');
		await vscode.workspace.openTextDocument(daily);
		const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', daily, 10);
		const targets = links.map(link => link.target?.toString() ?? '');
		assert.ok(targets.includes(vscode.Uri.joinPath(vault, 'People', 'Dana Ruiz.md').toString()), `[[Dana Ruiz|Dana]]: ${targets.join(', ')}`);
		assert.ok(targets.includes(vscode.Uri.joinPath(vault, 'Projects', 'Reorg plan.md').with({ fragment: 'L8' }).toString()), `[[Reorg plan#Next steps]]: ${targets.join(', ')}`);
	});

	test('a vscode-journal tree: dates from YYYY/MM/DD.md and YYYY/MM/DD-title.md, and its tasks', async () => {
		const journal = await openJournal('vscode-journal', 3);
		const day = journal.get('2026/11/28.md');
		assert.deepEqual([day?.title, day?.date, day?.dateSource], ['Saturday, November 28th, 2026', '2026-11-28', 'fileName']);
		assert.deepEqual(commitment(day, 'me'), ['Review the budget with finance', '2026-12-02', false]);
		assert.deepEqual([journal.get('2026/11/29-Team offsite.md')?.date, journal.get('2026/11/29-Team offsite.md')?.title], ['2026-11-29', 'Team offsite']);
		assert.equal(journal.get('notes/2026-11-29/retro.md')?.title, 'Retro notes');
	});

	test('a Foam workspace: daily notes, comma-separated tags, categories mapped, .foam/templates left out', async () => {
		await set('bodyTags', true);
		await set('areaMapping', { hiring: 'hiring' });
		const foam = await openJournal('foam', 3);
		assert.deepEqual([...foam.keys()].sort(), ['hiring-plan.md', 'journal/2026-11-27.md', 'templates-not-a-template.md']);
		const daily = foam.get('journal/2026-11-27.md');
		assert.deepEqual([daily?.date, daily?.tags], ['2026-11-27', ['hiring', 'team']]);
		assert.deepEqual(commitment(daily, 'sam'), ['Post the job ad', '2026-12-04', false]);
		const plan = foam.get('hiring-plan.md');
		assert.deepEqual([plan?.tags, plan?.areas], [['hiring', 'planning'], ['hiring']]);
	});

	test('a Dendron vault dated by created: in epoch milliseconds, and a Hugo site with TOML headers', async () => {
		const dendron = await openJournal('dendron', 1);
		const note = dendron.get('daily.journal.2026.11.26.md');
		assert.deepEqual([note?.title, note?.date, note?.dateSource], ['2026-11-26', '2026-11-26', 'header']);
		assert.deepEqual(commitment(note, 'me'), ['Prepare the quarterly review', '2026-12-08', false]);
		const hugo = await openJournal('hugo', 1);
		const post = hugo.get('content/posts/offsite.md');
		assert.equal(post?.problem, undefined);
		assert.deepEqual([post?.title, post?.date, post?.tags, post?.areas], ['Offsite recap', '2026-11-20', ['offsite', 'team'], ['distributed-team']]);
	});
});
