import { parseHeader } from '../text/header';
import { detached } from '../text/textFile';

/** One person of the roster: the `roster:` list of `people.md`'s header. */
export interface RosterPerson {
	/** `name`: the full name, as entries write it in `people:`. */
	readonly name: string;
	/** `handle`: what `@owner` writes, lower-cased; the first name, lower-cased, when not given. */
	readonly handle: string;
	/** `aliases`: other names entries use for the person. */
	readonly aliases: readonly string[];
	/** `team`. */
	readonly team?: string;
	/** `site`. */
	readonly site?: string;
	/** `timezone`, as written (e.g. `Europe/Berlin`). */
	readonly timezone?: string;
	/** `role`. */
	readonly role?: string;
	/** `cadence`: the most days between two contacts; else the team's. */
	readonly cadence?: number;
	/** `runs`: the processes and systems the person runs. */
	readonly runs: readonly string[];
	/** `backup`: the processes and systems the person can run when the one who runs them is away. */
	readonly backup: readonly string[];
}

/** One team of the roster: the `teams:` list; a team's `cadence` is its people's unless they have their own. */
export interface RosterTeam {
	/** `name`. */
	readonly name: string;
	/** `cadence` in days. */
	readonly cadence?: number;
}

/** Something in the roster that was not used, and why; nothing else of the roster is lost. */
export interface RosterProblem {
	/** Zero-based line of the file the problem is on (the header's first line when not known). */
	readonly line: number;
	/** What is wrong, in a sentence. */
	readonly message: string;
}

/** The roster as read from `people.md`. */
export interface Roster {
	/** Its people, in the order written. */
	readonly people: readonly RosterPerson[];
	/** Its teams, in the order written. */
	readonly teams: readonly RosterTeam[];
	/** What could not be used. */
	readonly problems: readonly RosterProblem[];
}

/** A roster with nobody in it. */
export const emptyRoster: Roster = { people: [], teams: [], problems: [] };

/** The handle a name gets when none is written: its first word, lower-cased, without a leading `@`. */
export function defaultHandle(name: string): string {
	return normalHandle(name.trim().split(/\s+/)[0] ?? '');
}

/** A handle as compared: without a leading `@`, lower-cased. */
export function normalHandle(handle: string): string {
	return handle.trim().replace(/^@/, '').toLowerCase();
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') {
		return detached(value.trim());
	}
	return typeof value === 'number' ? String(value) : undefined;
}

function list(value: unknown): string[] {
	const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
	const result: string[] = [];
	for (const item of items) {
		const one = text(item);
		if (one !== undefined && !result.includes(one)) {
			result.push(one);
		}
	}
	return result;
}

/** Reads the roster in `people.md`'s text; a header that does not parse gives one problem and nobody. Never throws. */
export function readRoster(source: string): Roster {
	const parsed = parseHeader(source);
	if (parsed.problem) {
		return { ...emptyRoster, problems: [{ line: Math.max(0, parsed.problem.line - 1), message: 'The roster\'s header could not be read, so nobody in it is known; fix the header.' }] };
	}
	const data = parsed.data ?? {};
	const problems: RosterProblem[] = [];
	const lineAt = (at: number) => at < 0 ? 0 : source.slice(0, at).split('\n').length - 1;
	const lineOf = (key: string) => lineAt(source.search(new RegExp(`^${key}:`, 'm')));
	const nameLine = (name: string) => {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return lineAt(source.search(new RegExp(`^[ \\t-]*(?:name:[ \\t]*)?["']?${escaped}["']?[ \\t]*\\r?$`, 'm')));
	};
	const cadenceOf = (value: unknown, who: string): number | undefined => {
		if (value === undefined || value === null) {
			return undefined;
		}
		if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
			return value;
		}
		problems.push({ line: nameLine(who), message: `The cadence of ${who} is not a whole number of days above 0, so it is left out.` });
		return undefined;
	};
	const listOf = (key: string): unknown[] => {
		const value = data[key];
		if (value === undefined || value === null) {
			return [];
		}
		if (!Array.isArray(value)) {
			problems.push({ line: lineOf(key), message: `\`${key}\` must be a list (one "- name: …" item each), so it is left out.` });
			return [];
		}
		return value;
	};
	/** The named items of the `key` list, as their fields; a bare name is an item with only a name. */
	const namedItems = (key: string, noun: string): { name: string; fields: Record<string, unknown> }[] => {
		const named: { name: string; fields: Record<string, unknown> }[] = [];
		for (const [at, item] of listOf(key).entries()) {
			const fields = typeof item === 'object' && item !== null && !Array.isArray(item) ? item as Record<string, unknown> : { name: item };
			const name = text(fields.name);
			if (name === undefined) {
				problems.push({ line: lineOf(key), message: `Item ${at + 1} of the ${noun} has no name, so it is left out.` });
			} else {
				named.push({ name, fields });
			}
		}
		return named;
	};
	const people: RosterPerson[] = [];
	const handles = new Set<string>();
	for (const { name, fields } of namedItems('roster', 'roster')) {
		const handle = normalHandle(text(fields.handle) ?? defaultHandle(name));
		if (handles.has(handle)) {
			problems.push({ line: nameLine(name), message: `${name} has the handle @${handle}, which someone above already has; give one of them another handle.` });
			continue;
		}
		handles.add(handle);
		const team = text(fields.team);
		const site = text(fields.site);
		const timezone = text(fields.timezone);
		const role = text(fields.role);
		const cadence = cadenceOf(fields.cadence, name);
		people.push({
			name, handle, aliases: list(fields.aliases), runs: list(fields.runs), backup: list(fields.backup),
			...(team ? { team } : {}), ...(site ? { site } : {}), ...(timezone ? { timezone } : {}), ...(role ? { role } : {}), ...(cadence ? { cadence } : {}),
		});
	}
	const teams: RosterTeam[] = [];
	for (const { name, fields } of namedItems('teams', 'teams')) {
		const cadence = cadenceOf(fields.cadence, name);
		teams.push({ name, ...(cadence ? { cadence } : {}) });
	}
	return { people, teams, problems: problems.sort((a, b) => a.line - b.line) };
}

/** The cadence in effect for a person: their own, else their team's. */
export function cadenceOf(person: RosterPerson, roster: Roster): number | undefined {
	return person.cadence ?? roster.teams.find(team => team.name.toLowerCase() === person.team?.toLowerCase())?.cadence;
}
