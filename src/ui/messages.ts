import * as vscode from 'vscode';
import type { EntryProblem } from '../core/model/entry';

/**
 * Text from a file, a setting or a command argument, made safe to put in a notification.
 * Notifications turn `[label](command:…)` into a clickable link that runs a command; breaking
 * the `](` pair keeps such text from ever becoming one.
 */
export function inMessage(text: string): string {
	return text.replace(/\]\s*\(/g, '] (');
}

/** Tells the user which `{{variables}}` of a template were not known and so were left in the text as written. */
export function reportUnknownVariables(names: readonly string[]): void {
	if (names.length > 0) {
		void vscode.window.showWarningMessage(vscode.l10n.t(
			'The template uses {0}, which Leadership Journal does not know. It was left in the entry as written.',
			inMessage(names.map(name => `{{${name}}}`).join(', '))));
	}
}

function megabytes(bytes: string | undefined): string {
	return `${(Number(bytes ?? 0) / (1024 * 1024)).toFixed(1)} MB`;
}

/** A sentence a non-programmer understands for each problem that sends a file to "Needs attention". */
export function describeProblem(problem: EntryProblem): string {
	switch (problem.code) {
		case 'codeHeader':
			return vscode.l10n.t('The header is marked as {0} code (---{0}). Leadership Journal never runs code from a journal, so it was not read. Start the file with a plain --- line and write the header as YAML.', problem.detail ?? 'js');
		case 'unknownHeaderLanguage':
			return vscode.l10n.t('The header is marked as "{0}". Leadership Journal reads YAML headers only: start the file with a plain --- line.', problem.detail ?? '');
		case 'tomlHeader':
			return problem.detail !== undefined
				? vscode.l10n.t('The TOML header (+++) does not parse on line {0}: {1}', problem.line + 1, problem.detail)
				: vscode.l10n.t('The header is written in TOML (+++). Leadership Journal reads TOML headers but changes YAML ones only: to let it set keys, write the header as YAML between two --- lines.');
		case 'jsonHeader':
			return vscode.l10n.t('The header is written in JSON. Leadership Journal reads YAML headers only: put the header between two --- lines.');
		case 'unclosedHeader':
			return vscode.l10n.t('The header that starts on line 1 is never closed. Add a line with three dashes (---) after its last line.');
		case 'headerNotAtTop':
			return vscode.l10n.t('The header must start on the first line of the file. Remove the blank lines above the --- on line {0}.', problem.line + 1);
		case 'invalidYaml':
			return vscode.l10n.t('The header on line {0} is not valid YAML: {1}', problem.line + 1, problem.detail ?? '');
		case 'headerNotAMapping':
			return vscode.l10n.t('The header must be a list of "key: value" lines.');
		case 'headerTooLarge':
			return vscode.l10n.t('The header is {0}; headers over 256 KB are not read.', megabytes(problem.detail));
		case 'headerTooComplex':
			return vscode.l10n.t('The header nests lists inside lists, or repeats values with * references, far more than any journal needs, so it was not read. Write it as plain "key: value" lines.');
		case 'unresolvedAlias':
			return vscode.l10n.t('The value {0} on line {1} starts with *, which YAML reads as a reference to a value marked with &, so the header was not read. Put the value in quotes: "{0}".', problem.detail ?? '*', problem.line + 1);
		case 'unindentedQuote':
			return vscode.l10n.t('The quoted value above line {0} goes on at the start of that line, so the header was not read. Indent the lines that go on with a quoted value, for example by two spaces.', problem.line + 1);
		case 'unreadable':
			return vscode.l10n.t('This could not be read. It may have been moved or deleted while the journal was being read, or you may not have permission to open it. Refresh the journal to try again. (The system said: {0})', problem.detail ?? '');
		case 'binary':
			return vscode.l10n.t('This file holds binary data, not text.');
		case 'tooLarge':
			return vscode.l10n.t('This file is {0}; files over 8 MB are not read as entries.', megabytes(problem.detail));
		case 'conflictCopy':
			return vscode.l10n.t('A sync tool saved this copy of {0} when the two were changed on different machines. Compare with Original shows what differs; Keep This Copy or Discard This Copy ends the conflict.', problem.detail ?? '');
		case 'conflictMarkers':
			return vscode.l10n.t('A merge left conflict markers (<<<<<<<, =======, >>>>>>>) in this entry on lines {0}. Keep the lines you want, delete the markers, and save.', problem.detail ?? '');
	}
}
