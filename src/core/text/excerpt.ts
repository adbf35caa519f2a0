import { splitHeader } from './header';

/**
 * The first lines of an entry's body for a tooltip: text lines, without headings' `#`,
 * HTML comments or blank lines, and without the heading that repeats the title.
 */
export function bodyExcerpt(text: string, title: string, maxLines = 6, maxLength = 400): string[] {
	const body = text.slice(splitHeader(text).bodyOffset).replace(/<!--[\s\S]*?-->/g, '');
	const lines: string[] = [];
	let length = 0;
	for (const rawLine of body.split('\n')) {
		const line = rawLine.trim().replace(/^#+\s+/, '');
		if (line === '' || line === title) {
			continue;
		}
		const room = maxLength - length;
		lines.push(line.length > room ? `${line.slice(0, Math.max(0, room - 1))}…` : line);
		length += line.length;
		if (lines.length >= maxLines || length >= maxLength) {
			break;
		}
	}
	return lines;
}
