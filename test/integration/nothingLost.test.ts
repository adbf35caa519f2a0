import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AreaCatalog } from '../../src/core/model/areas';
import { JournalScanner } from '../../src/core/index/journalScanner';
import type { CommitmentNode } from '../../src/features/commitments/commitmentNodes';
import { runGuidedSession, type PromptResult } from '../../src/features/guidedSession/guidedSession';
import { dropEntry } from '../../src/features/tree/dragAndDrop';
import { WorkspaceFileSystem } from '../../src/adapters/fileSystem';
import { activeApi, diskText, eventually, workspaceFolder, writeJournalFile } from '../shared/hostTestHelpers';

// Nothing is lost: every kind of edit the extension makes keeps the unsaved text of an open editor;
// an edit that cannot be saved leaves the file on disk as it was and says why; the index survives a
// burst of file changes. (Two New Entry commands racing for one title make two files: newEntry.test.ts.)

const entry = [
	'---',
	'title: Nothing lost',
	'date: 2026-10-01',
	'areas: [hiring]',
	'status: exploring',
	'---',
	'# Nothing lost',
	'',
	'## Decision',
	'',
	'### Expected outcome',
	'',
	'Two hires by March.',
	'',
	'## Commitments',
	'',
	'- [ ] Call the recruiter @dana due:2026-12-01',
	'- [ ] Draft the offer @lee',
	'',
].join('\n');

const unsaved = 'UNSAVED THOUGHT: what Dana said in the hallway.';

/** Writes `name` to disk, opens it, and types a line that is never saved: below the heading, or at the end. */
async function openWithUnsavedText(name: string, text = entry, atEnd = false): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor; onDisk: string }> {
	const uri = await writeJournalFile('lost', name, text);
	const editor = await vscode.window.showTextDocument(uri, { preview: false });
	const at = atEnd ? editor.document.positionAt(text.length) : new vscode.Position(text.split('\n').findIndex(line => line.startsWith('# ')) + 1, 0);
	assert.ok(await editor.edit(builder => builder.insert(at, `${unsaved}\n`)));
	assert.ok(editor.document.isDirty);
	return { uri, editor, onDisk: text };
}

/** The unsaved line is still in the editor, the document is still unsaved, and the file on disk is as it was. */
async function assertNothingLost(document: vscode.TextDocument, uri: vscode.Uri, onDisk: string): Promise<void> {
	assert.ok(document.getText().includes(unsaved), 'the unsaved text survives');
	assert.ok(document.isDirty, 'a document with unsaved changes is left for the user to save');
	assert.equal(await diskText(uri), onDisk, 'nothing was written behind the user\'s back');
}

/** Records the warnings and errors shown while `run` runs. */
async function messagesDuring(run: () => Thenable<unknown>): Promise<{ result: unknown; messages: string[] }> {
	const messages: string[] = [];
	const window = vscode.window as { -readonly [K in keyof typeof vscode.window]: typeof vscode.window[K] };
	const { showWarningMessage, showErrorMessage } = window;
	window.showWarningMessage = ((message: string) => { messages.push(message); return Promise.resolve(undefined); }) as typeof showWarningMessage;
	window.showErrorMessage = ((message: string) => { messages.push(message); return Promise.resolve(undefined); }) as typeof showErrorMessage;
	try {
		return { result: await run(), messages };
	} finally {
		window.showWarningMessage = showWarningMessage;
		window.showErrorMessage = showErrorMessage;
	}
}

/** Reverts and closes every editor, so that no unsaved text outlives its test. */
async function revertAll(): Promise<void> {
	for (const document of vscode.workspace.textDocuments.filter(candidate => candidate.isDirty)) {
		await vscode.window.showTextDocument(document);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	}
	await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function commitmentNode(api: Awaited<ReturnType<typeof activeApi>>, uri: vscode.Uri, text: string): CommitmentNode | undefined {
	for (const group of api.commitmentsTree.getChildren()) {
		for (const node of api.commitmentsTree.getChildren(group)) {
			if (node.kind === 'item' && node.item.entry.uri === uri.toString() && node.item.commitment.text === text) {
				return node;
			}
		}
	}
	return undefined;
}

suite('Nothing is lost', () => {
	const folder = () => vscode.Uri.joinPath(workspaceFolder().uri, 'journal', 'lost');

	teardown(revertAll);

	suiteTeardown(async () => {
		await revertAll();
		await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
		await (await activeApi()).whenIdle();
	});

	test('Set Status keeps unsaved text', async () => {
		await activeApi();
		const { uri, editor, onDisk } = await openWithUnsavedText('set-status.md');
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.setStatus', { status: 'decided', uri }));
		assert.match(editor.document.getText(), /\nstatus: decided\n/);
		await assertNothingLost(editor.document, uri, onDisk);
	});

	test('Schedule Review keeps unsaved text', async () => {
		const { uri, editor, onDisk } = await openWithUnsavedText('schedule-review.md');
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.scheduleReview', { date: '2027-03-31', uri }));
		assert.match(editor.document.getText(), /\nreview: 2027-03-31\n/);
		await assertNothingLost(editor.document, uri, onDisk);
	});

	test('dropping the entry on another area keeps unsaved text', async () => {
		const api = await activeApi();
		const { uri, editor, onDisk } = await openWithUnsavedText('drop.md');
		await eventually(() => api.index.get(uri.toString()) !== undefined, 'the entry is indexed');
		const node = { kind: 'entry' as const, group: 'hiring', entry: api.index.get(uri.toString())! };
		assert.ok(await dropEntry(node, 'schedule', new AreaCatalog()));
		assert.match(editor.document.getText(), /\nareas: \[schedule\]\n/);
		await assertNothingLost(editor.document, uri, onDisk);
	});

	test('Mark Done keeps unsaved text, and ticks the right item when unsaved lines moved it; a deleted item is not ticked', async () => {
		const api = await activeApi();
		const below = await openWithUnsavedText('mark-done.md', entry, true);
		await eventually(() => commitmentNode(api, below.uri, 'Call the recruiter') !== undefined, 'the commitment is listed');
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.markCommitmentDone', commitmentNode(api, below.uri, 'Call the recruiter')));
		assert.match(below.editor.document.getText(), /\n- \[x\] Call the recruiter @dana due:2026-12-01 done:\d{4}-\d\d-\d\d\n- \[ \] Draft the offer @lee\n/);
		await assertNothingLost(below.editor.document, below.uri, below.onDisk);

		// The unsaved line above moves every item down: the saved line number now holds "Call the recruiter".
		const above = await openWithUnsavedText('mark-done-moved.md');
		await eventually(() => commitmentNode(api, above.uri, 'Draft the offer') !== undefined, 'the commitment is listed');
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.markCommitmentDone', commitmentNode(api, above.uri, 'Draft the offer')));
		assert.match(above.editor.document.getText(), /\n- \[ \] Call the recruiter @dana due:2026-12-01\n- \[x\] Draft the offer @lee done:\d{4}-\d\d-\d\d\n/);
		await assertNothingLost(above.editor.document, above.uri, above.onDisk);

		const gone = await openWithUnsavedText('mark-done-gone.md');
		await eventually(() => commitmentNode(api, gone.uri, 'Draft the offer') !== undefined, 'the commitment is listed');
		const draftLine = gone.editor.document.getText().split('\n').findIndex(line => line.includes('Draft the offer'));
		assert.ok(await gone.editor.edit(builder => builder.delete(new vscode.Range(draftLine, 0, draftLine + 1, 0))));
		const before = gone.editor.document.getText();
		const { result, messages } = await messagesDuring(() => vscode.commands.executeCommand('leadershipJournal.markCommitmentDone', commitmentNode(api, gone.uri, 'Draft the offer')));
		assert.equal(result, false);
		assert.equal(gone.editor.document.getText(), before, 'no other item is ticked in its place');
		assert.match(messages.join('\n'), /no longer that open commitment/);
		await assertNothingLost(gone.editor.document, gone.uri, gone.onDisk);
	});

	test('a guided answer keeps unsaved text', async () => {
		await activeApi();
		const uri = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.newEntry', { area: 'hiring', title: 'Nothing lost guided', workspaceFolder: workspaceFolder().name });
		const onDisk = await diskText(uri);
		const editor = await vscode.window.showTextDocument(uri, { preview: false });
		assert.ok(await editor.edit(builder => builder.insert(editor.document.positionAt(onDisk.length), `\n${unsaved}\n`)));
		const script: PromptResult[] = [{ kind: 'answer', text: 'Ask Dana first.' }, { kind: 'stop' }];
		const outcome = await runGuidedSession(uri, async () => script.shift() ?? { kind: 'stop' });
		assert.equal(outcome.answered, 1);
		assert.ok(editor.document.getText().includes('\nAsk Dana first.\n'));
		await assertNothingLost(editor.document, uri, onDisk);
		await vscode.workspace.fs.delete(uri);
	});

	test('Insert Coaching Questions keeps unsaved text', async () => {
		const { uri, editor, onDisk } = await openWithUnsavedText('insert-questions.md');
		editor.selection = new vscode.Selection(editor.document.lineCount - 1, 0, editor.document.lineCount - 1, 0);
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.insertCoachingQuestions', { lens: 'pre-mortem' }));
		assert.ok(editor.document.getText().length > onDisk.length + unsaved.length + 100, 'the questions are in');
		await assertNothingLost(editor.document, uri, onDisk);
	});

	test('Review Entry keeps unsaved text', async () => {
		const { uri, editor, onDisk } = await openWithUnsavedText('review-entry.md');
		assert.ok(await vscode.commands.executeCommand('leadershipJournal.reviewEntry', { uri, outcome: 'better' }));
		assert.match(editor.document.getText(), /\noutcome: better\n[\s\S]*\n## Review, /);
		await assertNothingLost(editor.document, uri, onDisk);
	});

	test('Rename Title keeps unsaved text: the unsaved editor moves with the file', async () => {
		const { uri, onDisk } = await openWithUnsavedText('rename-title.md');
		const renamed = await vscode.commands.executeCommand<vscode.Uri>('leadershipJournal.renameTitle', uri, 'Nothing lost, renamed');
		assert.ok(renamed && renamed.toString() !== uri.toString());
		const document = vscode.workspace.textDocuments.find(candidate => candidate.uri.toString() === renamed.toString());
		assert.ok(document, 'the renamed document is open');
		assert.match(document.getText(), /\ntitle: "Nothing lost, renamed"\n/);
		await assertNothingLost(document, renamed, onDisk);
	});

	test('a read-only file (chmod 444; as root also chattr +i, as root writes anyway): the file on disk is unchanged, and the user is told why', async function () {
		await activeApi();
		const uri = await writeJournalFile('lost', 'read-only.md', entry);
		const file = uri.fsPath;
		fs.chmodSync(file, 0o444);
		// Root may write to any file: the immutable attribute stops even root.
		let immutable = false;
		try {
			if (process.getuid?.() === 0) {
				try {
					execFileSync('chattr', ['+i', file]);
					immutable = true;
				} catch {
					this.skip();
				}
			}
			const { result, messages } = await messagesDuring(() => vscode.commands.executeCommand('leadershipJournal.setStatus', { status: 'decided', uri }));
			assert.equal(await diskText(uri), entry, 'the file on disk is unchanged');
			assert.equal(messages.length, 1, `one message: ${messages.join(' | ')}`);
			assert.match(messages[0], /read-only\.md could not be saved, so the file on disk is unchanged\. It may be read-only/);
			const document = vscode.workspace.textDocuments.find(candidate => candidate.uri.toString() === uri.toString());
			assert.ok(document?.isDirty && document.getText().includes('status: decided'), 'the change is kept in an unsaved editor');
			assert.equal(result, true);
		} finally {
			if (immutable) {
				execFileSync('chattr', ['-i', file]);
			}
			fs.chmodSync(file, 0o644);
		}
	});

	test('a file changed on disk under an open, saved editor: the change on disk is never lost', async () => {
		await activeApi();
		const uri = await writeJournalFile('lost', 'changed-on-disk.md', entry);
		const document = await vscode.workspace.openTextDocument(uri);
		await vscode.window.showTextDocument(document);
		const theirs = entry.replace('Two hires by March.', 'Changed by another program.');
		fs.writeFileSync(uri.fsPath, theirs);
		const { messages } = await messagesDuring(() => vscode.commands.executeCommand('leadershipJournal.setStatus', { status: 'decided', uri }));
		const now = await diskText(uri);
		assert.ok(now.includes('Changed by another program.'), 'the other program\'s change is on disk');
		if (now === theirs) {
			// The editor still held the old text: VS Code refused the edit or its save, and the user was told.
			assert.match(messages.join('\n'), /changed-on-disk\.md could not be (?:changed, so it was left as it was|saved, so the file on disk is unchanged)\. It may be read-only, or it changed on disk/);
			console.log(`      changed on disk: ${messages.join(' | ')}`);
		} else {
			// VS Code reloaded the editor first: the status was set on the other program's text.
			assert.match(now, /\nstatus: decided\n/);
			console.log('      changed on disk: VS Code reloaded the editor first; the status was added to the new text');
		}
	});

	test('a burst of 5,000 creates, 1,000 deletes and 1,000 renames ends with the index equal to a fresh scan', async function () {
		this.timeout(90_000);
		const api = await activeApi();
		const burst = vscode.Uri.joinPath(folder(), 'burst');
		const root = burst.fsPath;
		const started = Date.now();
		for (let part = 0; part < 10; part++) {
			fs.mkdirSync(path.join(root, `part-${part}`), { recursive: true });
		}
		const fileOf = (at: number) => path.join(root, `part-${at % 10}`, `entry-${at}.md`);
		for (let at = 0; at < 5000; at++) {
			fs.writeFileSync(fileOf(at), `---\ntitle: Burst ${at}\nareas: [hiring]\n---\n`);
		}
		for (let at = 0; at < 1000; at++) {
			fs.rmSync(fileOf(at));
		}
		for (let at = 1000; at < 2000; at++) {
			fs.renameSync(fileOf(at), path.join(root, `part-${(at + 1) % 10}`, `renamed-${at}.md`));
		}
		const burstMs = Date.now() - started;
		const fresh = async () => (await new JournalScanner(new WorkspaceFileSystem()).scan(burst.toString())).map(found => `${found.uri} ${found.title}`).sort();
		const indexed = () => api.index.urisUnder([burst.toString()]).map(uri => `${uri} ${api.index.get(uri)?.title}`).sort();
		const expected = await fresh();
		assert.equal(expected.length, 4000);
		await eventually(async () => {
			await api.whenIdle();
			return indexed().length === expected.length;
		}, 'the index settles at 4,000 entries', 60_000);
		await api.whenIdle();
		assert.deepEqual(indexed(), expected);
		assert.deepEqual(await fresh(), expected);
		console.log(`      burst written in ${burstMs} ms; index settled after ${Date.now() - started} ms`);

		fs.rmSync(root, { recursive: true });
		await eventually(async () => {
			await api.whenIdle();
			return api.index.urisUnder([burst.toString()]).length === 0;
		}, 'the burst folder leaves the index', 30_000);
	});
});
