import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { parseHeaderYaml, splitHeader } from './header';
import type { TextRange } from './textEdit';

/** One item of a header value read as a list. */
export interface HeaderItem extends TextRange {
	/** The item's text, as the entry reader sees it (not yet trimmed or lower-cased). */
	readonly text: string;
}

/** A list inside a list where a list of words is meant: `tags: [[x]]`, a wikilink to its writer. */
export interface NestedList extends TextRange {
	/** Each word in it, as written, in order; `undefined` when it also holds something other than words and lists. */
	readonly words?: readonly string[];
	/** Whether the span is an item of a block list (`- [[x]]`), which holds one word, rather than the whole value. */
	readonly blockItem: boolean;
}

/** A `key: value` line (or block) of the header, and where its parts are written. */
export interface HeaderField {
	/** The key, as written. */
	readonly key: string;
	/** Where the key is written. */
	readonly keySpan: TextRange;
	/** Where the value is written, quotes included; empty, just past the colon, when there is none. */
	readonly valueSpan: TextRange;
	/** The value when it is a single scalar (text, number, boolean or `null`); `undefined` for a list or map. */
	readonly value: unknown;
	/**
	 * The value read as a list, as the entry reader reads `areas` or `tags`: each text or number
	 * of a YAML list, or each comma-separated part of a single value. Quotes are not part of a span.
	 * The items of lists inside the list count too (`[[x]]`), as the entry reader reads them.
	 */
	readonly items: readonly HeaderItem[];
	/**
	 * Text that YAML reads as a comment though it looks like a value: `#` and a character other than
	 * a space or `#`, right after `key: ` or a block list's `- ` (`tags: #x`). Its writer meant a value.
	 */
	readonly hashComments: readonly HeaderItem[];
	/** Lists inside the value's list (`[[x]]`). */
	readonly nestedLists: readonly NestedList[];
}

/** Where everything in a header is written. */
export interface LocatedHeader {
	/** Its top-level fields, in the order written; empty when the YAML does not parse. */
	readonly fields: readonly HeaderField[];
	/** Where the first YAML error is, when the YAML does not parse. */
	readonly firstError?: TextRange;
}

/** Keys whose values name an entry's areas, as the entry reader reads them. */
export const areaKeys: readonly string[] = ['areas', 'area', 'challenges', 'challenge'];

/** Keys whose values are dates. */
export const dateKeys: readonly string[] = ['date', 'review', 'decided', 'closed'];

/** Keys whose values are lists of dates: `reviews`, a schedule of review dates. */
export const dateListKeys: readonly string[] = ['reviews'];
/** Every key the entry reader reads, as the extension writes them. */
export const knownKeys: readonly string[] = ['title', ...dateKeys, ...dateListKeys, ...areaKeys, 'tags', 'people', 'status', 'confidence', 'outcome', 'decisionQuality', 'continues', 'actual', 'cost'];

const knownKeyByLowerCase = new Map(knownKeys.map(key => [key.toLowerCase(), key]));

/** The known key that `key` writes in another case (`Title`, `STATUS`, `decisionquality` → `title`, `status`, `decisionQuality`); `undefined` for any other key. */
export function knownKeyInOtherCase(key: string): string | undefined {
	const known = knownKeyByLowerCase.get(key.toLowerCase());
	return known !== key ? known : undefined;
}

/** The field the entry reader reads for the known key `key`: that key, else the first written in another case. */
export function knownField(fields: readonly HeaderField[], key: string): HeaderField | undefined {
	return fields.find(field => field.key === key) ?? fields.find(field => knownKeyInOtherCase(field.key) === key);
}

/**
 * A header's data with the known keys also taken from keys written in another case (`Title:`,
 * `Status:`), as people write them: the lower-case key wins, else the first one written.
 */
export function withKnownKeys(data: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
	let result: Record<string, unknown> | undefined;
	for (const key of Object.keys(data)) {
		const known = knownKeyInOtherCase(key);
		if (known !== undefined && !Object.prototype.hasOwnProperty.call(result ?? data, known)) {
			result ??= { ...data };
			result[known] = data[key];
		}
	}
	return result ?? data;
}

function quoted(scalar: Scalar): boolean {
	return scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
}

/** A node's span in the block, without the trailing white space a plain scalar's range may hold. */
function nodeSpan(block: string, node: Node): TextRange | undefined {
	if (!node.range) {
		return undefined;
	}
	let end = node.range[1];
	while (end > node.range[0] && /\s/.test(block[end - 1])) {
		end--;
	}
	return { start: node.range[0], end };
}

/** The span of a scalar's text: inside its quotes when the text is written there as it reads. */
function scalarTextSpan(block: string, scalar: Scalar): TextRange | undefined {
	const span = nodeSpan(block, scalar);
	if (span && quoted(scalar) && block.slice(span.start + 1, span.end - 1) === String(scalar.value)) {
		return { start: span.start + 1, end: span.end - 1 };
	}
	return span;
}

/** A text split at commas; each part keeps its own span when the text is written as it reads. */
function commaItems(block: string, text: string, span: TextRange): HeaderItem[] {
	const asWritten = block.slice(span.start, span.end) === text;
	const items: HeaderItem[] = [];
	let from = 0;
	for (const part of text.split(',')) {
		const lead = part.length - part.trimStart().length;
		const trimmed = part.trim();
		if (trimmed !== '') {
			items.push(asWritten
				? { text: trimmed, start: span.start + from + lead, end: span.start + from + lead + trimmed.length }
				: { text: trimmed, ...span });
		}
		from += part.length + 1;
	}
	return items;
}

/** How many levels of lists inside a list the entry reader reads: enough for `- [[x]]`, a wikilink in a block list. */
export const nestedListDepth = 2;

function listItems(block: string, value: unknown): HeaderItem[] {
	if (isScalar(value)) {
		const span = scalarTextSpan(block, value);
		const text = typeof value.value === 'string' || typeof value.value === 'number' ? String(value.value) : undefined;
		return span && text !== undefined ? commaItems(block, text, span) : [];
	}
	return seqItems(block, value, nestedListDepth);
}

/** The texts and numbers of a YAML list, and of the lists inside it down to `depth` levels. */
function seqItems(block: string, value: unknown, depth: number): HeaderItem[] {
	if (!isSeq(value)) {
		return [];
	}
	return value.items.flatMap(item => {
		if (isSeq(item)) {
			return depth > 0 ? seqItems(block, item, depth - 1) : [];
		}
		const span = isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') ? scalarTextSpan(block, item) : undefined;
		return span && isScalar(item) ? [{ text: String(item.value), ...span }] : [];
	});
}

/** `#x` at `start`, to the end of its line: a comment to YAML, a value to its writer. */
function hashComment(block: string, start: number): HeaderItem[] {
	const hash = /#[^\s#][^\r\n]*/y;
	hash.lastIndex = start;
	const found = hash.exec(block);
	if (!found) {
		return [];
	}
	const text = found[0].trimEnd();
	return [{ text, start, end: start + text.length }];
}

/** The empty values whose line goes on with a comment that looks like a value (see {@link HeaderField.hashComments}). */
function hashComments(block: string, value: Node | null): HeaderItem[] {
	if (isScalar(value) && value.value === null && value.range) {
		return hashComment(block, value.range[0]);
	}
	if (!isSeq(value) || value.flow) {
		return [];
	}
	return value.items.flatMap(item => isScalar(item) && item.value === null && item.range ? hashComment(block, item.range[0]) : []);
}

/** The words of `node`, a word or a list of them, as written; `undefined` when it holds anything else. */
function words(block: string, node: unknown): string[] | undefined {
	if (isScalar(node)) {
		const span = nodeSpan(block, node);
		return span && [block.slice(span.start, span.end)];
	}
	if (!isSeq(node)) {
		return undefined;
	}
	const found: string[] = [];
	for (const item of node.items) {
		const more = words(block, item);
		if (!more) {
			return undefined;
		}
		found.push(...more);
	}
	return found;
}

function nestedLists(block: string, value: Node | null): NestedList[] {
	if (!isSeq(value)) {
		return [];
	}
	const nested = (node: Node, blockItem: boolean): NestedList[] => {
		const span = nodeSpan(block, node);
		const written = words(block, node);
		return span ? [{ ...span, ...(written ? { words: written } : {}), blockItem }] : [];
	};
	if (value.flow) {
		return value.items.some(isSeq) ? nested(value, false) : [];
	}
	return value.items.flatMap(item => isSeq(item) ? nested(item, true) : []);
}

function shift(span: TextRange, by: number): TextRange {
	return { start: span.start + by, end: span.end + by };
}

function readField(block: string, offset: number, pair: Pair): HeaderField | undefined {
	const key = pair.key as Node | null;
	if (!isScalar(key) || !key.range) {
		return undefined;
	}
	const keySpan = { start: key.range[0], end: key.range[1] };
	const value = pair.value as Node | null;
	const valueSpan = (value && nodeSpan(block, value)) ?? { start: keySpan.end + 1, end: keySpan.end + 1 };
	return {
		key: String(key.value),
		keySpan: shift(keySpan, offset),
		valueSpan: shift(valueSpan, offset),
		value: isScalar(value) ? value.value : value === null ? null : undefined,
		items: listItems(block, value).map(item => ({ text: item.text, ...shift(item, offset) })),
		hashComments: hashComments(block, value).map(item => ({ text: item.text, ...shift(item, offset) })),
		nestedLists: nestedLists(block, value).map(list => ({ ...list, ...shift(list, offset) })),
	};
}

/**
 * Finds where each key, value and list item of a file's YAML header is written, so that a
 * message or a fix can point at exactly that text. `undefined` when there is no YAML header.
 */
export function locateHeader(text: string): LocatedHeader | undefined {
	const split = splitHeader(text);
	if (!('block' in split) || (split.language !== '' && split.language !== 'yaml' && split.language !== 'yml')) {
		return undefined;
	}
	const parsed = parseHeaderYaml(split.block);
	if ('problem' in parsed) {
		const start = Math.min(parsed.start, split.block.length);
		return { fields: [], firstError: shift({ start, end: Math.max(start, Math.min(parsed.end, split.block.length)) }, split.blockOffset) };
	}
	const pairs = isMap(parsed.document.contents) ? parsed.document.contents.items as Pair[] : [];
	const fields = pairs.map(pair => readField(split.block, split.blockOffset, pair)).filter(field => field !== undefined);
	return { fields };
}
