#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It takes the command line runTests gives a VS Code binary, runs the extension tests inside
// code-server's real extension host (opened in headless chromium), prints the extension host's
// console (mocha's reporter), and exits with the tests' exit code.
//
// The workbench honours ?payload=[["extensionDevelopmentPath",…],["extensionTestsPath",…]] only
// when the server runs with the smoke-test driver enabled, and calls window.codeAutomationExit(code)
// when the extension host exits: that is how the result comes back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forwardExtensionHostConsole, launchBrowser, prepareProfile, startCodeServer } from './testHost.mjs';

const timeoutSeconds = Number(process.env.LJ_SHIM_TIMEOUT_S || 600);
const verbose = Boolean(process.env.LJ_SHIM_VERBOSE);

const developmentPaths = [];
let testsPath;
let folder;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const match = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
	if (!match) {
		folder = path.resolve(argv[i]);
		continue;
	}
	const [, key, inline] = match;
	const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'].includes(key);
	const value = inline ?? (takesValue ? argv[++i] : undefined);
	if (key === 'extensionDevelopmentPath') {
		developmentPaths.push(path.resolve(value));
	} else if (key === 'extensionTestsPath') {
		testsPath = path.resolve(value);
	}
	// Electron and profile flags (--no-sandbox, --user-data-dir, …) have no meaning here.
}
if (!testsPath) {
	console.error('codeShim: --extensionTestsPath is required');
	process.exit(2);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-exthost-'));
prepareProfile(scratch);
const server = await startCodeServer(scratch, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
const browser = await launchBrowser();
const cleanUp = async () => {
	await browser.close();
	server.stop();
	if (verbose) {
		process.stdout.write(fs.readFileSync(path.join(scratch, 'code-server.log'), 'utf8'));
	}
	fs.rmSync(scratch, { recursive: true, force: true });
};

// The remote authority must be exactly the host:port the browser uses.
const remote = file => `vscode-remote://127.0.0.1:${server.port}${file}`;
const payload = [
	...developmentPaths.map(devPath => ['extensionDevelopmentPath', remote(devPath)]),
	['extensionTestsPath', remote(testsPath)],
	['skipWelcome', 'true'],
];
const target = !folder ? 'ew=true' : folder.endsWith('.code-workspace')
	? `workspace=${encodeURIComponent(folder)}` : `folder=${encodeURIComponent(folder)}`;
const url = `${server.url}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

const page = browser.context.pages()[0] ?? await browser.context.newPage();
let finish;
const finished = new Promise(resolve => { finish = resolve; });
await page.exposeFunction('codeAutomationExit', code => finish(code));
forwardExtensionHostConsole(page, { verbose });
const timer = setTimeout(() => finish('timeout'), timeoutSeconds * 1000);
await page.goto(url);
const code = await finished;
clearTimeout(timer);
if (process.env.LJ_SHIM_SCREENSHOT) {
	await page.screenshot({ path: process.env.LJ_SHIM_SCREENSHOT }).catch(() => undefined);
}
await cleanUp();
if (code === 'timeout') {
	console.error(`codeShim: the tests did not finish within ${timeoutSeconds} s`);
}
process.exit(code === 0 ? 0 : 1);
