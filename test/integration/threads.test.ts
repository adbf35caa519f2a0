import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { toIsoDate } from '../../src/core/model/dates';
import type { ChallengeNode, EntryNode } from '../../src/features/tree/challengeNodes';
import { activeApi, diskText, eventually, replaceInWindow, workspaceFolder } from '../shared/hostTestHelpers';

const today = toIsoDate(new Date());

/** Replaces the answer line under `question` in the open document, through a WorkspaceEdit, and saves. */
async function answer(document: vscode.TextDocument, answers: Readonly<Record<string, string>>): Promise<void> {
	const edit = new vscode.WorkspaceEdit();
	for (const [question, text] of Object.entries(answers)) {
		const line = document.getText().split('\n').findIndex(candidate => candidate === `### ${question}`);
		assert.ok(line >= 0, `the template asks "${question}"`);
		edit.insert(document.uri, new vscode.Position(line + 1, 0), `\n${text}\n`);
	}
	assert.ok(await vscode.workspace.applyEdit(edit));
	assert.ok(await document.save());
}

function entryNodes(nodes: readonly ChallengeNode[]): EntryNode[] {
	return nodes.filter((node): node is EntryNode => node.kind === 'entry');
}

suite('A challenge that continues', () => {
	test('three sessions: a decision with commitments, a review, a follow-up that says where you left off; one thread in the tree', async () => {
		const api = await activeApi();

		// Session 1: the first entry, with a decision and commitments.
		const first = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'hiring', title: 'Hire a head of data for the thread' });
		assert.ok(first, 'New Entry created the first entry');
		const firstDocument = await vscode.workspace.openTextDocument(first);
		await answer(firstDocument, {
			'My choice': 'Hire outside, with Ana as deputy.',
			'Expected outcome': 'One trusted set of numbers by March.',
			'Confidence (0–100)': '70',
			'What would change my mind': 'No finalist who has built a data team.',
			'Baseline: where are we today?': 'Three revenue numbers.',
			'Target: where should we be?': 'One revenue number.',
		});
		const commitments = [
			'- [x] Write the scorecard @me due:2026-01-10 done:2026-01-09',
			'- [x] Brief the recruiter @me due:2026-01-12 done:2026-01-20',
			'- [ ] Call three references @dana due:2026-01-25',
			'- [ ] Plan the first 90 days due:2999-12-20',
		].join('\n');
		const hint = firstDocument.getText().indexOf('<!-- One per line');
		const edit = new vscode.WorkspaceEdit();
		edit.insert(first, firstDocument.positionAt(firstDocument.getText().indexOf('\n', hint) + 1), `\n${commitments}\n`);
		assert.ok(await vscode.workspace.applyEdit(edit));
		assert.ok(await firstDocument.save());

		// Session 2: a review of the decision.
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.reviewEntry', { uri: first, outcome: 'as-expected' }));
		assert.match(firstDocument.getText(), new RegExp(`## Review, ${today}`));
		await firstDocument.save();
		await api.whenIdle();

		// Session 3: the follow-up.
		const followUp = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.continueChallenge', { uri: first, title: 'Hire a head of data: the finalists' });
		assert.ok(followUp, 'Continue This Challenge created the follow-up');
		const text = await diskText(followUp);
		const firstPath = vscode.workspace.asRelativePath(first, false).replace(/^journal\//, '');
		assert.match(text, new RegExp(`^continues: ${firstPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
		assert.match(text, /^## Where you left off$/m);
		assert.match(text, /- \*\*My choice:\*\* Hire outside, with Ana as deputy\./);
		assert.match(text, /- \*\*Expected outcome:\*\* One trusted set of numbers by March\./);
		assert.match(text, /- \*\*Confidence:\*\* 70/);
		assert.match(text, /- \*\*Return:\*\* baseline Three revenue numbers\. → target One revenue number\./);
		assert.match(text, new RegExp(`- \\*\\*Last review, ${today}:\\*\\* outcome as-expected`));
		assert.match(text, /- Done on time: \[Write the scorecard\]\([^)]+#L\d+\)/);
		assert.match(text, /- Done late: \[Brief the recruiter\]/);
		assert.match(text, /- Overdue: \[Call three references\]\([^)]+\) · @dana · due 2026-01-25/);
		assert.match(text, /- Open: \[Plan the first 90 days\]/);
		assert.match(text, /^### What got in the way of “Call three references”\?$/m);
		assert.doesNotMatch(text.slice(text.indexOf('## Where you left off'), text.indexOf('## Since last time')), /\[[ xX]\]/, 'commitments are listed, not copied');
		const line = Number(/\[Call three references\]\([^)]+#L(\d+)\)/.exec(text)?.[1]);
		assert.equal(firstDocument.lineAt(line - 1).text, '- [ ] Call three references @dana due:2026-01-25', 'the link leads to the commitment\'s line');

		// The tree shows the challenge once, as a thread ending in the follow-up.
		await api.whenIdle();
		await eventually(() => api.index.get(followUp.toString())?.continues !== undefined, 'the index reads continues:');
		const hiring = entryNodes(api.challengesTree.getChildren({ kind: 'group', group: 'hiring' }));
		assert.ok(hiring.some(node => node.entry.uri === followUp.toString()), 'the follow-up stands for the thread');
		assert.ok(!hiring.some(node => node.entry.uri === first.toString()), 'the earlier entry does not show on its own');
		const head = hiring.find(node => node.entry.uri === followUp.toString())!;
		assert.equal(api.challengesTree.getTreeItem(head).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
		assert.match(String(api.challengesTree.getTreeItem(head).description), /2 sessions/);
		const inside = entryNodes(api.challengesTree.getChildren(head));
		assert.deepEqual(inside.map(node => node.entry.uri), [first.toString()]);
		assert.deepEqual(api.challengesTree.getParent(inside[0]), head);

		// A filter still finds the earlier entry by its own title.
		api.challengesTree.setQuery({ ...api.challengesTree.query, filter: { text: 'head of data for the thread', statuses: [] } });
		const filtered = api.challengesTree.getChildren().flatMap(group => entryNodes(api.challengesTree.getChildren(group)));
		assert.ok(filtered.some(node => node.entry.uri === first.toString()));
		api.challengesTree.setQuery({ ...api.challengesTree.query, filter: { text: '', statuses: [] } });

		// Moving the earlier entry keeps the thread: continues: and the links follow it.
		const moved = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'archive', 'hire-a-head-of-data.md');
		const rename = new vscode.WorkspaceEdit();
		rename.renameFile(first, moved);
		assert.ok(await vscode.workspace.applyEdit(rename));
		const followUpDocument = await vscode.workspace.openTextDocument(followUp);
		await followUpDocument.save();
		assert.match(followUpDocument.getText(), /^continues: archive\/hire-a-head-of-data\.md$/m);
		assert.match(followUpDocument.getText(), /\[Call three references\]\(\.\.\/archive\/hire-a-head-of-data\.md#L\d+\)/);
		assert.doesNotMatch(followUpDocument.getText(), new RegExp(firstPath.split('/').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'no link to the old place is left');
		await api.whenIdle();
		await eventually(() => {
			const nodes = entryNodes(api.challengesTree.getChildren({ kind: 'group', group: 'hiring' }));
			return !nodes.some(node => node.entry.uri === moved.toString()) && nodes.some(node => node.entry.uri === followUp.toString());
		}, 'after the move the thread still hides the earlier entry');
	});
});

suite('A broken thread', () => {
	test('a continues: that names no entry is flagged at its value; the quick fix picks the entry, and the entry still shows', async () => {
		const api = await activeApi();
		const earlier = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'takeover', title: 'Integrate the Quayside team, first pass' });
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'threads', 'lost-follow-up.md');
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Lost follow-up\nareas: [takeover]\ncontinues: 2020/nowhere.md\n---\n# Lost follow-up\n'));
		await api.whenIdle();
		const document = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(document);
		await eventually(() => vscode.languages.getDiagnostics(uri).some(diagnostic => diagnostic.code === 'brokenContinues'), 'the broken continues: is flagged');
		const diagnostic = vscode.languages.getDiagnostics(uri).find(found => found.code === 'brokenContinues')!;
		assert.equal(document.getText(diagnostic.range), '2020/nowhere.md', 'at the value');
		await eventually(() => entryNodes(api.challengesTree.getChildren({ kind: 'group', group: 'takeover' })).some(node => node.entry.uri === uri.toString()), 'the entry still shows');

		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
		const fix = actions.find(action => action.command?.command === 'leadershipJournal.pickContinuedEntry');
		assert.ok(fix, 'a quick fix picks the entry');
		const restore = replaceInWindow('showQuickPick', ((items: readonly { detail?: string }[]) => Promise.resolve(items.find(item => item.detail?.endsWith('integrate-the-quayside-team-first-pass.md')))) as never);
		try {
			assert.ok(await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])));
		} finally {
			restore();
		}
		const path = vscode.workspace.asRelativePath(earlier, false).replace(/^journal\//, '');
		assert.match(document.getText(), new RegExp(`^continues: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
		await api.whenIdle();
		await eventually(() => !vscode.languages.getDiagnostics(uri).some(found => found.code === 'brokenContinues'), 'the thread is whole again');
	});
});
