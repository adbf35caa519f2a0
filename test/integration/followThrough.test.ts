import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { toIsoDate } from '../../src/core/model/dates';
import type { CommitmentNode } from '../../src/features/commitments/commitmentNodes';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';
import { activeApi, diskText, eventually, writeJournalFile } from '../shared/hostTestHelpers';

const today = toIsoDate(new Date());

const writeEntry = (name: string, text: string) => writeJournalFile('follow', name, text);

const header = [
	'---',
	'title: "Reorg: phase 2"   # quoted on purpose',
	'date: 2026-10-01',
	'areas:',
	'  - reorganization',
	'status: exploring',
	'review: 2026-10-15 # too early',
	'---',
	'# Reorg',
	'',
	'## Decision',
	'',
	'### Expected outcome',
	'',
	'Two teams, one roadmap.',
	'',
	'### Confidence (0–100)',
	'',
	'About 70, maybe.',
	'',
	'## Commitments',
	'',
	'- [ ] Tell the leads @dana due:2020-01-15',
	'- [ ] Draft the charter @lee',
	'',
].join('\n');

suite('Follow-through', () => {
	test('Set Status and Schedule Review change only their key; unsaved text in the open editor survives', async () => {
		const api = await activeApi();
		const uri = await writeEntry('status.md', header);
		const editor = await vscode.window.showTextDocument(uri);
		assert.ok(await editor.edit(builder => builder.insert(new vscode.Position(9, 0), 'UNSAVED LINE\n')));
		const before = editor.document.getText();

		assert.ok(await vscode.commands.executeCommand('leadershipJournal.setStatus', { status: 'decided' }));
		assert.equal(editor.document.getText(), before.replace('status: exploring\n', `status: decided\n`).replace('# too early\n', `# too early\ndecided: ${today}\n`));
		assert.ok(editor.document.isDirty, 'a document with unsaved changes is left for the user to save');

		assert.ok(await vscode.commands.executeCommand('leadershipJournal.scheduleReview', { date: '2027-01-31' }));
		assert.equal(editor.document.getText(), before
			.replace('status: exploring\n', 'status: decided\n')
			.replace('review: 2026-10-15 # too early\n', `review: 2027-01-31 # too early\ndecided: ${today}\n`));
		assert.ok(editor.document.getText().includes('UNSAVED LINE'));
		assert.equal(await diskText(uri), header, 'nothing was written behind the user\'s back');
		await editor.document.save();
		await api.whenIdle();
		await eventually(() => api.index.get(uri.toString())?.status === 'decided', 'the index sees the new status');
	});

	test('on an entry that is not open, the change is saved at once', async () => {
		const uri = await writeEntry('closed.md', header);
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.setStatus', { status: 'closed', uri }));
		assert.equal(await diskText(uri), header.replace('status: exploring\n', 'status: closed\n')
			.replace('# too early\n', `# too early\ndecided: ${today}\nclosed: ${today}\n`));
		assert.equal(await vscode.commands.executeCommand('leadershipJournal.setStatus', { status: 'finished', uri }), false);
	});

	test('a header that does not parse is never edited', async () => {
		const broken = '---\ntitle: [unclosed\n---\nbody\n';
		const uri = await writeEntry('broken.md', broken);
		assert.equal(await vscode.commands.executeCommand('leadershipJournal.scheduleReview', { date: '2027-01-31', uri }), false);
		assert.equal(await diskText(uri), broken);
	});

	test('Review Entry appends an after-action review with the expected outcome, and records outcome and confidence', async () => {
		const uri = await writeEntry('review.md', header);
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.reviewEntry', { uri, outcome: 'worse' }));
		const text = await diskText(uri);
		assert.ok(text.startsWith(header.slice(0, header.indexOf('---\n# Reorg')).replace('status: exploring\n', 'status: reviewing\n')
			.replace('# too early\n', `# too early\ndecided: ${today}\n`)), text);
		assert.match(text, /\noutcome: worse\nconfidence: 70\n---\n/);
		assert.ok(text.endsWith([
			'- [ ] Draft the charter @lee', '', `## Review, ${today}`, '', '**Outcome:** worse', '',
			'### What did you decide, and how sure were you?', '',
			'> **My choice:** _not written_', '>', '> **What would change my mind:** _not written_', '>', '> **Confidence:** About 70, maybe.', '',
			'### What did you expect to happen?', '', '> Two teams, one roadmap.', '',
			'### What actually happened?', '', '### Why was there a difference?', '', '### How much did luck play a part?', '',
			'### Where the commitments stand', '', '- Overdue: Tell the leads · @dana · due 2020-01-15', '- Open: Draft the charter · @lee', '',
			'### What got in the way of “Tell the leads”?', '', '### What will you do next?', '',
		].join('\n')), text);
		const editor = vscode.window.activeTextEditor!;
		assert.equal(editor.document.lineAt(editor.selection.active.line - 1).text, '### What actually happened?');
	});

	test('Reviews due lead the tree; grouping by status shows the lifecycle', async () => {
		const api = await activeApi();
		await writeEntry('due.md', '---\ntitle: Due now\nareas: [schedule]\nreview: 2020-01-01\nstatus: implementing\n---\n');
		const tree = api.challengesTree;
		const first = () => tree.getChildren()[0] as ChallengeNode;
		await eventually(() => tree.getChildren(first()).some(node => node.kind === 'entry' && node.entry.title === 'Due now'), 'the entry is due');
		assert.equal(String(tree.getTreeItem(first()).label), 'Reviews due');

		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'status');
		const labels = tree.getChildren().map(node => String(tree.getTreeItem(node).label));
		for (const status of ['Exploring', 'Decided', 'Implementing', 'Reviewing', 'Closed']) {
			assert.ok(labels.includes(status), `${status} in ${labels.join(', ')}`);
		}
		await vscode.commands.executeCommand('leadershipJournal.groupBy', 'area');
		assert.ok(tree.getChildren().map(node => String(tree.getTreeItem(node).label)).includes('Reorganizing a division'));
		await vscode.commands.executeCommand('leadershipJournal.showReviewsDue');
	});

	test('the Commitments view lists open items by due date, and Mark Done ticks one line', async () => {
		const api = await activeApi();
		const uri = await writeEntry('commitments.md', header.replace('Draft the charter @lee', 'Draft the charter @lee due:2999-01-01'));
		await api.whenIdle();
		const view = api.commitmentsTree;
		const findItem = (text: string) => {
			for (const group of view.getChildren()) {
				for (const node of view.getChildren(group)) {
					if (node.kind === 'item' && node.item.entry.uri === uri.toString() && node.item.commitment.text === text) {
						return { group: group as CommitmentNode, node };
					}
				}
			}
			return undefined;
		};
		await eventually(() => findItem('Tell the leads') !== undefined, 'the commitment is listed');
		assert.equal(String(view.getTreeItem(findItem('Tell the leads')!.group).label), 'Overdue');
		assert.equal(String(view.getTreeItem(findItem('Draft the charter')!.group).label), 'Later');
		assert.ok(view.overdue() >= 1);

		assert.ok(await vscode.commands.executeCommand('leadershipJournal.markCommitmentDone', findItem('Tell the leads')!.node));
		assert.equal(await diskText(uri), header
			.replace('Draft the charter @lee', 'Draft the charter @lee due:2999-01-01')
			.replace('- [ ] Tell the leads @dana due:2020-01-15', `- [x] Tell the leads @dana due:2020-01-15 done:${today}`));
		await eventually(() => findItem('Tell the leads') === undefined, 'a done commitment leaves the list');

		await vscode.commands.executeCommand('leadershipJournal.groupCommitmentsBy', 'owner');
		assert.ok(view.getChildren().some(group => String(view.getTreeItem(group).label) === '@lee'));
		await vscode.commands.executeCommand('leadershipJournal.groupCommitmentsBy', 'due');
	});
});
