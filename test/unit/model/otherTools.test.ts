import * as assert from 'node:assert/strict';
import { conflictCopyName, type ConflictCopyName } from '../../../src/core/model/conflictCopies';
import { isToolFolder } from '../../../src/core/model/toolFolders';

suite('conflictCopyName', () => {
	const table: readonly [string, ConflictCopyName | undefined][] = [
		['2026-12-01.sync-conflict-20261201-101500-ABCDEFG.md', { kind: 'syncthing', original: '2026-12-01.md', certain: true }],
		['plan.sync-conflict-20261201-101500.md', { kind: 'syncthing', original: 'plan.md', certain: true }],
		["plan (Jane's conflicted copy 2026-12-01).md", { kind: 'dropbox', original: 'plan.md', certain: true }],
		['plan (conflicted copy 2026-12-01 (1)).md', { kind: 'dropbox', original: 'plan.md', certain: true }],
		['Plan (in Konflikt stehende Kopie von Jana 2026-12-01).md', { kind: 'dropbox', original: 'Plan.md', certain: true }],
		['plan-DESKTOP-AB12CD3.md', { kind: 'onedrive', original: 'plan.md', certain: false }],
		['1:1 with Dana-LAPTOP-XYZ.md', { kind: 'onedrive', original: '1:1 with Dana.md', certain: false }],
		['plan (1).md', { kind: 'googleDrive', original: 'plan.md', certain: false }],
		['plan 2.md', { kind: 'icloud', original: 'plan.md', certain: false }],
		['Weekly review 12.md', { kind: 'icloud', original: 'Weekly review.md', certain: false }],
		['plan.md', undefined],
		['2026-12-01.md', undefined],
		['2026-11-30-hr.md', undefined],
		['2026-11-30-HR.md', undefined],
		['Q1 2026.md', undefined],
		['plan 1.md', undefined],
		['sync-conflict.md', undefined],
		[' (1).md', undefined],
	];
	for (const [name, expected] of table) {
		test(`${name} → ${expected ? `${expected.kind} copy of ${expected.original}` : 'no copy'}`, () => {
			assert.deepEqual(conflictCopyName(name), expected);
		});
	}
});

suite('isToolFolder', () => {
	const table: readonly [string, boolean][] = [
		['.obsidian', true], ['.foam', true], ['.dendron.cache.notes', true], ['.trash', true], ['.git', true],
		['Templates', true], ['templates', true], ['_templates', true], ['logseq', true],
		['2026', false], ['Daily', false], ['journals', false], ['pages', false], ['my templates', false],
	];
	for (const [name, expected] of table) {
		test(`${name}: ${expected ? 'a tool\'s folder' : 'the journal\'s'}`, () => {
			assert.equal(isToolFolder(name), expected);
		});
	}
});
