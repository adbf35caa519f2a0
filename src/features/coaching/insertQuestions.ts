import * as vscode from 'vscode';
import { toWorkspaceEdit } from '../../adapters/textEdits';
import { splitHeader } from '../../core/text/header';
import { renderLens, type Lens } from '../../core/coaching/lens';
import { firstAnswerOffset } from '../../core/coaching/template';
import { reportUnknownVariables, inMessage } from '../../ui/messages';
import type { Services } from '../../services';

/** Answers that skip the prompt: for keybindings and tests. */
export interface InsertQuestionsArguments {
	/** Lens id, e.g. `pre-mortem`. */
	readonly lens?: string;
}

/** What Insert Coaching Questions needs. */
export type InsertQuestionsServices = Pick<Services, 'templates' | 'clock'>;

async function pickLens(lenses: readonly Lens[], wanted: string | undefined): Promise<Lens | undefined> {
	if (wanted !== undefined) {
		const lens = lenses.find(candidate => candidate.id === wanted);
		if (!lens) {
			void vscode.window.showErrorMessage(vscode.l10n.t('There is no lens "{0}". Known lenses: {1}.', inMessage(wanted), lenses.map(known => known.id).join(', ')));
		}
		return lens;
	}
	const picked = await vscode.window.showQuickPick(
		lenses.map(lens => ({ label: lens.name, detail: lens.description, lens })),
		{ title: vscode.l10n.t('Insert Coaching Questions'), placeHolder: vscode.l10n.t('Which lens fits what you are thinking about?'), matchOnDetail: true },
	);
	return picked?.lens;
}

/**
 * Insert Coaching Questions…: inserts a lens's questions at the cursor, set off by blank lines,
 * and puts the cursor under the first question. Refuses to write into the YAML header.
 */
export async function insertCoachingQuestions(deps: InsertQuestionsServices, args: InsertQuestionsArguments = {}): Promise<boolean> {
	const editor = vscode.window.activeTextEditor;
	if (!editor || editor.document.languageId !== 'markdown') {
		void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal entry, then insert coaching questions where the cursor is.'));
		return false;
	}
	const lens = await pickLens(await deps.templates.lenses(vscode.workspace.getWorkspaceFolder(editor.document.uri)), args.lens);
	if (!lens) {
		return false;
	}
	const { document } = editor;
	const cursor = editor.selection.active;
	if (document.offsetAt(cursor) < splitHeader(document.getText()).bodyOffset) {
		void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is in the entry\'s header. Move it into the body and try again.'));
		return false;
	}
	const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
	const rendered = renderLens(lens, deps.clock.now());
	const body = rendered.text.replace(/\s+$/, '').replace(/\r?\n/g, eol);
	const line = document.lineAt(cursor.line);
	const before = line.isEmptyOrWhitespace ? '' : eol + eol;
	const nextLineHasText = cursor.line + 1 < document.lineCount && !document.lineAt(cursor.line + 1).isEmptyOrWhitespace;
	const at = line.isEmptyOrWhitespace ? line.range.start : line.range.end;
	const text = before + body + eol + (nextLineHasText ? eol : '');
	const offset = document.offsetAt(at);
	if (!await vscode.workspace.applyEdit(toWorkspaceEdit(document, [{ start: offset, end: offset, text }]))) {
		void vscode.window.showErrorMessage(vscode.l10n.t('The questions could not be inserted; the entry is unchanged.'));
		return false;
	}
	const target = document.positionAt(document.offsetAt(at) + before.length + firstAnswerOffset(body));
	editor.selection = new vscode.Selection(target, target);
	editor.revealRange(new vscode.Range(target, target), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	reportUnknownVariables(rendered.unknownVariables);
	return true;
}
