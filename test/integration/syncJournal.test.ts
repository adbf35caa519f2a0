import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { toIsoDate } from '../../src/core/model/dates';
import { activeApi, eventually, groupNode, replaceInWindow, workspaceFolder } from '../shared/hostTestHelpers';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';

/** Runs git in `cwd`, as the other machine or to look at the remote. */
function git(cwd: string, ...args: string[]): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function identify(clone: string, name: string): void {
	git(clone, 'config', 'user.name', name);
	git(clone, 'config', 'user.email', `${name}@example.invalid`);
	git(clone, 'config', 'commit.gpgsign', 'false');
}

function write(file: string, text: string): void {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
}

const seed = '---\ntitle: Team offsite\nareas: [distributed-team]\n---\n# Team offsite\n\nVenue: to be decided\n';

suite('Sync Journal against a local bare repository', () => {
	let scratch: string;
	let remote: string;
	let laptop: string;
	let here: string;
	const setFolder = (value: string | undefined) => vscode.workspace.getConfiguration('leadershipJournal').update('folder', value, vscode.ConfigurationTarget.Workspace);
	const sync = () => vscode.commands.executeCommand<{ kind: string; committed?: number; pulled?: boolean; pushed?: boolean; files?: vscode.Uri[] }[]>('leadershipJournal.syncJournal');

	suiteSetup(async function () {
		this.timeout(60_000);
		scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-sync-'));
		remote = path.join(scratch, 'remote.git');
		laptop = path.join(scratch, 'laptop');
		here = path.join(workspaceFolder().uri.fsPath, 'synced');
		git(scratch, 'init', '--bare', '--initial-branch=main', remote);
		git(scratch, 'clone', remote, laptop);
		identify(laptop, 'laptop');
		git(laptop, 'checkout', '-b', 'main');
		write(path.join(laptop, 'journal', 'offsite.md'), seed);
		git(laptop, 'add', '-A');
		git(laptop, 'commit', '-m', 'seed');
		git(laptop, 'push', '-u', 'origin', 'main');
		git(path.dirname(here), 'clone', remote, here);
		identify(here, 'desk');
		await setFolder('synced/journal');
		const api = await activeApi();
		await eventually(async () => { await api.whenIdle(); return [...api.index.all()].some(entry => entry.title === 'Team offsite'); }, 'the synced journal is indexed');
	});

	suiteTeardown(async () => {
		await setFolder(undefined);
		fs.rmSync(scratch, { recursive: true, force: true });
		fs.rmSync(here, { recursive: true, force: true });
	});

	test('commits only the journal folder with a message naming the date, pulls with rebase, and pushes', async () => {
		write(path.join(laptop, 'journal', 'from-laptop.md'), '---\ntitle: Written on the laptop\n---\n');
		git(laptop, 'add', '-A');
		git(laptop, 'commit', '-m', 'laptop entry');
		git(laptop, 'push');
		write(path.join(here, 'journal', 'written-here.md'), '---\ntitle: Written at the desk\n---\n');
		write(path.join(here, 'notes.txt'), 'outside the journal');
		const outcomes = await sync();
		assert.deepEqual(outcomes, [{ kind: 'synced', committed: 1, pulled: true, pushed: true }]);
		const today = toIsoDate(new Date());
		assert.deepEqual(git(remote, 'log', '--format=%s', 'main').split('\n'), [`Journal ${today}: 1 file changed`, 'laptop entry', 'seed']);
		assert.deepEqual(git(remote, 'ls-tree', '-r', '--name-only', 'main').split('\n'), ['journal/from-laptop.md', 'journal/offsite.md', 'journal/written-here.md']);
		assert.ok(fs.existsSync(path.join(here, 'journal', 'from-laptop.md')), 'the laptop\'s entry arrived');
		assert.equal(git(here, 'status', '--porcelain'), '?? notes.txt', 'nothing outside the journal was committed');
	});

	test('a conflicting change ends under Needs attention with the markers located; fixed, the next sync pushes', async () => {
		git(laptop, 'pull', '--rebase');
		write(path.join(laptop, 'journal', 'offsite.md'), seed.replace('to be decided', 'Lisbon'));
		git(laptop, 'commit', '-am', 'venue from the laptop');
		git(laptop, 'push');
		const offsite = vscode.Uri.file(path.join(here, 'journal', 'offsite.md'));
		await vscode.workspace.fs.writeFile(offsite, new TextEncoder().encode(seed.replace('to be decided', 'Porto')));
		const restore = replaceInWindow('showWarningMessage', () => Promise.resolve(undefined));
		let outcomes;
		try {
			outcomes = await sync();
		} finally {
			restore();
		}
		assert.equal(outcomes?.[0].kind, 'conflict');
		assert.deepEqual(outcomes?.[0].files?.map(uri => uri.path), [offsite.path]);
		const api = await activeApi();
		await eventually(async () => {
			await api.whenIdle();
			const attention = groupNode(api, '@attention');
			return !!attention && (api.challengesTree.getChildren(attention) as ChallengeNode[]).some(node => node.kind === 'entry' && node.entry.uri === offsite.toString());
		}, 'the conflicting entry is under Needs attention');
		assert.equal(api.index.get(offsite.toString())?.problem?.code, 'conflictMarkers');
		assert.equal(api.index.get(offsite.toString())?.problem?.line, 6);

		await vscode.workspace.fs.writeFile(offsite, new TextEncoder().encode(seed.replace('to be decided', 'Porto, then Lisbon')));
		assert.deepEqual((await sync()).map(outcome => [outcome.kind, outcome.pushed]), [['synced', true]]);
		assert.match(git(remote, 'show', 'main:journal/offsite.md'), /Venue: Porto, then Lisbon/);
		assert.equal(git(remote, 'log', '-1', '--format=%s', 'main^'), 'venue from the laptop');
	});
});

suite('Sync Journal outside a repository', () => {
	const setFolder = (value: string | undefined) => vscode.workspace.getConfiguration('leadershipJournal').update('folder', value, vscode.ConfigurationTarget.Workspace);
	const folder = () => path.join(workspaceFolder().uri.fsPath, 'unversioned');

	// The Git extension runs git in this process's environment: an identity here lets the first commit of the
	// new repository succeed on machines whose git has none configured.
	const identity = { GIT_AUTHOR_NAME: 'desk', GIT_AUTHOR_EMAIL: 'desk@example.invalid', GIT_COMMITTER_NAME: 'desk', GIT_COMMITTER_EMAIL: 'desk@example.invalid' };
	const saved: Record<string, string | undefined> = {};

	setup(() => {
		for (const [key, value] of Object.entries(identity)) {
			saved[key] = process.env[key];
			process.env[key] = value;
		}
	});

	teardown(async () => {
		for (const key of Object.keys(identity)) {
			if (saved[key] === undefined) {
				delete process.env[key];
			} else {
				process.env[key] = saved[key];
			}
		}
		await setFolder(undefined);
		fs.rmSync(folder(), { recursive: true, force: true });
	});

	test('says the journal is in no repository and offers to initialize one; accepted, it commits there', async () => {
		write(path.join(folder(), 'first.md'), '---\ntitle: First\n---\n');
		await setFolder('unversioned');
		const api = await activeApi();
		await eventually(async () => { await api.whenIdle(); return [...api.index.all()].some(entry => entry.title === 'First'); }, 'the folder is indexed');
		const asked: string[] = [];
		let answer: string | undefined;
		const restore = replaceInWindow('showInformationMessage', (message: string, ...buttons: string[]) => {
			asked.push(message);
			return Promise.resolve(answer === undefined ? undefined : buttons.find(button => button === answer));
		});
		try {
			assert.deepEqual(await vscode.commands.executeCommand('leadershipJournal.syncJournal'), [{ kind: 'noRepository' }]);
			assert.match(asked[0], /not in a git repository/);
			assert.ok(!fs.existsSync(path.join(folder(), '.git')), 'nothing is initialized without a yes');
			answer = 'Initialize Repository';
			assert.deepEqual(await vscode.commands.executeCommand('leadershipJournal.syncJournal'), [{ kind: 'committedOnly', committed: 1 }]);
		} finally {
			restore();
		}
		assert.equal(git(folder(), 'log', '--format=%s').split('\n').length, 1);
		assert.match(asked[asked.length - 1], /no remote/);
	});
});
