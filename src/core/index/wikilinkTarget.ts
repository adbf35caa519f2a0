import type { EntrySummary } from '../model/entry';

/**
 * The entry a wikilink's target names, resolved as Obsidian resolves it: `name` is any note of that
 * file name anywhere in the journal (ignoring case and `.md`), `folder/name` one whose path ends so;
 * when several match, the one with the shortest path. `undefined` when none does.
 */
export function wikilinkTarget(target: string, entries: Iterable<EntrySummary>): EntrySummary | undefined {
	const wanted = target.replace(/\\/g, '/').replace(/^\/+/, '').replace(/\.md$/i, '').toLowerCase();
	if (wanted === '') {
		return undefined;
	}
	let best: EntrySummary | undefined;
	for (const entry of entries) {
		const path = decoded(entry.uri).replace(/\.md$/i, '').toLowerCase();
		if ((path === wanted || path.endsWith(`/${wanted}`)) && (best === undefined || entry.uri.length < best.uri.length)) {
			best = entry;
		}
	}
	return best;
}

function decoded(uri: string): string {
	try {
		return decodeURIComponent(uri);
	} catch {
		return uri;
	}
}
