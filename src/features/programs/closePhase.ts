import * as vscode from 'vscode';
import { generalAreaId } from '../../core/model/areas';
import { toIsoDate } from '../../core/model/dates';
import { relativeUriPath } from '../../core/model/uriPath';
import { planAfterAction } from '../../core/programs/afterAction';
import { programTemplateOf } from '../../core/programs/programPlan';
import { phaseChoices } from '../../core/programs/programSteps';
import type { ProgramPhase } from '../../core/programs/programDefinition';
import { editHeader } from '../../core/text/headerEdit';
import { entryOfDocument, showNewEntry } from '../../adapters/entryFiles';
import { appendToEntry } from '../../adapters/textEdits';
import type { Services } from '../../services';
import { entryTarget } from '../../ui/commandArguments';
import { describeProblem, inMessage } from '../../ui/messages';
import { askSubject, createPhaseEntry, type PhaseServices, type ProgramParent } from './phaseEntry';

/** What Close Phase needs. */
export type ClosePhaseServices = PhaseServices & Pick<Services, 'catalog' | 'threads' | 'safeScreen'>;

/** Answers that skip the prompts: for keybindings and tests. */
export interface ClosePhaseArguments {
	/** The phase entry, when not the active one. */
	readonly uri?: vscode.Uri;
	/** What follows: `next` starts the next phase, `again` another entry of this phase (one per candidate), `none` nothing. */
	readonly then?: 'next' | 'again' | 'none';
	/** For a phase written once per person or thing: whom the new entry is for. */
	readonly subject?: string;
}

/** The keys of {@link ClosePhaseArguments}, for telling options from a menu's argument. */
export const closePhaseOptionKeys = ['uri', 'then', 'subject'] as const;

/**
 * Close Phase…: ends a phase of a program with an after-action review against the program's targets,
 * appended to the phase entry, which is closed; then offers the next phase (or, for a phase written
 * once per candidate, another one of it).
 * @returns the next phase's entry when one was started, `true` when the phase was closed, `false` when nothing changed.
 */
export async function closePhase(deps: ClosePhaseServices, target: unknown, args: ClosePhaseArguments = {}): Promise<vscode.Uri | boolean> {
	const uri = args.uri ?? entryTarget(target);
	const root = uri && deps.roots.rootOfEntry(uri);
	if (!uri || !root) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open a phase of a program first, or use the command on one in the Challenges view.'));
		return false;
	}
	const document = await vscode.workspace.openTextDocument(uri);
	const entry = entryOfDocument(document);
	const parentUri = deps.threads.programUri(entry);
	if (entry.problem || entry.phase === undefined || !parentUri) {
		void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" is not a phase of a program: its header needs program: and phase:. Start a program with Start Program….', inMessage(deps.safeScreen.policy().entryLabel(entry))));
		return false;
	}
	const parentDocument = await openIfPresent(parentUri);
	const parent = parentDocument && entryOfDocument(parentDocument);
	if (!parentDocument || !parent?.phases) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The program entry {0} that program: names was not found, or lists no phases, so the phase cannot be reviewed against its targets.', entry.program ?? ''));
		return false;
	}
	const parentText = parentDocument.getText();
	const programId = programTemplateOf(parentText);
	const program = (await deps.templates.programs(root.workspaceFolder)).programs.find(known => known.definition.id === programId);
	const phase = program?.definition.phases.find(known => known.id === entry.phase);
	const text = document.getText();
	const plan = planAfterAction(text, entry, {
		phaseName: phase?.name ?? entry.phase,
		phaseNumber: parent.phases.indexOf(entry.phase) + 1,
		phaseCount: parent.phases.length,
		programTitle: parent.title,
		programLink: relativeUriPath(vscode.Uri.joinPath(uri, '..').toString(), parentUri.toString()),
		parentText,
		today: toIsoDate(deps.clock.now()),
	}, document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n');
	const header = editHeader(text, plan.header);
	if ('problem' in header) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The header of this entry could not be read, so nothing was changed. {0}', describeProblem(header.problem)));
		return false;
	}
	if (!await appendToEntry(document, text, header.changes, plan.appendix, plan.cursorOffset)) {
		return false;
	}
	if (!program) {
		void vscode.window.showWarningMessage(vscode.l10n.t('The program "{0}" that this phase was started from is not among the templates, so its next phase cannot be started from here.', programId ?? ''));
		return true;
	}
	const catalog = deps.catalog();
	const area = parent.areas.map(id => catalog.get(id)).find(known => known !== undefined) ?? catalog.get(generalAreaId);
	const choices = phaseChoices(program.definition, parent.phases, entry.phase);
	const then = args.then ?? await askWhatFollows(choices.next, choices.again);
	const next = then === 'next' ? choices.next : then === 'again' ? choices.again : undefined;
	if (!next || !area) {
		return true;
	}
	const subject = next.each === undefined ? undefined : args.subject ?? await askSubject({ ...next, each: next.each }, parent.title);
	if (next.each !== undefined && subject === undefined) {
		return true;
	}
	const programParent: ProgramParent = { program, uri: parentUri, title: parent.title, phases: parent.phases, area, root };
	const created = await createPhaseEntry(deps, programParent, next, subject);
	if (!created) {
		return true;
	}
	await showNewEntry(created.uri, created.plan, deps.journal);
	return created.uri;
}

async function openIfPresent(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
	try {
		return await vscode.workspace.openTextDocument(uri);
	} catch {
		return undefined;
	}
}

/** Offers what may follow the closed phase; `none` when nothing does or the user chose nothing. */
async function askWhatFollows(next: ProgramPhase | undefined, again: ProgramPhase | undefined): Promise<'next' | 'again' | 'none'> {
	const startNext = next && vscode.l10n.t('Start {0}', next.name);
	const another = again && vscode.l10n.t('Another {0}', again.name);
	const buttons = [startNext, another].filter((button): button is string => button !== undefined);
	if (buttons.length === 0) {
		void vscode.window.showInformationMessage(vscode.l10n.t('That was the last phase of the program. Its after-action review is the place to say what the whole program achieved.'));
		return 'none';
	}
	const picked = await vscode.window.showInformationMessage(vscode.l10n.t('The phase is closed, with an after-action review against the program\'s targets. What comes next?'), ...buttons);
	return picked === undefined ? 'none' : picked === startNext ? 'next' : 'again';
}
