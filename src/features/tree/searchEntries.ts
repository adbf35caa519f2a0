import * as vscode from 'vscode';
import { displayDate, type EntrySummary } from '../../core/model/entry';
import type { JournalIndex } from '../../core/index/journalIndex';
import type { ScreenPolicy } from '../../core/privacy/screen';

/** How many recently opened entries are remembered. */
const recentLimit = 20;
/** Where they are kept, per workspace. */
const recentKey = 'leadershipJournal.recentEntries';

/** Remembers the entries the user opens, most recent first, for Search Entries. */
export class RecentEntries implements vscode.Disposable {
	private readonly listener: vscode.Disposable;

	constructor(private readonly state: vscode.Memento, index: JournalIndex) {
		this.listener = vscode.window.onDidChangeActiveTextEditor(editor => {
			const uri = editor?.document.uri.toString();
			if (uri && index.get(uri)) {
				void this.state.update(recentKey, [uri, ...this.uris().filter(other => other !== uri)].slice(0, recentLimit));
			}
		});
	}

	/** The URIs of recently opened entries, most recent first. */
	uris(): string[] {
		const stored = this.state.get<unknown>(recentKey);
		return Array.isArray(stored) ? stored.filter((uri): uri is string => typeof uri === 'string') : [];
	}

	dispose(): void {
		this.listener.dispose();
	}
}

/**
 * Search Entries…: a quick pick over every entry, matching its title, aliases, areas, tags, people and date,
 * that opens the one picked. With an empty query, recently opened entries come first. On the safe
 * screen, each entry shows only its area and date, and the search matches only those.
 */
export async function searchEntries(index: JournalIndex, screen: ScreenPolicy, recent: RecentEntries): Promise<vscode.Uri | undefined> {
	const recentOrder = new Map(recent.uris().map((uri, at) => [uri, at]));
	const entries = [...index.all()].filter(entry => !entry.problem).sort((a, b) =>
		(recentOrder.get(a.uri) ?? recentLimit) - (recentOrder.get(b.uri) ?? recentLimit) || displayDate(b).localeCompare(displayDate(a)));
	const item = (entry: EntrySummary) => screen.safe ? { label: screen.maskedLabel(entry), description: '', entry } : {
		label: entry.title,
		description: [displayDate(entry), ...entry.areas.map(screen.areaName)].join(' · '),
		detail: [...entry.aliases ?? [], ...entry.tags.map(tag => `#${tag}`), ...entry.people].join(', ') || undefined,
		entry,
	};
	const recentLabel = vscode.l10n.t('recently opened');
	const picked = await vscode.window.showQuickPick(entries.map(entry => {
		const shown = item(entry);
		return recentOrder.has(entry.uri) ? { ...shown, description: [shown.description, recentLabel].filter(part => part !== '').join(' · ') } : shown;
	}), {
		title: vscode.l10n.t('Search Entries'),
		placeHolder: vscode.l10n.t('Type words from a title, an area, a tag, a person or a date'),
		matchOnDescription: true,
		matchOnDetail: true,
	});
	if (!picked) {
		return undefined;
	}
	const uri = vscode.Uri.parse(picked.entry.uri, true);
	await vscode.window.showTextDocument(uri, { preview: false });
	return uri;
}
