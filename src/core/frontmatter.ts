import { parseDocument } from 'yaml';
import { parseSimpleYaml } from './simpleYaml';

/** Why a file's header could not be read. The VS Code side turns each code into a sentence. */
export type FrontmatterProblemCode =
	/** The header is marked as JavaScript or CoffeeScript, which would have to run to be read. */
	| 'codeHeader'
	/** The header names a language other than YAML, JavaScript or JSON. */
	| 'unknownHeaderLanguage'
	/** A TOML header (`+++`). */
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
	| 'headerTooLarge';

/** A problem found in a file's header. */
export interface FrontmatterProblem {
	/** What kind of problem it is. */
	readonly code: FrontmatterProblemCode;
	/** Zero-based line of the file where the problem is. */
	readonly line: number;
	/** The parser's own words, or the offending value, when there are any. */
	readonly detail?: string;
}

/** A file split into its header data and its body. */
export interface ParsedFrontmatter {
	/** The header's keys and values; empty when there is no header or it has a problem. */
	readonly data: Readonly<Record<string, unknown>>;
	/** Offset in the text where the body starts (past the header, and past a BOM). */
	readonly bodyOffset: number;
	/** Set when the header exists but cannot be read. */
	readonly problem?: FrontmatterProblem;
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

const codeLanguages = new Set(['js', 'javascript', 'coffee', 'coffeescript', 'cson']);

/** The end of the line that starts at `start`: the offset of its line break, or the text's end. */
function lineEnd(text: string, start: number): number {
	const end = text.indexOf('\n', start);
	return end === -1 ? text.length : end;
}

function lineAt(text: string, start: number, end: number): string {
	return text.slice(start, end).replace(/\r$/, '');
}

function countLines(text: string, end: number): number {
	let lines = 0;
	for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) {
		lines++;
	}
	return lines;
}

function problem(code: FrontmatterProblemCode, bodyOffset: number, line = 0, detail?: string): ParsedFrontmatter {
	return { data: {}, bodyOffset, problem: { code, line, detail } };
}

/** No header on the first line; but a closed one below blank lines is a mistake worth naming. */
function noHeader(text: string, start: number): ParsedFrontmatter {
	const blankLines = /^(?:[ \t]*\r?\n)+/.exec(text.slice(start));
	if (blankLines) {
		const below = findHeader(text, start + blankLines[0].length, false);
		if ('block' in below) {
			return problem('headerNotAtTop', start, countLines(text, start + blankLines[0].length));
		}
	}
	return { data: {}, bodyOffset: start };
}

/**
 * Finds the header block without reading it: a cheap step for callers that only need to know
 * where the body starts. Returns a parsed result directly when there is no block to read.
 */
export function splitFrontmatter(text: string): HeaderBlock | ParsedFrontmatter {
	return findHeader(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, true);
}

function findHeader(text: string, from: number, lookBelowBlankLines: boolean): HeaderBlock | ParsedFrontmatter {
	const firstEnd = lineEnd(text, from);
	const opening = lineAt(text, from, firstEnd).trimEnd();
	if (opening === '+++') {
		return problem('tomlHeader', from);
	}
	if (opening === ';;;') {
		return problem('jsonHeader', from);
	}
	if (!opening.startsWith('---') || /^-{4,}/.test(opening)) {
		return lookBelowBlankLines ? noHeader(text, from) : { data: {}, bodyOffset: from };
	}
	for (let start = firstEnd + 1; start < text.length;) {
		const end = lineEnd(text, start);
		const content = lineAt(text, start, end).trimEnd();
		if (content === '---' || content === '...') {
			return {
				language: opening.slice(3).trim().toLowerCase(),
				block: text.slice(firstEnd + 1, start),
				blockOffset: firstEnd + 1,
				bodyOffset: Math.min(end + 1, text.length),
			};
		}
		start = end + 1;
	}
	return problem('unclosedHeader', from);
}

/**
 * Splits `text` into header and body and reads the header as YAML.
 * Never runs code and never throws: anything unreadable comes back as a `problem`.
 */
export function parseFrontmatter(text: string): ParsedFrontmatter {
	const split = splitFrontmatter(text);
	return 'block' in split ? readHeader(split.block, split.language, split.bodyOffset) : split;
}

function readHeader(block: string, language: string, bodyOffset: number): ParsedFrontmatter {
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
	try {
		const document = parseDocument(block, { schema: 'core', uniqueKeys: true, prettyErrors: true });
		const error = document.errors[0];
		if (error) {
			const errorLine = error.linePos ? error.linePos[0].line : 1;
			return problem('invalidYaml', bodyOffset, errorLine, firstSentence(error.message));
		}
		const data: unknown = document.toJS({ maxAliasCount });
		if (data === null || data === undefined) {
			return { data: {}, bodyOffset };
		}
		if (typeof data !== 'object' || Array.isArray(data)) {
			return problem('headerNotAMapping', bodyOffset, 1);
		}
		return { data: data as Record<string, unknown>, bodyOffset };
	} catch (error) {
		// Alias bombs and absurd nesting end here: the yaml library throws instead of expanding them.
		return problem('invalidYaml', bodyOffset, 1, firstSentence(error instanceof Error ? error.message : String(error)));
	}
}

function firstSentence(message: string): string {
	// The library counts lines within the header; the caller reports the file's line instead.
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').slice(0, 200);
}
