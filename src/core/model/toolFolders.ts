/** Folder names, lower-cased, that other note tools keep their own files in: templates, Logseq's config and backups. */
const toolFolderNames = new Set(['templates', '_templates', 'logseq']);

/**
 * Whether a folder belongs to a note tool rather than to the journal, so is never indexed:
 * `.obsidian`, `.foam`, `.dendron.cache…`, `.trash` (every hidden folder), Obsidian's and Foam's
 * templates folders, and Logseq's `logseq` folder, whose `bak` holds copies of pages.
 */
export function isToolFolder(name: string): boolean {
	return name.startsWith('.') || toolFolderNames.has(name.toLowerCase());
}
