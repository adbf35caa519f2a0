/** Where an entry without a `title:` key takes its title from. */
export type TitleSource = 'heading' | 'fileName';

/** How entries written by other tools are read; set by the user's settings. */
export interface ReaderOptions {
	/** `heading`: the first `#` heading, else the file name; `fileName`: the file name, as Obsidian shows it. */
	readonly titleFrom: TitleSource;
	/** Whether `#tags` in the body count as tags, as Obsidian and Foam count them. */
	readonly bodyTags: boolean;
	/** Values of `category`, `categories` and the area keys (lower-cased) mapped to area ids. */
	readonly areaMapping: ReadonlyMap<string, string>;
}

/** The options when nothing is set: the journal's own way. */
export const defaultReaderOptions: ReaderOptions = { titleFrom: 'heading', bodyTags: false, areaMapping: new Map() };

/** The reader options from the settings as written; anything not understood falls back to the default. */
export function readReaderOptions(titleFrom: unknown, bodyTags: unknown, areaMapping: unknown): ReaderOptions {
	const mapping = new Map<string, string>();
	if (typeof areaMapping === 'object' && areaMapping !== null && !Array.isArray(areaMapping)) {
		for (const [value, area] of Object.entries(areaMapping as Record<string, unknown>)) {
			if (typeof area === 'string' && area.trim() !== '' && value.trim() !== '') {
				mapping.set(value.trim().toLowerCase(), area.trim().toLowerCase());
			}
		}
	}
	return { titleFrom: titleFrom === 'fileName' ? 'fileName' : 'heading', bodyTags: bodyTags === true, areaMapping: mapping };
}

/** A short text that changes whenever the options do: summaries read with other options are not reused. */
export function readerOptionsKey(options: ReaderOptions): string {
	const mapping = [...options.areaMapping].sort(([a], [b]) => a.localeCompare(b)).map(([value, area]) => `${value}=${area}`).join(',');
	return `${options.titleFrom}|${options.bodyTags ? 'body' : ''}|${mapping}`;
}
