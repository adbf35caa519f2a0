import type { ChallengeArea } from '../model/areas';
import { addDays, toIsoDate } from '../model/dates';
import { planNewEntry, type NewEntryPlan } from '../coaching/newEntry';
import { firstAnswerOffset } from '../coaching/template';
import { journalLink } from '../followThrough/followUp';
import { editHeader } from '../text/headerEdit';
import { parseHeader, type HeaderProblem } from '../text/header';
import { applyTextEdits } from '../text/textEdit';
import type { ProgramDefinition, ProgramPhase } from './programDefinition';

/** What the user chose when starting a program, or a phase of one. */
interface ProgramRequest {
	/** The program. */
	readonly definition: ProgramDefinition;
	/** The area its entries go under. */
	readonly area: ChallengeArea;
	/** The moment of creation. */
	readonly now: Date;
	/** The journal folder relative to the workspace folder (the `{{folder}}` variable). */
	readonly folder: string;
}

/** Starting a program: its title, e.g. `Take over Quayside`. */
export interface ProgramStartRequest extends ProgramRequest {
	/** The program entry's title. */
	readonly title: string;
}

/** Starting one phase of a program. */
export interface PhaseRequest extends ProgramRequest {
	/** The phase. */
	readonly phase: ProgramPhase;
	/** The title of the program's parent entry. */
	readonly programTitle: string;
	/** The parent entry's path below the journal folder, with `/` between segments: what `program:` holds. */
	readonly programPath: string;
	/** The parent entry's phase ids in order (its `phases:`), which number the phases. */
	readonly programPhases: readonly string[];
	/** For a phase written once per person or thing: whom this one is for, e.g. the candidate's name. */
	readonly subject?: string;
}

/** An area whose one review date is `days` after the entry's date: a phase has its own, whatever the area's schedule. */
function withReviewAfter(area: ChallengeArea, days: number): ChallengeArea {
	return { id: area.id, name: area.name, description: area.description, icon: area.icon, reviewAfterDays: days };
}

/** The parent entry's header; its body is the program's `program.md` below the header. */
const parentHeader = [
	'---',
	'title: {{title}}',
	'date: {{date}}',
	'areas: [{{area}}]',
	'tags: [program]',
	'status: implementing',
	'programTemplate: {{programTemplate}}',
	'phases: [{{phases}}]',
	'people: []',
	'---',
	'',
	'',
].join('\n');

/**
 * Plans a program's parent entry: a header naming the program (`programTemplate:`) and its phases
 * in order (`phases:`), then the body of `program.md` with its variables filled in.
 */
export function planProgramParent(request: ProgramStartRequest): NewEntryPlan {
	const { definition } = request;
	return planNewEntry({ ...request, area: withReviewAfter(request.area, 0) }, parentHeader + definition.parentBody, {
		programTemplate: definition.id,
		programName: definition.name,
		phases: definition.phases.map(phase => phase.id),
		phaseNames: definition.phases.map(phase => phase.name),
		scale: definition.scale ?? '',
	});
}

/** A phase entry's title: the program's, the phase's name, and whom it is for. */
export function phaseTitle(programTitle: string, phase: ProgramPhase, subject?: string): string {
	return subject === undefined || subject.trim() === '' ? `${programTitle}: ${phase.name}` : `${programTitle}: ${phase.name}, ${subject.trim()}`;
}

/**
 * Plans a phase entry from its template. Its header always links it to the program, whatever the
 * template writes: `program:` (the parent's path), `phase:` (the phase id) and `review:` (the phase's
 * start plus its `review` days). Templates can use `{{programTitle}}`, `{{programLink}}`,
 * `{{phaseName}}`, `{{phaseNumber}}`, `{{phaseCount}}`, `{{scale}}` and `{{subject}}`.
 * @returns the plan, or the problem of a template whose header cannot be read.
 */
export function planPhase(request: PhaseRequest, template: string): NewEntryPlan | { readonly problem: HeaderProblem } {
	const { phase, definition } = request;
	const title = phaseTitle(request.programTitle, phase, request.subject);
	const number = request.programPhases.indexOf(phase.id) + 1;
	const date = toIsoDate(request.now);
	const review = addDays(date, phase.review);
	const plan = planNewEntry({ ...request, title, area: withReviewAfter(request.area, phase.review) }, template, {
		program: request.programPath,
		programTitle: request.programTitle,
		programLink: journalLink(request.programPath, [date.slice(0, 4)]),
		review,
		phase: phase.id,
		phaseName: phase.name,
		phaseNumber: String(number > 0 ? number : definition.phases.indexOf(phase) + 1),
		phaseCount: String(request.programPhases.length || definition.phases.length),
		scale: definition.scale ?? '',
		subject: request.subject?.trim() ?? '',
	});
	const header = editHeader(plan.text, { program: request.programPath, phase: phase.id, review });
	if ('problem' in header) {
		return { problem: header.problem };
	}
	const text = applyTextEdits(plan.text, header.changes);
	return { ...plan, text, cursorOffset: firstAnswerOffset(text) };
}

/** The `programTemplate:` of a program's parent entry: the program folder it was started from. */
export function programTemplateOf(parentText: string): string | undefined {
	const value = parseHeader(parentText).data.programTemplate;
	return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined;
}
