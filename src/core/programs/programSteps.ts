import type { ProgramDefinition, ProgramPhase } from './programDefinition';

/** What may follow a phase: the same phase again, when it is written once per person or thing, and the next phase. */
export interface PhaseChoices {
	/** The phase just closed, when another entry of it may be written (one evidence sheet per candidate). */
	readonly again?: ProgramPhase;
	/** The next phase of the program, when there is one. */
	readonly next?: ProgramPhase;
}

/**
 * The phases that may follow `current`, in the order the parent entry recorded (`phases:`), so that a
 * program keeps its order even when its definition changed since; phases the definition no longer
 * has are passed over.
 */
export function phaseChoices(definition: ProgramDefinition, order: readonly string[], current: string): PhaseChoices {
	const byId = new Map(definition.phases.map(phase => [phase.id, phase]));
	const at = order.indexOf(current);
	const currentPhase = byId.get(current);
	const next = at === -1 ? undefined : order.slice(at + 1).map(id => byId.get(id)).find(phase => phase !== undefined);
	return {
		...(currentPhase?.each !== undefined ? { again: currentPhase } : {}),
		...(next ? { next } : {}),
	};
}
