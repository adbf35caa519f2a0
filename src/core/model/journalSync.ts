import type { IsoDate } from './dates';

/** The message of the commit Sync Journal makes: the day, and how many files changed. */
export function syncCommitMessage(date: IsoDate, files: number): string {
	return `Journal ${date}: ${files === 1 ? '1 file' : `${files} files`} changed`;
}

/** Whether `path` is the folder `folder` or lies below it; both `/`-separated, as in a URI's path. */
export function isInsideFolder(path: string, folder: string): boolean {
	const base = folder.replace(/\/+$/, '');
	return path === base || path.startsWith(`${base}/`);
}

/** What is not yet synced: journal files changed here, and commits not yet pushed. */
export interface UnsyncedWork {
	/** Files of the journal changed, added or deleted since the last commit. */
	readonly changedFiles: number;
	/** Commits on this machine that the remote does not have. */
	readonly unpushedCommits: number;
}

/** Whether there is anything to sync. */
export function hasUnsyncedWork(work: UnsyncedWork): boolean {
	return work.changedFiles > 0 || work.unpushedCommits > 0;
}
