/**
 * A fast reader for the plain YAML that journal headers almost always hold:
 * `key: scalar`, `key: [a, b]` and `key:` followed by `- item` lines.
 * It returns `undefined` for anything else, and the caller then uses the full YAML library.
 * Where it answers, it must answer as the library would; a property test compares the two.
 */
export function parseSimpleYaml(block: string): Record<string, unknown> | undefined {
	// Tabs, whitespace that JavaScript trims but YAML does not, and a carriage return inside a line are left to the library.
	if (unusualSpace.test(block) || /\r(?!\n)/.test(block)) {
		return undefined;
	}
	const data: Record<string, unknown> = {};
	let openList: unknown[] | undefined;
	let listIndent = -1;
	let start = 0;
	while (start < block.length) {
		let end = block.indexOf('\n', start);
		if (end === -1) {
			end = block.length;
		}
		let line = block.slice(start, end);
		start = end + 1;
		if (line.endsWith('\r')) {
			line = line.slice(0, -1);
		}
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) {
			continue;
		}
		if (line.startsWith(' ') || line.startsWith('-')) {
			const item = /^( *)- (.*)$/.exec(line);
			if (!openList || !item || (listIndent !== -1 && item[1].length !== listIndent)) {
				return undefined;
			}
			listIndent = item[1].length;
			const value = readScalar(item[2]);
			if (value === invalid) {
				return undefined;
			}
			openList.push(value);
			continue;
		}
		const pair = /^([A-Za-z_][\w.-]*):(?: (.*))?$/.exec(line.trimEnd());
		if (!pair || pair[1] === '__proto__' || reservedKey.test(pair[1]) || Object.prototype.hasOwnProperty.call(data, pair[1])) {
			return undefined;
		}
		const raw = pair[2] ?? '';
		const rest = stripComment(raw).trim();
		if (openList && openList.length === 0) {
			fixEmptyList(data, openList);
		}
		openList = undefined;
		if (rest === '') {
			openList = [];
			listIndent = -1;
			data[pair[1]] = openList;
			continue;
		}
		const value = rest.startsWith('[') ? readFlowList(rest) : readScalar(rest);
		if (value === invalid) {
			return undefined;
		}
		data[pair[1]] = value;
	}
	if (openList && openList.length === 0) {
		fixEmptyList(data, openList);
	}
	return data;
}

const invalid = Symbol('invalid');

const unusualSpace = /[\t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Keys that YAML reads as null or a boolean rather than as text. */
const reservedKey = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** `key:` with nothing under it is null in YAML, not an empty list. */
function fixEmptyList(data: Record<string, unknown>, list: unknown[]): void {
	for (const key of Object.keys(data)) {
		if (data[key] === list) {
			data[key] = null;
		}
	}
}

function stripComment(text: string): string {
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
