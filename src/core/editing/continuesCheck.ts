import { continuesPath } from '../index/entryReader';
import { locateHeader } from '../text/headerValues';
import type { TextRange } from '../text/textEdit';

/** A `continues:` that names no entry: where its value is written, and the path as read. */
export interface BrokenContinues extends TextRange {
	/** The path below the journal folder, as the entry reader reads it. */
	readonly path: string;
}

/**
 * Where the header of `text` names, in `continues:`, an entry that `exists` does not know; `undefined`
 * when it names none, or one that exists. `exists` is given the path below the journal folder.
 */
export function brokenContinues(text: string, exists: (path: string) => boolean): BrokenContinues | undefined {
	const field = locateHeader(text)?.fields.find(candidate => candidate.key === 'continues');
	const path = field && continuesPath(field.value);
	return field && path !== undefined && !exists(path) ? { ...field.valueSpan, path } : undefined;
}
