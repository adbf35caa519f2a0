import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, toIsoDate } from '../../src/core/model/dates';
import { periodOf } from '../../src/core/model/periods';
import { reviewPath } from '../../src/core/followThrough/periodicReview';
import type { PeopleNode } from '../../src/features/people/peopleNodes';
import type { LeadershipJournalApi } from '../../src/extension';
import { activeApi, diskText, eventually, workspaceFolder, writeJournalFile, writeText } from '../shared/hostTestHelpers';

const today = toIsoDate(new Date());
const day = (offset: number) => addDays(today, offset);
const rosterUri = () => vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'people.md');
const rosterText = [
	'---',
	'title: People',
	'areas: [key-people]',
	'roster:',
	'  - name: Dana Li',
	'    aliases: [D. Li]',
	'    team: Payments',
	'    cadence: 14',
	'    runs: [billing, payroll close, vendor invoices]',
	'  - name: Sam Okafor',
	'    handle: sam',
	'    backup: [billing]',
	'---',
	'',
	'# People',
	'',
	'Notes about the team that must survive every edit.',
	'',
].join('\n');

function rows(api: LeadershipJournalApi, node?: PeopleNode): { node: PeopleNode; item: vscode.TreeItem }[] {
	return api.peopleTree.getChildren(node).map(child => ({ node: child, item: api.peopleTree.getTreeItem(child) }));
}

function person(api: LeadershipJournalApi, name: string): { node: PeopleNode; item: vscode.TreeItem } | undefined {
	return rows(api).find(row => row.node.kind === 'person' && row.item.label === name);
}

/** Whether a row comes from this suite's entries: other suites' entries name Dana too. */
function ours(node: PeopleNode): boolean {
	const uri = node.kind === 'commitment' ? node.item.entry.uri : node.kind === 'entry' ? node.entry.uri : '';
	return uri.includes('/people-test/');
}

function section(api: LeadershipJournalApi, name: string, label: string): string[] {
	const found = person(api, name);
	const part = found && rows(api, found.node).find(row => row.item.label === label);
	return part ? rows(api, part.node).filter(row => ours(row.node)).map(row => `${String(row.item.label)} | ${String(row.item.description)}`) : [];
}

suite('People', () => {
	const created: vscode.Uri[] = [];
	const oneToOneUri = () => vscode.Uri.joinPath(workspaceFolder().uri, 'journal', today.slice(0, 4), `${today}-one-to-one-dana.md`);

	suiteSetup(async () => {
		const api = await activeApi();
		await writeText(rosterUri(), rosterText);
		created.push(rosterUri());
		created.push(await writeJournalFile('people-test', 'plan.md', [
			'---', 'title: Plan the payments offsite', `date: ${day(-20)}`, 'people: [Dana Li]', '---', '',
			`- [ ] Send Dana the budget @me due:${day(10)}`,
			`- [ ] Book the room due:${day(-3)}`,
			`- [ ] Draft the agenda @dana due:${day(12)}`,
			'- [ ] Ask Lee about the venue @lee', '',
		].join('\n')));
		created.push(await writeJournalFile('people-test', 'runbook.md', [
			'---', 'title: Move payroll close to a runbook', `date: ${day(-12)}`, 'status: decided', `decided: ${day(-10)}`, '---', '',
			`- [ ] Write the payroll runbook @Dana due:${day(-5)}`, '',
		].join('\n')));
		created.push(await writeJournalFile('people-test', `${day(-30)}-one-to-one-dana.md`, [
			'---', `title: One-to-one with Dana Li, ${day(-30)}`, `date: ${day(-30)}`, 'tags: [one-to-one]', 'people: [D. Li]', '---', '',
			'### What would be most useful for us to talk about today?', '', 'Her move to the platform team.', '',
			'### Who could back up payroll close?', '', '## Commitments', '',
			'- [ ] Ask Sam to shadow the next close @sam', '',
		].join('\n')));
		await eventually(async () => {
			await api.whenIdle();
			return section(api, 'Dana Li', 'What they owe me').length === 2 && section(api, 'Dana Li', 'What I owe them').length === 2;
		}, 'the People view shows Dana with what each side owes');
	});

	suiteTeardown(async () => {
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		for (const uri of [...created, oneToOneUri()]) {
			await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
		}
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'people-test'), { recursive: true, useTrash: false });
	});

	test('a person shows what I owe them and what they owe me, overdue first, and the last entry naming them', async () => {
		const api = await activeApi();
		assert.deepEqual(section(api, 'Dana Li', 'What I owe them'), [`Book the room | overdue since ${day(-3)}`, `Send Dana the budget | @me · due ${day(10)}`]);
		assert.deepEqual(section(api, 'Dana Li', 'What they owe me'), [`Write the payroll runbook | @Dana · overdue since ${day(-5)}`, `Draft the agenda | @dana · due ${day(12)}`]);
		assert.ok(section(api, 'Dana Li', 'Decisions').some(row => row.startsWith('Move payroll close to a runbook |')), 'the decision that names @dana');
		const [, last, overdue] = /^@dana · last entry (\S+) · (\d+) overdue$/.exec(String(person(api, 'Dana Li')?.item.description)) ?? [];
		assert.ok(last >= day(-12) && Number(overdue) >= 2, String(person(api, 'Dana Li')?.item.description));
	});

	test('the roster makes people: names, aliases and @handles one person; an unknown @handle is a person too', async () => {
		const api = await activeApi();
		const people = rows(api).filter(row => row.node.kind === 'person').map(row => String(row.item.label));
		assert.ok(!people.includes('dana') && !people.includes('D. Li') && !people.includes('Dana'), `one Dana: ${people.join(', ')}`);
		const entries = section(api, 'Dana Li', 'Entries').map(row => row.split(' | ')[0]);
		for (const title of ['Plan the payments offsite', 'Move payroll close to a runbook', `One-to-one with Dana Li, ${day(-30)}`]) {
			assert.ok(entries.includes(title), `${title} among ${entries.join(', ')}`);
		}
		assert.ok(people.includes('lee'), 'the @lee of a task line is listed');
		assert.ok(String(person(api, 'lee')?.item.tooltip).includes('Not in the roster'));
	});

	test('an @handle the roster does not know gets a quick fix that adds it, keeping the roster\'s text', async () => {
		const api = await activeApi();
		const plan = created.find(uri => uri.path.endsWith('/plan.md'))!;
		const document = await vscode.workspace.openTextDocument(plan);
		const line = document.getText().split('\n').findIndex(text => text.includes('@lee'));
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', plan, new vscode.Range(line, 0, line, 0));
		const fix = actions.find(action => action.title.includes('@lee'));
		assert.ok(fix?.command, `a fix among ${actions.map(action => action.title).join('; ')}`);
		assert.ok(!actions.some(action => action.title.includes('@dana')), 'no fix for someone the roster knows');
		await vscode.commands.executeCommand(fix.command.command, ...fix.command.arguments ?? []);
		await eventually(async () => (await diskText(rosterUri())).includes('handle: lee'), 'lee is in the roster on disk');
		const text = await diskText(rosterUri());
		assert.equal(text.replace('  - name: Lee\n    handle: lee\n', ''), rosterText, 'every other byte kept');
		await eventually(async () => {
			await api.whenIdle();
			return person(api, 'Lee')?.node.kind === 'person' && !String(person(api, 'Lee')?.item.tooltip).includes('Not in the roster');
		}, 'the People view shows Lee from the roster');
	});

	test('completion after @ in a task line offers the roster\'s handles with names', async () => {
		const plan = created.find(uri => uri.path.endsWith('/plan.md'))!;
		const document = await vscode.workspace.openTextDocument(plan);
		const editor = await vscode.window.showTextDocument(document);
		const end = document.lineAt(document.lineCount - 1).range.end;
		await editor.edit(edit => edit.insert(end, '- [ ] Call the bank @'));
		const position = document.lineAt(document.lineCount - 1).range.end;
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', plan, position, '@');
		const labels = list.items.map(item => typeof item.label === 'string' ? item.label : `${item.label.label} ${item.label.description ?? ''}`);
		assert.ok(labels.includes('dana Dana Li') && labels.includes('sam Sam Okafor'), labels.join(', '));
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('completion after people: in a header offers the roster\'s names first, with their handles', async () => {
		const uri = await writeJournalFile('people-test', 'header-completion.md', '---\ntitle: Names\npeople: [\n---\n');
		created.push(uri);
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 9));
		const labels = list.items.map(item => typeof item.label === 'string' ? item.label : `${item.label.label} ${item.label.description ?? ''}`);
		assert.equal(labels[0], 'Dana Li @dana', labels.join(', '));
		assert.ok(labels.includes('Sam Okafor @sam'), labels.join(', '));
	});

	test('Contact due lists who is past their cadence, with the days since the last one-to-one', async () => {
		const api = await activeApi();
		const group = rows(api).find(row => row.node.kind === 'contactDueGroup');
		assert.ok(group, 'a Contact due group');
		assert.ok(rows(api, group.node).some(row => `${String(row.item.label)} | ${String(row.item.description)}` === 'Dana Li | 30 days since last contact · every 14 days'));
	});

	test('single points of failure: processes with one person, and who alone runs two or more', async () => {
		const api = await activeApi();
		const group = rows(api).find(row => row.node.kind === 'singlePointsGroup');
		assert.ok(group, 'a Single points of failure group');
		assert.deepEqual(rows(api, group.node).map(row => `${String(row.item.label)} | ${String(row.item.description)}`), [
			'Dana Li | alone runs payroll close, vendor invoices',
			'payroll close | only Dana Li',
			'vendor invoices | only Dana Li',
		]);
	});

	test('Prepare One-to-One opens today\'s one-to-one with what each owes, decisions since the last one and its open points; never overwrites it', async () => {
		const api = await activeApi();
		const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('leadershipJournal.prepareOneToOne', 'dana');
		assert.equal(uri?.toString(), oneToOneUri().toString());
		const text = await diskText(oneToOneUri());
		assert.match(text, /^---\ntitle: "One-to-one with Dana Li, \d{4}-\d{2}-\d{2}"\n[\s\S]*tags: \[one-to-one\]\npeople: \[Dana Li\]\n---\n/);
		const owe = text.slice(text.indexOf('**What I owe them**'), text.indexOf('**What they owe me**'));
		assert.ok(owe.indexOf('Book the room') < owe.indexOf('Send Dana the budget'), owe);
		// Other suites' entries name @dana too: only the order of this suite's items is checked.
		const owed = text.slice(text.indexOf('**What they owe me**'), text.indexOf('**Decisions involving them'));
		assert.ok(owed.includes('- Write the payroll runbook @Dana, overdue since ') && owed.indexOf('Write the payroll runbook') < owed.indexOf('Draft the agenda @dana, due'), owed);
		const decisions = text.slice(text.indexOf('**Decisions involving them since the last one-to-one**'), text.indexOf('**Carried forward'));
		assert.ok(decisions.includes('- [Move payroll close to a runbook](../people-test/runbook.md)'), decisions);
		assert.match(text, /- Ask Sam to shadow the next close @sam\n- Who could back up payroll close\?/);
		assert.ok(text.indexOf('Carried forward') < text.indexOf('### What would be most useful for us to talk about today?'), 'the lens after the prepared part');
		assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), oneToOneUri().toString());

		await writeText(oneToOneUri(), `${text}\nMy own notes.\n`);
		await vscode.commands.executeCommand('leadershipJournal.prepareOneToOne', 'dana');
		assert.ok((await diskText(oneToOneUri())).endsWith('\nMy own notes.\n'), 'the existing one-to-one is kept as it is');
		await eventually(async () => {
			await api.whenIdle();
			return !rows(api).some(row => row.node.kind === 'contactDueGroup');
		}, 'after today\'s one-to-one, Dana is no longer due');
	});

	test('Insights shows the single points of failure', async () => {
		const api = await activeApi();
		await eventually(async () => {
			await vscode.commands.executeCommand('leadershipJournal.showInsights', { period: 'last30' });
			const html = api.insights.html ?? '';
			return html.includes('data-lone="payroll close"') && html.includes('data-sole="dana"');
		}, 'the Insights panel lists payroll close and Dana');
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	test('the quarterly review lists the single points of failure and records them; the People view tells the change since', async () => {
		const api = await activeApi();
		const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', ...reviewPath(periodOf('quarter', today, 1)));
		const earlier = await diskText(uri).then(text => text, () => undefined);
		if (earlier !== undefined) {
			await vscode.workspace.fs.delete(uri, { useTrash: false });
		}
		try {
			await vscode.commands.executeCommand('leadershipJournal.quarterlyReview');
			const text = await diskText(uri);
			assert.match(text, /\nsinglePointsOfFailure: \["payroll close", "vendor invoices"\]\n---\n/);
			assert.match(text, /\*\*Key people: single points of failure\*\*\n\n- payroll close: only Dana Li\n- vendor invoices: only Dana Li\n- Dana Li alone runs 2: payroll close, vendor invoices\n/);
			await writeText(rosterUri(), (await diskText(rosterUri())).replace('    backup: [billing]', '    backup: [billing, vendor invoices]'));
			await eventually(async () => {
				await api.whenIdle();
				const group = rows(api).find(row => row.node.kind === 'singlePointsGroup');
				return String(group?.item.description) === `1 · 0 new, 1 resolved since the quarterly review of ${today}`;
			}, 'the group tells that vendor invoices has a backup now');
		} finally {
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			if (earlier !== undefined) {
				await writeText(uri, earlier);
			} else {
				await vscode.workspace.fs.delete(uri, { useTrash: false });
			}
		}
	});

	test('on the safe screen the People view names no one and shows no item text', async () => {
		const api = await activeApi();
		const everything = (node?: PeopleNode): string[] => rows(api, node).flatMap(row => [
			`${String(row.item.label)} ${String(row.item.description ?? '')} ${String(row.item.tooltip ?? '')}`,
			...row.item.collapsibleState === vscode.TreeItemCollapsibleState.None ? [] : everything(row.node),
		]);
		await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: true, closeEditors: false });
		try {
			const shown = everything().join('\n');
			for (const written of ['Dana Li', 'Sam Okafor', 'Send Dana the budget', 'Plan the payments offsite', '@dana', 'Payments']) {
				assert.ok(!shown.includes(written), `${written} on the safe screen:\n${shown}`);
			}
			assert.ok(shown.includes('D. L.'), `Dana by her initials:\n${shown}`);
		} finally {
			await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: false });
		}
		assert.ok(person(api, 'Dana Li'), 'names come back with the safe screen off');
	});
});
