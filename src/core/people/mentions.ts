import { taskBoxOffset } from '../followThrough/commitments';
import { meHandle } from './identity';
import { normalHandle, type Roster } from './roster';

/** An `@handle` written in a task line. */
export interface Mention {
	/** Offset of the `@` in the text. */
	readonly start: number;
	/** Offset just past the handle. */
	readonly end: number;
	/** The handle, lower-cased, without the `@`. */
	readonly handle: string;
}

const mentionPattern = /(?:^|(?<=\s))@([\p{L}\p{N}][\p{L}\p{N}._-]*)/gu;

/** The `@handle`s of the task line starting at `lineStart` (a line that may open a task item), `@me` aside. */
export function taskLineMentions(text: string, lineStart: number): Mention[] {
	if (taskBoxOffset(text, lineStart) === -1) {
		return [];
	}
	const lineEnd = text.indexOf('\n', lineStart);
	const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
	return [...line.matchAll(mentionPattern)]
		.map(match => ({ start: lineStart + match.index, end: lineStart + match.index + match[0].length, handle: normalHandle(match[1]) }))
		.filter(mention => mention.handle !== meHandle);
}

/** Whether the roster knows a handle: as someone's handle, name or alias, case-insensitively. */
export function rosterKnows(roster: Roster, handle: string): boolean {
	const wanted = normalHandle(handle);
	return roster.people.some(person => person.handle === wanted || [person.name, ...person.aliases].some(word => word.toLowerCase() === wanted));
}

/** Whether the text before the cursor on a task line ends in `@` and a partial handle: where `@` completion applies. */
export function handleBeingTyped(text: string, lineStart: number, offset: number): { start: number; typed: string } | undefined {
	if (taskBoxOffset(text, lineStart) === -1) {
		return undefined;
	}
	const before = /(?:^|\s)@([\p{L}\p{N}._-]*)$/u.exec(text.slice(lineStart, offset));
	return before ? { start: offset - before[1].length, typed: before[1] } : undefined;
}
