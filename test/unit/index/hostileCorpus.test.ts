import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import { AreaCatalog } from '../../../src/core/model/areas';
import type { EntryProblem, EntrySummary } from '../../../src/core/model/entry';
import { splitHeader } from '../../../src/core/text/header';
import { editHeader } from '../../../src/core/text/headerEdit';
import { headerDiagnostics } from '../../../src/core/editing/headerDiagnostics';
import { JournalScanner } from '../../../src/core/index/journalScanner';
import { FileKind, type FileStat, type JournalFileSystem } from '../../../src/core/model/ports';
import { entryFileName } from '../../../src/core/model/slug';
import { MemoryFileSystem } from '../helpers/memoryFileSystem';
import { repositoryRoot as repo } from '../helpers/repository';
import { readEntryText } from '../helpers/entries';

const corpus = path.join(repo, 'test', 'fixtures', 'hostile');
const marker = path.join(os.tmpdir(), 'lj-pwned');
const pwned = 'leadershipJournalPwned';
const runningAsRoot = process.getuid?.() === 0;

/** The core's file access over `node:fs`, reporting links as VS Code's disk provider does: the target's kind plus the link bit. */
class NodeFileSystem implements JournalFileSystem {
	async readDirectory(uri: string): Promise<readonly (readonly [string, number])[]> {
		const folder = new URL(uri);
		const names = await fs.promises.readdir(folder);
		return Promise.all(names.map(async name => [name, (await this.stat(this.joinPath(uri, name)).catch(() => ({ kind: 0 }))).kind] as const));
	}

	async readFile(uri: string): Promise<Uint8Array> {
		return fs.promises.readFile(new URL(uri));
	}

	async stat(uri: string): Promise<FileStat> {
		const link = await fs.promises.lstat(new URL(uri));
		const target = link.isSymbolicLink() ? await fs.promises.stat(new URL(uri)).catch(() => undefined) : link;
		const kind = (target?.isDirectory() ? FileKind.Directory : target?.isFile() ? FileKind.File : 0) | (link.isSymbolicLink() ? FileKind.SymbolicLink : 0);
		return { kind, mtime: Math.trunc((target ?? link).mtimeMs), size: (target ?? link).size };
	}

	joinPath(uri: string, name: string): string {
		return `${uri}/${encodeURIComponent(name)}`;
	}
}

/** What each case must read as: its problem code (or none) and what the entry shows. */
interface Expected {
	readonly problem?: EntryProblem['code'];
	readonly title: string | RegExp;
	readonly check?: (entry: EntrySummary) => void;
}

// One line per case in test/fixtures/hostile. Every case is listed; none may throw, hang or vanish.
const committed: Record<string, Expected> = {
	'js-header.md': { problem: 'codeHeader', title: 'A header that is JavaScript' },
	'javascript-header.md': { problem: 'codeHeader', title: 'A header that is marked javascript' },
	'alias-bomb.md': { problem: 'headerTooComplex', title: 'Billion laughs' },
	'deep-nesting.md': { problem: 'headerTooComplex', title: 'Deep nesting' },
	'bom.md': { title: 'Starts with a byte order mark', check: entry => assert.deepEqual(entry.areas, ['hiring']) },
	'crlf.md': {
		title: 'Windows line endings', check: entry => {
			assert.equal(entry.status, 'decided');
			assert.deepEqual(entry.commitments?.map(item => [item.line, item.text, item.due]), [[7, 'Call Ana', '2026-11-01']]);
		},
	},
	'mixed-endings.md': { title: 'Mixed line endings', check: entry => assert.deepEqual([entry.areas, entry.status], [['schedule'], 'exploring']) },
	'unclosed.md': { problem: 'unclosedHeader', title: 'Never closed' },
	'not-at-top.md': { problem: 'headerNotAtTop', title: 'Header not at the top', check: entry => assert.equal(entry.problem?.line, 2) },
	'toml.md': { title: 'TOML header', check: entry => assert.deepEqual(entry.areas, ['hiring']) },
	'json.md': { problem: 'jsonHeader', title: 'JSON' },
	'json-dashes.md': { problem: 'jsonHeader', title: 'JSON after ---json' },
	'duplicate-keys.md': { problem: 'invalidYaml', title: 'First title', check: entry => assert.equal(entry.problem?.line, 3) },
	'wrong-type-areas.md': { title: 'Areas is a number', check: entry => assert.deepEqual(entry.areas, []) },
	'wrong-type-title.md': { title: 'Title is a list' },
	'wrong-type-date.md': { title: 'Date is a word', check: entry => assert.equal(entry.date, undefined) },
	'wrong-type-status.md': { title: 'Status is a map', check: entry => assert.equal(entry.status, undefined) },
	'unicode-title.md': { title: 'Équipe à Zürich — 東京チーム の 再編', check: entry => assert.deepEqual(entry.areas, ['reorganization']) },
	'emoji-title.md': { title: '🚀 Launch 👩🏽‍💻 team 🇵🇹' },
	'rtl-title.md': { title: 'إعادة تنظيم فريق القاهرة \u202egnp.exe' },
	'long-title.md': { title: /^Long title .{280,}…$/, check: entry => assert.equal(entry.title.length, 300) },
	'title-path-tricks.md': { title: '../../etc/passwd / a\\b: c*d' },
	'title-con.md': { title: 'CON' },
	'title-nul.md': { title: 'NUL' },
	'title-punctuation.md': { title: '?!… *** ...' },
	'title-html.md': { title: '<img src=x onerror=alert(1)><script>alert(2)</script>' },
	'yaml-js-tags.md': { title: 'function () { globalThis.leadershipJournalPwned = 1 }', check: entry => assert.deepEqual(entry.areas, []) },
	'proto-pollution.md': { title: 'Prototype pollution' },
	'latin1-bytes.md': { title: 'Caf\ufffd cr\ufffdme, not UTF-8' },
	'zero-byte.md': { title: 'zero-byte' },
};

// Too large to commit: written into the temporary journal when the suite starts.
const generated: Record<string, Expected> = {
	'big-50mb.md': { problem: 'tooLarge', title: 'big-50mb.md' },
	'header-10mb.md': { problem: 'tooLarge', title: 'header-10mb.md' },
	'header-7mb.md': { problem: 'headerTooLarge', title: 'Seven megabyte header' },
	'binary.md': { problem: 'binary', title: 'binary.md' },
};

function generate(folder: string): void {
	const megabyte = 1024 * 1024;
	fs.writeFileSync(path.join(folder, 'big-50mb.md'), Buffer.alloc(50 * megabyte, '# Heading\n- [ ] item @a due:2026-01-01\n'));
	fs.writeFileSync(path.join(folder, 'header-10mb.md'), `---\ntitle: Ten megabyte header\nnotes: "${'x'.repeat(10 * megabyte)}"\n---\n`);
	fs.writeFileSync(path.join(folder, 'header-7mb.md'), `---\ntitle: Seven megabyte header\nnotes: "${'x'.repeat(7 * megabyte)}"\n---\n`);
	fs.writeFileSync(path.join(folder, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
}

/** The `case` texts of src/ui/messages.ts: each problem code must have a sentence there. */
function messageCases(): Map<string, string> {
	const source = fs.readFileSync(path.join(repo, 'src', 'ui', 'messages.ts'), 'utf8');
	return new Map([...source.matchAll(/case '(\w+)':\s*return vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map(match => [match[1], match[2]]));
}

function assertNotPwned(): void {
	assert.equal(fs.existsSync(marker), false, `${marker} exists: a header payload ran`);
	assert.equal((globalThis as Record<string, unknown>)[pwned], undefined, 'a header payload set a global');
	assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype was polluted');
}

suite('Hostile and malformed input corpus', () => {
	let temp: string;
	let journal: string;
	let entries: Map<string, EntrySummary>;
	let scanMs = 0;

	suiteSetup(async function () {
		this.timeout(60_000);
		fs.rmSync(marker, { force: true });
		temp = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-hostile-'));
		journal = path.join(temp, 'journal');
		fs.mkdirSync(journal);
		for (const name of Object.keys(committed)) {
			fs.copyFileSync(path.join(corpus, name), path.join(journal, name));
		}
		generate(journal);
		const started = Date.now();
		const scanned = await new JournalScanner(new NodeFileSystem()).scan(pathToFileURL(journal).href);
		scanMs = Date.now() - started;
		entries = new Map(scanned.map(entry => [entry.fileName, entry]));
	});

	suiteTeardown(() => {
		fs.rmSync(temp, { recursive: true, force: true });
	});

	test('every committed case has an expectation, and every expectation a file', () => {
		const files = fs.readdirSync(corpus).filter(name => name.endsWith('.md')).sort();
		assert.deepEqual(files, Object.keys(committed).sort());
	});

	test('the whole corpus, 50 MB file included, is scanned in well under a few seconds; every file is listed', () => {
		assert.ok(scanMs < 4000, `the scan took ${scanMs} ms`);
		assert.deepEqual([...entries.keys()].sort(), [...Object.keys(committed), ...Object.keys(generated)].sort());
	});

	for (const [name, expected] of Object.entries({ ...committed, ...generated })) {
		test(`${name}: ${expected.problem ? `listed under Needs attention (${expected.problem})` : 'read sensibly'}`, () => {
			const entry = entries.get(name);
			assert.ok(entry, `${name} was not listed`);
			assert.equal(entry.problem?.code, expected.problem, JSON.stringify(entry.problem));
			if (typeof expected.title === 'string') {
				assert.equal(entry.title, expected.title);
			} else {
				assert.match(entry.title, expected.title);
			}
			expected.check?.(entry);
		});
	}

	test('---js and ---javascript payloads never run; the corpus proves it could tell if they did', () => {
		assertNotPwned();
		// The control: run the payload as gray-matter would, in a sandbox whose fs only records.
		const written: string[] = [];
		const sandbox: Record<string, unknown> = { require: (id: string) => id === 'fs' ? { writeFileSync: (file: string) => written.push(file) } : { tmpdir: () => '/tmp' } };
		sandbox.globalThis = sandbox;
		const split = splitHeader(fs.readFileSync(path.join(corpus, 'js-header.md'), 'utf8'));
		assert.ok('block' in split);
		assert.deepEqual(JSON.parse(JSON.stringify(vm.runInNewContext(`(${split.block})`, sandbox))), { title: 'The payload ran', areas: ['hiring'] });
		assert.deepEqual(written, ['/tmp/lj-pwned']);
		assert.equal(sandbox[pwned], 'js');
	});

	test('every problem has a sentence a non-programmer understands, in src/ui/messages.ts', () => {
		const sentences = messageCases();
		for (const entry of entries.values()) {
			if (entry.problem) {
				const sentence = sentences.get(entry.problem.code);
				assert.ok(sentence, `no message for ${entry.problem.code}`);
				assert.doesNotMatch(sentence, /exception|stack|undefined|null|parse error|errno/i, sentence);
				assert.match(sentence, /^(The|This) /, sentence);
			}
		}
	});

	test('the editor side reads every case too: diagnostics and header edits never throw, and a broken header is never edited', function () {
		this.timeout(30_000);
		const catalog = new AreaCatalog();
		for (const name of [...Object.keys(committed), 'header-7mb.md', 'header-10mb.md']) {
			const text = fs.readFileSync(path.join(fs.existsSync(path.join(corpus, name)) ? corpus : journal, name), 'utf8');
			const started = Date.now();
			const diagnostics = headerDiagnostics(text, catalog);
			const edit = editHeader(text, { status: 'decided' });
			assert.ok(Date.now() - started < 2000, `${name}: ${Date.now() - started} ms`);
			const problem = readEntryText(text, { name, size: text.length }).problem;
			if (problem) {
				assert.ok('problem' in edit, `${name}: a header with a problem was edited`);
				assert.ok(diagnostics.length > 0, `${name}: the editor shows no problem`);
			}
		}
		for (const name of ['wrong-type-areas.md', 'wrong-type-date.md', 'wrong-type-status.md']) {
			assert.ok(headerDiagnostics(fs.readFileSync(path.join(corpus, name), 'utf8'), catalog).length > 0, `${name} is flagged in the editor`);
		}
		assertNotPwned();
	});

	test('a 10 MB header given as text is refused as too large without being parsed', () => {
		const text = fs.readFileSync(path.join(journal, 'header-10mb.md'), 'utf8');
		const started = Date.now();
		const entry = readEntryText(text, { name: 'header-10mb.md', size: text.length });
		assert.equal(entry.problem?.code, 'headerTooLarge');
		assert.equal(entry.title, 'Ten megabyte header');
		assert.ok(Date.now() - started < 1000);
	});

	test('every title in the corpus gives a file name that is safe everywhere and stays in its folder', () => {
		for (const entry of entries.values()) {
			const name = entryFileName('2026-11-27', entry.title, 2);
			assert.match(name, /^2026-11-27-[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-2\.md$/u, name);
			assert.equal(path.dirname(path.resolve(journal, name)), journal);
		}
	});

	test('a symlink loop inside the journal is not followed (real folder)', async () => {
		const folder = path.join(temp, 'links');
		fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
		fs.writeFileSync(path.join(folder, 'sub', 'real.md'), '# Real\n');
		fs.symlinkSync(folder, path.join(folder, 'sub', 'loop'));
		fs.symlinkSync(path.join(folder, 'b.md'), path.join(folder, 'a.md'));
		fs.symlinkSync(path.join(folder, 'a.md'), path.join(folder, 'b.md'));
		fs.symlinkSync('/etc/hostname', path.join(folder, 'outside.md'));
		const scanned = await new JournalScanner(new NodeFileSystem()).scan(pathToFileURL(folder).href);
		assert.deepEqual(scanned.map(entry => entry.title), ['Real']);
	});

	test(runningAsRoot
		? 'a folder without read permission (real folder): skipped, running as root, which reads anything; the memory test below covers it'
		: 'a folder without read permission is listed under Needs attention (real folder)', async function () {
		if (runningAsRoot) {
			this.skip();
		}
		const folder = path.join(temp, 'denied');
		fs.mkdirSync(path.join(folder, 'locked'), { recursive: true });
		fs.writeFileSync(path.join(folder, 'locked', 'secret.md'), '# Secret\n');
		fs.writeFileSync(path.join(folder, 'open.md'), '# Open\n');
		fs.chmodSync(path.join(folder, 'locked'), 0o000);
		try {
			const scanned = await new JournalScanner(new NodeFileSystem()).scan(pathToFileURL(folder).href);
			assert.deepEqual(scanned.map(entry => [entry.fileName, entry.problem?.code]).sort(), [['locked', 'unreadable'], ['open.md', undefined]]);
		} finally {
			fs.chmodSync(path.join(folder, 'locked'), 0o755);
		}
	});

	test('a file deleted between listing and reading (real folder) is an entry with a problem, not a crash', async () => {
		const folder = path.join(temp, 'vanishing');
		fs.mkdirSync(folder);
		fs.writeFileSync(path.join(folder, 'gone.md'), '# Gone\n');
		const scanner = new JournalScanner(new NodeFileSystem());
		const { files } = await scanner.listFiles(pathToFileURL(folder).href);
		fs.rmSync(path.join(folder, 'gone.md'));
		const entry = await scanner.readOne(files[0]);
		assert.equal(entry.problem?.code, 'unreadable');
		assert.equal(entry.fileName, 'gone.md');
	});

	test('memory file system: a link loop, a file deleted mid-scan and an unreadable folder', async () => {
		const memory = new MemoryFileSystem()
			.write('mem://ws/journal/a.md', '# A\n')
			.write('mem://ws/journal/vanishing.md', '# Vanishing\n')
			.write('mem://ws/journal/locked/secret.md', '# Secret\n')
			.link('mem://ws/journal/loop', 'folder')
			.link('mem://ws/journal/linked.md', 'file');
		memory.denied.add('mem://ws/journal/locked');
		const readFile = memory.readFile.bind(memory);
		memory.readFile = async uri => {
			if (uri.endsWith('/vanishing.md')) {
				memory.delete(uri);
			}
			return readFile(uri);
		};
		const scanned = await new JournalScanner(memory).scan('mem://ws/journal');
		assert.deepEqual(scanned.map(entry => [entry.fileName, entry.problem?.code]).sort(),
			[['a.md', undefined], ['locked', 'unreadable'], ['vanishing.md', 'unreadable']]);
	});
});
