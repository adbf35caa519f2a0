import { splitHeader } from '../text/header';
import { headerValueSource } from '../text/headerEdit';
import type { TextEdit } from '../text/textEdit';
import { readRoster } from './roster';

/** A new roster file holding one person. */
export function newRosterText(name: string, handle: string): string {
	return [
		'---',
		'title: People',
		'areas: [key-people]',
		'roster:',
		`  - name: ${headerValueSource(name)}`,
		`    handle: ${headerValueSource(handle)}`,
		'---',
		'',
		'# People',
		'',
		'The roster of the Leadership Journal: one `- name:` item per person under `roster:`, with `handle`, `aliases`,',
		'`team`, `site`, `timezone`, `role`, `cadence` (days between contacts), `runs` and `backup` (processes and systems).',
		'',
	].join('\n');
}

/**
 * The edit that adds a person at the end of the roster in `people.md`'s text, keeping every other
 * byte: a new item after the last one of a block list `roster:`, or a new `roster:` at the end of the
 * header. `undefined` when the text would not read back with everyone before and the new person
 * (a flow list, a header that does not parse): the caller says so and changes nothing.
 */
export function addToRosterEdit(text: string, name: string, handle: string): TextEdit[] | undefined {
	const split = splitHeader(text);
	if (!('block' in split)) {
		return undefined;
	}
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const block = split.block;
	const lines = block.split('\n');
	const keyLine = lines.findIndex(line => /^roster[ \t]*:[ \t]*(?:#.*)?\r?$/.test(line));
	let at: number;
	let indent = '  ';
	if (keyLine === -1) {
		if (/^roster[ \t]*:/m.test(block)) {
			return undefined;
		}
		at = split.blockOffset + block.length;
		indent = '  ';
		const item = `roster:${eol}${indent}- name: ${headerValueSource(name)}${eol}${indent}  handle: ${headerValueSource(handle)}${eol}`;
		return checked(text, [{ start: at, end: at, text: item }], name);
	}
	let last = keyLine;
	for (let line = keyLine + 1; line < lines.length; line++) {
		const content = lines[line].replace(/\r$/, '');
		if (content.trim() === '' || content.trimStart().startsWith('#')) {
			continue;
		}
		if (!/^[ \t]|^-/.test(content)) {
			break;
		}
		if (last === keyLine) {
			indent = /^([ \t]*)-/.exec(content)?.[1] ?? indent;
		}
		last = line;
	}
	at = split.blockOffset + lines.slice(0, last + 1).join('\n').length + 1;
	const item = `${indent}- name: ${headerValueSource(name)}${eol}${indent}  handle: ${headerValueSource(handle)}${eol}`;
	return checked(text, [{ start: at, end: at, text: item }], name);
}

/** The edits, when the text they make reads back with everyone it had and the new person. */
function checked(text: string, edits: TextEdit[], name: string): TextEdit[] | undefined {
	const [edit] = edits;
	const changed = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
	const before = readRoster(text);
	const after = readRoster(changed);
	const kept = before.people.every(person => after.people.some(other => other.name === person.name && other.handle === person.handle));
	return kept && after.problems.length === before.problems.length && after.people.length === before.people.length + 1
		&& after.people.some(person => person.name === name) ? edits : undefined;
}
