import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import { headerHoverTarget } from '../../core/editing/headerHover';
import { isEntryDocument } from './diagnostics';
import type { HeaderServices } from './index';

/** How far a day is from today, in words: "today", "in 12 days", "3 days ago". */
export function relativeDays(days: number): string {
	if (days === 0) {
		return vscode.l10n.t('today');
	}
	if (days > 0) {
		return days === 1 ? vscode.l10n.t('in 1 day') : vscode.l10n.t('in {0} days', days);
	}
	return days === -1 ? vscode.l10n.t('1 day ago') : vscode.l10n.t('{0} days ago', -days);
}

/** Hovers in a journal entry's header: an area id shows its name and description; a date how far away it is. */
export class HeaderHovers implements vscode.HoverProvider {
	constructor(private readonly deps: HeaderServices) { }

	provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
		if (!isEntryDocument(document, this.deps.roots)) {
			return undefined;
		}
		const catalog = this.deps.catalog();
		const target = headerHoverTarget(document.getText(), document.offsetAt(position), catalog, toIsoDate(this.deps.clock.now()));
		if (!target) {
			return undefined;
		}
		const text = new vscode.MarkdownString();
		if (target.kind === 'date') {
			text.appendText(`${target.date}: ${relativeDays(target.days)}`);
		} else if (target.area) {
			text.appendMarkdown('**').appendText(target.area.name).appendMarkdown('**\n\n').appendText(target.area.description);
		} else {
			text.appendText(vscode.l10n.t('"{0}" is an unknown area. Known areas: {1}.', target.id, catalog.areas.map(area => area.id).join(', ')));
		}
		return new vscode.Hover(text, new vscode.Range(document.positionAt(target.start), document.positionAt(target.end)));
	}
}
