// Loaded by the extension host as extensionTestsPath by `npm run bench:host` (test/host/benchHost.mjs):
// measures, inside the host, what the packaged extension does with the journal of the opened folder.
// Two phases, told by the JSON file at $LJ_BENCH_OUT: `first` while it holds none (a fresh profile:
// first index, the event-loop delay meanwhile, a file written on disk until it is in the tree; then
// waits for the index cache below the profile $LJ_BENCH_USER_DIR to be saved), then `reload` (the
// same profile again: the index from the cache). With $LJ_BENCH_PROFILE, each index is CPU-profiled
// into `$LJ_BENCH_PROFILE-<phase>.cpuprofile`.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { LeadershipJournalApi } from '../../src/extension';
import { buildChallengesTree, extensionId } from '../shared/hostTestHelpers';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function post(session: inspector.Session, method: string, params: object = {}): Promise<unknown> {
	return new Promise((resolve, reject) => session.post(method, params, (error, result) => error ? reject(error) : resolve(result)));
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Round trips of a command to the workbench and back while `until` is pending: how long a command waits for the host. */
async function commandLatencies(until: Promise<unknown>): Promise<number[]> {
	let done = false;
	void until.finally(() => { done = true; });
	const times: number[] = [];
	for (let n = 0; !done; n++) {
		const started = performance.now();
		await vscode.commands.executeCommand('setContext', 'leadershipJournal.benchPing', n);
		times.push(performance.now() - started);
		await sleep(20);
	}
	return times;
}

/** Indexes the journal from activation on and returns the figures of that first index. */
async function index(profileFile: string | undefined): Promise<{ api: LeadershipJournalApi; figures: Record<string, number> }> {
	const extension = vscode.extensions.getExtension<LeadershipJournalApi>(extensionId);
	if (!extension) {
		throw new Error(`${extensionId} is not installed in the host`);
	}
	if (extension.isActive) {
		throw new Error('the extension was active before the probe: its first index cannot be timed');
	}
	const session = profileFile ? new inspector.Session() : undefined;
	if (session) {
		session.connect();
		await post(session, 'Profiler.enable');
		await post(session, 'Profiler.setSamplingInterval', { interval: 500 });
		await post(session, 'Profiler.start');
	}
	const delay = monitorEventLoopDelay({ resolution: 10 });
	const started = performance.now();
	let activateMs = 0;
	const indexed = (async () => {
		const api = await extension.activate();
		// The index runs in the background from here on: the delay is measured while it does, not while the bundle loads.
		activateMs = performance.now() - started;
		delay.enable();
		await api.whenIdle();
		buildChallengesTree(api);
		return api;
	})();
	const latencies = commandLatencies(indexed);
	const api = await indexed;
	const firstIndexMs = performance.now() - started;
	delay.disable();
	if (session) {
		const { profile } = await post(session, 'Profiler.stop') as { profile: object };
		fs.writeFileSync(profileFile!, JSON.stringify(profile));
		session.disconnect();
	}
	const commands = await latencies;
	return {
		api,
		figures: {
			indexMs: firstIndexMs, activateMs, entries: api.index.size,
			loopDelayP99Ms: delay.percentile(99) / 1e6, loopDelayMaxMs: delay.max / 1e6,
			commandP99Ms: percentile(commands, 0.99), commandMaxMs: Math.max(...commands),
		},
	};
}

/** From a new file written on disk to it being in the index and the tree. */
async function writtenToTree(api: LeadershipJournalApi, journal: string): Promise<number> {
	const file = path.join(journal, `bench-written-${Date.now()}.md`);
	const uri = vscode.Uri.file(file).toString();
	const started = performance.now();
	fs.writeFileSync(file, '---\ntitle: Written by the host benchmark\ndate: 2099-01-01\narea: hiring\n---\n\n## Notes\n');
	while (!api.index.get(uri)) {
		if (performance.now() - started > 30_000) {
			throw new Error('the written file did not reach the index within 30 s');
		}
		await sleep(5);
	}
	buildChallengesTree(api);
	const ms = performance.now() - started;
	fs.rmSync(file);
	await sleep(500);
	await api.whenIdle();
	return ms;
}

/** Waits until the index cache is on disk below the profile's workspace storage. */
async function cacheSaved(profile: string): Promise<void> {
	const storage = path.join(profile, 'user-data', 'User', 'workspaceStorage');
	const deadline = Date.now() + 60_000;
	for (;;) {
		const files = fs.existsSync(storage) ? (fs.readdirSync(storage, { recursive: true }) as string[]).filter(name => name.includes('index-cache') && name.endsWith('.json')) : [];
		if (files.length > 0) {
			// The save writes in the background; give it a moment to finish.
			await sleep(3000);
			return;
		}
		if (Date.now() > deadline) {
			throw new Error('the index cache was not saved within 60 s');
		}
		await sleep(250);
	}
}

/** The probe's entry point, as the host calls an extensionTestsPath. */
export async function run(): Promise<void> {
	const out = process.env.LJ_BENCH_OUT!;
	const previous = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown> : {};
	const phase = previous.first ? 'reload' : 'first';
	const journal = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'journal');
	const profile = process.env.LJ_BENCH_PROFILE;
	const { api, figures } = await index(profile ? `${profile}-${phase}.cpuprofile` : undefined);
	if (phase === 'first') {
		figures.writtenToTreeMs = await writtenToTree(api, journal);
		await cacheSaved(process.env.LJ_BENCH_USER_DIR!);
	}
	fs.writeFileSync(out, JSON.stringify({ ...previous, [phase]: figures }, null, '\t'));
}
