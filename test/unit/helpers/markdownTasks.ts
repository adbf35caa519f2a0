import MarkdownIt from 'markdown-it';

const referenceParser = new MarkdownIt('commonmark', { html: true });

/**
 * The task items markdown-it finds in the whole body, with no pre-scan, as `[line, done]`: each first
 * paragraph of a list item that starts with a box (`[ ]`, `[x]`, `[X]`, `[/]`, `[-]`) or a Logseq
 * marker, then a blank and some text. Done means `[x]`, `[X]` or `DONE`.
 */
export function markdownTasks(body: string): [number, boolean][] {
	const tokens = referenceParser.parse(body, {});
	const found: [number, boolean][] = [];
	for (let at = 2; at < tokens.length; at++) {
		const task = tokens[at].type === 'inline' && tokens[at - 1].type === 'paragraph_open' && tokens[at - 2].type === 'list_item_open'
			? /^(?:\[([ xX/-])\]|(TODO|DOING|LATER|NOW|DONE|CANCELED|CANCELLED))[ \t]+\S/.exec(tokens[at].content) : null;
		if (task) {
			found.push([tokens[at].map![0], task[1] === 'x' || task[1] === 'X' || task[2] === 'DONE']);
		}
	}
	return found;
}
