// One way to make journal entries in tests: a hand-made summary as the index keeps it (`entry`),
// the text of an entry file (`entryText`), and what the reader makes of such a text (`readEntryText`).
import { readEntry } from '../../../src/core/index/entryReader';
import type { EntrySummary } from '../../../src/core/model/entry';

/** The journal folder the builders put entries in, unless told otherwise; the memory file system's. */
export const journalRoot = 'mem://ws/journal';

/** The URI of `name` in the journal folder: `name` may hold folders (`2026/plan`), and gets `.md` when it has none. */
export function entryUri(name: string): string {
	return `${journalRoot}/${/\.md$/i.test(name) ? name : `${name}.md`}`;
}

/**
 * A summary made by hand, as the index keeps it: the file `name`.md of the journal folder, titled
 * `name`, dated by its `date` field when given (else by its modification time), with no areas, tags or people, changed at time 0 and one byte long; `fields` change any of it.
 */
export function entry(name: string, fields: Partial<EntrySummary> = {}): EntrySummary {
	const uri = entryUri(name);
	return { uri, fileName: uri.slice(uri.lastIndexOf('/') + 1), title: name, dateSource: fields.date === undefined ? 'modified' : 'header', areas: [], tags: [], people: [], mtime: 0, size: 1, ...fields };
}

/** A header value as a person writes it: text as it is, a list in brackets. */
export type HeaderFieldValue = string | number | readonly string[];

/**
 * The text of an entry file: the `header` between `---` lines, then `body`. The header is either
 * its lines as written (`'title: x\nareas: [hiring]'`) or its fields (`{ title: 'x', areas: ['hiring'] }`),
 * written one `key: value` line each, lists as `[a, b]`.
 */
export function entryText(header: string | Readonly<Record<string, HeaderFieldValue>>, body = ''): string {
	const lines = typeof header === 'string' ? header : Object.entries(header)
		.map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`).join('\n');
	return `---\n${lines}\n---\n${body}`;
}

/** Where and what the file read by {@link readEntryText} is; by default `entry.md` of the journal folder, time 0, size 0. */
export interface EntryFile {
	/** Its name in the journal folder, as for {@link entryUri}. */
	readonly name?: string;
	/** Its URI, in place of `name`. */
	readonly uri?: string;
	readonly mtime?: number;
	readonly size?: number;
}

/** The summary the entry reader makes of `text`, read as `file`. */
export function readEntryText(text: string, file: EntryFile = {}): EntrySummary {
	return readEntry(text, { uri: file.uri ?? entryUri(file.name ?? 'entry'), mtime: file.mtime ?? 0, size: file.size ?? 0 });
}
