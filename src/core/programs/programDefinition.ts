import { parseHeader, splitHeader, type HeaderProblem } from '../text/header';

/** One phase of a program, as its `program.md` lists it. */
export interface ProgramPhase {
	/** Stable id written in a phase entry's `phase:` key, e.g. `due-diligence`; also the template's default file name. */
	readonly id: string;
	/** The name shown in titles and pickers, e.g. `Due diligence`. */
	readonly name: string;
	/** Days from the day the phase starts to its review date. */
	readonly review: number;
	/** The phase's template file in the program folder, e.g. `due-diligence.md`. */
	readonly file: string;
	/** For a phase written once per person or thing (one evidence sheet per candidate): what each one is for, e.g. `candidate`. */
	readonly each?: string;
}

/** A program: a parent entry and its phases, read from a folder of templates. */
export interface ProgramDefinition {
	/** The folder's name, e.g. `takeover`; written in the parent entry's `programTemplate:` key. */
	readonly id: string;
	/** The name shown in pickers. */
	readonly name: string;
	/** When to use it. */
	readonly description: string;
	/** The area its entries go under, when it names one. */
	readonly area?: string;
	/** A rating scale every phase can quote as `{{scale}}`, so that all of them rate alike. */
	readonly scale?: string;
	/** The phases, in order; at least one. */
	readonly phases: readonly ProgramPhase[];
	/** The parent entry's template: the body of `program.md`. */
	readonly parentBody: string;
}

/** Why a `program.md` cannot be used; `phase` is the 1-based number of the phase at fault. */
export type ProgramProblem =
	/** No header, or one that cannot be read (`header` says why). */
	| { readonly code: 'header'; readonly header?: HeaderProblem }
	| { readonly code: 'name' }
	| { readonly code: 'noPhases' }
	| { readonly code: 'phaseShape'; readonly phase: number }
	| { readonly code: 'phaseId'; readonly phase: number; readonly value: string }
	| { readonly code: 'duplicatePhase'; readonly phase: number; readonly value: string }
	| { readonly code: 'phaseName'; readonly phase: number }
	| { readonly code: 'phaseReview'; readonly phase: number; readonly value: string }
	| { readonly code: 'phaseFile'; readonly phase: number; readonly value: string };

/** The file of a program folder that defines it. */
export const programFileName = 'program.md';

/** Most phases a program may have, and the longest review offset: a program is a page, not a database. */
export const maxPhases = 50;
const maxReviewDays = 3660;

const idPattern = /^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/;
const filePattern = /^[A-Za-z0-9][\w.-]{0,99}\.md$/;

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `id` can name a program folder or a phase: lower-case letters, digits and inner hyphens. */
export function isProgramId(id: string): boolean {
	return idPattern.test(id);
}

function readPhase(value: unknown, at: number, seen: Set<string>): ProgramPhase | ProgramProblem {
	const phase = at + 1;
	if (!isRecord(value)) {
		return { code: 'phaseShape', phase };
	}
	const id = text(value.id) ?? '';
	if (!isProgramId(id)) {
		return { code: 'phaseId', phase, value: id };
	}
	if (seen.has(id)) {
		return { code: 'duplicatePhase', phase, value: id };
	}
	seen.add(id);
	const name = text(value.name);
	if (name === undefined) {
		return { code: 'phaseName', phase };
	}
	const review = value.review;
	if (typeof review !== 'number' || !Number.isInteger(review) || review < 0 || review > maxReviewDays) {
		return { code: 'phaseReview', phase, value: String(text(review) ?? '') };
	}
	const file = text(value.file) ?? `${id}.md`;
	if (!filePattern.test(file) || file === programFileName) {
		return { code: 'phaseFile', phase, value: file };
	}
	const each = text(value.each);
	return { id, name, review, file, ...(each === undefined ? {} : { each }) };
}

/**
 * Reads a program folder's `program.md`: a header with `name`, `description`, an optional `area`
 * and `scale`, and `phases`, a list of `{ id, name, review, file?, each? }` in order (`review` in
 * days from the phase's start); the body is the parent entry's template. Never throws; nothing runs.
 */
export function readProgramDefinition(id: string, source: string): ProgramDefinition | { readonly problem: ProgramProblem } {
	const parsed = parseHeader(source);
	if (parsed.problem || !('block' in splitHeader(source))) {
		return { problem: { code: 'header', ...(parsed.problem ? { header: parsed.problem } : {}) } };
	}
	const data = parsed.data ?? {};
	const name = text(data.name);
	if (name === undefined) {
		return { problem: { code: 'name' } };
	}
	if (!Array.isArray(data.phases) || data.phases.length === 0 || data.phases.length > maxPhases) {
		return { problem: { code: 'noPhases' } };
	}
	const seen = new Set<string>();
	const phases: ProgramPhase[] = [];
	for (const [at, value] of (data.phases as unknown[]).entries()) {
		const phase = readPhase(value, at, seen);
		if ('code' in phase) {
			return { problem: phase };
		}
		phases.push(phase);
	}
	const area = text(data.area)?.toLowerCase();
	const scale = text(data.scale);
	return {
		id, name, description: text(data.description) ?? '', phases,
		...(area === undefined ? {} : { area }),
		...(scale === undefined ? {} : { scale }),
		parentBody: source.slice(parsed.bodyOffset).replace(/^(\r?\n)+/, ''),
	};
}
