import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { splitFrontmatter, type FrontmatterProblem } from './frontmatter';
import { isSafePlainString } from './simpleYaml';

/** A value to write under a header key; `null` removes the key. */
export type HeaderValue = string | number | readonly string[] | null;

/** One replacement in a text, by offsets; `start` equal to `end` is an insertion. */
export interface OffsetChange {
	/** Offset where the replaced range starts. */
	readonly start: number;
	/** Offset where the replaced range ends. */
	readonly end: number;
	/** The new text. */
	readonly text: string;
}

/** The changes that set header keys, or why the header cannot be edited safely. */
export type HeaderEdit =
	| { readonly changes: readonly OffsetChange[] }
	| { readonly problem: FrontmatterProblem };

/** A scalar as YAML source: plain when that reads back the same, else double-quoted. */
function scalarSource(value: string | number): string {
	return typeof value === 'number' || isSafePlainString(value) ? String(value) : JSON.stringify(value);
}

/** A value as YAML source; lists are written in flow style, `[a, b]`. */
export function headerValueSource(value: Exclude<HeaderValue, null>): string {
	return typeof value === 'object' ? `[${value.map(scalarSource).join(', ')}]` : scalarSource(value);
}

function findPair(pairs: readonly Pair[], key: string): Pair | undefined {
	return pairs.find(pair => isScalar(pair.key) && String(pair.key.value) === key);
}

/** The change for a key that is present: replace its value, or remove its lines. */
function changeExisting(block: string, pair: Pair, value: HeaderValue): OffsetChange | undefined {
	const keyRange = (pair.key as Node).range;
	const valueNode = pair.value as Node | null;
	if (!keyRange) {
		return undefined;
	}
	const valueRange = valueNode?.range ?? [keyRange[1], keyRange[1], keyRange[2]];
	if (value === null) {
		const start = block.lastIndexOf('\n', keyRange[0] - 1) + 1;
		const lineBreak = block.indexOf('\n', Math.max(valueRange[2], keyRange[1]) - 1);
		return { start, end: lineBreak === -1 ? block.length : lineBreak + 1, text: '' };
	}
	let end = valueRange[1];
	while (end > valueRange[0] && /\s/.test(block[end - 1])) {
		end--;
	}
	const start = valueRange[0];
	const spacer = start === end && block[start - 1] === ':' ? ' ' : '';
	return { start, end, text: spacer + headerValueSource(value) };
}

/**
 * Sets (or, with `null`, removes) keys of an entry's YAML header, changing nothing else:
 * comments, key order, quoting, line endings and every other byte stay as they were.
 * A missing key is added at the end of the header; a file without a header gets one.
 * A header that does not parse is never touched: its problem comes back instead.
 */
export function editHeader(text: string, values: Readonly<Record<string, HeaderValue>>): HeaderEdit {
	const split = splitFrontmatter(text);
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const additions = (existing: ReadonlySet<string>) => Object.entries(values)
		.filter(([key, value]) => value !== null && !existing.has(key))
		.map(([key, value]) => `${key}: ${headerValueSource(value as Exclude<HeaderValue, null>)}${eol}`)
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
	const document = parseDocument(split.block, { schema: 'core', uniqueKeys: true, prettyErrors: true });
	if (document.errors.length > 0) {
		return { problem: { code: 'invalidYaml', line: document.errors[0].linePos?.[0].line ?? 1, detail: document.errors[0].message } };
	}
	const contents = document.contents;
	if (contents !== null && !isMap(contents)) {
		return { problem: { code: 'headerNotAMapping', line: 1 } };
	}
	const pairs = (contents?.items ?? []) as Pair[];
	const changes: OffsetChange[] = [];
	const existing = new Set<string>();
	for (const [key, value] of Object.entries(values)) {
		const pair = findPair(pairs, key);
		const change = pair && changeExisting(split.block, pair, value);
		if (change) {
			existing.add(key);
			changes.push({ start: split.blockOffset + change.start, end: split.blockOffset + change.end, text: change.text });
		}
	}
	const added = additions(existing);
	if (added !== '') {
		const at = split.blockOffset + split.block.length;
		const needsBreak = split.block.length > 0 && !split.block.endsWith('\n');
		changes.push({ start: at, end: at, text: (needsBreak ? eol : '') + added });
	}
	return { changes: changes.sort((a, b) => a.start - b.start) };
}
