import type * as vscode from 'vscode';
import { isInsideFolder, syncCommitMessage, type UnsyncedWork } from '../core/model/journalSync';
import type { IsoDate } from '../core/model/dates';
import type { GitApi, GitChange, GitRepository } from './git';

/** How a Sync Journal run ended. */
export type SyncOutcome =
	/** The journal is in no repository. */
	| { readonly kind: 'noRepository' }
	/** Files outside the journal are staged: a commit would take them along, so nothing was done. */
	| { readonly kind: 'stagedOutside'; readonly files: number }
	/** Conflicts stop the sync: the files with conflict markers, in the journal. */
	| { readonly kind: 'conflict'; readonly files: readonly vscode.Uri[] }
	/** The repository has no remote: changes were committed, and stay on this machine. */
	| { readonly kind: 'committedOnly'; readonly committed: number }
	/** Everything is in step with the remote. */
	| { readonly kind: 'synced'; readonly committed: number; readonly pulled: boolean; readonly pushed: boolean };

/** The repository that holds `journal`, opened if the Git extension has not opened it yet. */
export async function journalRepository(git: GitApi, journal: vscode.Uri): Promise<GitRepository | undefined> {
	return git.getRepository(journal) ?? await git.openRepository?.(journal) ?? undefined;
}

function inJournal(journal: vscode.Uri, changes: readonly GitChange[]): vscode.Uri[] {
	const seen = new Set<string>();
	return changes.map(change => change.uri).filter(uri => {
		const fresh = isInsideFolder(uri.path, journal.path) && !seen.has(uri.path);
		seen.add(uri.path);
		return fresh;
	});
}

/** The journal files changed in `repository` since its last commit: staged, not staged, new, or in conflict. */
function changedJournalFiles(repository: GitRepository, journal: vscode.Uri): vscode.Uri[] {
	const { state } = repository;
	return inJournal(journal, [...state.mergeChanges, ...state.indexChanges, ...state.workingTreeChanges, ...state.untrackedChanges ?? []]);
}

/** What of the journal is not yet synced. */
export function unsyncedWork(repository: GitRepository, journal: vscode.Uri): UnsyncedWork {
	return { changedFiles: changedJournalFiles(repository, journal).length, unpushedCommits: repository.state.HEAD?.ahead ?? 0 };
}

/**
 * Sync Journal: commits the journal folder's changes (nothing outside it) with a message naming
 * `today`, pulls with rebase, and pushes, all through the Git extension. `hasConflictMarkers`
 * says whether a file still holds markers: while one does, nothing is committed. A pull that
 * conflicts ends with the conflicting journal files, which the index shows under Needs attention.
 */
export async function syncJournal(repository: GitRepository, journal: vscode.Uri, today: IsoDate, hasConflictMarkers: (uri: vscode.Uri) => Promise<boolean>): Promise<SyncOutcome> {
	await repository.status();
	const outside = repository.state.indexChanges.filter(change => !isInsideFolder(change.uri.path, journal.path));
	if (outside.length > 0) {
		return { kind: 'stagedOutside', files: outside.length };
	}
	const changed = changedJournalFiles(repository, journal);
	const unresolved: vscode.Uri[] = [];
	for (const uri of changed) {
		if (await hasConflictMarkers(uri)) {
			unresolved.push(uri);
		}
	}
	if (unresolved.length > 0) {
		return { kind: 'conflict', files: unresolved };
	}
	if (changed.length > 0) {
		await repository.add(changed.map(uri => uri.fsPath));
		await repository.commit(syncCommitMessage(today, changed.length));
	}
	const head = repository.state.HEAD;
	if (!head?.upstream) {
		const remote = repository.state.remotes[0]?.name;
		if (remote === undefined || head?.name === undefined) {
			return { kind: 'committedOnly', committed: changed.length };
		}
		await repository.push(remote, head.name, true);
		return { kind: 'synced', committed: changed.length, pulled: false, pushed: true };
	}
	await repository.fetch();
	await repository.status();
	const pulled = (repository.state.HEAD?.behind ?? 0) > 0;
	if (pulled) {
		try {
			await (repository.rebase ? repository.rebase(`${head.upstream.remote}/${head.upstream.name}`) : repository.pull());
		} catch (error) {
			await repository.status();
			const conflicts = inJournal(journal, repository.state.mergeChanges);
			if (conflicts.length > 0) {
				return { kind: 'conflict', files: conflicts };
			}
			throw error;
		}
		await repository.status();
	}
	const pushed = (repository.state.HEAD?.ahead ?? 0) > 0;
	if (pushed) {
		await repository.push();
	}
	return { kind: 'synced', committed: changed.length, pulled, pushed };
}
