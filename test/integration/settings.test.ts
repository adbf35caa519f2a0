import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LeadershipJournalApi } from '../../src/extension';
import { activeApi, eventually } from '../shared/hostTestHelpers';

/** The tree's roots as `label (description)`. */
function groupLabels(api: LeadershipJournalApi): string[] {
	return api.challengesTree.getChildren().map(node => {
		const item = api.challengesTree.getTreeItem(node);
		return `${String(item.label)} (${String(item.description)})`;
	});
}

suite('The journal folder setting', () => {
	const setFolder = (value: string | undefined) =>
		vscode.workspace.getConfiguration('leadershipJournal').update('folder', value, vscode.ConfigurationTarget.Workspace);

	teardown(() => setFolder(undefined));

	test('an absolute path is refused, not followed, and the journal comes back when it is fixed', async () => {
		const api = await activeApi();
		const keyPeople = groupLabels(api).find(label => label.startsWith('Key people ('));
		assert.ok(keyPeople && !keyPeople.includes('(0 entries)'), 'the journal is indexed');
		await setFolder('/etc');
		await eventually(async () => { await api.whenIdle(); return groupLabels(api).length === 0; }, 'nothing is indexed from /etc');
		await setFolder('../..');
		await eventually(async () => { await api.whenIdle(); return groupLabels(api).length === 0; }, 'nothing is indexed from ../..');
		await setFolder('journal');
		await eventually(async () => { await api.whenIdle(); return groupLabels(api).includes(keyPeople); }, 'the journal is back');
	});

	test('pointing the setting at another folder indexes that folder instead', async () => {
		const api = await activeApi();
		await setFolder('journal/2025');
		await eventually(async () => {
			await api.whenIdle();
			const labels = groupLabels(api);
			return labels.includes('Unsorted (1 entry)') && labels.includes('Key people (0 entries)');
		}, 'only the 2025 folder is indexed');
	});
});
