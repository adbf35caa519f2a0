// `npm run bench:host`: the packaged extension (leadership-journal.vsix, built by `npm run package`)
// installed into a fresh code-server profile and opened on generated journals of 1,000 and 10,000
// entries (add 50,000 with --large). Inside the extension host, test/bench/hostProbe.ts times the first
// index (activation until the index is complete and the tree built), the host's event-loop delay
// (perf_hooks.monitorEventLoopDelay, from activate()'s return until the index is complete) and a
// command's round trip to the workbench meanwhile, a file written on disk until it is in the tree, and, after a
// reload of the page with the same profile, the index from the cache. Beside each, the bench's cold
// index (test/bench/coldIndex.ts) on the same corpus in plain Node, for the ratio. Not part of npm test.
// Options: --sizes 1000,10000; --large; --profile (CPU profiles of the host next to the output);
// --no-package (use the .vsix as it is); --out FILE (default .ci-artifacts/bench-host.json).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestHost, forwardExtensionHostConsole, launchBrowser, prepareProfile, runCodeServer, startCodeServer } from './testHost.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const argument = name => { const at = process.argv.indexOf(name); return at === -1 ? undefined : process.argv[at + 1]; };
const sizes = (argument('--sizes') ?? (process.argv.includes('--large') ? '1000,10000,50000' : '1000,10000')).split(',').map(Number);
const outFile = path.resolve(argument('--out') ?? path.join(repo, '.ci-artifacts', 'bench-host.json'));
const profiling = process.argv.includes('--profile');
const phaseTimeoutMs = 10 * 60_000;

function sh(command, args) {
	execFileSync(command, args, { cwd: repo, stdio: 'inherit' });
}

if (!process.argv.includes('--no-package')) {
	sh('npm', ['run', '-s', 'package']);
}
sh('npm', ['run', '-s', 'compile-tests']);
ensureTestHost();
const vsix = path.join(repo, 'leadership-journal.vsix');
const { writeCorpus } = require(path.join(repo, 'out', 'test', 'bench', 'corpus.js'));
const { coldIndex } = require(path.join(repo, 'out', 'test', 'bench', 'coldIndex.js'));
const probe = path.join(repo, 'out', 'test', 'bench', 'hostProbe.js');

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The bench's cold index of the journal at `root` in this Node process: one warm-up, then the median of three. */
async function benchColdIndex(root) {
	await coldIndex(root);
	const times = [];
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		const { updater } = await coldIndex(root);
		times.push(performance.now() - started);
		updater.dispose();
	}
	return median(times);
}

/** Opens the workspace `folder` in code-server twice with one profile: the probe's `first` and `reload` phases. */
async function measureInHost(folder, scratch, size) {
	const profile = path.join(scratch, 'profile');
	prepareProfile(profile);
	runCodeServer(profile, ['--install-extension', vsix]);
	// The host runs tests only beside an extension in development: an empty one, so that the installed .vsix is what runs.
	const probeExtension = path.join(scratch, 'probe-extension');
	fs.mkdirSync(probeExtension, { recursive: true });
	fs.writeFileSync(path.join(probeExtension, 'package.json'), JSON.stringify({ name: 'lj-bench-probe', publisher: 'bench', version: '0.0.0', engines: { vscode: '*' } }));
	const figuresFile = path.join(scratch, 'figures.json');
	process.env.LJ_BENCH_OUT = figuresFile;
	process.env.LJ_BENCH_USER_DIR = profile;
	if (profiling) {
		process.env.LJ_BENCH_PROFILE = path.join(path.dirname(outFile), `bench-host-${size}`);
		fs.mkdirSync(path.dirname(outFile), { recursive: true });
	}
	const server = await startCodeServer(profile, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
	const browser = await launchBrowser();
	try {
		const remote = file => `vscode-remote://127.0.0.1:${server.port}${file}`;
		const payload = [['extensionDevelopmentPath', remote(probeExtension)], ['extensionTestsPath', remote(probe)], ['skipWelcome', 'true']];
		const url = `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
		const page = browser.context.pages()[0] ?? await browser.context.newPage();
		let finish = () => undefined;
		await page.exposeFunction('codeAutomationExit', code => finish(code));
		forwardExtensionHostConsole(page);
		for (const phase of ['first', 'reload']) {
			const finished = new Promise(resolve => { finish = resolve; });
			const timer = setTimeout(() => finish('timeout'), phaseTimeoutMs);
			await page.goto(url);
			const code = await finished;
			clearTimeout(timer);
			if (code !== 0) {
				throw new Error(`the host probe's ${phase} phase failed (${code}); see the host's console above`);
			}
		}
	} finally {
		await browser.close();
		server.stop();
	}
	return JSON.parse(fs.readFileSync(figuresFile, 'utf8'));
}

const format = value => value >= 100 ? value.toFixed(0) : value.toFixed(1);

function table(results) {
	const rows = [
		['Corpus (MB)', r => format(r.corpusMB)],
		['Bench cold index, plain Node (ms)', r => format(r.benchColdMs)],
		['Host: activate() of the installed .vsix, bundle load included (ms)', r => format(r.host.first.activateMs)],
		['Host: first index, activation to complete tree (ms)', r => format(r.host.first.indexMs)],
		['Host first index / bench cold index', r => `${(r.host.first.indexMs / r.benchColdMs).toFixed(2)}×`],
		['Host: reload with the index cache (ms)', r => format(r.host.reload.indexMs)],
		['Host: file written on disk → in the tree (ms)', r => format(r.host.first.writtenToTreeMs)],
		['Host event-loop delay while the first index runs (after activate()), p99 / max (ms)', r => `${format(r.host.first.loopDelayP99Ms)} / ${format(r.host.first.loopDelayMaxMs)}`],
		['Host command round trip during first index, p99 / max (ms)', r => `${format(r.host.first.commandP99Ms)} / ${format(r.host.first.commandMaxMs)}`],
	];
	const lines = [`| Figure | ${results.map(r => `${r.entries.toLocaleString('en')} entries`).join(' | ')} |`, `|---|${results.map(() => '---:').join('|')}|`];
	for (const [name, cell] of rows) {
		lines.push(`| ${name} | ${results.map(cell).join(' | ')} |`);
	}
	return lines.join('\n');
}

const results = [];
console.log(`Machine: ${JSON.stringify({ nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg().map(load => load.toFixed(2)).join(' ') })}`);
for (const size of sizes) {
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-bench-host-'));
	try {
		const folder = path.join(scratch, 'workspace');
		const corpus = writeCorpus(path.join(folder, 'journal'), size);
		spawnSync('sync');
		const benchColdMs = await benchColdIndex(path.join(folder, 'journal'));
		spawnSync('sync');
		const host = await measureInHost(folder, scratch, size);
		results.push({ entries: size, corpusMB: corpus.bytes / 1e6, benchColdMs, host });
		console.log(`${size}: bench cold ${benchColdMs.toFixed(0)} ms, host first ${host.first.indexMs.toFixed(0)} ms, reload ${host.reload.indexMs.toFixed(0)} ms`);
	} finally {
		fs.rmSync(scratch, { recursive: true, force: true });
	}
}
console.log(`\n${table(results)}\n`);
const at10k = results.find(r => r.entries === 10_000);
if (at10k) {
	const ratio = at10k.host.first.indexMs / at10k.benchColdMs;
	const targets = [
		[`host first index at 10k within 2× of the bench's cold index: ${ratio.toFixed(2)}×`, ratio <= 2],
		[`host first index at 10k ≤ 5 s: ${format(at10k.host.first.indexMs)} ms`, at10k.host.first.indexMs <= 5000],
		[`host event-loop delay p99 < 50 ms during the first index at 10k: ${format(at10k.host.first.loopDelayP99Ms)} ms`, at10k.host.first.loopDelayP99Ms < 50],
	];
	for (const [text, met] of targets) {
		console.log(`${met ? 'met    ' : 'NOT MET'}  ${text}`);
	}
}
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, `${JSON.stringify({ machine: { nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: process.version }, results }, null, '\t')}\n`);
console.log(`Figures written to ${path.relative(process.cwd(), outFile)}`);
