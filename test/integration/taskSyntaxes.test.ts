import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, toIsoDate } from '../../src/core/model/dates';
import type { CommitmentNode } from '../../src/features/commitments/commitmentNodes';
import { activeApi, diskText, eventually, writeJournalFile } from '../shared/hostTestHelpers';

const today = toIsoDate(new Date());

const entry = [
	'---',
	'title: Imported from Obsidian and Logseq',
	'date: 2026-11-02',
	'areas: [hiring]',
	'---',
	'# Imported',
	'',
	'## Commitments',
	'',
	'- [ ] Brief the panel @dana 📅 2999-01-01 ⏫',
	'- [ ] Send the offer [due:: 2998-06-01]',
	'- TODO Call the references',
	'  DEADLINE: <2997-03-01 Fri>',
	'- [-] Post the ad again 📅 2999-02-01',
	'- CANCELED Book a second round',
	`- [ ] Weekly hiring sync 🔁 every week 📅 ${today}`,
	'',
].join('\n');

suite('Task syntaxes', () => {
	test('Tasks, Dataview and Logseq lines show in the Commitments view with their due dates, cancelled ones left out; Mark Done writes ✅, and the next occurrence of a recurring one', async () => {
		const api = await activeApi();
		const uri = await writeJournalFile('syntaxes', 'imported.md', entry);
		await api.whenIdle();
		const view = api.commitmentsTree;
		const items = (text: string) => view.getChildren().flatMap(group => view.getChildren(group as CommitmentNode))
			.filter(node => node.kind === 'item' && node.item.entry.uri === uri.toString() && node.item.commitment.text === text);
		const dueOf = (text: string) => {
			const [node] = items(text);
			return node?.kind === 'item' ? node.item.commitment.due : undefined;
		};
		await eventually(() => items('Brief the panel').length === 1, 'the Tasks line is listed');
		assert.deepEqual(
			['Brief the panel', 'Send the offer', 'Call the references', 'Weekly hiring sync'].map(dueOf),
			['2999-01-01', '2998-06-01', '2997-03-01', today],
		);
		assert.deepEqual([...items('Post the ad again'), ...items('Book a second round')], [], 'cancelled items are not open');

		assert.ok(await vscode.commands.executeCommand('leadershipJournal.markCommitmentDone', items('Brief the panel')[0]));
		const afterTasks = entry.replace('- [ ] Brief the panel @dana 📅 2999-01-01 ⏫', `- [x] Brief the panel @dana 📅 2999-01-01 ⏫ ✅ ${today}`);
		assert.equal(await diskText(uri), afterTasks);
		await eventually(() => items('Brief the panel').length === 0, 'a done Tasks line leaves the list');

		assert.ok(await vscode.commands.executeCommand('leadershipJournal.markCommitmentDone', items('Weekly hiring sync')[0]));
		const next = addDays(today, 7);
		assert.equal(await diskText(uri), afterTasks.replace(`- [ ] Weekly hiring sync 🔁 every week 📅 ${today}`,
			`- [ ] Weekly hiring sync 🔁 every week 📅 ${next}\n- [x] Weekly hiring sync 🔁 every week 📅 ${today} ✅ ${today}`));
		await eventually(() => dueOf('Weekly hiring sync') === next, 'the next occurrence is listed with its date');
		assert.equal(items('Weekly hiring sync').length, 1, 'a recurring item appears once');
	});
});
