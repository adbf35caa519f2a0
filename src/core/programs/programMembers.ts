import { entrySortTime, type EntrySummary } from '../model/entry';

/** How far a program has come: the latest phase started, of how many. */
export interface ProgramProgress {
	/** The number, from 1, of the latest phase that has an entry; 0 when none has one yet. */
	readonly phase: number;
	/** How many phases the program has. */
	readonly of: number;
}

/**
 * The journal's programs: parent entries (with `phases:`) and the phase entries whose `program:`
 * names them. A phase shows inside its program rather than on its own; one whose parent is not in
 * the journal, or whose parent lists no phases, stays on its own, where it can be seen and fixed.
 */
export class ProgramMembers {
	private readonly byParent = new Map<string, EntrySummary[]>();
	private readonly parentOf = new Map<string, EntrySummary>();

	/**
	 * @param entries every entry of the journal.
	 * @param resolve the URI an entry's `program:` names, or `undefined` when it names none.
	 * @param lookUp the entry at a URI, when the journal has one.
	 */
	constructor(entries: Iterable<EntrySummary>, resolve: (entry: EntrySummary) => string | undefined, lookUp: (uri: string) => EntrySummary | undefined) {
		for (const entry of entries) {
			const target = entry.program === undefined ? undefined : resolve(entry);
			const parent = target === undefined || target === entry.uri ? undefined : lookUp(target);
			if (!parent?.phases || parent.program !== undefined || entry.problem) {
				continue;
			}
			this.parentOf.set(entry.uri, parent);
			const phases = this.byParent.get(parent.uri) ?? [];
			phases.push(entry);
			this.byParent.set(parent.uri, phases);
		}
		for (const [uri, phases] of this.byParent) {
			const order = lookUp(uri)?.phases ?? [];
			phases.sort((a, b) => phaseIndex(order, a) - phaseIndex(order, b) || entrySortTime(a) - entrySortTime(b) || a.uri.localeCompare(b.uri));
		}
	}

	/** Whether `entry` is a phase of a program of the journal, and so shows inside it. */
	isPhase(entry: EntrySummary): boolean {
		return this.parentOf.has(entry.uri);
	}

	/** The program `entry` is a phase of, when the journal has it. */
	programOf(entry: EntrySummary): EntrySummary | undefined {
		return this.parentOf.get(entry.uri);
	}

	/** Every phase entry that shows inside its program. */
	phases(): Iterable<EntrySummary> {
		return [...this.byParent.values()].flat();
	}

	/** The phase entries of a program's parent entry, in the order of its `phases:`, then oldest first. */
	phasesOf(parent: EntrySummary): readonly EntrySummary[] {
		return this.byParent.get(parent.uri) ?? [];
	}

	/** How far the program of a parent entry has come; `undefined` for an entry that is no program. */
	progress(parent: EntrySummary): ProgramProgress | undefined {
		const order = parent.program === undefined ? parent.phases : undefined;
		if (!order) {
			return undefined;
		}
		const started = this.phasesOf(parent).map(phase => phaseIndex(order, phase) + 1).filter(number => number <= order.length);
		return { phase: Math.max(0, ...started), of: order.length };
	}
}

/** Where a phase entry's `phase:` stands in a program's order; after every known phase when it names none of them. */
function phaseIndex(order: readonly string[], entry: EntrySummary): number {
	const at = entry.phase === undefined ? -1 : order.indexOf(entry.phase);
	return at === -1 ? order.length : at;
}
