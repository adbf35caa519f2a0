import * as vscode from 'vscode';
import type { NewEntryPlan } from '../../core/coaching/newEntry';
import type { ChallengeArea } from '../../core/model/areas';
import type { ProgramPhase } from '../../core/programs/programDefinition';
import { planPhase } from '../../core/programs/programPlan';
import type { UsableJournalRoot } from '../../adapters/journalRoots';
import type { ProgramTemplates } from '../../adapters/templateStore';
import type { Services } from '../../services';
import { describeProblem, inMessage } from '../../ui/messages';

/** What creating a phase entry needs. */
export type PhaseServices = Pick<Services, 'templates' | 'creator' | 'clock' | 'roots' | 'journal'>;

/** The program a phase belongs to: its templates, its parent entry and where that lives. */
export interface ProgramParent {
	/** The program's templates. */
	readonly program: ProgramTemplates;
	/** The parent entry's file. */
	readonly uri: vscode.Uri;
	/** The parent entry's title. */
	readonly title: string;
	/** The parent entry's phase ids in order. */
	readonly phases: readonly string[];
	/** The area its entries go under. */
	readonly area: ChallengeArea;
	/** The journal folder that holds it. */
	readonly root: UsableJournalRoot;
}

/**
 * Creates the entry of one phase of a program from the phase's template, linked to the parent entry
 * by `program:` and `phase:`, with its own `review:` date; never overwrites a file.
 * The index hears of it at once.
 * @returns the new entry and its plan, or `undefined` when none was created (the user was told why).
 */
export async function createPhaseEntry(deps: PhaseServices, parent: ProgramParent, phase: ProgramPhase, subject?: string): Promise<{ readonly uri: vscode.Uri; readonly plan: NewEntryPlan } | undefined> {
	const template = await deps.templates.phaseTemplate(parent.program, phase);
	const programPath = deps.roots.journalPath(parent.uri);
	if (template === undefined || programPath === undefined) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The template {0} of the phase "{1}" could not be read, so the phase was not started.', phase.file, inMessage(phase.name)));
		return undefined;
	}
	const plan = planPhase({
		definition: parent.program.definition, phase, area: parent.area, now: deps.clock.now(), folder: parent.root.relativePath,
		programTitle: parent.title, programPath: decodeURIComponent(programPath), programPhases: parent.phases,
		...(subject === undefined ? {} : { subject }),
	}, template);
	if ('problem' in plan) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The header of the phase template {0} could not be read, so the phase was not started. {1}', phase.file, describeProblem(plan.problem)));
		return undefined;
	}
	const created = await deps.creator.create(vscode.Uri.joinPath(parent.root.uri, ...plan.folderSegments), plan);
	if (!created) {
		return undefined;
	}
	deps.journal.noteCreated(created);
	return { uri: created, plan };
}

/** Asks whom an entry of a phase written once per person or thing is for; `undefined` on Escape. */
export async function askSubject(phase: ProgramPhase & { readonly each: string }, programTitle: string): Promise<string | undefined> {
	const subject = await vscode.window.showInputBox({
		title: vscode.l10n.t('{0}: {1}', programTitle, phase.name),
		prompt: vscode.l10n.t('One entry per {0}: which {0} is this one for?', phase.each),
		validateInput: value => value.trim() === '' ? vscode.l10n.t('Write a name.') : undefined,
	});
	return subject?.trim();
}
