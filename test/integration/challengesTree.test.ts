import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { toIsoDate } from '../../src/core/model/dates';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';
import { activeApi, eventually, groupNode, treeText, workspaceFolder } from '../shared/hostTestHelpers';

/** A tooltip's markdown with appendText's escaping undone. */
function plainText(tooltip: string | vscode.MarkdownString | undefined): string {
	const value = typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '';
	return value.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

suite('Challenges tree', () => {
	test('groups the fixture journal by area, newest first, with problems under Needs attention', async () => {
		const api = await activeApi();
		// The undated entry shows its modification day, which is the day the fixture was copied.
		const allRows = (await treeText(api)).map(row => row.startsWith('  Offsite notes |') ? '  Offsite notes | <mtime>' : row);
		// Reviews that are due lead the tree; which ones depends on today's date.
		const today = toIsoDate(new Date());
		const due = [['Only Sam knows how billing runs', '2026-10-30'], ['Restructure EMEA sales around customer segments', '2026-12-02']]
			.filter(([, review]) => review <= today).map(([title, review]) => `  ${title} | review ${review}`);
		const dueRows = due.length === 0 ? [] : [due.length === 1 ? 'Reviews due (1 entry)' : `Reviews due (${due.length} entries)`, ...due];
		assert.deepEqual(allRows.slice(0, dueRows.length), dueRows);
		const rows = allRows.slice(dueRows.length);
		// Both files that need attention have unreadable headers, so both sort by modification time.
		assert.deepEqual(rows.slice(0, 3).sort(), [
			'  Pasted from a blog | 2026-07-01-pasted-from-a-blog.md, line 1',
			'  Team health check | 2026-08-01-broken-header.md, line 4',
			'Needs attention (2 entries)',
		]);
		assert.deepEqual(rows.slice(3), [
			'Reorganizing a division (1 entry)',
			'  Restructure EMEA sales around customer segments | 2026-11-02 · 1/1',
			'An overcrowded schedule (1 entry)',
			'  Win back ten hours a week | 2026-11-20',
			'Staff after cutbacks (0 entries)',
			'Hiring the right people (1 entry)',
			'  Hire a CFO before the Series C | 2026-10-14',
			'Key people (1 entry)',
			'  Only Sam knows how billing runs | 2026-09-30',
			'Engineering a takeover (0 entries)',
			'A distributed team (1 entry)',
			'  Restructure EMEA sales around customer segments | 2026-11-02 · 1/1',
			'General reflection (0 entries)',
			'Unsorted (1 entry)',
			'  Offsite notes | <mtime>',
		]);
	});

	test('an entry opens on click, and its tooltip shows areas, status, tags and the first lines', async () => {
		const api = await activeApi();
		const tree = api.challengesTree;
		const hiring = groupNode(api, 'hiring')!;
		const [entry] = tree.getChildren(hiring);
		const item = tree.getTreeItem(entry);
		assert.equal(item.command?.command, 'vscode.open');
		const resolved = await tree.resolveTreeItem(item, entry);
		const tooltip = plainText(resolved.tooltip);
		for (const expected of ['Hire a CFO before the Series C', 'Hiring the right people', 'exploring', 'finance, board', 'Priya Nair', 'Scorecard first']) {
			assert.ok(tooltip.includes(expected), `tooltip lacks ${expected}:\n${tooltip}`);
		}
		await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
		assert.ok(vscode.window.activeTextEditor?.document.uri.path.endsWith('2026-10-14-cfo-search.md'));
	});

	test('a file that needs attention explains the parser\'s message and line', async () => {
		const api = await activeApi();
		const tree = api.challengesTree;
		const attention = groupNode(api, '@attention')!;
		const broken = tree.getChildren(attention).find(node => node.kind === 'entry' && node.entry.fileName.includes('broken')) as ChallengeNode;
		const resolved = await tree.resolveTreeItem(tree.getTreeItem(broken), broken);
		const tooltip = plainText(resolved.tooltip);
		assert.match(tooltip, /line 4 is not valid YAML/);
	});

	test('a ---js header is listed under Needs attention and its code never runs', async () => {
		const api = await activeApi();
		const tree = api.challengesTree;
		const attention = groupNode(api, '@attention')!;
		const pasted = tree.getChildren(attention).find(node => node.kind === 'entry' && node.entry.fileName.includes('pasted')) as ChallengeNode;
		const tooltip = plainText((await tree.resolveTreeItem(tree.getTreeItem(pasted), pasted)).tooltip);
		assert.match(tooltip, /never runs code from a journal/);
		assert.equal((globalThis as { leadershipJournalPwned?: unknown }).leadershipJournalPwned, undefined);
	});
});

suite('Challenges tree paging', () => {
	test('a long area shows 200 entries and a "Show more" row that shows the rest', async () => {
		const api = await activeApi();
		const tree = api.challengesTree;
		const folder = path.join(workspaceFolder().uri.fsPath, 'journal', 'paging');
		fs.mkdirSync(folder, { recursive: true });
		try {
			for (let n = 0; n < 205; n++) {
				const day = String(1 + (n % 28)).padStart(2, '0');
				fs.writeFileSync(path.join(folder, `e${n}.md`), `---\ntitle: Paged ${n}\ndate: 2024-03-${day}\nareas: [cutbacks]\n---\n`);
			}
			const cutbacks = () => groupNode(api, 'cutbacks')!;
			await eventually(() => tree.getTreeItem(cutbacks()).description === '205 entries', 'all 205 entries indexed', 30_000);
			const firstPage = tree.getChildren(cutbacks());
			assert.equal(firstPage.length, 201);
			const more = firstPage[200];
			assert.equal(more.kind, 'more');
			const moreItem = tree.getTreeItem(more);
			assert.match(String(moreItem.label), /5 more/);
			await vscode.commands.executeCommand(moreItem.command!.command, ...(moreItem.command!.arguments ?? []));
			assert.equal(tree.getChildren(cutbacks()).length, 205);
		} finally {
			fs.rmSync(folder, { recursive: true, force: true });
		}
		await eventually(() => tree.getTreeItem(groupNode(api, 'cutbacks')!).description === '0 entries',
			'the paged entries are gone again', 30_000);
	});
});
