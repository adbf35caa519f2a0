/** Why a journal folder setting was refused. */
export type JournalFolderError = 'absolute' | 'outside';

/** The journal folder setting checked and split into path segments below the workspace folder. */
export type JournalFolder =
	| { readonly segments: readonly string[] }
	| { readonly error: JournalFolderError };

/** The journal folder used when the setting is missing. */
export const defaultJournalFolder = 'journal';
/** The templates folder used when the setting is missing. */
export const defaultTemplatesFolder = '.journal/templates';

/**
 * Checks a folder setting such as `folder` or `templatesFolder`. It must be a relative path that stays inside
 * the workspace folder (`.` is the workspace folder itself; empty means `fallback`); absolute paths and `..`
 * are refused rather than followed.
 */
export function parseJournalFolder(setting: unknown, fallback: string = defaultJournalFolder): JournalFolder {
	const text = typeof setting === 'string' && setting.trim() !== '' ? setting.trim() : fallback;
	if (/^([/\\]|[A-Za-z]:|~)/.test(text) || /^[a-z][\w+.-]*:/i.test(text)) {
		return { error: 'absolute' };
	}
	const segments = text.split(/[/\\]+/).filter(segment => segment !== '' && segment !== '.');
	return segments.includes('..') ? { error: 'outside' } : { segments };
}

/** The roster's file name, at the top of the journal folder: who the journal's people are (see `core/people`). */
export const rosterFileName = 'people.md';
