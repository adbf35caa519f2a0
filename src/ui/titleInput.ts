import * as vscode from 'vscode';

/** Longest title accepted, in characters. */
const maxTitleLength = 500;

/** What is wrong with a title, or `undefined` when it is fine. */
export function titleProblem(title: string): string | undefined {
	if (title.trim() === '') {
		return vscode.l10n.t('Type a title, or press Escape to cancel.');
	}
	if (/[\r\n]/.test(title)) {
		return vscode.l10n.t('Keep the title on one line.');
	}
	return title.length > maxTitleLength ? vscode.l10n.t('Keep the title under {0} characters.', maxTitleLength) : undefined;
}

/** A title given as a command argument, checked as the input box would check it; the user is told what is wrong. */
export function checkedTitle(title: string): string | undefined {
	const problem = titleProblem(title);
	if (problem) {
		void vscode.window.showErrorMessage(problem);
		return undefined;
	}
	return title.trim();
}
