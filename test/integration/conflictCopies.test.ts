import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';
import { activeApi, diskText, eventually, groupNode, replaceInWindow, writeJournalFile } from '../shared/hostTestHelpers';

const original = '---\ntitle: Budget plan\nareas: [cutbacks]\n---\n# Budget plan\n\nThe version on this machine.\n';
const copyText = '---\ntitle: Budget plan\nareas: [cutbacks]\n---\n# Budget plan\n\nThe version from the laptop.\n';
const copyNames = [
	'budget.sync-conflict-20261201-101500-ABCDEFG.md',
	"budget (Dana's conflicted copy 2026-12-01).md",
	'budget 2.md',
	'budget-DESKTOP-AB12CD3.md',
	'budget (1).md',
];

/** The rows under Needs attention, as `label | description`, with their nodes. */
function attentionRows(api: Awaited<ReturnType<typeof activeApi>>): { text: string; node: ChallengeNode }[] {
	const tree = api.challengesTree;
	const group = groupNode(api, '@attention');
	return group ? (tree.getChildren(group) as ChallengeNode[]).map(node => {
		const item = tree.getTreeItem(node);
		return { text: `${String(item.label)} | ${String(item.description)} | ${String(item.contextValue)}`, node };
	}) : [];
}

/** The test host's file system has no trash: a copy moved away is then in `.journal/discarded`, never deleted. */
async function assertKeptAside(name: string): Promise<void> {
	const aside = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '.journal', 'discarded', name);
	assert.equal(await diskText(aside), copyText, `${name} is kept aside`);
}

suite('Sync conflict copies', () => {
	let folder: vscode.Uri;

	suiteSetup(async () => {
		const api = await activeApi();
		folder = vscode.Uri.joinPath(await writeJournalFile('conflicts', 'budget.md', original), '..');
		for (const name of copyNames) {
			await writeJournalFile('conflicts', name, copyText);
		}
		await writeJournalFile('conflicts', 'merge.md', '---\ntitle: Offsite\n---\nAgenda\n<<<<<<< HEAD\nMonday\n=======\nTuesday\n>>>>>>> origin/main\n');
		await eventually(async () => { await api.whenIdle(); return attentionRows(api).length >= copyNames.length + 1; }, 'the copies are under Needs attention');
	});

	suiteTeardown(async () => {
		await vscode.workspace.fs.delete(folder, { recursive: true });
	});

	test('each kind of copy is a conflict copy of its entry under Needs attention, never a second entry', async () => {
		const api = await activeApi();
		const rows = attentionRows(api).map(row => row.text);
		for (const name of copyNames) {
			assert.ok(rows.includes(`conflict copy of Budget plan | ${name}, line 1 | entryConflictCopy`), `${name} is a conflict copy: ${rows.join('; ')}`);
		}
		const budgets = [...api.index.all()].filter(entry => entry.title === 'Budget plan' && !entry.problem);
		assert.equal(budgets.length, 1, 'only the original is an entry');
		assert.ok(rows.includes('Offsite | merge.md, line 5 | entryNeedsAttention'), 'git conflict markers are located');
		assert.equal(api.index.get(vscode.Uri.joinPath(folder, 'merge.md').toString())?.problem?.detail, '5, 7, 9');
	});

	test('Compare with Original opens the diff editor for each kind of copy', async () => {
		const api = await activeApi();
		for (const { node, text } of attentionRows(api).filter(row => row.text.includes('entryConflictCopy'))) {
			await vscode.commands.executeCommand('leadershipJournal.compareWithOriginal', node);
			await eventually(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff, `a diff editor opens for ${text}`);
			const input = vscode.window.tabGroups.activeTabGroup.activeTab!.input as vscode.TabInputTextDiff;
			assert.equal(input.original.toString(), vscode.Uri.joinPath(folder, 'budget.md').toString());
			assert.equal(input.modified.path.split('/').pop(), text.split(' | ')[1].replace(/, line 1$/, ''));
			await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		}
	});

	test('Discard This Copy asks first, and moves only the copy away', async () => {
		const api = await activeApi();
		const copy = vscode.Uri.joinPath(folder, 'budget (1).md');
		const row = () => attentionRows(api).find(candidate => candidate.text.includes('budget (1).md'));
		let asked = '';
		let restore = replaceInWindow('showWarningMessage', (message: string) => { asked = message; return Promise.resolve(undefined); });
		try {
			assert.equal(await vscode.commands.executeCommand('leadershipJournal.discardThisCopy', row()!.node), false);
		} finally {
			restore();
		}
		assert.match(asked, /trash/);
		assert.equal(await diskText(copy), copyText, 'a refused confirmation leaves the copy');
		restore = replaceInWindow('showWarningMessage', (_message: string, _options: unknown, confirm: string) => Promise.resolve(confirm));
		try {
			assert.equal(await vscode.commands.executeCommand('leadershipJournal.discardThisCopy', row()!.node), true);
		} finally {
			restore();
		}
		await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(copy)), 'the copy is gone from the journal');
		await assertKeptAside('budget (1).md');
		assert.equal(await diskText(vscode.Uri.joinPath(folder, 'budget.md')), original, 'the original is untouched');
		await eventually(async () => { await api.whenIdle(); return row() === undefined; }, 'the copy leaves Needs attention');
	});

	test('Keep This Copy puts the copy\'s text in the original after a confirmation, and moves the copy away', async () => {
		const api = await activeApi();
		const name = 'budget.sync-conflict-20261201-101500-ABCDEFG.md';
		const row = attentionRows(api).find(candidate => candidate.text.includes(name))!;
		const restore = replaceInWindow('showWarningMessage', (_message: string, _options: unknown, confirm: string) => Promise.resolve(confirm));
		try {
			assert.equal(await vscode.commands.executeCommand('leadershipJournal.keepThisCopy', row.node), true);
		} finally {
			restore();
		}
		assert.equal(await diskText(vscode.Uri.joinPath(folder, 'budget.md')), copyText);
		await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name))), 'the kept copy is gone');
		await assertKeptAside(name);
	});
});
