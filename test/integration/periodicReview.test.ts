import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { toIsoDate } from '../../src/core/model/dates';
import { parseHeader } from '../../src/core/text/header';
import { findQuestions } from '../../src/core/coaching/questions';
import { periodOf, type PeriodKind } from '../../src/core/model/periods';
import { activeApi, diskText, workspaceFolder } from '../shared/hostTestHelpers';

const journalFolder = () => vscode.Uri.joinPath(workspaceFolder().uri, 'journal');
const adjectives: Record<PeriodKind, string> = { week: 'weekly', month: 'monthly', quarter: 'quarterly' };
const settings = () => vscode.workspace.getConfiguration('leadershipJournal');

suite('Periodic reviews', () => {
	const created: vscode.Uri[] = [];

	suiteTeardown(async () => {
		await settings().update('fiscalYearStartMonth', undefined, vscode.ConfigurationTarget.Workspace);
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const uri of created) {
			await vscode.workspace.fs.delete(uri, { useTrash: false });
		}
	});

	async function review(command: string, kind: PeriodKind, fiscalYearStartMonth = 1): Promise<{ uri: vscode.Uri; text: string }> {
		const period = periodOf(kind, toIsoDate(new Date()), fiscalYearStartMonth);
		const uri = await vscode.commands.executeCommand<vscode.Uri>(command);
		assert.equal(uri.toString(), vscode.Uri.joinPath(journalFolder(), period.start.slice(0, 4), `${period.start}-${adjectives[kind]}-review.md`).toString());
		created.push(uri);
		const text = await diskText(uri);
		const header = parseHeader(text);
		assert.equal(header.problem, undefined);
		assert.equal(header.data.period, period.id);
		assert.deepEqual(header.data.tags, ['review', adjectives[kind]]);
		return { uri, text };
	}

	test('Weekly Review creates this week\'s review, filled in from the journal; a second run opens the same file', async () => {
		await activeApi();
		const today = toIsoDate(new Date());
		const probe = vscode.Uri.joinPath(journalFolder(), today.slice(0, 4), `${today}-periodic-review-probe.md`);
		await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode(`---\ntitle: Probe for the review\ndate: ${today}\nareas: [key-people]\n---\n- [ ] Thank the probe due:2000-01-01\n`));
		created.push(probe);
		// A watcher event may arrive after the command has waited for the index; a refresh makes the probe's arrival certain.
		await vscode.commands.executeCommand('leadershipJournal.refresh');

		const { uri, text } = await review('leadershipJournal.weeklyReview', 'week');
		assert.equal(parseHeader(text).data.title, `Weekly review, ${periodOf('week', today).id}`);
		assert.ok(text.includes(`[Probe for the review](${today}-periodic-review-probe.md)`), text);
		assert.match(text, /\*\*Overdue commitments\*\*\n\n(- .*\n)*- Thank the probe, due 2000-01-01, in \[Probe for the review\]/);
		const editor = vscode.window.activeTextEditor;
		assert.ok(editor);
		assert.equal(editor.document.uri.toString(), uri.toString());
		assert.equal(editor.selection.active.line, findQuestions(editor.document.getText())[0].line + 1);

		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${text}\nMy answer.\n`));
		const again = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.weeklyReview');
		assert.equal(again.toString(), uri.toString());
		assert.match(await diskText(uri), /My answer\.\n$/, 'the existing review is opened, never rewritten');
		const folder = vscode.Uri.joinPath(uri, '..');
		const reviews = (await vscode.workspace.fs.readDirectory(folder)).filter(([name]) => name.endsWith('-weekly-review.md'));
		assert.deepEqual(reviews.map(([name]) => name), [uri.path.slice(uri.path.lastIndexOf('/') + 1)]);
	});

	test('Monthly Review and Quarterly Review, the quarter following the fiscal year setting', async () => {
		const today = toIsoDate(new Date());
		const monthly = await review('leadershipJournal.monthlyReview', 'month');
		assert.equal(parseHeader(monthly.text).data.title, `Monthly review, ${periodOf('month', today).label}`);

		await settings().update('fiscalYearStartMonth', 4, vscode.ConfigurationTarget.Workspace);
		const quarterly = await review('leadershipJournal.quarterlyReview', 'quarter', 4);
		assert.match(String(parseHeader(quarterly.text).data.title), /^Quarterly review, FY\d{4}-Q[1-4]$/);
		assert.match(quarterly.text, /\*\*Areas with no entry for 90 days\*\*/);
		assert.ok(findQuestions(quarterly.text).some(question => question.stage === 'Decisions worth revisiting'));
	});
});
