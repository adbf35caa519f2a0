import { FenceTracker } from './fences';

/** A `[[target#heading|alias]]` link in a text, as Obsidian, Foam and Dendron write them. */
export interface Wikilink {
	/** Offset of the first `[`. */
	readonly start: number;
	/** Offset just past the last `]`. */
	readonly end: number;
	/** The note linked to: a file name or a path, without `.md`, as written. */
	readonly target: string;
	/** The heading linked to, after `#`, when there is one. */
	readonly heading?: string;
}

/**
 * Every wikilink of `text` outside code: `[[name]]`, `[[folder/name]]`, `[[name|shown text]]`,
 * `[[name#heading]]`, and embeds (`![[name]]`), whose link is the same. A link to a heading of
 * the same note (`[[#heading]]`) has an empty target.
 */
export function findWikilinks(text: string): Wikilink[] {
	const fences = new FenceTracker();
	const links: Wikilink[] = [];
	let lineStart = 0;
	for (const line of text.split('\n')) {
		if (!fences.inCode(line) && line.includes('[[')) {
			// Inline code is blanked to spaces of the same length, so offsets stay true.
			const prose = line.replace(/`[^`]*`/g, code => ' '.repeat(code.length));
			for (const match of prose.matchAll(/\[\[([^[\]|#\n]*)(?:#([^[\]|\n]*))?(?:\|[^[\]\n]*)?\]\]/g)) {
				const target = match[1].trim();
				const heading = match[2]?.trim();
				if (target !== '' || heading) {
					links.push({ start: lineStart + match.index, end: lineStart + match.index + match[0].length, target, ...(heading ? { heading } : {}) });
				}
			}
		}
		lineStart += line.length + 1;
	}
	return links;
}

/** The zero-based line of the first heading of `text` whose text is `heading` (ignoring case); `undefined` when there is none. */
export function headingLine(text: string, heading: string): number | undefined {
	const wanted = heading.trim().toLowerCase();
	const fences = new FenceTracker();
	const lines = text.split('\n');
	for (let at = 0; at < lines.length; at++) {
		const match = fences.inCode(lines[at]) ? null : /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?$/.exec(lines[at]);
		if (match && match[1].trim().toLowerCase() === wanted) {
			return at;
		}
	}
	return undefined;
}
