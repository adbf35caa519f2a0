import { FenceTracker } from './fences';

/** Where a merge left its conflict markers in a text: zero-based lines of every `<<<<<<<`, `=======` and `>>>>>>>` line. */
export interface ConflictMarkers {
	/** The lines of the markers, in order; the first is where the first conflict starts. */
	readonly lines: readonly number[];
}

/**
 * The conflict markers git (or another merge tool) left in `text`: a `<<<<<<<` line followed by a
 * `=======` line and a `>>>>>>>` line. Markers shown inside fenced code are an example, not a conflict.
 * @returns the markers, or `undefined` when the text holds no complete conflict.
 */
export function findConflictMarkers(text: string): ConflictMarkers | undefined {
	if (!text.includes('<<<<<<<')) {
		return undefined;
	}
	const lines: number[] = [];
	const fences = new FenceTracker();
	let open: number[] | undefined;
	let complete = false;
	text.split('\n').forEach((line, at) => {
		// Only fences are skipped: a marker line right below a list item is still a conflict, not a lazy continuation.
		if (fences.inCode(line)) {
			return;
		}
		if (/^<{7}(?: |\r?$)/.test(line)) {
			open = [at];
		} else if (open && /^(?:={7}|\|{7}(?: .*)?)\r?$/.test(line)) {
			open.push(at);
		} else if (open && open.length > 1 && /^>{7}(?: |\r?$)/.test(line)) {
			lines.push(...open, at);
			open = undefined;
			complete = true;
		}
	});
	return complete ? { lines } : undefined;
}
