import { decisionOutcomes, decisionQualities, entryStatuses } from '../model/entry';
import { splitHeader } from '../text/header';
import { areaKeys } from '../text/headerValues';
import type { TextRange } from '../text/textEdit';

/** Where a value is being typed in an entry's header, and what is already there. */
export interface HeaderCompletionContext extends TextRange {
	/** The key whose value is being typed. */
	readonly key: string;
	/** The text typed so far, from `start` to the cursor. */
	readonly typed: string;
	/** Whether an inserted value needs a space before it: typed right after `:`, `,` or `-`. */
	readonly needsSpace: boolean;
	/** The list's other items, so that they are not offered again. */
	readonly present: readonly string[];
}

/** Keys that hold one of a few words, and those words: completion offers them, diagnostics flag anything else. */
export const choiceKeys: Readonly<Record<string, readonly string[]>> = {
	status: entryStatuses,
	outcome: decisionOutcomes,
	decisionQuality: decisionQualities,
};

/** Keys whose values are lists: only these are completed inside `[…]` and `- ` items. */
export const listKeys: readonly string[] = [...areaKeys, 'tags', 'people'];

const keyLine = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
const itemLine = /^[ \t]*-(?=[ \t]|$)[ \t]*(.*)$/;
const emptyKeyLine = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(?:#.*)?$/;

function cleanItems(parts: readonly string[]): string[] {
	return parts.map(part => part.trim().replace(/^["']|["']$/g, '')).filter(part => part !== '');
}

/** The key of the block list whose item starts at `lineStart` in `block`, and the list's items above it. */
function blockListAbove(block: string, lineStart: number): { key: string; present: string[] } | undefined {
	const present: string[] = [];
	const lines = block.slice(0, lineStart).split('\n').reverse().slice(1);
	for (const raw of lines) {
		const line = raw.replace(/\r$/, '');
		const item = itemLine.exec(line);
		const key = emptyKeyLine.exec(line);
		if (key) {
			return { key: key[1], present: cleanItems(present) };
		}
		if (item) {
			present.push(item[1].replace(/\s#.*$/, ''));
		} else if (line.trim() !== '' && !line.trim().startsWith('#')) {
			return undefined;
		}
	}
	return undefined;
}

/** The context once the start of the value (`valueStart`, just past the `:`) is known. */
function valueContext(text: string, key: string, valueStart: number, offset: number): HeaderCompletionContext | undefined {
	const value = text.slice(valueStart, offset);
	const flow = value.trimStart().startsWith('[');
	if (/(^|\s)#/.test(value) || (flow && value.includes(']')) || (flow && !listKeys.includes(key))) {
		return undefined;
	}
	const delimiter = flow || listKeys.includes(key) ? Math.max(value.lastIndexOf(','), value.indexOf('[')) : -1;
	const present = flow ? value.slice(value.indexOf('[') + 1, Math.max(delimiter, 0)).split(',') : value.slice(0, Math.max(delimiter, 0)).split(',');
	const token = value.slice(delimiter + 1);
	const start = offset - token.trimStart().length;
	return tokenContext(text, key, start, offset, start === valueStart + delimiter + 1 && value[delimiter] !== '[', cleanItems(present));
}

function tokenContext(text: string, key: string, start: number, offset: number, needsSpace: boolean, present: readonly string[]): HeaderCompletionContext | undefined {
	const typed = text.slice(start, offset);
	if (/^["']/.test(typed)) {
		return undefined;
	}
	const rest = /^[^\s,[\]#]*/.exec(text.slice(offset, offset + 200))?.[0] ?? '';
	return { key, start, end: offset + rest.length, typed, needsSpace, present };
}

/**
 * Where a header value is being typed at `offset`, for completion: after `key:`, in a flow list
 * (`areas: [hiring, |`) or in a block list item (`  - |`). Works on the lines as typed, so a header
 * that does not parse yet is still completed. `undefined` outside a closed YAML header.
 */
export function headerCompletionContext(text: string, offset: number): HeaderCompletionContext | undefined {
	const split = splitHeader(text);
	if (!('block' in split) || (split.language !== '' && split.language !== 'yaml' && split.language !== 'yml')
		|| offset < split.blockOffset || offset >= split.blockOffset + split.block.length) {
		return undefined;
	}
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const before = text.slice(lineStart, offset);
	const keyed = keyLine.exec(before);
	if (keyed) {
		return valueContext(text, keyed[1], lineStart + before.indexOf(':', keyed[1].length) + 1, offset);
	}
	const item = itemLine.exec(before);
	const list = item && blockListAbove(split.block, lineStart - split.blockOffset);
	if (!item || !list || !listKeys.includes(list.key) || /(^|\s)#/.test(item[1])) {
		return undefined;
	}
	const start = offset - item[1].length;
	return tokenContext(text, list.key, start, offset, text[start - 1] === '-', list.present);
}

/** Every name in `lists`, most used first, ties alphabetical; names that differ only in case count as one. */
export function rankByUse(lists: Iterable<readonly string[]>): string[] {
	const counts = new Map<string, { name: string; count: number }>();
	for (const list of lists) {
		for (const name of new Set(list.map(item => item.trim()).filter(item => item !== ''))) {
			const seen = counts.get(name.toLowerCase());
			counts.set(name.toLowerCase(), { name: seen?.name ?? name, count: (seen?.count ?? 0) + 1 });
		}
	}
	return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).map(item => item.name);
}
