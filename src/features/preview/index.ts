import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import { journalPreviewPlugin, type PreviewLabels } from '../../core/preview/previewPlugin';
import { statusLabel } from '../../ui/labels';
import type { Services } from '../../services';

/** What the markdown preview plugin needs from the extension. */
export type PreviewServices = Pick<Services, 'catalog' | 'roots' | 'clock' | 'safeScreen'>;

function previewLabels(): PreviewLabels {
	return {
		areas: vscode.l10n.t('Areas'),
		status: vscode.l10n.t('Status'),
		date: vscode.l10n.t('Date'),
		review: vscode.l10n.t('Review'),
		people: vscode.l10n.t('People'),
		reviewDue: vscode.l10n.t('due'),
		statusName: statusLabel,
		due: date => vscode.l10n.t('due {0}', date),
		overdue: date => vscode.l10n.t('overdue since {0}', date),
		done: date => vscode.l10n.t('done {0}', date),
	};
}

/**
 * Adds the journal's header card and commitment badges to a markdown-it instance. VS Code's markdown
 * preview calls this (as `extendMarkdownIt` on what `activate` returns) because package.json
 * contributes `markdown.markdownItPlugins`.
 */
export function extendMarkdownIt(md: MarkdownIt, deps: PreviewServices): MarkdownIt {
	return md.use(journalPreviewPlugin, {
		catalog: deps.catalog,
		today: () => toIsoDate(deps.clock.now()),
		labels: previewLabels(),
		screen: () => deps.safeScreen.policy(),
		// The preview passes the URI it renders; anything else leaves the decision to the header alone.
		isJournalDocument: (document: unknown) => document instanceof vscode.Uri ? deps.roots.isJournalEntry(document) : undefined,
	});
}
