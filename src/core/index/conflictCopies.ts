import { conflictCopyName } from '../model/conflictCopies';
import type { EntrySummary } from '../model/entry';
import type { JournalFileSystem } from '../model/ports';

/**
 * `entry` as a conflict copy when its file name is a sync tool's name for one: a summary under
 * Needs attention that keeps only its title, so that the copy is never a second entry. A name
 * that could also be a person's choice (`Meeting 2.md`) counts only when the original is beside it.
 */
export async function markConflictCopy(entry: EntrySummary, fs: Pick<JournalFileSystem, 'stat' | 'joinPath'>): Promise<EntrySummary> {
	const copy = conflictCopyName(entry.fileName);
	if (!copy || (!copy.certain && !await exists(fs, fs.joinPath(entry.uri.slice(0, entry.uri.lastIndexOf('/')), copy.original)))) {
		return entry;
	}
	const { uri, fileName, title, date, dateSource, mtime, size } = entry;
	return { uri, fileName, title, ...(date === undefined ? {} : { date }), dateSource, areas: [], tags: [], people: [], mtime, size, problem: { code: 'conflictCopy', line: 0, detail: copy.original } };
}

async function exists(fs: Pick<JournalFileSystem, 'stat'>, uri: string): Promise<boolean> {
	try {
		await fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}
