/**
 * A fast reader for the plain YAML that journal and vault headers almost always hold: block
 * mappings (keys may hold spaces: `Date created: …`), nested to any depth by indentation, whose
 * values are scalars, flow lists (`[a, b]`), or block lists of `- item` lines (an empty `- ` item is
 * null). It returns `undefined` for anything else, and the caller then uses the full YAML library.
 * Where it answers, it must answer as the library would; a property test compares the two.
 */
export function parseSimpleYaml(block: string): Record<string, unknown> | undefined {
	// Tabs, whitespace that JavaScript trims but YAML does not, and a carriage return inside a line are left to the library.
	if (unusualSpace.test(block) || /\r(?!\n)/.test(block)) {
		return undefined;
	}
	const reader = new BlockReader(contentLines(block));
	const data = reader.mapping(0);
	return data === invalid || !reader.done() ? undefined : data;
}

/** A line that holds more than a comment: its indentation, and its text after it without trailing spaces. */
interface ContentLine {
	readonly indent: number;
	readonly text: string;
}

/** The lines of `block` that hold more than white space or a comment. */
function contentLines(block: string): ContentLine[] {
	const lines: ContentLine[] = [];
	for (const line of block.split('\n')) {
		const text = line.trim();
		if (text !== '' && !text.startsWith('#')) {
			lines.push({ indent: line.length - line.trimStart().length, text });
		}
	}
	return lines;
}

/** `- item` or a lone `-`: an item of a block list. */
function isListItem(line: ContentLine): boolean {
	return line.text === '-' || line.text.startsWith('- ');
}

/** A `key:` line, with its value after `: `; a key is plain words, spaces only between them. */
const pairPattern = /^([\p{L}_](?:[\p{L}\p{N}_.-]| (?=[\p{L}\p{N}_.-]))*):(?: (.*))?$/u;

/** Reads the lines of a block, top to bottom, as nested block mappings and lists. */
class BlockReader {
	private at = 0;

	constructor(private readonly lines: readonly ContentLine[]) {}

	/** Whether every line was read. */
	done(): boolean {
		return this.at === this.lines.length;
	}

	/** The block mapping whose keys start at column `indent`, up to the first line left of it. */
	mapping(indent: number): Record<string, unknown> | typeof invalid {
		const data: Record<string, unknown> = {};
		while (this.at < this.lines.length) {
			const line = this.lines[this.at];
			if (line.indent < indent) {
				break;
			}
			const pair = line.indent === indent ? pairPattern.exec(line.text) : null;
			if (!pair || pair[1] === '__proto__' || reservedKey.test(pair[1]) || Object.prototype.hasOwnProperty.call(data, pair[1])) {
				return invalid;
			}
			this.at++;
			const rest = stripComment(pair[2] ?? '').trim();
			const value = rest !== '' ? readValue(rest) : this.nested(indent, true);
			if (value === invalid) {
				return invalid;
			}
			data[pair[1]] = value;
		}
		return data;
	}

	/**
	 * The value on the lines below a `key:` or `-` at column `indent` that has none on its own line:
	 * a mapping or list indented further, a list at the same column (after a key only), else null.
	 */
	private nested(indent: number, afterKey: boolean): unknown {
		const next = this.lines[this.at] as ContentLine | undefined;
		if (next === undefined || next.indent < indent || (next.indent === indent && !(afterKey && isListItem(next)))) {
			return null;
		}
		if (!afterKey) {
			return invalid;
		}
		return isListItem(next) ? this.list(next.indent) : this.mapping(next.indent);
	}

	/** The block list whose `-` stand at column `indent`. */
	private list(indent: number): unknown[] | typeof invalid {
		const items: unknown[] = [];
		while (this.at < this.lines.length) {
			const line = this.lines[this.at];
			if (line.indent !== indent || !isListItem(line)) {
				break;
			}
			this.at++;
			const rest = stripComment(line.text.slice(1).trimStart()).trim();
			const value = rest !== '' ? readValue(rest) : this.nested(indent, false);
			if (value === invalid) {
				return invalid;
			}
			items.push(value);
		}
		return items;
	}
}

/** A value written on its key's or item's line: a flow list or a scalar. */
function readValue(text: string): unknown {
	return text.startsWith('[') ? readFlowList(text) : readScalar(text);
}

const invalid = Symbol('invalid');

const unusualSpace = /[\t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Keys that YAML reads as null or a boolean rather than as text. */
const reservedKey = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** `text` without a comment at its end; `text` starts with no white space, so a `#` first is a comment too. */
function stripComment(text: string): string {
	if (text.startsWith('#')) {
		return '';
	}
	if (text.startsWith('"') || text.startsWith("'")) {
		return text;
	}
	const hash = text.indexOf(' #');
	return hash === -1 ? text : text.slice(0, hash);
}

function readFlowList(text: string): unknown[] | typeof invalid {
	if (!text.endsWith(']')) {
		return invalid;
	}
	const inner = text.slice(1, -1).trim();
	if (inner === '') {
		return [];
	}
	const items: unknown[] = [];
	for (const part of inner.split(',')) {
		const trimmed = part.trim();
		if (trimmed === '' || /[[\]{}]/.test(trimmed)) {
			return invalid;
		}
		const value = readScalar(trimmed);
		if (value === invalid) {
			return invalid;
		}
		items.push(value);
	}
	return items;
}

const plainScalar = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^#:]|:(?!\s|$)|(?<!\s)#)*$/;

/** Whether `text` reads back as exactly this string when written unquoted after `key: ` or inside `[ ]`. */
export function isSafePlainString(text: string): boolean {
	// eslint-disable-next-line no-control-regex -- control characters are among what must be quoted
	return !/[,[\]{}\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(text) && readScalar(text) === text;
}

function readScalar(rawText: string): unknown {
	const text = rawText.trim();
	if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0])) {
		const inner = text.slice(1, -1);
		return /["'\\]/.test(inner) ? invalid : inner;
	}
	if (!plainScalar.test(text) || text.endsWith(':')) {
		return invalid;
	}
	// Plain text starting with a letter that no null, boolean or number starts with: the common case.
	if (/^[a-eg-mo-su-zA-EG-MO-SU-Z]/.test(text)) {
		return text;
	}
	if (text === '~' || /^(?:null|Null|NULL)$/.test(text)) {
		return null;
	}
	if (/^(?:true|True|TRUE)$/.test(text)) {
		return true;
	}
	if (/^(?:false|False|FALSE)$/.test(text)) {
		return false;
	}
	if (/^[-+]?\d+$/.test(text)) {
		return Number(text);
	}
	if (/^[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?$/.test(text)) {
		return Number(text);
	}
	if (/^[-+]?\.|^0[oxOX]|^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text)) {
		return invalid;
	}
	return text;
}
