import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sampleJournal } from '../../../src/core/coaching/sampleJournal';
import { toIsoDate } from '../../../src/core/model/dates';

const repo = path.join(__dirname, '..', '..', '..', '..');

/** Every file below `folder`, by its path from there with `/`, and its text. */
function filesBelow(folder: string, prefix = ''): Map<string, string> {
	const files = new Map<string, string>();
	for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, item.name);
		if (item.isDirectory()) {
			filesBelow(full, `${prefix}${item.name}/`).forEach((text, name) => files.set(name, text));
		} else {
			files.set(prefix + item.name, fs.readFileSync(full, 'utf8'));
		}
	}
	return files;
}

suite('the demo workspace (npm run demo)', () => {
	const workspaceModule = () => pathToFileURL(path.join(repo, 'test', 'host', 'sampleWorkspace.mjs')).href;
	/** Runs `call` (JavaScript that may use `workspace`, the folder) with test/host/sampleWorkspace.mjs's exports in scope, in a new Node process. */
	function runWithWorkspace(folder: string, call: string): void {
		execFileSync(process.execPath, ['--input-type=module', '-e',
			`import { prepareDemoWorkspace, writeSampleWorkspace } from ${JSON.stringify(workspaceModule())}; const workspace = ${JSON.stringify(folder)}; ${call}`]);
	}
	/** Writes the demo workspace as test/host/demo.mjs does, into a new folder, and returns its files. */
	function demoWorkspace(today?: string): Map<string, string> {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-demo-'));
		try {
			runWithWorkspace(folder, `await writeSampleWorkspace(workspace${today ? `, ${JSON.stringify(today)}` : ''});`);
			return filesBelow(folder);
		} finally {
			fs.rmSync(folder, { recursive: true, force: true });
		}
	}

	const expected = (today: string) => new Map(sampleJournal(today).map(file => [['journal', ...file.path].join('/'), file.text]));

	test('is the sample journal of Try the Sample Journal, dated relative to the day, today by default', function () {
		this.timeout(60_000);
		assert.deepEqual(demoWorkspace('2031-07-15'), expected('2031-07-15'));
		assert.deepEqual(demoWorkspace(), expected(toIsoDate(new Date())));
	});

	test('the demo writes it, and copies no fixed-date journal', () => {
		const demo = fs.readFileSync(path.join(repo, 'test', 'host', 'demo.mjs'), 'utf8');
		assert.match(demo, /prepareDemoWorkspace\(workspace\)/);
		assert.doesNotMatch(demo, /fixtures/);
	});

	test('a workspace written on another day is moved aside, with what was typed in it, and written for today', function () {
		this.timeout(60_000);
		const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-demo-'));
		const folder = path.join(parent, 'demo');
		try {
			runWithWorkspace(folder, `await prepareDemoWorkspace(workspace, '2031-07-15');`);
			fs.writeFileSync(path.join(folder, 'journal', 'mine.md'), 'typed in the demo');
			runWithWorkspace(folder, `await prepareDemoWorkspace(workspace, '2031-07-15');`);
			assert.equal(fs.readFileSync(path.join(folder, 'journal', 'mine.md'), 'utf8'), 'typed in the demo', 'the same day keeps it');
			runWithWorkspace(folder, `await prepareDemoWorkspace(workspace, '2031-09-01');`);
			const { '.demo-day': day, ...journal } = Object.fromEntries(filesBelow(folder));
			assert.equal(day, '2031-09-01\n');
			assert.deepEqual(new Map(Object.entries(journal)), expected('2031-09-01'));
			assert.equal(fs.readFileSync(path.join(`${folder}-2031-07-15`, 'journal', 'mine.md'), 'utf8'), 'typed in the demo');
		} finally {
			fs.rmSync(parent, { recursive: true, force: true });
		}
	});
});
