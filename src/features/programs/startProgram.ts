import * as vscode from 'vscode';
import type { AreaCatalog, ChallengeArea } from '../../core/model/areas';
import { planProgramParent } from '../../core/programs/programPlan';
import { showNewEntry } from '../../adapters/entryFiles';
import type { ProgramTemplates } from '../../adapters/templateStore';
import { contextKeys } from '../../ids';
import type { Services } from '../../services';
import { pickArea } from '../../ui/areaPick';
import { inMessage } from '../../ui/messages';
import { checkedTitle, titleProblem } from '../../ui/titleInput';
import { markWalkthroughStep } from '../../ui/walkthroughProgress';
import { askSubject, createPhaseEntry, type PhaseServices } from './phaseEntry';

/** What Start Program needs. */
export type StartProgramServices = PhaseServices & Pick<Services, 'catalog' | 'safeScreen'>;

/** Answers that skip the prompts: for keybindings and tests. */
export interface StartProgramArguments {
	/** The program's folder name, e.g. `takeover`. */
	readonly program?: string;
	/** The program entry's title. */
	readonly title?: string;
	/** The area id, for a program that names none. */
	readonly area?: string;
	/** Name or URI of the workspace folder whose journal receives the entries. */
	readonly workspaceFolder?: string;
	/** For a first phase written once per person or thing: whom the first one is for. */
	readonly subject?: string;
}

/** The keys of {@link StartProgramArguments}, for telling options from a menu's argument. */
export const startProgramOptionKeys = ['program', 'title', 'area', 'workspaceFolder', 'subject'] as const;

/** The program and its first phase, as created. */
export interface StartedProgram {
	/** The parent entry. */
	readonly parent: vscode.Uri;
	/** The first phase's entry, when it could be created. */
	readonly phase?: vscode.Uri;
}

/**
 * Start Program…: pick a program (a built-in one or a folder of the workspace's templates), name it,
 * and get its parent entry (thesis, targets, approach) and the entry of its first phase, with its own
 * review date. The parent opens; the phase shows under it in the Challenges view. Escape creates nothing.
 */
export async function startProgram(deps: StartProgramServices, args: StartProgramArguments = {}): Promise<StartedProgram | undefined> {
	const root = await deps.roots.pickJournalRoot(args.workspaceFolder, vscode.l10n.t('Which folder\'s journal should hold the program?'));
	if (!root) {
		return undefined;
	}
	const { programs, problems } = await deps.templates.programs(root.workspaceFolder);
	if (problems.length > 0) {
		void vscode.window.showWarningMessage(problems.join(' '));
	}
	const program = await pickProgram(programs, args.program);
	if (!program) {
		return undefined;
	}
	const { definition } = program;
	const area = await programArea(deps.catalog(), definition.area, args.area);
	if (!area) {
		return undefined;
	}
	const title = args.title === undefined ? await askTitle(definition.name) : checkedTitle(args.title);
	if (title === undefined) {
		return undefined;
	}
	const first = definition.phases[0];
	const subject = first.each === undefined ? undefined : args.subject ?? await askSubject({ ...first, each: first.each }, title);
	if (first.each !== undefined && subject === undefined) {
		return undefined;
	}
	const plan = planProgramParent({ definition, area, title, now: deps.clock.now(), folder: root.relativePath });
	const parent = await deps.creator.create(vscode.Uri.joinPath(root.uri, ...plan.folderSegments), plan);
	if (!parent) {
		return undefined;
	}
	const phases = definition.phases.map(phase => phase.id);
	const phase = await createPhaseEntry(deps, { program, uri: parent, title, phases, area, root }, first, subject);
	await showNewEntry(parent, plan, deps.journal);
	markWalkthroughStep(contextKeys.didNewEntry);
	if (phase) {
		const open = vscode.l10n.t('Open {0}', first.name);
		void vscode.window.showInformationMessage(vscode.l10n.t('Started "{0}". Write its thesis and targets first; its first phase, {1}, is under it in the Challenges view.', inMessage(deps.safeScreen.policy().safe ? program.definition.name : title), first.name), open)
			.then(picked => picked === open ? showNewEntry(phase.uri, phase.plan, deps.journal) : undefined);
	}
	return { parent, ...(phase ? { phase: phase.uri } : {}) };
}

async function pickProgram(programs: readonly ProgramTemplates[], wanted: string | undefined): Promise<ProgramTemplates | undefined> {
	if (wanted !== undefined) {
		const found = programs.find(program => program.definition.id === wanted);
		if (!found) {
			void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a program. Known programs: {1}.', inMessage(wanted), programs.map(program => program.definition.id).join(', ')));
		}
		return found;
	}
	const picked = await vscode.window.showQuickPick(programs.map(program => ({
		label: program.definition.name,
		description: program.definition.phases.map(phase => phase.name).join(' → '),
		detail: program.definition.description,
		program,
	})), { title: vscode.l10n.t('Start Program (1/2)'), placeHolder: vscode.l10n.t('Which program of phases do you start?'), matchOnDetail: true });
	return picked?.program;
}

/** The program's own area when the catalog knows it, else the one asked for or picked. */
function programArea(catalog: AreaCatalog, own: string | undefined, wanted: string | undefined): Promise<ChallengeArea | undefined> {
	const fixed = own !== undefined ? catalog.get(own) : undefined;
	return fixed ? Promise.resolve(fixed) : pickArea(catalog, wanted, {
		title: vscode.l10n.t('Start Program'), placeHolder: vscode.l10n.t('Which challenge area does this program belong to?'),
	});
}

async function askTitle(programName: string): Promise<string | undefined> {
	const title = await vscode.window.showInputBox({
		title: vscode.l10n.t('Start Program (2/2): {0}', programName),
		prompt: vscode.l10n.t('Name the program in a few words. It becomes the title of its entry and of each phase.'),
		placeHolder: vscode.l10n.t('e.g. Take over Quayside'),
		validateInput: titleProblem,
	});
	return title?.trim();
}
