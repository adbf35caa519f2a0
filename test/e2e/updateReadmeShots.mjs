// `npm run screenshots`: runs the end-to-end test and copies the screenshots that README.md
// shows (media/screenshots/*.png) from its run, so the README never shows a stale UI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-readme-shots-'));
execFileSync('node', [path.join(repo, 'test', 'e2e', 'e2e.mjs'), '--shots', shots], { stdio: 'inherit' });
const readme = fs.readFileSync(path.join(repo, 'README.md'), 'utf8');
const wanted = new Set([...readme.matchAll(/media\/screenshots\/([\w.-]+\.png)/g)].map(match => match[1]));
for (const name of wanted) {
	const source = path.join(shots, name);
	if (!fs.existsSync(source)) {
		throw new Error(`README.md shows ${name}, but the end-to-end run did not take it`);
	}
	fs.copyFileSync(source, path.join(repo, 'media', 'screenshots', name));
	console.log(`updated media/screenshots/${name}`);
}
fs.rmSync(shots, { recursive: true, force: true });
