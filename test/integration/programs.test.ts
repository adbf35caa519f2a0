import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, toIsoDate } from '../../src/core/model/dates';
import type { ChallengeNode, EntryNode } from '../../src/features/tree/challengeNodes';
import type { LeadershipJournalApi } from '../../src/extension';
import { activeApi, diskText, eventually, replaceInWindow, workspaceFolder, writeText } from '../shared/hostTestHelpers';

const today = toIsoDate(new Date());
const templatesFolder = () => vscode.Uri.joinPath(workspaceFolder().uri, '.journal', 'templates');

interface Started {
	readonly parent: vscode.Uri;
	readonly phase?: vscode.Uri;
}

function entryNodes(nodes: readonly ChallengeNode[]): EntryNode[] {
	return nodes.filter((node): node is EntryNode => node.kind === 'entry');
}

/** The program's row under its area, once the index has its phases. */
function programRow(api: LeadershipJournalApi, area: string, parent: vscode.Uri): EntryNode | undefined {
	return entryNodes(api.challengesTree.getChildren({ kind: 'group', group: area })).find(node => node.entry.uri === parent.toString());
}

function description(api: LeadershipJournalApi, node: ChallengeNode): string {
	return String(api.challengesTree.getTreeItem(node).description);
}

/** Writes `text` under the question `heading` of the open document, and saves it. */
async function answer(uri: vscode.Uri, heading: string, text: string): Promise<void> {
	const document = await vscode.workspace.openTextDocument(uri);
	const line = document.getText().split('\n').findIndex(candidate => candidate === `### ${heading}`);
	assert.ok(line >= 0, `the entry asks "${heading}"`);
	const edit = new vscode.WorkspaceEdit();
	edit.insert(uri, new vscode.Position(line + 1, 0), `\n${text}\n`);
	assert.ok(await vscode.workspace.applyEdit(edit));
	assert.ok(await document.save());
}

suite('Programs of phases', () => {
	test('a takeover goes from due diligence to day one: start, after-action review against the targets, next phase; the tree shows phase 2 of 6', async () => {
		const api = await activeApi();
		const started = await vscode.commands.executeCommand<Started>('leadershipJournal.startProgram', { program: 'takeover', title: 'Take over Quayside in the test' });
		assert.ok(started?.phase, 'the program and its first phase were created');
		const { parent, phase: dueDiligence } = started;
		const parentText = await diskText(parent);
		assert.match(parentText, /^programTemplate: takeover$/m);
		assert.match(parentText, /^phases: \[due-diligence, day-one, days-1-30, days-31-60, days-61-100, twelve-months\]$/m);
		assert.match(parentText, /^## Targets$/m);
		const parentPath = vscode.workspace.asRelativePath(parent, false).replace(/^journal\//, '');
		const phaseText = await diskText(dueDiligence);
		assert.match(phaseText, /^title: "Take over Quayside in the test: Due diligence"$/m);
		assert.ok(phaseText.includes(`\nprogram: ${parentPath}\n`), `program: names the parent:\n${phaseText.slice(0, 300)}`);
		assert.match(phaseText, /^phase: due-diligence$/m);
		assert.ok(phaseText.includes(`\nreview: ${addDays(today, 30)}\n`), 'the phase has its own review date');
		assert.doesNotMatch(phaseText, /^reviews:/m, 'not the takeover area\'s schedule');

		await answer(parent, 'What must be true at day 100?', '- All 14 people still with us\n- Routing beta live with two customers');

		// Under its area, the program shows once, with its phase inside.
		await api.whenIdle();
		await eventually(() => programRow(api, 'takeover', parent) !== undefined && /phase 1 of 6/.test(description(api, programRow(api, 'takeover', parent)!)), 'the program shows phase 1 of 6');
		const row = programRow(api, 'takeover', parent)!;
		assert.equal(api.challengesTree.getTreeItem(row).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
		assert.ok(!entryNodes(api.challengesTree.getChildren({ kind: 'group', group: 'takeover' })).some(node => node.entry.uri === dueDiligence.toString()), 'the phase is not on its own');
		assert.deepEqual(entryNodes(api.challengesTree.getChildren(row)).map(node => node.entry.uri), [dueDiligence.toString()]);

		// A phase is an entry: its review date comes due, and its commitments are in the Commitments view.
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.scheduleReview', { uri: dueDiligence, date: today }));
		const document = await vscode.workspace.openTextDocument(dueDiligence);
		const hint = document.getText().indexOf('<!-- One per line');
		const edit = new vscode.WorkspaceEdit();
		edit.insert(dueDiligence, document.positionAt(document.getText().indexOf('\n', hint) + 1), '- [ ] Confirm the solver license transfers @lucia due:2999-01-31\n');
		assert.ok(await vscode.workspace.applyEdit(edit));
		assert.ok(await document.save());
		await api.whenIdle();
		await eventually(() => api.challengesTree.reviewsDue().some(entry => entry.uri === dueDiligence.toString()), 'the phase is under Reviews due');
		await eventually(() => api.commitmentsTree.getChildren().flatMap(group => api.commitmentsTree.getChildren(group))
			.some(node => node.kind === 'item' && node.item.commitment.text === 'Confirm the solver license transfers'), 'the phase\'s commitment is in the Commitments view');

		// Close Phase: an after-action review against the targets, then day one.
		const dayOne = await vscode.commands.executeCommand<vscode.Uri | boolean>('leadershipJournal.closePhase', { uri: dueDiligence, then: 'next' });
		assert.ok(dayOne instanceof vscode.Uri, 'the next phase was started');
		const closed = await diskText(dueDiligence);
		assert.ok(closed.includes(`\n## After-action review: Due diligence, ${today}\n`), closed.slice(-1500));
		assert.match(closed, /^> Phase 1 of 6 of \[Take over Quayside in the test\]\([^)]+\.md\)\./m);
		assert.match(closed, /^### Target "All 14 people still with us": where does it stand now\?$/m);
		assert.match(closed, /^### Target "Routing beta live with two customers": where does it stand now\?$/m);
		assert.match(closed, /^status: closed$/m);
		assert.ok(closed.includes(`\nclosed: ${today}\n`));
		assert.ok(closed.includes('- [ ] Confirm the solver license transfers @lucia due:2999-01-31\n'), 'what was written stays');
		const dayOneText = await diskText(dayOne);
		assert.match(dayOneText, /^title: "Take over Quayside in the test: Day one"$/m);
		assert.match(dayOneText, /^phase: day-one$/m);
		assert.ok(dayOneText.includes(`\nprogram: ${parentPath}\n`));
		assert.ok(dayOneText.includes(`\nreview: ${addDays(today, 1)}\n`));
		assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), dayOne.toString(), 'the next phase opens');

		await api.whenIdle();
		await eventually(() => /phase 2 of 6/.test(description(api, programRow(api, 'takeover', parent)!)), 'the program shows phase 2 of 6');
		const phases = entryNodes(api.challengesTree.getChildren(programRow(api, 'takeover', parent)!));
		assert.deepEqual(phases.map(node => node.entry.uri), [dueDiligence.toString(), dayOne.toString()], 'the phases in order');
		assert.deepEqual(api.challengesTree.getParent(phases[1]), programRow(api, 'takeover', parent));

		// Moving the program entry keeps its phases: program: and their links follow it.
		const moved = vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'programs', 'quayside.md');
		const rename = new vscode.WorkspaceEdit();
		rename.renameFile(parent, moved);
		assert.ok(await vscode.workspace.applyEdit(rename));
		for (const phase of [dueDiligence, dayOne]) {
			const phaseDocument = await vscode.workspace.openTextDocument(phase);
			await phaseDocument.save();
			assert.match(phaseDocument.getText(), /^program: programs\/quayside\.md$/m);
			assert.match(phaseDocument.getText(), /\(\.\.\/programs\/quayside\.md\)/);
		}
		await api.whenIdle();
		await eventually(() => programRow(api, 'takeover', moved) !== undefined && /phase 2 of 6/.test(description(api, programRow(api, 'takeover', moved)!)), 'the moved program keeps its phases');
	});

	test('hiring: one evidence sheet per candidate, each on the scorecard\'s scale, then the decision', async () => {
		const api = await activeApi();
		const started = await vscode.commands.executeCommand<Started>('leadershipJournal.startProgram', { program: 'hiring', title: 'Hire a data lead in the test' });
		assert.ok(started?.phase);
		const scale = /^> Every evidence sheet rates each outcome and competency on this scale: (.+)\.$/m.exec(await diskText(started.phase))?.[1];
		assert.ok(scale, 'the scorecard states the scale');
		const first = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.closePhase', { uri: started.phase, then: 'next', subject: 'Dana Li' });
		const second = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.closePhase', { uri: first, then: 'again', subject: 'Sam Roe' });
		for (const [sheet, candidate] of [[first, 'Dana Li'], [second, 'Sam Roe']] as const) {
			const text = await diskText(sheet);
			assert.match(text, new RegExp(`^title: "Hire a data lead in the test: Evidence sheet, ${candidate}"$`, 'm'));
			assert.match(text, /^phase: evidence$/m);
			assert.ok(text.includes(`Rate each on the scorecard's scale: ${scale}.`), 'every sheet rates on the same scale');
		}
		const decision = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.closePhase', { uri: second, then: 'next' });
		assert.match(await diskText(decision), /^phase: decision$/m);
		await api.whenIdle();
		await eventually(() => {
			const row = programRow(api, 'hiring', started.parent);
			return row !== undefined && /phase 3 of 6/.test(description(api, row)) && api.challengesTree.getChildren(row).length === 4;
		}, 'the hire shows phase 3 of 6, with the scorecard, two evidence sheets and the decision inside');
	});

	test('a program of the workspace\'s own templates starts; a malformed program folder is named with what is wrong; Close Phase on a plain entry says what it needs', async () => {
		const api = await activeApi();
		const folder = vscode.Uri.joinPath(templatesFolder(), 'programs', 'board-cycle');
		await writeText(vscode.Uri.joinPath(folder, 'program.md'), [
			'---', 'name: Board cycle', 'description: From the pre-read to the follow-up of a board meeting.', 'phases:',
			'  - { id: pre-read, name: Pre-read, review: 10, file: first.md }', '  - { id: follow-up, name: Follow-up, review: 5 }',
			'---', '# {{title}}', '', '## Targets', '', '### What must the board decide?', '',
		].join('\n'));
		await writeText(vscode.Uri.joinPath(folder, 'first.md'), '---\ntitle: {{title}}\nareas: [{{area}}]\n---\n\n# {{title}}\n\nPhase {{phaseNumber}} of {{phaseCount}}.\n\n### What will the board read first?\n');
		await writeText(vscode.Uri.joinPath(folder, 'follow-up.md'), '---\ntitle: {{title}}\n---\n\n### What did the board decide?\n');
		await writeText(vscode.Uri.joinPath(templatesFolder(), 'programs', 'broken', 'program.md'), '---\nname: Broken\nphases:\n  - { id: one, name: One, review: soon }\n---\n');
		const warnings: string[] = [];
		const restore = replaceInWindow('showWarningMessage', ((message: string) => { warnings.push(message); return Promise.resolve(undefined); }) as never);
		let started: Started | undefined;
		try {
			started = await vscode.commands.executeCommand<Started>('leadershipJournal.startProgram', { program: 'board-cycle', title: 'Spring board meeting', area: 'general' });
		} finally {
			restore();
		}
		assert.ok(started?.phase, 'the workspace\'s program started');
		assert.ok(warnings.some(message => message.includes('broken') && message.includes('Phase 1 has the review "soon"')), `the malformed folder is named: ${warnings.join(' | ')}`);
		const parentText = await diskText(started.parent);
		assert.match(parentText, /^programTemplate: board-cycle$/m);
		assert.match(parentText, /^areas: \[general\]$/m);
		const phaseText = await diskText(started.phase);
		assert.match(phaseText, /^title: "Spring board meeting: Pre-read"$/m);
		assert.match(phaseText, /^phase: pre-read$/m, 'the template left out phase:, and the entry has it');
		assert.ok(phaseText.includes(`\nreview: ${addDays(today, 10)}\n`));
		assert.match(phaseText, /Phase 1 of 2\./);
		await api.whenIdle();
		await eventually(() => {
			const row = programRow(api, 'general', started!.parent);
			return row !== undefined && /phase 1 of 2/.test(description(api, row));
		}, 'the workspace\'s program shows in the tree with its progress');

		const plain = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'general', title: 'Not a phase of anything' });
		const messages: string[] = [];
		const restoreInfo = replaceInWindow('showInformationMessage', ((message: string) => { messages.push(message); return Promise.resolve(undefined); }) as never);
		try {
			assert.equal(await vscode.commands.executeCommand('leadershipJournal.closePhase', { uri: plain, then: 'none' }), false);
		} finally {
			restoreInfo();
		}
		assert.ok(messages.some(message => message.includes('"Not a phase of anything" is not a phase of a program')), messages.join(' | '));
		messages.length = 0;
		await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: true, closeEditors: false });
		const restoreMasked = replaceInWindow('showInformationMessage', ((message: string) => { messages.push(message); return Promise.resolve(undefined); }) as never);
		try {
			await vscode.commands.executeCommand('leadershipJournal.closePhase', { uri: plain, then: 'none' });
		} finally {
			restoreMasked();
			await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: false });
		}
		assert.ok(messages.length > 0 && !messages.some(message => message.includes('Not a phase of anything')), `on the safe screen the message names no entry: ${messages.join(' | ')}`);
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder().uri, '.journal'), { recursive: true, useTrash: false });
	});
});
