import * as vscode from 'vscode';
import { toWorkspaceEdit } from '../../adapters/textEdits';
import type { AreaCatalog } from '../../core/model/areas';
import type { HeaderDiagnostic, NewArea } from '../../core/editing/headerDiagnostics';
import { commandIds } from '../../ids';
import type { Settings } from '../../adapters/settings';
import type { Services } from '../../services';
import { inMessage } from '../../ui/messages';
import { brokenContinuesCode, diagnosticSource, entryDiagnostics, isEntryDocument } from './diagnostics';

function replacementTitle(found: HeaderDiagnostic, replacement: string, catalog: AreaCatalog): string {
	if (found.fix?.action === 'quote') {
		return vscode.l10n.t('Put {0} in quotes', found.written);
	}
	if (found.fix?.action === 'indent') {
		return vscode.l10n.t('Indent the lines that go on with the quoted value');
	}
	const area = found.code === 'unknownArea' ? catalog.get(replacement) : undefined;
	return area
		? vscode.l10n.t('Change to "{0}" ({1})', replacement, area.name)
		: vscode.l10n.t('Change to "{0}"', replacement);
}

/**
 * Quick fixes for what the diagnostics report: an unknown area becomes a known one (closest
 * first) or a new custom area; an unknown status or outcome a valid one; a date written another
 * unambiguous way becomes `YYYY-MM-DD`; a value YAML misreads is put in quotes; the lines that go
 * on with a quoted value are indented. Each edit replaces that text and nothing else.
 */
export class HeaderQuickFixes implements vscode.CodeActionProvider {
	/** What this provider offers. */
	static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

	constructor(private readonly deps: Pick<Services, 'catalog' | 'roots'>) { }

	provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
		if (!isEntryDocument(document, this.deps.roots)) {
			return [];
		}
		const catalog = this.deps.catalog();
		const actions: vscode.CodeAction[] = context.diagnostics
			.filter(diagnostic => diagnostic.source === diagnosticSource && diagnostic.code === brokenContinuesCode && diagnostic.range.intersection(range))
			.map(diagnostic => {
				const action = new vscode.CodeAction(vscode.l10n.t('Pick the entry this one continues…'), vscode.CodeActionKind.QuickFix);
				action.command = { command: commandIds.pickContinued, title: action.title, arguments: [document.uri] };
				action.diagnostics = [diagnostic];
				action.isPreferred = true;
				return action;
			});
		for (const found of entryDiagnostics(document, catalog)) {
			const foundRange = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
			if (!found.fix || !foundRange.intersection(range)) {
				continue;
			}
			const shown = context.diagnostics.filter(diagnostic => diagnostic.source === diagnosticSource && diagnostic.range.isEqual(foundRange));
			for (const replacement of found.fix.replacements) {
				const action = new vscode.CodeAction(replacementTitle(found, replacement, catalog), vscode.CodeActionKind.QuickFix);
				action.edit = toWorkspaceEdit(document, [{ start: found.start, end: found.end, text: replacement }]);
				action.diagnostics = shown;
				action.isPreferred = found.fix.replacements.length === 1;
				actions.push(action);
			}
			if (found.fix.newArea) {
				const action = new vscode.CodeAction(vscode.l10n.t('Add "{0}" as a custom area', found.fix.newArea.id), vscode.CodeActionKind.QuickFix);
				action.command = { command: commandIds.addCustomArea, title: action.title, arguments: [found.fix.newArea] };
				action.diagnostics = shown;
				actions.push(action);
			}
		}
		return actions;
	}
}

function isNewArea(value: unknown): value is NewArea {
	const area = value as Partial<NewArea> | undefined;
	return typeof area?.id === 'string' && typeof area.name === 'string';
}

/**
 * Adds `{ id, name }` to `leadershipJournal.customAreas` in the workspace settings, keeping the
 * items already there. Returns whether the area is now in the setting.
 */
export async function addCustomArea(area: unknown, settings: Settings): Promise<boolean> {
	if (!isNewArea(area)) {
		return false;
	}
	const written = settings.workspaceCustomAreas();
	if (written !== undefined && !Array.isArray(written)) {
		void vscode.window.showErrorMessage(vscode.l10n.t('leadershipJournal.customAreas in the workspace settings is not a list, so "{0}" was not added.', inMessage(area.id)));
		return false;
	}
	const items: unknown[] = written ?? [];
	if (items.some(item => (item as Partial<NewArea> | null)?.id === area.id)) {
		return true;
	}
	try {
		await settings.setWorkspaceCustomAreas([...items, { id: area.id, name: area.name }]);
		return true;
	} catch (error) {
		void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" could not be added to the workspace settings: {1}', inMessage(area.id), inMessage(String(error))));
		return false;
	}
}
