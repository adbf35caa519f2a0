import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, isoWeek, toIsoDate } from '../../src/core/model/dates';
import { periodOf } from '../../src/core/model/periods';
import { checkInFigures } from '../../src/core/followThrough/checkInTrend';
import { checkInLine } from '../../src/core/followThrough/periodicReview';
import { activeApi, diskText, eventually, workspaceFolder } from '../shared/hostTestHelpers';

const folder = () => vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'check-in-trend-test');

async function writeCheckIn(name: string, date: string, energy: string, mood: string): Promise<void> {
	const text = `---\ntitle: Check-in ${date}\ndate: ${date}\nareas: [general]\n---\n## Check-in\n\n### Energy today (1–5)\n\n${energy}\n\n### Mood today (1–5)\n\n${mood}\n`;
	await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), new TextEncoder().encode(text));
}

suite('Energy and mood of the check-ins', () => {
	const today = toIsoDate(new Date());
	const week = periodOf('week', today);
	const created: vscode.Uri[] = [];

	suiteSetup(async () => {
		const api = await activeApi();
		await writeCheckIn(`${week.start}-trend-a-check-in.md`, week.start, '4/5', '2 – long day');
		await writeCheckIn(`${today}-trend-b-check-in.md`, today, '3', '5 – great');
		await eventually(async () => {
			await api.whenIdle();
			return [...api.index.all()].filter(entry => entry.uri.includes('/check-in-trend-test/') && entry.energy !== undefined && entry.mood !== undefined).length === 2;
		}, 'the index holds both check-ins with their energy and mood');
	});

	suiteTeardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
		for (const uri of created) {
			await vscode.workspace.fs.delete(uri, { useTrash: false });
		}
	});

	test('Insights charts the week\'s average energy and mood', async () => {
		const api = await activeApi();
		const key = `checkIns.${isoWeek(today)}`;
		let html = '';
		await eventually(async () => {
			await vscode.commands.executeCommand('leadershipJournal.showInsights', { period: 'last30' });
			html = api.insights.html ?? '';
			return html.includes(`data-figure="${key}.energy"`);
		}, 'the panel shows the week\'s energy');
		const figures = checkInFigures(api.index.all(), week.start, week.end);
		assert.ok(figures.checkIns >= 2);
		for (const name of ['energy', 'mood'] as const) {
			const average = figures[name].average;
			assert.ok(average !== undefined);
			assert.ok(html.includes(`data-figure="${key}.${name}">${average.toFixed(1)}<`), `${name} ${average}`);
		}
		assert.ok(html.includes(`data-figure="${key}.checkIns">${figures.checkIns}<`), 'the table counts the check-ins');
		assert.ok(html.includes('class="bar-energy"') && html.includes('class="bar-mood"'));
		if (figures.checkIns === 2) {
			assert.ok(html.includes(`data-figure="${key}.energy">3.5<`) && html.includes(`data-figure="${key}.mood">3.5<`));
		}
	});

	test('the weekly review quotes the week\'s energy and mood', async () => {
		const api = await activeApi();
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.weeklyReview');
		created.push(uri);
		const text = await diskText(uri);
		const entries = [...api.index.all()];
		const line = checkInLine(checkInFigures(entries, week.start, week.end), checkInFigures(entries, addDays(week.start, -7), addDays(week.start, -1)), 'week');
		assert.match(text, /\*\*Energy and mood\*\*\n\nEnergy: \d\.\d on average this week \(\d+ check-ins\)/, text);
		assert.ok(text.includes(line), `${line}\n${text}`);
	});
});

