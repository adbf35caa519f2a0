// The JournalFileSystem port's contract, one suite for every adapter: the Node adapter runs it in
// the unit tests (test/unit/adapters/nodeFileSystem.test.ts), and both adapters run it in the real
// host (test/integration/fileSystemPort.test.ts), so that the two answer alike.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FileKind, type JournalFileSystem } from '../../src/core/model/ports';

/** An adapter under test, and how it spells the URI of a local folder. */
export interface ContractSubject {
	/** The adapter. */
	readonly fs: JournalFileSystem;
	/** The adapter's URI of the absolute folder path `folder`. */
	folderUri(folder: string): string;
}

const odd = 'an entry #1 50% ü.md';

/** Defines the contract's tests for the adapter `make` returns, in a fresh folder of files. */
export function fileSystemContract(name: string, make: () => ContractSubject): void {
	suite(`The JournalFileSystem port: ${name}`, () => {
		let folder = '';
		let subject: ContractSubject;
		let root = '';

		suiteSetup(() => {
			folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-port-'));
			fs.mkdirSync(path.join(folder, 'sub'));
			fs.writeFileSync(path.join(folder, 'a.md'), 'alpha');
			fs.writeFileSync(path.join(folder, odd), 'odd name');
			fs.writeFileSync(path.join(folder, 'sub', 'b.md'), 'beta!');
			fs.symlinkSync(path.join(folder, 'a.md'), path.join(folder, 'link.md'));
			fs.symlinkSync(path.join(folder, 'sub'), path.join(folder, 'linked-folder'));
			subject = make();
			root = subject.folderUri(folder);
		});

		suiteTeardown(() => fs.rmSync(folder, { recursive: true, force: true }));

		test('lists a folder with the kind of each name; links carry the link bit', async () => {
			const listed = new Map(await subject.fs.readDirectory(root));
			assert.equal(listed.get('a.md'), FileKind.File);
			assert.equal(listed.get(odd), FileKind.File);
			assert.equal(listed.get('sub'), FileKind.Directory);
			assert.ok(listed.get('link.md')! & FileKind.SymbolicLink);
			assert.ok(listed.get('linked-folder')! & FileKind.SymbolicLink);
			assert.equal(listed.size, 5);
		});

		test('reads the bytes of a file, also one whose name needs escaping in a URI', async () => {
			assert.equal(new TextDecoder().decode(await subject.fs.readFile(subject.fs.joinPath(root, 'a.md'))), 'alpha');
			assert.equal(new TextDecoder().decode(await subject.fs.readFile(subject.fs.joinPath(root, odd))), 'odd name');
			assert.equal(new TextDecoder().decode(await subject.fs.readFile(subject.fs.joinPath(subject.fs.joinPath(root, 'sub'), 'b.md'))), 'beta!');
		});

		test('stat gives the kind, the size and the modification time as VS Code rounds it', async () => {
			const stat = await subject.fs.stat(subject.fs.joinPath(root, 'sub'));
			assert.equal(stat.kind, FileKind.Directory);
			const file = await subject.fs.stat(subject.fs.joinPath(root, 'a.md'));
			assert.equal(file.kind, FileKind.File);
			assert.equal(file.size, 5);
			assert.equal(file.mtime, Math.round(fs.statSync(path.join(folder, 'a.md')).mtimeMs));
		});

		test('stat follows a link and marks it', async () => {
			const link = await subject.fs.stat(subject.fs.joinPath(root, 'link.md'));
			assert.equal(link.kind, FileKind.File | FileKind.SymbolicLink);
			assert.equal(link.size, 5);
			assert.equal((await subject.fs.stat(subject.fs.joinPath(root, 'linked-folder'))).kind, FileKind.Directory | FileKind.SymbolicLink);
		});

		test('what does not exist is refused by stat, readFile and readDirectory', async () => {
			const missing = subject.fs.joinPath(root, 'missing.md');
			await assert.rejects(subject.fs.stat(missing));
			await assert.rejects(subject.fs.readFile(missing));
			await assert.rejects(subject.fs.readDirectory(subject.fs.joinPath(root, 'no-folder')));
		});
	});
}
