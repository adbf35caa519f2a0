import MarkdownIt from 'markdown-it';

/** Which markdown-it preset a block parser follows: `default` is VS Code's preview (tables, strikethrough), `commonmark` the plain spec. */
export type BlockPreset = 'default' | 'commonmark';

const parsers = new Map<BlockPreset, MarkdownIt>();

/**
 * A block-level markdown parser with raw HTML on: headings, lists, quotes, code and HTML blocks are
 * recognized, inline markup is left unread. One per preset, made on first use.
 */
export function blockParser(preset: BlockPreset): MarkdownIt {
	let parser = parsers.get(preset);
	if (!parser) {
		parser = new MarkdownIt(preset, { html: true });
		parser.core.ruler.disable(['inline', 'text_join']);
		parsers.set(preset, parser);
	}
	return parser;
}
