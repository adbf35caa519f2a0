import type { Roster, RosterPerson } from './roster';

/** A process or system only one person can run. */
export interface LoneProcess {
	/** The process, as the roster first writes it. */
	readonly process: string;
	/** The one person who runs it or backs it up. */
	readonly person: RosterPerson;
}

/** Someone who alone runs two or more processes. */
export interface SoleRunner {
	/** Who. */
	readonly person: RosterPerson;
	/** The processes nobody else can run. */
	readonly processes: readonly string[];
}

/** The roster's single points of failure. */
export interface SinglePoints {
	/** Processes with one person among their `runs:` and `backup:`, by name. */
	readonly processes: readonly LoneProcess[];
	/** People who alone run two or more processes, the most first. */
	readonly people: readonly SoleRunner[];
}

/**
 * The single points of failure of a roster: a process (in someone's `runs:` or `backup:`, compared
 * case-insensitively) with only one person, and people who are that one person for two or more.
 */
export function singlePointsOfFailure(roster: Roster): SinglePoints {
	const byProcess = new Map<string, { process: string; people: Set<RosterPerson> }>();
	for (const person of roster.people) {
		for (const process of [...person.runs, ...person.backup]) {
			const key = process.toLowerCase();
			const found = byProcess.get(key) ?? { process, people: new Set<RosterPerson>() };
			found.people.add(person);
			byProcess.set(key, found);
		}
	}
	const processes: LoneProcess[] = [];
	for (const { process, people } of byProcess.values()) {
		if (people.size === 1) {
			processes.push({ process, person: [...people][0] });
		}
	}
	processes.sort((a, b) => a.process.localeCompare(b.process));
	const sole = new Map<RosterPerson, string[]>();
	for (const { process, person } of processes) {
		sole.set(person, [...sole.get(person) ?? [], process]);
	}
	const people = [...sole].filter(([, owned]) => owned.length >= 2)
		.map(([person, owned]) => ({ person, processes: owned }))
		.sort((a, b) => b.processes.length - a.processes.length || a.person.name.localeCompare(b.person.name));
	return { processes, people };
}

/** The header key in which a quarterly review records the lone processes of its day. */
export const singlePointsKey = 'singlePointsOfFailure';

/** How the lone processes changed since a recorded list: those new and those no longer lone. */
export interface SinglePointsChange {
	/** Lone now, not in the recorded list. */
	readonly added: readonly string[];
	/** In the recorded list, no longer lone. */
	readonly resolved: readonly string[];
}

/** The change from `recorded` (as a quarterly review wrote them) to `current`, compared case-insensitively. */
export function singlePointsChange(recorded: readonly string[], current: readonly string[]): SinglePointsChange {
	const had = new Set(recorded.map(process => process.toLowerCase()));
	const has = new Set(current.map(process => process.toLowerCase()));
	return {
		added: current.filter(process => !had.has(process.toLowerCase())),
		resolved: recorded.filter(process => !has.has(process.toLowerCase())),
	};
}

/** The lone processes a quarterly review recorded, and which review. */
export interface SinglePointsBaseline {
	/** The review's title, to say "since …". */
	readonly title: string;
	/** The review's date. */
	readonly date: string;
	/** The processes it recorded as lone. */
	readonly processes: readonly string[];
}

/** The lone processes recorded in a quarterly review's header (`singlePointsOfFailure: […]`), when it has the key. */
export function recordedSinglePoints(header: Readonly<Record<string, unknown>>): string[] | undefined {
	const value = header[singlePointsKey];
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

/**
 * What a quarterly review says about key people: a header line recording the lone processes, and a
 * section listing them, who alone runs two or more, and the change since the `baseline` review.
 */
export function keyPeopleReview(points: SinglePoints, baseline: SinglePointsBaseline | undefined): { readonly headerLine: string; readonly section: string } {
	const current = points.processes.map(lone => lone.process);
	const quote = (text: string) => JSON.stringify(text);
	const lines = [
		'**Key people: single points of failure**',
		'',
		...points.processes.length > 0 ? points.processes.map(lone => `- ${lone.process}: only ${lone.person.name}`) : ['_None: every process in the roster has two people._'],
		...points.people.map(runner => `- ${runner.person.name} alone runs ${runner.processes.length}: ${runner.processes.join(', ')}`),
	];
	if (baseline) {
		const change = singlePointsChange(baseline.processes, current);
		lines.push('', `Since ${baseline.title} (${baseline.date}): ${change.added.length > 0 ? `new ${change.added.join(', ')}` : 'none new'}; ${change.resolved.length > 0 ? `resolved ${change.resolved.join(', ')}` : 'none resolved'}.`);
	}
	return { headerLine: `${singlePointsKey}: [${current.map(quote).join(', ')}]`, section: `${lines.join('\n')}\n` };
}
