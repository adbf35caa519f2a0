import { FenceTracker } from './fences';

/**
 * `#tags` written in an entry's body, as Obsidian and Foam read them: a `#` at the start of a line or
 * after white space, then letters, digits, `_`, `-` and `/` (nested tags), with at least one that is
 * not a digit (`#1` is an issue number, not a tag). Headings, inline code and fenced code hold none.
 * Returned without the `#`, each once, in the order written.
 */
export function readBodyTags(body: string): string[] {
	const fences = new FenceTracker();
	const tags: string[] = [];
	for (const line of body.split('\n')) {
		if (fences.inCode(line) || !line.includes('#')) {
			continue;
		}
		const prose = line.replace(/`[^`]*`/g, ' ');
		for (const match of prose.matchAll(/(?:^|\s)#([\p{L}\p{N}_/-]+)/gu)) {
			const tag = match[1].replace(/\/+$/, '');
			if (/[^\p{N}]/u.test(tag) && !tags.includes(tag)) {
				tags.push(tag);
			}
		}
	}
	return tags;
}
