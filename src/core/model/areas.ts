/** A challenge area: the kind of leadership problem an entry works on. */
export interface ChallengeArea {
	/** Stable id written in the `areas` header key, e.g. `hiring`. */
	readonly id: string;
	/** Short human name shown in the tree and pickers. */
	readonly name: string;
	/** One line that says what the area covers. */
	readonly description: string;
	/** Codicon id (without `$(…)`) shown next to the area. */
	readonly icon: string;
	/** Days from the entry's date to its default `review` date. */
	readonly reviewAfterDays: number;
	/**
	 * Days from the entry's date to each of its review dates, when the area reviews more than once
	 * (a hire at 30, 90 and 180 days): written as the `reviews` key of a new entry. Ascending.
	 */
	readonly reviewSchedule?: readonly number[];
	/** For a custom area: its template file, relative to the templates folder. */
	readonly template?: string;
}

/** The id of the area for anything else, whose templates are the fallback of every area. */
export const generalAreaId = 'general';

/** The eight built-in areas, in the order the tree and pickers show them. */
export const builtInAreas: readonly ChallengeArea[] = [
	{ id: 'reorganization', name: 'Reorganizing a division', description: 'Redesign structure, roles and reporting lines, and lead people through the change.', icon: 'type-hierarchy', reviewAfterDays: 30 },
	{ id: 'schedule', name: 'An overcrowded schedule', description: 'Win back time: what only you can do, what to delegate, and what to drop.', icon: 'calendar', reviewAfterDays: 14 },
	{ id: 'cutbacks', name: 'Staff after cutbacks', description: 'Organize a team cut to the bone: what stops, who carries what, and how to keep trust.', icon: 'arrow-circle-down', reviewAfterDays: 30 },
	{ id: 'hiring', name: 'Hiring the right people', description: 'Define the role by its outcomes, assess candidates fairly, and decide with evidence.', icon: 'person-add', reviewAfterDays: 90, reviewSchedule: [30, 90, 180] },
	{ id: 'key-people', name: 'Key people', description: 'People who run the processes and systems: single points of failure, knowledge and retention.', icon: 'key', reviewAfterDays: 30 },
	{ id: 'takeover', name: 'Engineering a takeover', description: 'Acquire, integrate or step into a unit: diligence, culture, talent and the first 90 days.', icon: 'git-merge', reviewAfterDays: 30, reviewSchedule: [30, 60, 100] },
	{ id: 'distributed-team', name: 'A distributed team', description: 'Keep close contact with a national or international team across distance and time zones.', icon: 'globe', reviewAfterDays: 30 },
	{ id: 'general', name: 'General reflection', description: 'Any other leadership question worth thinking through.', icon: 'lightbulb', reviewAfterDays: 30 },
];

/** The days from an entry's date to each of its review dates: the area's schedule, else its one `reviewAfterDays`. */
export function reviewDays(area: ChallengeArea): readonly number[] {
	return area.reviewSchedule !== undefined && area.reviewSchedule.length > 0 ? area.reviewSchedule : [area.reviewAfterDays];
}

/** The built-in areas (`builtIn`, e.g. translated) with custom ones placed before "General reflection", which stays last. */
export function withCustomAreas(custom: readonly ChallengeArea[], builtIn: readonly ChallengeArea[] = builtInAreas): ChallengeArea[] {
	const general = builtIn[builtIn.length - 1];
	return [...builtIn.slice(0, -1), ...custom, general];
}

/** Looks areas up by id. */
export class AreaCatalog {
	private readonly byId: ReadonlyMap<string, ChallengeArea>;

	/** @param areas the areas, in display order */
	constructor(readonly areas: readonly ChallengeArea[] = builtInAreas) {
		this.byId = new Map(areas.map(area => [area.id, area]));
	}

	/** The area with this id, or `undefined` when the id is unknown. */
	get(id: string): ChallengeArea | undefined {
		return this.byId.get(id);
	}

	/** Whether `id` names an area of this catalog. */
	has(id: string): boolean {
		return this.byId.has(id);
	}
}
