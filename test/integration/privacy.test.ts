import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';
import type { CommitmentNode } from '../../src/features/commitments/commitmentNodes';
import { activeApi, diskText, eventually, replaceInWindow, treeText, writeJournalFile } from '../shared/hostTestHelpers';

const secretTitle = 'Layoffs in the Lisbon office';
const secretText = `---
title: ${secretTitle}
date: 2026-11-27
areas: [hiring]
status: decided
people: [Marta Quintela]
actual: 3 roles closed
---

## Decision

### My choice

Close three roles; tell Marta first.

- [ ] Talk to Marta Quintela @marta due:2026-12-04
`;

/** Every name part of the journal's people and owners, as the index knows them. */
function journalNames(entries: Iterable<{ people: readonly string[]; commitments?: readonly { owner?: string }[] }>): Set<string> {
	const names = new Set<string>();
	for (const entry of entries) {
		for (const person of entry.people) {
			names.add(person);
			person.split(/\s+/).filter(part => part.length >= 2).forEach(part => names.add(part));
		}
		for (const commitment of entry.commitments ?? []) {
			if (commitment.owner) {
				names.add(commitment.owner);
			}
		}
	}
	return names;
}

/**
 * Closes the untitled document a command just showed, without asking to save it, and waits until
 * the extension host knows: the next untitled document may take its name, and would otherwise be
 * answered with this one.
 */
async function discard(document: vscode.TextDocument): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	await eventually(() => document.isClosed, 'the untitled document is closed');
}

function namesWord(text: string, name: string): boolean {
	return new RegExp(`(?<![\\p{L}\\p{N}_])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
}

suite('privacy: confidential entries, the safe screen and the coaching brief', () => {
	let secret: vscode.Uri;

	suiteSetup(async () => {
		const api = await activeApi();
		secret = await writeJournalFile('2026', '2026-11-27-lisbon.md', secretText);
		await eventually(() => api.index.get(secret.toString()) !== undefined, 'the new entry is indexed');
	});

	suiteTeardown(async () => {
		await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: false });
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		await vscode.workspace.fs.delete(secret, { useTrash: false });
	});

	test('Mark Confidential writes confidential: true and changes no other byte; Unmark takes it away again', async () => {
		const api = await activeApi();
		await vscode.commands.executeCommand('leadershipJournal.markConfidential', secret);
		const marked = await diskText(secret);
		assert.equal(marked, secretText.replace('actual: 3 roles closed\n', 'actual: 3 roles closed\nconfidential: true\n'));
		await eventually(() => api.index.get(secret.toString())?.confidential === true, 'the index reads the entry as confidential');
		await vscode.commands.executeCommand('leadershipJournal.unmarkConfidential', secret);
		assert.equal(await diskText(secret), secretText);
		await vscode.commands.executeCommand('leadershipJournal.markConfidential', secret);
		await eventually(() => api.index.get(secret.toString())?.confidential === true, 'confidential again');
	});

	test('with the safe screen on, no tree row, tooltip or commitment names an entry or a person; off, they show again', async () => {
		const api = await activeApi();
		await api.whenIdle();
		const titles = [...api.index.all()].map(entry => entry.title);
		await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: true, closeEditors: false });
		assert.equal(api.safeScreen.on, true);
		const rows = treeText(api).join('\n');
		for (const title of titles) {
			assert.equal(rows.includes(title), false, `"${title}" is on the safe screen:\n${rows}`);
		}
		assert.match(rows, /Confidential · 2026-11-27/);
		const tree = api.challengesTree;
		const hiring = (tree.getChildren() as ChallengeNode[]).find(root => root.kind === 'group' && root.group === 'hiring')!;
		const secretNode = (tree.getChildren(hiring) as ChallengeNode[]).find(node => node.kind === 'entry' && node.entry.uri === secret.toString())!;
		const tooltip = await tree.resolveTreeItem!(tree.getTreeItem(secretNode), secretNode);
		const tip = (tooltip?.tooltip as vscode.MarkdownString).value;
		assert.equal(tip.includes('Marta') || tip.includes('Lisbon') || tip.includes('three roles'), false, tip);
		const commitments = api.commitmentsTree;
		const labels = (commitments.getChildren() as CommitmentNode[]).flatMap(group => (commitments.getChildren(group) as CommitmentNode[]))
			.map(node => { const item = commitments.getTreeItem(node); return `${String(item.label)} ${String(item.description)}`; }).join('\n');
		assert.equal(labels.includes('Talk to Marta'), false, labels);
		assert.match(labels, /M\. · due 2026-12-04/);
		const html = api.extendMarkdownIt(new (await import('markdown-it')).default()).render(secretText);
		const card = html.slice(0, html.indexOf('</section>'));
		assert.match(card, /<p class="lj-title">Hiring the right people · 2026-11-27<\/p>/);
		assert.equal(card.includes(secretTitle) || card.includes('Marta'), false, card);
		assert.match(html, /<span class="lj-badge lj-owner">M\.<\/span>/, 'an owner badge shows initials');
		await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: false });
		assert.match(treeText(api).join('\n'), new RegExp(secretTitle));
	});

	test('with the safe screen on, Search Entries lists areas and dates only; turning it on closes the journal\'s editors when asked', async () => {
		const api = await activeApi();
		const titles = [...api.index.all()].map(entry => entry.title);
		await vscode.window.showTextDocument(secret);
		let shown = '';
		const restore = replaceInWindow('showQuickPick', (items: readonly vscode.QuickPickItem[]) => {
			shown = items.map(item => [item.label, item.description, item.detail].join(' ')).join('\n');
			return Promise.resolve(undefined);
		});
		try {
			await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: true, closeEditors: true });
			await vscode.commands.executeCommand('leadershipJournal.searchEntries');
		} finally {
			restore();
			await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: false });
		}
		assert.match(shown, /Confidential · 2026-11-27/);
		assert.deepEqual(titles.filter(title => shown.includes(title)), [], shown);
		assert.equal(vscode.window.tabGroups.all.flatMap(group => group.tabs)
			.some(tab => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === secret.toString()), false, 'the entry\'s editor is closed');
	});

	test('a confidential entry is left out of the brief and of the exported report unless chosen', async () => {
		const api = await activeApi();
		const uris = [...api.index.all()].map(entry => entry.uri);
		const brief = await vscode.commands.executeCommand<vscode.TextDocument>('leadershipJournal.prepareCoachingSession', { uris, wanted: 'Test my plans.', redact: false });
		assert.match(brief.getText(), /## What I want from this session\n\nTest my plans\./);
		assert.match(brief.getText(), /## Only Sam knows how billing runs/);
		assert.equal(brief.getText().includes(secretTitle), false);
		await discard(brief);
		const chosen = await vscode.commands.executeCommand<vscode.TextDocument>('leadershipJournal.prepareCoachingSession', { uris: [secret.toString()], wanted: '', redact: false, includeConfidential: true });
		assert.match(chosen.getText(), new RegExp(`## ${secretTitle}`));
		await discard(chosen);
		const report = await vscode.commands.executeCommand<vscode.TextDocument>('leadershipJournal.exportInsightsReport', { period: 'all' });
		assert.equal(report.getText().includes(secretTitle), false, report.getText());
		await discard(report);
	});

	test('a redacted brief contains none of the journal\'s people\'s names', async () => {
		const api = await activeApi();
		const entries = [...api.index.all()];
		const names = journalNames(entries);
		assert.ok(names.has('Sam Okafor') && names.has('Marta'), [...names].join(', '));
		const brief = await vscode.commands.executeCommand<vscode.TextDocument>('leadershipJournal.prepareCoachingSession', {
			uris: entries.map(entry => entry.uri), wanted: 'Is Sam Okafor ready to hand billing over?', redact: true, includeConfidential: true,
		});
		const text = brief.getText();
		await discard(brief);
		assert.match(text, /Is Person [A-Z] ready to hand billing over\?/);
		for (const name of names) {
			assert.equal(namesWord(text, name), false, `${name} is in the redacted brief`);
		}
	});
});
