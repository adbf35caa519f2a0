import type { IsoDate } from '../model/dates';
import type { TextEdit } from '../text/textEdit';
import { BlockTracker, splitLines } from '../text/markdownBlocks';
import { entryFileName } from '../model/slug';
import { splitHeader } from '../text/header';

/**
 * The file names to try for an entry renamed to `title`, in order: the date the old name starts with
 * (else `date`), then the new title's slug, with `-2`, `-3`… on collisions.
 */
export function* renamedFileNames(oldFileName: string, title: string, date: IsoDate, attempts = 1000): Iterable<string> {
	const prefix = /^(\d{4}-\d{2}-\d{2})(?:-|\.md$)/.exec(oldFileName)?.[1] ?? date;
	for (let attempt = 1; attempt <= attempts; attempt++) {
		yield entryFileName(prefix, title, attempt);
	}
}

/** The change that renames the body's first `# heading` from `oldTitle` to `newTitle`, when it reads exactly `oldTitle`. */
export function titleHeadingChange(text: string, oldTitle: string, newTitle: string): TextEdit | undefined {
	const bodyOffset = splitHeader(text).bodyOffset;
	const blocks = new BlockTracker();
	let offset = bodyOffset;
	for (const line of splitLines(text.slice(bodyOffset))) {
		const heading = blocks.consume(line) ? null : /^(# +)(.*?)[ \t]*$/.exec(line);
		if (heading) {
			if (heading[2] !== oldTitle) {
				return undefined;
			}
			const start = offset + heading[1].length;
			return { start, end: start + heading[2].length, text: newTitle };
		}
		offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
	}
	return undefined;
}
