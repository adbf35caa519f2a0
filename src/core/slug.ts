/** Longest slug used in a file name, in characters. */
export const maxSlugLength = 60;

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
		if ([...next].length > maxSlugLength) {
			if (slug === '') {
				slug = [...word].slice(0, maxSlugLength).join('');
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
