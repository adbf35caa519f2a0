import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

/** Longest markdown read for a heading's text: no title is longer, and the entry shows at most 300 characters of one. */
const maxInlineLength = 10_000;

let parser: MarkdownIt | undefined;

/** An inline markdown parser configured as VS Code's preview reads entries: raw HTML allowed, strikethrough on. */
function inlineParser(): MarkdownIt {
	parser ??= new MarkdownIt('default', { html: true });
	return parser;
}

function visibleText(tokens: readonly Token[]): string {
	let text = '';
	for (const token of tokens) {
		switch (token.type) {
			case 'text':
			case 'code_inline':
				text += token.content;
				break;
			case 'softbreak':
			case 'hardbreak':
				text += ' ';
				break;
			case 'image':
				text += visibleText(token.children ?? []);
				break;
			default:
				// Markup (emphasis, links, raw HTML) shows no text of its own.
				break;
		}
	}
	return text;
}

/**
 * The text a reader sees of a line of inline markdown, such as a heading's: code spans, link
 * texts, images' alt texts and emphasized words without their markup, escapes and entities
 * resolved, raw HTML left out, white space collapsed as a browser shows it.
 */
export function inlineText(markdown: string): string {
	const [inline] = inlineParser().parseInline(markdown.slice(0, maxInlineLength), {});
	return visibleText(inline?.children ?? []).replace(/\s+/g, ' ').trim();
}
