// `npm test`: every layer, one summary. Unit tests in plain Node; integration tests inside
// code-server's real extension host; end-to-end tests of the packaged .vsix in the browser UI.
// The last line is "N passed, N failed", summed over the layers; the exit code is non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, ensureTestHost } from './host/testHost.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = process.env.LJ_ARTIFACTS || path.join(repo, '.ci-artifacts');
fs.mkdirSync(artifacts, { recursive: true });
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;
const step = message => console.log(`\n== [${elapsed()}] ${message}`);
const layers = [];

function npmRun(script) {
	execFileSync('npm', ['run', '-s', script], { cwd: repo, stdio: 'inherit' });
}

/** Runs a command, echoing and saving its output. */
function runLogged(command, args, logName, env = {}) {
	const result = spawnSync(command, args, { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	process.stdout.write(output);
	fs.writeFileSync(path.join(artifacts, logName), output);
	return { status: result.status ?? 1, output };
}

function count(output, pattern) {
	const matches = [...output.matchAll(pattern)];
	return matches.length > 0 ? Number(matches[matches.length - 1][1]) : 0;
}

function record(name, passed, failed, status) {
	// A layer that failed without reporting a failing test (a crash, a timeout) still counts as one failure.
	layers.push({ name, passed, failed: status !== 0 && failed === 0 ? 1 : failed });
}

/** Runs a build step; a failure is counted and ends the run with the summary line. */
function buildStep(script) {
	try {
		npmRun(script);
	} catch {
		record(script, 0, 1, 1);
		finish();
	}
}

step('build: type-check, lint, bundle, compile tests');
buildStep('check-types');
buildStep('lint');
buildStep('build');
buildStep('compile-tests');

step('unit tests (mocha, plain Node)');
{
	const { status, output } = runLogged('npx', ['mocha'], 'unit.log');
	record('unit', count(output, /(\d+) passing/g), count(output, /(\d+) failing/g), status);
}

step('test host: code-server + Node 24 from npm (installed once into a cache)');
try {
	chromiumPath();
	ensureTestHost();
} catch (error) {
	console.error(`\nThe VS Code test host is not available, so the integration and end-to-end layers cannot run:\n${error instanceof Error ? error.message : error}`);
	record('test host', 0, 1, 1);
	finish();
}

/** Runs one integration suite on a fresh copy of a fixture; `open` is the folder or .code-workspace inside it. */
function integrationSuite(name, fixture, open, suite = '') {
	const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-workspace-'));
	fs.cpSync(path.join(repo, 'test', 'fixtures', fixture), workspace, { recursive: true });
	const resultsFile = path.join(artifacts, `${name}-results.json`);
	fs.rmSync(resultsFile, { force: true });
	const { status } = runLogged('node', [path.join(repo, 'test', 'host', 'runIntegration.mjs'), path.join(workspace, open), resultsFile, suite],
		`${name}.log`, { LJ_SHIM_SCREENSHOT: path.join(artifacts, `${name}.png`) });
	const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 0 };
	record(name, results.passed, results.failed, status);
	fs.rmSync(workspace, { recursive: true, force: true });
}

step('integration tests inside the VS Code extension host');
integrationSuite('integration', 'workspace', '.');
step('integration tests in a multi-root workspace');
integrationSuite('multi-root', 'multi-root', 'team.code-workspace', 'multiRoot');

step('web extension host: the browser build in the web-worker host');
{
	const resultsFile = path.join(artifacts, 'web-results.json');
	const { status } = runLogged('node', [path.join(repo, 'test', 'host', 'runWeb.mjs'), '--results', resultsFile, '--artifacts', artifacts], 'web.log');
	const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : { passed: 0, failed: 0 };
	record('web', results.passed, results.failed, status);
}

step('package the .vsix');
buildStep('package');

step('end-to-end tests of the packaged .vsix in the browser');
{
	const { status, output } = runLogged('node', [path.join(repo, 'test', 'e2e', 'e2e.mjs')], 'e2e.log');
	record('e2e', count(output, /^(\d+) passed/gm), count(output, /(\d+) failed$/gm), status);
}

finish();

/** Prints each layer's counts and the closing line, and exits. */
function finish() {
	step(`done in ${elapsed()}`);
	for (const layer of layers) {
		console.log(`  ${layer.name.padEnd(12)} ${layer.passed} passed, ${layer.failed} failed`);
	}
	const passed = layers.reduce((sum, layer) => sum + layer.passed, 0);
	const failed = layers.reduce((sum, layer) => sum + layer.failed, 0);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}
