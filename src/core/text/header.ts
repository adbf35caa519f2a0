import { isAlias, isCollection, isPair, isScalar, parseDocument, visit, type Document } from 'yaml';
import { parseSimpleYaml } from './simpleYaml';
import { lineOfOffset } from './textEdit';
import { readTomlHeader, tomlBodyOffset } from './tomlHeader';

/** Why a file's header could not be read. The VS Code side turns each code into a sentence. */
export type HeaderProblemCode =
	/** The header is marked as JavaScript or CoffeeScript, which would have to run to be read. */
	| 'codeHeader'
	/** The header names a language other than YAML, JavaScript or JSON. */
	| 'unknownHeaderLanguage'
	/** A TOML header (`+++`): read, but never changed; `detail` says why one does not parse. */
	| 'tomlHeader'
	/** A JSON header (`;;;`). */
	| 'jsonHeader'
	/** The opening `---` has no closing line. */
	| 'unclosedHeader'
	/** The header appears below blank lines instead of on the first line. */
	| 'headerNotAtTop'
	/** The YAML does not parse. */
	| 'invalidYaml'
	/** The YAML parses to something other than a set of `key: value` pairs. */
	| 'headerNotAMapping'
	/** The header is larger than anything a person writes by hand. */
	| 'headerTooLarge'
	/** The header nests deeper, or repeats aliases more often, than anything a person writes by hand. */
	| 'headerTooComplex'
	/**
	 * A value starts with `*` (`title: *Urgent*`, emphasis to its writer), which YAML reads as a
	 * reference to a value marked `&Urgent*`, and there is none. `detail` is the value as written.
	 */
	| 'unresolvedAlias'
	/**
	 * A quoted value goes on to a line that is not indented (`title: "A long` then `title"` at the
	 * left margin), which libyaml and js-yaml accept but YAML does not. `detail` is those lines indented.
	 */
	| 'unindentedQuote';

/** A problem found in a file's header. */
export interface HeaderProblem {
	/** What kind of problem it is. */
	readonly code: HeaderProblemCode;
	/** Zero-based line of the file where the problem is. */
	readonly line: number;
	/** The parser's own words, or the offending value, when there are any. */
	readonly detail?: string;
}

/** A file split into its header data and its body. */
export interface ParsedHeader {
	/** The header's keys and values; empty when there is no header or it has a problem. */
	readonly data: Readonly<Record<string, unknown>>;
	/** Offset in the text where the body starts (past the header, and past a BOM). */
	readonly bodyOffset: number;
	/** Set when the header exists but cannot be read. */
	readonly problem?: HeaderProblem;
}

/** A file's header block, found but not yet read. */
export interface HeaderBlock {
	/** The language after the opening `---` (lower-cased, often empty). */
	readonly language: string;
	/** The header's text between the fences. */
	readonly block: string;
	/** Offset in the text where `block` starts. */
	readonly blockOffset: number;
	/** Offset in the text where the body starts. */
	readonly bodyOffset: number;
}

/** Headers larger than this are refused: no person writes one, and parsing it could stall the index. */
export const maxHeaderLength = 256 * 1024;

/** Aliases a header may expand; enough for any real use, far too few for an alias bomb. */
const maxAliasCount = 100;

/**
 * Nesting deeper than this (indentation, `- ` and `? ` indicators, open brackets) is refused unparsed:
 * the yaml library recurses once per level, and on Node 20 a stack overflow there can kill the process.
 */
const maxNesting = 128;

const codeLanguages = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson']);

const lineBreak = /[\r\n]/g;

/**
 * The end of the line that starts at `start`: the offset of its line break, or the text's end.
 * A line break is `\r\n`, `\r` or `\n`, as YAML and markdown count them.
 */
function lineEnd(text: string, start: number): number {
	lineBreak.lastIndex = start;
	return lineBreak.exec(text)?.index ?? text.length;
}


/** The start of the line after the line break at `end` (a {@link lineEnd}). */
function nextLine(text: string, end: number): number {
	return end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
}

function problem(code: HeaderProblemCode, bodyOffset: number, line = 0, detail?: string): ParsedHeader {
	return { data: {}, bodyOffset, problem: { code, line, detail } };
}

/** No header on the first line; but a closed one below blank lines is a mistake worth naming. */
function noHeader(text: string, start: number): ParsedHeader {
	const blankLines = /^(?:[ \t]*(?:\r\n?|\n))+/.exec(text.slice(start));
	if (blankLines) {
		const below = findHeader(text, start + blankLines[0].length, false);
		if ('block' in below) {
			return problem('headerNotAtTop', start, lineOfOffset(text, start + blankLines[0].length));
		}
	}
	return { data: {}, bodyOffset: start };
}

/**
 * Finds the header block without reading it: a cheap step for callers that only need to know
 * where the body starts. Returns a parsed result directly when there is no block to read.
 */
export function splitHeader(text: string): HeaderBlock | ParsedHeader {
	return findHeader(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, true);
}

function findHeader(text: string, from: number, lookBelowBlankLines: boolean): HeaderBlock | ParsedHeader {
	const firstEnd = lineEnd(text, from);
	const opening = text.slice(from, firstEnd).trimEnd();
	if (opening === '+++') {
		// Read by parseHeader; editors, which change YAML only, get the problem.
		return problem('tomlHeader', tomlBodyOffset(text, from) ?? from);
	}
	if (opening === ';;;') {
		return problem('jsonHeader', from);
	}
	if (!opening.startsWith('---') || /^-{4,}/.test(opening)) {
		return lookBelowBlankLines ? noHeader(text, from) : { data: {}, bodyOffset: from };
	}
	const blockOffset = nextLine(text, firstEnd);
	for (let start = blockOffset; start < text.length;) {
		const end = lineEnd(text, start);
		const content = text.slice(start, end).trimEnd();
		if (content === '---' || content === '...') {
			return {
				language: opening.slice(3).trim().toLowerCase(),
				block: text.slice(blockOffset, start),
				blockOffset,
				bodyOffset: Math.min(nextLine(text, end), text.length),
			};
		}
		start = nextLine(text, end);
	}
	return problem('unclosedHeader', from);
}

/**
 * The text of a header that cannot be read, for salvaging what it plainly says (its title): the
 * block between the fences, or, for a header that is never closed, the lines below the opening
 * `---` up to the first blank line. `undefined` when there is no such text.
 */
export function headerTextToSalvage(text: string): string | undefined {
	const split = splitHeader(text);
	if ('block' in split) {
		return split.block;
	}
	if (split.problem?.code !== 'unclosedHeader') {
		return undefined;
	}
	const rest = text.slice(nextLine(text, lineEnd(text, split.bodyOffset)));
	const blank = /^[ \t]*\r?$/m.exec(rest);
	return blank ? rest.slice(0, blank.index) : rest;
}

/**
 * Splits `text` into header and body and reads the header as YAML (or TOML, between `+++` lines).
 * Never runs code and never throws: anything unreadable comes back as a `problem`.
 */
export function parseHeader(text: string): ParsedHeader {
	const split = splitHeader(text);
	if (!('block' in split) && split.problem?.code === 'tomlHeader') {
		return readTomlHeader(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, maxHeaderLength);
	}
	return 'block' in split ? readHeader(split.block, split.language, split.bodyOffset) : split;
}

function readHeader(block: string, language: string, bodyOffset: number): ParsedHeader {
	if (codeLanguages.has(language)) {
		return problem('codeHeader', bodyOffset, 0, language);
	}
	if (language !== '' && language !== 'yaml' && language !== 'yml') {
		return problem(language === 'json' ? 'jsonHeader' : 'unknownHeaderLanguage', bodyOffset, 0, language);
	}
	if (block.length > maxHeaderLength) {
		return problem('headerTooLarge', bodyOffset, 0, String(block.length));
	}
	const simple = parseSimpleYaml(block);
	if (simple) {
		return { data: simple, bodyOffset };
	}
	const parsed = parseHeaderYaml(block);
	if ('problem' in parsed) {
		return { data: {}, bodyOffset, problem: parsed.problem };
	}
	const data = parsed.data;
	if (data === null || data === undefined) {
		return { data: {}, bodyOffset };
	}
	if (typeof data !== 'object' || Array.isArray(data)) {
		return problem('headerNotAMapping', bodyOffset, 1);
	}
	return { data: data as Record<string, unknown>, bodyOffset };
}

/** A header's YAML as the library parsed it, with its value, or why it was not parsed or does not parse. */
export type HeaderYaml =
	| { readonly document: Document.Parsed; readonly data: unknown }
	| { readonly problem: HeaderProblem; readonly start: number; readonly end: number };

/**
 * Parses a header block with the yaml library, guarded: a block too large or nested too deep is
 * refused unparsed, an alias bomb is refused instead of expanded, and duplicate keys are found in
 * linear time (the library's own check is quadratic: 20,000 keys take minutes). A lone `\r` is a
 * line break, as YAML defines it. Problem lines count from the header's first line as 1; `start`
 * and `end` are offsets in the block. Never throws.
 */
export function parseHeaderYaml(written: string): HeaderYaml {
	if (written.length > maxHeaderLength) {
		return { problem: { code: 'headerTooLarge', line: 0, detail: String(written.length) }, start: 0, end: 0 };
	}
	// The yaml library takes only `\n` and `\r\n` for line breaks; a lone `\r` becomes `\n`, which keeps every offset.
	const block = written.replace(/\r(?!\n)/g, '\n');
	const tooComplex = complexityProblem(block);
	if (tooComplex !== undefined) {
		return { problem: { code: 'headerTooComplex', line: lineOf(block, tooComplex) }, start: tooComplex, end: tooComplex };
	}
	try {
		const document = parseDocument(block, { schema: 'core', uniqueKeys: false, prettyErrors: true, logLevel: 'error' });
		const error = document.errors[0];
		const alias = block.includes('*') ? unresolvedAlias(block, document) : undefined;
		if (alias && (!error || error.pos[0] >= alias[0])) {
			return { problem: { code: 'unresolvedAlias', line: lineOf(block, alias[0]), detail: block.slice(alias[0], alias[1]) }, start: alias[0], end: alias[1] };
		}
		const unindented = unindentedQuote(written, block, document, error?.pos[0] ?? block.length);
		if (unindented) {
			return { problem: { code: 'unindentedQuote', line: lineOf(block, unindented.start), detail: unindented.indented }, start: unindented.start, end: unindented.end };
		}
		if (error) {
			return { problem: { code: 'invalidYaml', line: error.linePos ? error.linePos[0].line : 1, detail: firstSentence(error.message) }, start: error.pos[0], end: error.pos[1] };
		}
		const duplicate = duplicateKey(document);
		if (duplicate) {
			return { problem: { code: 'invalidYaml', line: lineOf(block, duplicate[0]), detail: 'Map keys must be unique' }, start: duplicate[0], end: duplicate[1] };
		}
		return { document, data: document.toJS({ maxAliasCount }) };
	} catch (error) {
		// Alias bombs end here: the yaml library throws instead of expanding them.
		const message = error instanceof Error ? error.message : String(error);
		return { problem: { code: /alias/i.test(message) ? 'headerTooComplex' : 'invalidYaml', line: 1, detail: firstSentence(message) }, start: 0, end: 0 };
	}
}

/** Quoted values longer than this are not salvaged: no title is, and the entry shows at most 300 characters of one. */
const maxSalvagedLength = 10_000;

/** The offset of the quote that closes the quoted value whose opening quote is at `open`, or `undefined`. */
function closingQuote(text: string, open: number): number | undefined {
	const mark = text[open];
	for (let at = open + 1; at < text.length; at++) {
		if (mark === '"' && text[at] === '\\') {
			at++;
		} else if (text[at] === mark) {
			if (mark === '"' || text[at + 1] !== "'") {
				return at;
			}
			at++;
		}
	}
	return undefined;
}

/**
 * The quoted YAML value whose opening quote is at `open` in `text`, read as YAML reads it once the
 * lines it goes on to are indented, as libyaml and js-yaml read it anyway: quotes and escapes
 * resolved, lines folded. `undefined` when it never closes, or does not read.
 */
export function readQuotedScalar(text: string, open: number): string | undefined {
	const close = closingQuote(text, open);
	if (close === undefined || close - open > maxSalvagedLength) {
		return undefined;
	}
	const document = parseDocument(`x: ${text.slice(open, close + 1).replace(/\r\n|\r|\n/g, '$& ')}`, { schema: 'core', logLevel: 'silent' });
	const value: unknown = document.errors.length === 0 && isScalar(document.get('x', true)) ? document.get('x') : undefined;
	return typeof value === 'string' ? value : undefined;
}

/**
 * A quoted value that the library cuts short, before its first error (`errorAt`), because the
 * lines it goes on to start at the left margin or less indented than its line: it then reports
 * `Missing closing quote`, or, for a line that starts with `:` or `#`, reads a key or a comment
 * without a word. Returns those lines, from the first one not indented enough to the closing
 * quote, and the same lines indented two spaces past the value's line, provided the header then
 * reads without an error. Offsets are in the block; the indented text keeps `written`'s line breaks.
 */
function unindentedQuote(written: string, block: string, document: Document.Parsed, errorAt: number): { start: number; end: number; indented: string } | undefined {
	// The first quoted value before the error whose closing quote lies past where the library ended it.
	let open = -1;
	let close: number | undefined;
	visit(document, {
		Scalar(_, scalar) {
			if ((scalar.type !== 'QUOTE_DOUBLE' && scalar.type !== 'QUOTE_SINGLE') || !scalar.range || scalar.range[0] > errorAt) {
				return undefined;
			}
			const closing = closingQuote(block, scalar.range[0]);
			if (closing === undefined || closing < scalar.range[1]) {
				return undefined;
			}
			[open, close] = [scalar.range[0], closing];
			return visit.BREAK;
		},
	});
	if (close === undefined) {
		return undefined;
	}
	const lineStart = block.lastIndexOf('\n', open - 1) + 1;
	const indent = /^ */.exec(block.slice(lineStart, open))?.[0].length ?? 0;
	let start: number | undefined;
	let indented = '';
	const end = close + 1;
	for (let at = nextLine(block, lineEnd(block, open)); at < end; at = nextLine(block, lineEnd(block, at))) {
		const line = block.slice(at, lineEnd(block, at));
		const spaces = /^ */.exec(line)?.[0].length ?? 0;
		const indentedEnough = line.trim() === '' || spaces > indent;
		if (start === undefined && indentedEnough) {
			continue;
		}
		start ??= at;
		indented += (indentedEnough ? '' : ' '.repeat(indent + 2 - spaces)) + written.slice(at, Math.min(end, nextLine(block, lineEnd(block, at))));
	}
	const repaired = start === undefined ? '' : block.slice(0, start) + indented.replace(/\r(?!\n)/g, '\n') + block.slice(end);
	if (start === undefined || parseDocument(repaired, { schema: 'core', logLevel: 'silent' }).errors.length > 0) {
		return undefined;
	}
	return { start, end, indented };
}

/** The one-based line of `offset` in `block`. */
function lineOf(block: string, offset: number): number {
	return lineOfOffset(block, offset) + 1;
}

/** The offset where `block` first nests deeper than {@link maxNesting} or holds more aliases than {@link maxAliasCount}; counted generously, in one pass. */
function complexityProblem(block: string): number | undefined {
	let flow = 0;
	let aliases = 0;
	let lineStart = 0;
	while (lineStart < block.length) {
		const end = lineEnd(block, lineStart);
		let at = lineStart;
		while (block[at] === ' ') {
			at++;
		}
		// A line at the left margin starts a new top-level key: no flow collection spans it.
		if (at === lineStart && block[at] !== '#') {
			flow = 0;
		}
		let depth = at - lineStart;
		while ((block[at] === '-' || block[at] === '?' || block[at] === ':') && (block[at + 1] === ' ' || block[at + 1] === '\t')) {
			depth++;
			at += 2;
		}
		for (; at < end; at++) {
			const char = block[at];
			if (char === '[' || char === '{') {
				flow++;
			} else if (char === ']' || char === '}') {
				flow = Math.max(0, flow - 1);
			} else if (char === '*' && /^[\s[{,]?$/.test(block[at - 1] ?? '') && /[^\s*,[\]{}]/.test(block[at + 1] ?? ' ') && ++aliases > maxAliasCount) {
				return at;
			}
			if (depth + flow > maxNesting) {
				return at;
			}
		}
		if (depth > maxNesting) {
			return lineStart;
		}
		lineStart = nextLine(block, end);
	}
	return undefined;
}

/**
 * The span of the first alias whose anchor is not set before it, in one pass. A value the
 * library cut short after the alias (`*Urgent* and more`) is the rest of its line, up to a comment:
 * that is what its writer meant as the value.
 */
function unresolvedAlias(block: string, document: Document.Parsed): readonly [number, number] | undefined {
	const anchors = new Set<string>();
	let found: readonly [number, number] | undefined;
	visit(document, {
		Node(key, node, path) {
			if (!isAlias(node)) {
				if (node.anchor !== undefined) {
					anchors.add(node.anchor);
				}
				return undefined;
			}
			if (anchors.has(node.source) || !node.range) {
				return undefined;
			}
			const parent = path[path.length - 1];
			const collection = isPair(parent) ? path[path.length - 2] : parent;
			let end = node.range[1];
			if (key !== 'key' && isCollection(collection) && !collection.flow) {
				const rest = block.slice(end, lineEnd(block, end));
				const comment = rest.search(/[ \t]#/);
				end += (comment === -1 ? rest : rest.slice(0, comment)).trimEnd().length;
			}
			found = [node.range[0], end];
			return visit.BREAK;
		},
	});
	return found;
}

/** The range of the first key that repeats an earlier key of the same mapping, compared as the yaml library compares them. */
function duplicateKey(document: Document.Parsed): readonly [number, number] | undefined {
	let found: readonly [number, number] | undefined;
	visit(document, {
		Map(_, map) {
			const seen = new Set<unknown>();
			for (const pair of map.items) {
				const key = isScalar(pair.key) ? pair.key.value : pair.key;
				if (seen.has(key)) {
					const range = isScalar(pair.key) ? pair.key.range : undefined;
					found = range ? [range[0], range[1]] : [0, 0];
					return visit.BREAK;
				}
				seen.add(key);
			}
			return undefined;
		},
	});
	return found;
}

function firstSentence(message: string): string {
	// The library counts lines within the header; the caller reports the file's line instead.
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').slice(0, 200);
}
