import { parse, TomlError } from 'smol-toml';
import type { ParsedHeader } from './header';

/** Nesting deeper than this in a TOML header is refused, as for YAML: no person writes it. */
const maxTomlDepth = 64;

/** Where the body of a text with a `+++` header opening at `from` starts: past its closing `+++`; `undefined` when it is never closed. */
export function tomlBodyOffset(text: string, from: number): number | undefined {
	const closing = /^\+\+\+[ \t]*\r?$/m;
	const rest = text.indexOf('\n', from);
	if (rest === -1) {
		return undefined;
	}
	const match = closing.exec(text.slice(rest + 1));
	if (!match) {
		return undefined;
	}
	const end = rest + 1 + match.index + match[0].length;
	return Math.min(end + 1, text.length);
}

/** A TOML date as the text it was written as, so that the reader keeps the calendar date the writer typed. */
function withDatesAsText(value: unknown): unknown {
	if (value instanceof Date) {
		return value.toISOString();
	}
	return Array.isArray(value) ? value.map(withDatesAsText) : value;
}

/**
 * Reads a Hugo or Zola header: TOML between two `+++` lines opening at `from`, with smol-toml.
 * Values are plain data (dates as the text written); never throws, never runs anything.
 */
export function readTomlHeader(text: string, from: number, maxLength: number): ParsedHeader {
	const bodyOffset = tomlBodyOffset(text, from);
	if (bodyOffset === undefined) {
		return { data: {}, bodyOffset: from, problem: { code: 'unclosedHeader', line: 0 } };
	}
	const blockStart = text.indexOf('\n', from) + 1;
	const block = text.slice(blockStart, text.lastIndexOf('+++', bodyOffset));
	if (block.length > maxLength) {
		return { data: {}, bodyOffset, problem: { code: 'headerTooLarge', line: 0, detail: String(block.length) } };
	}
	try {
		const table = parse(block, { maxDepth: maxTomlDepth, unsafeKeyBehaviour: 'drop' });
		const data: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(table)) {
			data[key] = withDatesAsText(value);
		}
		return { data, bodyOffset };
	} catch (error) {
		const line = error instanceof TomlError ? error.line : 1;
		const detail = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error);
		return { data: {}, bodyOffset, problem: { code: 'tomlHeader', line, detail } };
	}
}
