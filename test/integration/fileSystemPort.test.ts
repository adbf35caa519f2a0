import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WorkspaceFileSystem } from '../../src/adapters/fileSystem';
import { createHostIo } from '../../src/adapters/hostIo';
import { JournalScanner } from '../../src/core/index/journalScanner';
import { fileSystemContract } from '../shared/fileSystemContract';

const folderUri = (folder: string) => vscode.Uri.file(folder).toString();

fileSystemContract('workspace.fs', () => ({ fs: new WorkspaceFileSystem(), folderUri }));
fileSystemContract('the Node host\'s choice (node:fs for file:)', () => ({ fs: createHostIo().fs, folderUri }));

suite('The Node host\'s file access', () => {
	test('spells the URI of a name as workspace.fs does, so that the index\'s keys match the watcher\'s', () => {
		const base = vscode.Uri.file('/tmp/journal folder/2024').toString();
		for (const name of ['a.md', 'an entry #1 50% ü.md', 'x?y&z=1.md', '[draft] (1).md']) {
			assert.equal(createHostIo().fs.joinPath(base, name), new WorkspaceFileSystem().joinPath(base, name));
		}
	});

	test('lists the fixture journal as workspace.fs does, and every stat agrees', async () => {
		const journal = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'journal').toString();
		const viaWorkspace = await new JournalScanner(new WorkspaceFileSystem()).listFiles(journal);
		const viaHost = await new JournalScanner(createHostIo().fs).listFiles(journal);
		assert.deepEqual(viaHost.files.sort(), viaWorkspace.files.sort());
		assert.ok(viaHost.files.length > 3);
		for (const uri of viaHost.files) {
			assert.deepEqual(await createHostIo().fs.stat(uri), await new WorkspaceFileSystem().stat(uri), uri);
		}
	});
});
