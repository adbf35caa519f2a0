/** Longest slug used in a file name, in characters. */
export const maxSlugLength = 60;

/** Longest slug in UTF-8 bytes: Linux and macOS allow 255 bytes per file name, and the date, `-2` and `.md` need room too. */
export const maxSlugBytes = 200;

const encoder = new TextEncoder();

function fits(slug: string): boolean {
	return [...slug].length <= maxSlugLength && encoder.encode(slug).length <= maxSlugBytes;
}

/**
 * A file-name-safe slug of `title`: letters and digits of any script, joined by single hyphens.
 * It never contains a path separator, `..`, or a character Windows forbids, and is never empty.
 */
export function slugify(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(word => word !== '');
	let slug = '';
	for (const word of words) {
		const next = slug === '' ? word : `${slug}-${word}`;
		if (!fits(next)) {
			if (slug === '') {
				for (const character of word) {
					if (!fits(slug + character)) {
						break;
					}
					slug += character;
				}
			}
			break;
		}
		slug = next;
	}
	return slug === '' ? 'entry' : slug;
}

/** The file name for an entry: `YYYY-MM-DD-slug.md`, with `-2`, `-3`, … for later attempts. */
export function entryFileName(date: string, title: string, attempt = 1): string {
	return `${date}-${slugify(title)}${attempt > 1 ? `-${attempt}` : ''}.md`;
}
