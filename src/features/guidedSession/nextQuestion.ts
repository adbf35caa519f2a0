import * as vscode from 'vscode';
import { findQuestions } from '../../core/coaching/questions';

/** Next Unanswered Question: moves the cursor under the next unanswered question after it, wrapping around. */
export function nextUnansweredQuestion(): void {
	const editor = vscode.window.activeTextEditor;
	if (!editor || editor.document.languageId !== 'markdown') {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal entry first.'));
		return;
	}
	const unanswered = findQuestions(editor.document.getText()).filter(question => !question.answered);
	const cursorLine = editor.selection.active.line;
	const next = unanswered.find(question => question.line >= cursorLine) ?? unanswered[0];
	if (!next) {
		void vscode.window.showInformationMessage(vscode.l10n.t('Every question in this entry has an answer.'));
		return;
	}
	const answerLine = Math.min(next.line + 1, editor.document.lineCount - 1);
	editor.selection = new vscode.Selection(answerLine, 0, answerLine, 0);
	editor.revealRange(new vscode.Range(next.line, 0, answerLine, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
