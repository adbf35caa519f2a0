import type { TextEdit } from '../text/textEdit';

/** A markdown inline link's target: `](target)` or `](target#fragment)`, without a title. */
const linkTarget = /\]\(([^()\s]+?)(#[^()\s]*)?\)/g;

/**
 * The edits that point every inline markdown link of `text` that leads to the file `from` at
 * `to` instead, keeping each link's `#fragment` (such as a line number). `resolve` tells where a
 * link target leads, as a URI string, or `undefined` for one that leads nowhere known.
 */
export function relinkEdits(text: string, from: string, to: string, resolve: (target: string) => string | undefined): TextEdit[] {
	const edits: TextEdit[] = [];
	for (const match of text.matchAll(linkTarget)) {
		const target = match[1];
		if (resolve(target) === from) {
			const start = (match.index ?? 0) + 2;
			edits.push({ start, end: start + target.length, text: to });
		}
	}
	return edits;
}
