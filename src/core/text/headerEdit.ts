import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { parseHeader, parseHeaderYaml, splitHeader, type HeaderProblem } from './header';
import { knownKeyInOtherCase, withKnownKeys } from './headerValues';
import { isSafePlainString } from './simpleYaml';
import type { TextEdit } from './textEdit';

/** A value to write under a header key; `null` removes the key. */
export type HeaderValue = string | number | readonly string[] | null;

/** The changes that set header keys, or why the header cannot be edited safely. */
export type HeaderEdit =
	| { readonly changes: readonly TextEdit[] }
	| { readonly problem: HeaderProblem };

/** A scalar as YAML source: plain when that reads back the same, else double-quoted. */
function scalarSource(value: string | number): string {
	return typeof value === 'number' || isSafePlainString(value) ? String(value) : JSON.stringify(value);
}

/** A value as YAML source; lists are written in flow style, `[a, b]`. */
export function headerValueSource(value: Exclude<HeaderValue, null>): string {
	return typeof value === 'object' ? `[${value.map(scalarSource).join(', ')}]` : scalarSource(value);
}

/** The start of the line that holds `offset`; a line break is `\r\n`, `\r` or `\n`. */
function lineStart(block: string, offset: number): number {
	return Math.max(block.lastIndexOf('\n', offset - 1), block.lastIndexOf('\r', offset - 1)) + 1;
}

/** The offset just past the line break at or after `offset` (`\r\n`, `\r` or `\n`), or the block's end. */
function pastLineBreak(block: string, offset: number): number {
	const lineBreak = /\r\n|\r|\n/g;
	lineBreak.lastIndex = offset;
	const found = lineBreak.exec(block);
	return found ? found.index + found[0].length : block.length;
}

/** The pair of `key`; for a known key, else the first written in another case (`Status:`), which the reader reads then. */
function findPair(pairs: readonly Pair[], key: string): Pair | undefined {
	const keyOf = (pair: Pair) => isScalar(pair.key) ? String(pair.key.value) : undefined;
	return pairs.find(pair => keyOf(pair) === key)
		?? pairs.find(pair => knownKeyInOtherCase(keyOf(pair) ?? '') === key);
}

/** The change for a key that is present: replace its value, or remove its lines. */
function changeExisting(block: string, pair: Pair, value: HeaderValue): TextEdit | undefined {
	const keyRange = (pair.key as Node).range;
	const valueNode = pair.value as Node | null;
	if (!keyRange) {
		return undefined;
	}
	const valueRange = valueNode?.range ?? [keyRange[1], keyRange[1], keyRange[2]];
	if (value === null) {
		return { start: lineStart(block, keyRange[0]), end: pastLineBreak(block, Math.max(valueRange[2], keyRange[1]) - 1), text: '' };
	}
	let end = valueRange[1];
	while (end > valueRange[0] && /\s/.test(block[end - 1])) {
		end--;
	}
	const start = valueRange[0];
	const spacer = start === end && block[start - 1] === ':' ? ' ' : '';
	return { start, end, text: spacer + headerValueSource(value) };
}

/** The offset just past the line break that ends a pair's last line in `block`, or the block's end. */
function pairEnd(block: string, pair: Pair): number | undefined {
	const keyRange = (pair.key as Node).range;
	if (!keyRange) {
		return undefined;
	}
	const valueRange = (pair.value as Node | null)?.range ?? keyRange;
	return pastLineBreak(block, Math.max(valueRange[2], keyRange[1]) - 1);
}

/**
 * Sets (or, with `null`, removes) keys of an entry's YAML header, changing nothing else:
 * comments, key order, quoting, line endings and every other byte stay as they were.
 * A missing key is added at the end of the header, or, when `after` names a key for it that the
 * header has, on the line below that key's; a file without a header gets one.
 * A header that does not parse is never touched: its problem comes back instead.
 */
export function editHeader(text: string, values: Readonly<Record<string, HeaderValue>>, after: Readonly<Record<string, string>> = {}): HeaderEdit {
	const split = splitHeader(text);
	const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
	const additions = (existing: ReadonlySet<string>, indent = '', only?: (key: string) => boolean) => Object.entries(values)
		.filter(([key, value]) => value !== null && !existing.has(key) && (only?.(key) ?? true))
		.map(([key, value]) => `${indent}${key}: ${headerValueSource(value as Exclude<HeaderValue, null>)}${eol}`)
		.join('');
	if (!('block' in split)) {
		if (split.problem) {
			return { problem: split.problem };
		}
		const added = additions(new Set());
		return { changes: added === '' ? [] : [{ start: split.bodyOffset, end: split.bodyOffset, text: `---${eol}${added}---${eol}` }] };
	}
	if (split.language !== '' && split.language !== 'yaml' && split.language !== 'yml') {
		return { problem: { code: 'unknownHeaderLanguage', line: 0, detail: split.language } };
	}
	const parsed = parseHeaderYaml(split.block);
	if ('problem' in parsed) {
		return { problem: parsed.problem };
	}
	const contents = parsed.document.contents;
	// A `{ key: value }` header would need its keys added inside the braces: it is left to the user.
	if (contents !== null && (!isMap(contents) || contents.flow)) {
		return { problem: { code: 'headerNotAMapping', line: 1 } };
	}
	const pairs = (contents?.items ?? []) as Pair[];
	const changes: TextEdit[] = [];
	const existing = new Set<string>();
	for (const [key, value] of Object.entries(values)) {
		const pair = findPair(pairs, key);
		const change = pair && changeExisting(split.block, pair, value);
		if (change) {
			existing.add(key);
			changes.push({ start: split.blockOffset + change.start, end: split.blockOffset + change.end, text: change.text });
		}
	}
	// New keys line up with the existing ones: a header indented as a whole stays one mapping.
	const start = contents?.range?.[0] ?? 0;
	const indent = /^ *$/.exec(split.block.slice(lineStart(split.block, start), start))?.[0] ?? '';
	const placed = new Set<string>();
	for (const anchor of new Set(Object.values(after))) {
		const pair = findPair(pairs, anchor);
		const end = pair && pairEnd(split.block, pair);
		// Below the last key is the end of the header, where the other new keys go too.
		const below = end === undefined || end >= split.block.length ? '' : additions(existing, indent, key => after[key] === anchor);
		if (end !== undefined && below !== '') {
			Object.keys(values).filter(key => after[key] === anchor).forEach(key => placed.add(key));
			changes.push({ start: split.blockOffset + end, end: split.blockOffset + end, text: below });
		}
	}
	const added = additions(new Set([...existing, ...placed]), indent);
	if (added !== '') {
		const at = split.blockOffset + split.block.length;
		const needsBreak = split.block.length > 0 && !/[\r\n]$/.test(split.block);
		changes.push({ start: at, end: at, text: (needsBreak ? eol : '') + added });
	}
	// An insertion and a removal may start at the same offset (a key placed below one whose next line goes): the insertion first.
	changes.sort((a, b) => a.start - b.start || a.end - b.end);
	// The last guard: an edit that would leave a header unreadable is not made.
	let edited = text;
	for (const change of [...changes].reverse()) {
		edited = edited.slice(0, change.start) + change.text + edited.slice(change.end);
	}
	const reread = parseHeader(edited);
	const rereadData = withKnownKeys(reread.data);
	// A key YAML would not read back as written (after a `? ` complex key, say) means the header is not plain enough to edit.
	const readsBack = Object.entries(values).every(([key, value]) => (value === null) === !Object.prototype.hasOwnProperty.call(rereadData, key));
	return reread.problem || !readsBack ? { problem: { code: 'headerNotAMapping', line: 1 } } : { changes };
}
