import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { AreaCatalog, withCustomAreas } from '../../src/core/model/areas';
import { addDays, toIsoDate } from '../../src/core/model/dates';
import { computeInsights, insightPeriods, type InsightPeriodId } from '../../src/core/insights/insights';
import { insightsReportMarkdown } from '../../src/core/insights/insightsReport';
import { shownFigures } from '../../src/core/insights/shownFigures';
import type { LeadershipJournalApi } from '../../src/extension';
import { activeApi, eventually, workspaceFolder } from '../shared/hostTestHelpers';

const lab = { id: 'insights-lab', name: 'Lab <script>alert(1)</script> & "Co"', description: '', icon: 'tag', reviewAfterDays: 30 };
const catalog = new AreaCatalog(withCustomAreas([lab]));
const folder = () => vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'insights-test');

async function writeEntry(name: string, ...lines: string[]): Promise<void> {
	await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), new TextEncoder().encode(`${lines.join('\n')}\n`));
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');

/** Every `data-figure` of the HTML with the text it shows. */
function renderedFigures(html: string): [key: string, text: string][] {
	return [...html.matchAll(/data-figure="([^"]+)"[^>]*>([^<]*)</g)].map(([, key, text]) => [decode(key), decode(text)]);
}

/** The figures the core computes from the extension's own index for a period. */
function expectedFigures(api: LeadershipJournalApi, period: InsightPeriodId) {
	const today = toIsoDate(new Date());
	return computeInsights(api.index.all(), catalog, insightPeriods(today)[period], today);
}

suite('Insights', () => {
	const today = toIsoDate(new Date());
	const day = (offset: number) => addDays(today, offset);

	suiteSetup(async () => {
		const api = await activeApi();
		await vscode.workspace.getConfiguration('leadershipJournal').update('customAreas', [lab], vscode.ConfigurationTarget.Workspace);
		await writeEntry('a.md', '---', 'title: Hire <b>fast</b>', `date: ${day(-10)}`, 'areas: [insights-lab, hiring]', 'status: closed', `closed: ${day(-2)}`, 'confidence: 72', 'outcome: better',
			'decisionQuality: sound', 'actual: Two numbers', 'cost: 40 hours', '---',
			`- [x] On time due:${day(-5)} done:${day(-6)}`, `- [ ] Overdue due:${day(-1)}`,
			'', '## Return on the effort', '', '### Baseline: where are we today?', '', 'Three numbers', '', '### Target: where should we be?', '', 'One number & a chart', '');
		await writeEntry('b.md', '---', `date: ${day(-1)}`, 'areas: [insights-lab]', 'status: exploring', 'confidence: 55', 'outcome: worse', 'decisionQuality: poor', '---',
			`- [x] Late due:${day(-3)} done:${day(-1)}`, `- [x] Undated due:${day(-2)}`, '- [ ] Open, no due date');
		await writeEntry('c.md', '---', `date: ${day(-5)}`, 'areas: [insights-lab]', 'status: closed', `closed: ${day(-2)}`, '---', '# C');
		await writeEntry('old.md', '---', `date: ${day(-40)}`, 'areas: [insights-lab]', '---', '# Old');
		await eventually(async () => {
			await api.whenIdle();
			return [...api.index.all()].filter(entry => entry.areas.includes(lab.id)).length === 4;
		}, 'the index holds the four entries');
	});

	suiteTeardown(async () => {
		await vscode.workspace.getConfiguration('leadershipJournal').update('customAreas', undefined, vscode.ConfigurationTarget.Workspace);
		await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
	});

	test('the panel shows exactly the core\'s figures for the period, escapes area names, and keeps a strict CSP', async () => {
		const api = await activeApi();
		let html = '';
		await eventually(async () => {
			await vscode.commands.executeCommand('leadershipJournal.showInsights', { period: 'last30' });
			html = api.insights.html ?? '';
			return html.includes('data-figure="area.insights-lab.written"');
		}, 'the panel shows the custom area');

		const shown = shownFigures(expectedFigures(api, 'last30'));
		const rendered = renderedFigures(html);
		for (const [key, text] of rendered) {
			assert.equal(text, shown.get(key)?.text, key);
		}
		assert.deepEqual(new Set(rendered.map(([key]) => key)), new Set(shown.keys()), 'every figure is shown');
		const lab30 = (name: string) => shown.get(`area.insights-lab.${name}`)?.text;
		assert.deepEqual(
			['written', 'open', 'closed', 'medianDaysToClose', 'onTime', 'late', 'doneUndated', 'openCommitments', 'openOverdue', 'decisions', 'asExpectedOrBetter'].map(lab30),
			['3', '1', '2', '5.5', '1', '1', '1', '2', '1', '2', '1'],
		);

		assert.ok(html.includes('Lab &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;'));
		assert.ok(!html.includes('<script>alert'));
		assert.match(html, /<option value="last30" selected>/);

		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
		assert.ok(csp, 'a CSP meta tag');
		const nonce = /'nonce-([0-9a-f]{32})'/.exec(csp)?.[1];
		assert.ok(nonce, csp);
		const probe = vscode.window.createWebviewPanel('leadershipJournal.cspProbe', 'probe', { viewColumn: vscode.ViewColumn.Active, preserveFocus: true });
		const cspSource = probe.webview.cspSource;
		await eventually(() => probe.visible, 'the probe panel opens');
		probe.dispose();
		assert.equal(csp, `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`);
		assert.ok(!csp.split(cspSource).join('').includes('http'), csp);
		assert.deepEqual([...html.matchAll(/<(script|style)\b([^>]*)>/g)].map(([, , attributes]) => attributes), [` nonce="${nonce}"`, ` nonce="${nonce}"`]);

		await vscode.commands.executeCommand('leadershipJournal.showInsights');
		const again = api.insights.html ?? '';
		assert.notEqual(/'nonce-([0-9a-f]{32})'/.exec(again)?.[1], nonce, 'a fresh nonce per render');
	});

	test('the panel and the report show decision quality against outcome, and the return on the effort per entry', async () => {
		const api = await activeApi();
		let html = '';
		await eventually(async () => {
			await vscode.commands.executeCommand('leadershipJournal.showInsights', { period: 'last30' });
			html = api.insights.html ?? '';
			return html.includes('data-return=');
		}, 'the panel shows the return table');
		const rendered = new Map(renderedFigures(html));
		const shown = shownFigures(expectedFigures(api, 'last30'));
		for (const key of ['quality.sound.good', 'quality.sound.bad', 'quality.poor.good', 'quality.poor.bad', 'quality.mixed.good', 'quality.mixed.bad']) {
			assert.equal(rendered.get(key), shown.get(key)?.text, key);
		}
		assert.ok(Number(rendered.get('quality.sound.good')) >= 1 && Number(rendered.get('quality.poor.bad')) >= 1, 'a.md is sound and good, b.md poor and bad');
		assert.ok(html.indexOf('Decision calibration') < html.indexOf('Decision quality and outcome'), 'next to calibration');
		const a = vscode.Uri.joinPath(folder(), 'a.md').toString();
		const start = html.indexOf(`<tr data-return="${a}">`);
		const row = start === -1 ? null : /^<tr data-return="[^"]*"><th scope="row">([^<]*)<\/th>((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/.exec(html.slice(start));
		assert.ok(row, html.slice(html.indexOf('The return on the effort')));
		assert.equal(decode(row[1]), 'Hire <b>fast</b>');
		assert.deepEqual([...row[2].matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map(([, text]) => decode(text)), [day(-10), 'Three numbers', 'One number & a chart', 'Two numbers', '40 hours']);

		const document = await vscode.commands.executeCommand<vscode.TextDocument>('leadershipJournal.exportInsightsReport', { period: 'last30' });
		const report = document.getText();
		assert.ok(report.includes(`| Hire \\<b\\>fast\\</b\\> | ${day(-10)} | Three numbers | One number \\& a chart | Two numbers | 40 hours |`), report);
		assert.ok(report.includes(`| Sound | ${shown.get('quality.sound.good')?.text} | ${shown.get('quality.sound.bad')?.text} |`), report);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('the open panel follows changes to the journal', async () => {
		const api = await activeApi();
		await vscode.commands.executeCommand('leadershipJournal.showInsights', { period: 'last30' });
		await writeEntry('d.md', '---', `date: ${today}`, 'areas: [insights-lab]', '---', '# D');
		await eventually(() => (api.insights.html ?? '').includes('data-figure="area.insights-lab.written">4<'), 'the panel counts the new entry');
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		await eventually(() => api.insights.html === undefined, 'the panel closes');
	});

	test('Export Insights Report opens an untitled markdown report with the same figures', async () => {
		const api = await activeApi();
		const document = await vscode.commands.executeCommand<vscode.TextDocument>('leadershipJournal.exportInsightsReport', { period: 'last90' });
		assert.ok(document.isUntitled);
		assert.equal(document.languageId, 'markdown');
		const text = document.getText();
		assert.equal(text, insightsReportMarkdown(expectedFigures(api, 'last90'), catalog, 'Last 90 days'));
		assert.ok(text.includes('| Lab \\<script\\>alert(1)\\</script\\> \\& "Co" | 5 | 3 | 2 | 5.5 |'), text);
		assert.equal(vscode.window.activeTextEditor?.document, document);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});
});
