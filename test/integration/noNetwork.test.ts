import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeApi, escapeEveryPrompt, extensionId, within, workspaceFolder, writeJournalFile, type EscapedPrompts } from '../shared/hostTestHelpers';

// Nothing leaves the machine: with every way out of this process stubbed, every contributed command
// runs, the Insights panel opens and the preview renders, and not one network call is made.
// The test runs in the extension host, the same process as the extension.

interface Call {
	readonly what: string;
	readonly stack: string;
}

type Stubbable = Record<string, unknown>;

// The modules themselves, as every caller in this process gets them (an `import * as` copy could not be changed).
const nodeRequire = createRequire(__filename);
const builtIn = (id: string) => nodeRequire(id) as Stubbable;

/** Replaces `object[name]` with a recorder that throws; returns the undo. */
function stub(object: Stubbable, name: string, label: string, calls: Call[], passThrough = false): () => void {
	const original = object[name] as (...args: unknown[]) => unknown;
	object[name] = function (this: unknown, ...args: unknown[]) {
		calls.push({ what: label, stack: new Error(label).stack ?? '' });
		if (passThrough) {
			return original.apply(this, args);
		}
		throw new Error(`${label} was called during the no-network test`);
	};
	return () => { object[name] = original; };
}

/**
 * Runs a command to its end: every prompt it shows is answered as Escape would (see escapeEveryPrompt),
 * so a command that asks for input ends on its own. Says which prompts were escaped.
 */
async function runToEnd(command: string, args: unknown[], prompts: EscapedPrompts): Promise<string> {
	const askedBefore = prompts.asked.length;
	const outcome = await within(Promise.resolve(vscode.commands.executeCommand(command, ...args)).then(() => 'done', (error: unknown) => `failed: ${String(error)}`),
		20_000, `${command} did not end, though every prompt it showed was escaped`);
	const escaped = prompts.asked.slice(askedBefore);
	return escaped.length === 0 ? outcome : `escaped ${escaped.join(', ')}; ${outcome}`;
}

/** Every file of the workspace folder with its bytes, to undo what the commands write. */
function snapshot(root: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
		const file = path.join(root, name);
		if (fs.statSync(file).isFile()) {
			files.set(file, fs.readFileSync(file));
		}
	}
	return files;
}

function restore(root: string, before: Map<string, Buffer>): void {
	for (const [file, bytes] of snapshot(root)) {
		const old = before.get(file);
		if (!old) {
			fs.rmSync(file);
		} else if (!old.equals(bytes)) {
			fs.writeFileSync(file, old);
		}
	}
	for (const [file, bytes] of before) {
		if (!fs.existsSync(file)) {
			fs.mkdirSync(path.dirname(file), { recursive: true });
			fs.writeFileSync(file, bytes);
		}
	}
}

suite('Nothing leaves the machine', () => {
	test('every contributed command, the Insights panel and the preview make no network request', async function () {
		this.timeout(300_000);
		const api = await activeApi();
		const root = workspaceFolder().uri.fsPath;
		const uri = await writeJournalFile('no-network', 'entry.md', [
			'---', 'title: No network', 'date: 2026-10-01', 'areas: [hiring]', 'status: exploring', '---', '# No network', '',
			'## Goal', '', '### What do you want to be true in six months?', '', '## Commitments', '', '- [ ] Call Ana @ana due:2026-12-01', '',
		].join('\n'));
		await api.whenIdle();
		const entryText = fs.readFileSync(uri.fsPath, 'utf8');
		const before = snapshot(root);
		const query = api.challengesTree.query;
		const commitmentGrouping = api.commitmentsTree.commitmentGrouping;
		const commitment = api.commitmentsTree.getChildren().flatMap(group => api.commitmentsTree.getChildren(group)).find(node => node.kind === 'item');

		// Arguments that skip the prompts (README, "Commands"); commands not listed here run without any, and their prompts are escaped.
		const argumentsOf: Record<string, unknown[]> = {
			'leadershipJournal.newEntry': [{ area: 'general', title: 'No network entry' }],
			'leadershipJournal.showMore': ['hiring'],
			'leadershipJournal.thinkItThrough': [uri],
			'leadershipJournal.insertCoachingQuestions': [{ lens: 'pre-mortem' }],
			'leadershipJournal.customizeTemplate': [{ area: 'hiring' }],
			'leadershipJournal.setStatus': [{ status: 'decided', uri }],
			'leadershipJournal.scheduleReview': [{ date: '2027-01-31', uri }],
			'leadershipJournal.reviewEntry': [{ outcome: 'better', uri }],
			'leadershipJournal.groupBy': ['status'],
			'leadershipJournal.markCommitmentDone': [commitment],
			'leadershipJournal.showMoreCommitments': ['overdue'],
			'leadershipJournal.groupCommitmentsBy': ['owner'],
			'leadershipJournal.sortBy': ['title'],
			'leadershipJournal.filter': [{ text: 'network', statuses: [] }],
			'leadershipJournal.openToSide': [uri],
			'leadershipJournal.revealInExplorer': [uri],
			'leadershipJournal.copyLink': [uri],
			'leadershipJournal.toggleSafeScreen': [{ on: true, closeEditors: false }],
			'leadershipJournal.renameTitle': [uri, 'No network, renamed'],
			'leadershipJournal.addCustomArea': [{ id: 'no-network', name: 'No network' }],
			// Into the workspace folder's own journal: files written elsewhere would stay in the index (see the report).
			'leadershipJournal.trySampleJournal': [{ folder: workspaceFolder().uri }],
		};
		const manifest = vscode.extensions.getExtension(extensionId)!.packageJSON as { contributes: { commands: { command: string }[] } };
		// Rename Title goes last: it moves the entry the other commands work on.
		// Sync Journal is the one command made to reach a remote: it asks VS Code's Git extension to run git,
		// which pulls and pushes. It opens no connection itself; syncJournal.test.ts runs it against a local repository.
		const commands = manifest.contributes.commands.map(contributed => contributed.command)
			.filter(command => command !== 'leadershipJournal.syncJournal')
			.sort((a, b) => Number(a === 'leadershipJournal.renameTitle') - Number(b === 'leadershipJournal.renameTitle'));

		const calls: Call[] = [];
		const spawned: Call[] = [];
		const net = builtIn('node:net');
		const undo = [
			stub(builtIn('node:http'), 'request', 'http.request', calls),
			stub(builtIn('node:http'), 'get', 'http.get', calls),
			stub(builtIn('node:https'), 'request', 'https.request', calls),
			stub(builtIn('node:https'), 'get', 'https.get', calls),
			stub(net, 'connect', 'net.connect', calls),
			stub(net, 'createConnection', 'net.createConnection', calls),
			stub((net.Socket as { prototype: Stubbable }).prototype, 'connect', 'net.Socket#connect', calls),
			stub(builtIn('node:tls'), 'connect', 'tls.connect', calls),
			stub(builtIn('node:dns'), 'lookup', 'dns.lookup', calls),
			stub(globalThis as unknown as Stubbable, 'fetch', 'fetch', calls),
			// Nothing runs either: programs started from the extension's code are recorded (VS Code's own may run).
			...['spawn', 'exec', 'execFile', 'fork'].map(name => stub(builtIn('node:child_process'), name, `child_process.${name}`, spawned, true)),
		];
		const prompts = escapeEveryPrompt();
		undo.push(() => prompts.restore());
		const outcomes: string[] = [];
		try {
			await vscode.window.showTextDocument(uri);
			for (const command of commands) {
				if (command !== 'leadershipJournal.insertCoachingQuestions') {
					await vscode.window.showTextDocument(uri, { preview: false });
				} else {
					const editor = await vscode.window.showTextDocument(uri, { preview: false });
					editor.selection = new vscode.Selection(editor.document.lineCount - 1, 0, editor.document.lineCount - 1, 0);
				}
				outcomes.push(`${command}: ${await runToEnd(command, argumentsOf[command] ?? [], prompts)}`);
			}
			await vscode.commands.executeCommand('leadershipJournal.showInsights');
			assert.match(api.insights.html ?? '', /default-src 'none'/, 'the Insights page forbids anything not allowed by name');
			const rendered = await vscode.commands.executeCommand<string>('markdown.api.render', entryText);
			assert.ok(rendered.includes('No network'), 'the preview rendered');
			// What the commands set going (file events, re-indexing) is done before the stubs go.
			await api.whenIdle();
		} finally {
			undo.forEach(restoreStub => restoreStub());
			for (const document of vscode.workspace.textDocuments.filter(candidate => candidate.isDirty)) {
				await vscode.window.showTextDocument(document);
				await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
			}
			await vscode.commands.executeCommand('workbench.action.closeAllEditors');
			await vscode.commands.executeCommand('leadershipJournal.toggleSafeScreen', { on: false });
			await vscode.commands.executeCommand('leadershipJournal.groupBy', query.grouping);
			await vscode.commands.executeCommand('leadershipJournal.sortBy', query.sort);
			await vscode.commands.executeCommand('leadershipJournal.filter', query.filter);
			await vscode.commands.executeCommand('leadershipJournal.groupCommitmentsBy', commitmentGrouping);
			await vscode.workspace.getConfiguration('leadershipJournal').update('customAreas', undefined, vscode.ConfigurationTarget.Workspace);
			restore(root, before);
			fs.rmSync(path.dirname(uri.fsPath), { recursive: true, force: true });
			await api.whenIdle();
		}
		assert.equal(outcomes.length, commands.length);
		assert.deepEqual(calls.map(call => `${call.what}\n${call.stack}`), [], `network calls were made; commands: ${outcomes.join('; ')}`);
		const ours = path.join(vscode.extensions.getExtension(extensionId)!.extensionPath, 'dist');
		assert.deepEqual(spawned.filter(call => call.stack.includes(ours)).map(call => call.stack), [], 'the extension started a program');
		console.log(`      ${commands.length} commands ran: ${outcomes.filter(outcome => !outcome.endsWith(': done')).join('; ') || 'all done'}`);
	});
});
