import * as vscode from 'vscode';
import type { ProgramProblem } from '../core/programs/programDefinition';
import { describeProblem, inMessage } from './messages';

/** What is wrong with a program folder's `program.md`, in the user's language. */
export function describeProgramProblem(problem: ProgramProblem): string {
	switch (problem.code) {
		case 'header': return problem.header
			? vscode.l10n.t('Its header could not be read: {0}', describeProblem(problem.header))
			: vscode.l10n.t('It needs a header between --- lines with name and phases.');
		case 'name': return vscode.l10n.t('Its header has no name.');
		case 'noPhases': return vscode.l10n.t('Its header needs phases: a list of 1 to 50 phases, each with id, name and review (days).');
		case 'phaseShape': return vscode.l10n.t('Phase {0} is not written as id, name and review keys.', problem.phase);
		case 'phaseId': return vscode.l10n.t('Phase {0} has the id "{1}"; an id is lower-case letters, digits and hyphens, such as day-one.', problem.phase, inMessage(problem.value));
		case 'duplicatePhase': return vscode.l10n.t('Phase {0} repeats the id "{1}" of an earlier phase.', problem.phase, inMessage(problem.value));
		case 'phaseName': return vscode.l10n.t('Phase {0} has no name.', problem.phase);
		case 'phaseReview': return vscode.l10n.t('Phase {0} has the review "{1}"; it must be a whole number of days from 0 to 3660.', problem.phase, inMessage(problem.value));
		case 'phaseFile': return vscode.l10n.t('Phase {0} names the file "{1}"; a phase template is a .md file in the program folder, other than program.md.', problem.phase, inMessage(problem.value));
	}
}
