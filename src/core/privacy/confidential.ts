import type { EntrySummary } from '../model/entry';

/** The areas and tags whose every entry counts as confidential, from the settings. */
export interface ConfidentialRules {
	/** Area ids, lower-cased. */
	readonly areas: readonly string[];
	/** Tags without `#`, lower-cased. */
	readonly tags: readonly string[];
}

/** No confidential areas or tags. */
export const noConfidentialRules: ConfidentialRules = { areas: [], tags: [] };

/** A settings list of area ids or tags as written: its strings, trimmed, lower-cased, without a leading `#`; anything else dropped. */
export function readConfidentialList(value: unknown): string[] {
	const items = Array.isArray(value) ? value : [];
	return [...new Set(items.filter((item): item is string => typeof item === 'string')
		.map(item => item.trim().replace(/^#/, '').toLowerCase()).filter(item => item !== ''))];
}

/** Whether `entry` is confidential: `confidential: true` in its header, or one of its areas or tags is confidential by `rules`. */
export function isConfidential(entry: EntrySummary, rules: ConfidentialRules): boolean {
	return entry.confidential === true
		|| entry.areas.some(area => rules.areas.includes(area))
		|| entry.tags.some(tag => rules.tags.includes(tag.toLowerCase()));
}
