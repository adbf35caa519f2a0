import * as assert from 'node:assert/strict';
import { hasUnsyncedWork, isInsideFolder, syncCommitMessage } from '../../../src/core/model/journalSync';

suite('Sync Journal, the pure parts', () => {
	test('the commit message names the day and the count', () => {
		assert.equal(syncCommitMessage('2026-12-01', 1), 'Journal 2026-12-01: 1 file changed');
		assert.equal(syncCommitMessage('2026-12-01', 3), 'Journal 2026-12-01: 3 files changed');
	});

	test('inside the journal folder means the folder or below it, never a folder that only starts alike', () => {
		assert.equal(isInsideFolder('/w/journal/a.md', '/w/journal'), true);
		assert.equal(isInsideFolder('/w/journal/2026/a.md', '/w/journal/'), true);
		assert.equal(isInsideFolder('/w/journal', '/w/journal'), true);
		assert.equal(isInsideFolder('/w/journal-old/a.md', '/w/journal'), false);
		assert.equal(isInsideFolder('/w/notes.txt', '/w/journal'), false);
	});

	test('unsynced work is changed files or unpushed commits', () => {
		assert.equal(hasUnsyncedWork({ changedFiles: 0, unpushedCommits: 0 }), false);
		assert.equal(hasUnsyncedWork({ changedFiles: 2, unpushedCommits: 0 }), true);
		assert.equal(hasUnsyncedWork({ changedFiles: 0, unpushedCommits: 1 }), true);
	});
});
