// Runs the web build (dist/web/extension.js) and test/web/*.ts inside VS Code's web-worker
// extension host, in code-server (VS Code 1.139) opened by headless chromium.
//
// code-server parses the payload's extensionDevelopmentKind=web but does not honour it: an
// extension with a `main` always runs in the Node extension host. So this runs a temporary copy
// of the extension whose manifest has `browser` and no `main` (and no extensionKind): VS Code can
// only put that one in the web worker. The results come back as a console line (see test/web/index.ts).
//
// Usage: [LJ_RESULTS=FILE] node test/host/runWeb.mjs [--shots DIR] [--artifacts DIR] [--timeout SECONDS]
//   Needs `npm run build` first. Writes <artifacts>/web-host.png (and <shots>/web-host.png), the
//   results file of test/shared/results.mjs at $LJ_RESULTS (else <artifacts>/web-results.json),
//   and exits with the tests' code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import { Workbench } from '../e2e/workbench.mjs';
import { buildWebTests } from '../web/build.mjs';
import { crashResults, parseResultsLine, resultsVariable, writeResults } from '../shared/results.mjs';
import { ensureTestHost, forwardExtensionHostConsole, launchBrowser, prepareProfile, startCodeServer } from './testHost.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: options } = util.parseArgs({
	options: {
		shots: { type: 'string' },
		artifacts: { type: 'string' },
		timeout: { type: 'string', default: process.env.LJ_WEB_TIMEOUT_S || '300' },
		verbose: { type: 'boolean', default: Boolean(process.env.LJ_SHIM_VERBOSE) },
	},
});
const artifacts = path.resolve(options.artifacts || process.env.LJ_ARTIFACTS || path.join(repo, '.ci-artifacts'));
const resultsFile = path.resolve(process.env[resultsVariable] || path.join(artifacts, 'web-results.json'));
const timeoutMs = Number(options.timeout) * 1000;
const screenshotMarker = '.web-host-screenshot-taken';   // test/web/index.ts waits for it
const started = Date.now();
const log = message => console.log(`[web ${Math.round((Date.now() - started) / 1000)} s] ${message}`);

fs.mkdirSync(artifacts, { recursive: true });
fs.rmSync(resultsFile, { force: true });

const webBundle = path.join(repo, 'dist', 'web', 'extension.js');
if (!fs.existsSync(webBundle)) {
	console.error(`runWeb: ${path.relative(repo, webBundle)} is missing; run \`npm run build\` first.`);
	process.exit(2);
}

// Everything this run creates lives under one scratch directory.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-web-'));
const extension = path.join(scratch, 'extension');
const workspace = path.join(scratch, 'workspace');
const profile = path.join(scratch, 'profile');
let server;
let browser;
let cleaned = false;
async function cleanUp() {
	if (cleaned) { return; }
	cleaned = true;
	await browser?.close().catch(() => undefined);
	server?.stop();
	if (options.verbose && fs.existsSync(path.join(profile, 'code-server.log'))) {
		process.stdout.write(fs.readFileSync(path.join(profile, 'code-server.log'), 'utf8'));
	}
	fs.rmSync(scratch, { recursive: true, force: true });
}
// A last resort: whatever hangs, the run ends, the server's process group is killed and the counts say "failed".
const watchdog = setTimeout(async () => {
	console.error(`runWeb: no result within ${timeoutMs / 1000} s`);
	writeResults(resultsFile, crashResults('web extension host', `no result within ${timeoutMs / 1000} s`));
	setTimeout(() => process.exit(1), 10_000).unref();
	await cleanUp();
	process.exit(1);
}, timeoutMs + 60_000);

/** A browser-only copy of the extension: `browser`, no `main`, and what the web build reads at run time. */
function browserOnlyCopy(testsBundle) {
	const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
	delete manifest.main;
	delete manifest.extensionKind;   // deduced from `browser` alone: ["web"]
	delete manifest.scripts;
	delete manifest.devDependencies;
	fs.mkdirSync(extension, { recursive: true });
	fs.writeFileSync(path.join(extension, 'package.json'), JSON.stringify(manifest, null, '\t'));
	for (const name of ['media', 'snippets', 'templates', 'l10n', 'README.md', 'CHANGELOG.md', 'LICENSE',
		...fs.readdirSync(repo).filter(file => /^package\.nls(\..+)?\.json$/.test(file))]) {
		if (fs.existsSync(path.join(repo, name))) {
			fs.cpSync(path.join(repo, name), path.join(extension, name), { recursive: true });
		}
	}
	fs.cpSync(path.join(repo, 'dist', 'web'), path.join(extension, 'dist', 'web'), { recursive: true });
	// The tests travel with the copy, so the worker loads them from the same extension root.
	const tests = path.join(extension, 'web-test', 'index.js');
	fs.mkdirSync(path.dirname(tests), { recursive: true });
	fs.copyFileSync(testsBundle, tests);
	return tests;
}

function withTimeout(promise, ms, what) {
	let timer;
	return Promise.race([promise, new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
	})]).finally(() => clearTimeout(timer));
}

let page;
/** What the tests reported, once they did. */
let results;
let crash;
let exitCode = 1;
try {
	log('bundling test/web');
	const testsBundle = await buildWebTests(path.join(scratch, 'web-test-build', 'index.js'));
	const testsPath = browserOnlyCopy(testsBundle);
	fs.cpSync(path.join(repo, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

	ensureTestHost(log);
	prepareProfile(profile, { 'workbench.colorTheme': 'Default Dark Modern', 'editor.minimap.enabled': false });
	server = await startCodeServer(profile, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
	log(`code-server on ${server.url}`);
	browser = await withTimeout(launchBrowser(), 60_000, 'launching chromium');
	page = browser.context.pages()[0] ?? await browser.context.newPage();

	// The remote authority must be exactly the host:port the browser uses.
	const remote = file => `vscode-remote://127.0.0.1:${server.port}${file}`;
	const payload = [
		['extensionDevelopmentPath', remote(extension)],
		['extensionTestsPath', remote(testsPath)],
		['skipWelcome', 'true'],
	];
	const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

	let finish;
	const finished = new Promise(resolve => { finish = resolve; });
	await page.exposeFunction('codeAutomationExit', code => finish(code));

	const shotPath = path.join(artifacts, 'web-host.png');
	let shotTaken = false;
	const takeScreenshot = async () => {
		if (shotTaken) { return; }
		shotTaken = true;
		try {
			await new Workbench(page).resizeSidebar(460).catch(() => undefined);
			// Open the group the new entry went into, so the picture shows it.
			const hiring = page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { hasText: 'Hiring the right people' }).first();
			if (await hiring.count() && await hiring.getAttribute('aria-expanded') === 'false') {
				await hiring.click({ timeout: 5_000 });
			}
			await page.locator('.part.sidebar .monaco-list-row[role="treeitem"]', { hasText: 'From the web' }).first()
				.waitFor({ timeout: 5_000 }).catch(() => undefined);
			await page.mouse.move(1, 1);   // no hover highlight
			await page.waitForTimeout(800);
			await page.screenshot({ path: shotPath, timeout: 15_000 });
			if (options.shots) {
				fs.mkdirSync(options.shots, { recursive: true });
				fs.copyFileSync(shotPath, path.join(options.shots, 'web-host.png'));
			}
			log(`screenshot: ${path.relative(process.cwd(), shotPath)}${options.shots ? ` and ${path.join(options.shots, 'web-host.png')}` : ''}`);
		} catch (error) {
			console.error(`runWeb: screenshot failed: ${error instanceof Error ? error.message : error}`);
		} finally {
			fs.writeFileSync(path.join(workspace, screenshotMarker), '');
		}
	};

	forwardExtensionHostConsole(page, {
		verbose: options.verbose,
		onLine: line => {
			results ??= parseResultsLine(line);
			if (line.includes('WEB-TESTS-SCREENSHOT-READY')) {
				void takeScreenshot();
			}
		},
	});

	log('opening the workbench');
	await withTimeout(page.goto(url), 60_000, 'loading the workbench');
	const code = await withTimeout(finished, timeoutMs, 'the web tests');
	if (!shotTaken) {
		await takeScreenshot();
	}
	exitCode = code === 0 && results && results.failed === 0 ? 0 : 1;
	if (!results) {
		crash = `the extension host exited with code ${code} before reporting results`;
		console.error(`runWeb: ${crash}`);
	}
} catch (error) {
	crash = error instanceof Error ? error.message : String(error);
	console.error(`runWeb: ${crash}`);
	exitCode = 1;
	// What the workbench showed when it went wrong.
	await page?.screenshot({ path: path.join(artifacts, 'web-host-failure.png'), timeout: 10_000 }).catch(() => undefined);
}
// A crash after the tests reported still fails the run, on top of what they counted.
writeResults(resultsFile, !results ? crashResults('web extension host', crash ?? 'no results')
	: crash ? { ...results, failed: results.failed + 1, failures: [...results.failures, { title: 'web extension host', error: crash }] }
	: results);
await cleanUp();
clearTimeout(watchdog);
log(results ? `${results.passed} passed, ${results.failed} failed` : 'no results');
process.exit(exitCode);
