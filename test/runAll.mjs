// `npm test`: every layer, one summary. Unit tests in plain Node; integration tests inside
// code-server's real extension host; the web build in the web-worker host; end-to-end tests of the
// packaged .vsix in the browser UI. Every layer writes the same results file (test/shared/results.mjs)
// to the path in $LJ_RESULTS, and runLayer() reads each one back the same way.
// The last line is "N passed, N failed", summed over the layers; the exit code is non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, ensureTestHost } from './host/testHost.mjs';
import { crashResults, readResults, resultsVariable } from './shared/results.mjs';

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

/** Counts a layer's results; a layer that exits non-zero without reporting a failing test (a crash, a timeout) still counts one failure. */
function record(name, results, status) {
	if (status !== 0 && results.failed === 0) {
		results = { ...results, failed: 1, failures: [{ title: name, error: `exited with status ${status} without reporting a failing test` }] };
	}
	layers.push({ name, ...results });
}

/**
 * Runs one layer: `command` with $LJ_RESULTS naming a fresh results file, its output echoed and kept
 * in <artifacts>/<name>.log; then records what the file says. No file means the layer crashed.
 */
function runLayer(name, command, args, env = {}) {
	const resultsFile = path.join(artifacts, `${name}-results.json`);
	fs.rmSync(resultsFile, { force: true });
	const { status } = runLogged(command, args, `${name}.log`, { ...env, [resultsVariable]: resultsFile });
	record(name, readResults(resultsFile) ?? crashResults(name, `wrote no results to ${path.relative(repo, resultsFile)}`), status);
}

/** Runs a build step; a failure is counted and ends the run with the summary line. */
function buildStep(script) {
	try {
		npmRun(script);
	} catch {
		record(script, crashResults(script, `npm run ${script} failed`), 1);
		finish();
	}
}

step('build: type-check, lint, bundle, compile tests');
buildStep('check-types');
buildStep('lint');
buildStep('build');
buildStep('compile-tests');

step('unit tests (mocha, plain Node)');
runLayer('unit', 'npx', ['mocha']);

step('test host: code-server + Node 24 from npm (installed once into a cache)');
try {
	chromiumPath();
	ensureTestHost();
} catch (error) {
	console.error(`\nThe VS Code test host is not available, so the integration and end-to-end layers cannot run:\n${error instanceof Error ? error.message : error}`);
	record('test host', crashResults('test host', error instanceof Error ? error.message : error), 1);
	finish();
}

/** Runs one integration suite on a fresh copy of a fixture; `open` is the folder or .code-workspace inside it. */
function integrationSuite(name, fixture, open, suite = '') {
	const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-workspace-'));
	fs.cpSync(path.join(repo, 'test', 'fixtures', fixture), workspace, { recursive: true });
	runLayer(name, 'node', [path.join(repo, 'test', 'host', 'runIntegration.mjs'), path.join(workspace, open), suite],
		{ LJ_SHIM_SCREENSHOT: path.join(artifacts, `${name}.png`) });
	fs.rmSync(workspace, { recursive: true, force: true });
}

step('integration tests inside the VS Code extension host');
integrationSuite('integration', 'workspace', '.');
step('integration tests in a multi-root workspace');
integrationSuite('multi-root', 'multi-root', 'team.code-workspace', 'multiRoot');

step('web extension host: the browser build in the web-worker host');
runLayer('web', 'node', [path.join(repo, 'test', 'host', 'runWeb.mjs'), '--artifacts', artifacts]);

step('package the .vsix');
buildStep('package');

step('end-to-end tests of the packaged .vsix in the browser');
runLayer('e2e', 'node', [path.join(repo, 'test', 'e2e', 'e2e.mjs')]);

finish();

/** Prints each layer's counts and failures, then the closing line, and exits. */
function finish() {
	step(`done in ${elapsed()}`);
	for (const layer of layers) {
		console.log(`  ${layer.name.padEnd(12)} ${layer.passed} passed, ${layer.failed} failed${layer.pending ? `, ${layer.pending} pending` : ''}`);
	}
	const failures = layers.flatMap(layer => layer.failures.map(failure => ({ layer: layer.name, ...failure })));
	if (failures.length > 0) {
		console.log('\nFailures:');
		for (const failure of failures) {
			console.log(`  [${failure.layer}] ${failure.title}\n      ${failure.error.split('\n').slice(0, 4).join('\n      ')}`);
		}
		console.log('');
	}
	const passed = layers.reduce((sum, layer) => sum + layer.passed, 0);
	const failed = layers.reduce((sum, layer) => sum + layer.failed, 0);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}
