// `npm run demo`: the extension in a real VS Code on the sample journal, dated relative to today.
// With a `code` command on the PATH it opens your own VS Code (an Extension Development Host);
// otherwise, or with LJ_DEMO_BROWSER=1, it serves the local code-server and prints its URL.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareDemoWorkspace } from './sampleWorkspace.mjs';
import { ensureTestHost, prepareProfile, startCodeServer } from './testHost.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));

execFileSync('npm', ['run', '-s', 'build'], { cwd: repo, stdio: 'inherit' });

const workspace = path.join(os.tmpdir(), 'leadership-journal-demo');
const day = await prepareDemoWorkspace(workspace);
console.log(`Sample journal: ${workspace}, dated from ${day} (a workspace from an earlier day is moved aside and written afresh)`);

const hasCode = !process.env.LJ_DEMO_BROWSER && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
	execFileSync('code', ['--new-window', `--extensionDevelopmentPath=${repo}`, workspace], { stdio: 'inherit' });
	process.exit(0);
}

ensureTestHost();
const profile = path.join(os.tmpdir(), 'leadership-journal-demo-profile');
fs.rmSync(profile, { recursive: true, force: true });
prepareProfile(profile, { 'workbench.colorTheme': 'Default Dark Modern' });
// code-server loads an extension from a folder in its extensions directory: link the repository there.
fs.symlinkSync(repo, path.join(profile, 'extensions', `${manifest.publisher}.${manifest.name}-${manifest.version}`));
const server = await startCodeServer(profile);
console.log(`\nLeadership Journal is running in VS Code at:\n\n    ${server.url}/?folder=${encodeURIComponent(workspace)}\n\nOpen it in a browser on this machine. Press Ctrl+C to stop.`);
const stop = () => {
	server.stop();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);
