import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/model/areas';
import { brokenContinues } from '../../core/editing/continuesCheck';
import { headerDiagnostics, type HeaderDiagnostic } from '../../core/editing/headerDiagnostics';
import { decisionOutcomes, decisionQualities, entryStatuses } from '../../core/model/entry';
import type { JournalRoots } from '../../adapters/journalRoots';
import type { Services } from '../../services';
import { describeProblem } from '../../ui/messages';

/** The `source` of every diagnostic this feature reports. */
export const diagnosticSource = 'Leadership Journal';

/** The code of the diagnostic on a `continues:` that names no entry. */
export const brokenContinuesCode = 'brokenContinues';

/** How long typing must pause before an entry is checked again. */
const debounceMs = 250;

/** Whether a document is a journal entry, and so gets diagnostics, quick fixes, completion and hovers. */
export function isEntryDocument(document: vscode.TextDocument, roots: JournalRoots): boolean {
	return document.languageId === 'markdown' && roots.isJournalEntry(document.uri);
}

const computed = new WeakMap<vscode.TextDocument, { version: number; catalog: AreaCatalog; found: readonly HeaderDiagnostic[] }>();

/** What is wrong with a journal entry as its text reads now; computed once per version of the text and catalog. */
export function entryDiagnostics(document: vscode.TextDocument, catalog: AreaCatalog): readonly HeaderDiagnostic[] {
	const cached = computed.get(document);
	if (cached && cached.version === document.version && cached.catalog === catalog) {
		return cached.found;
	}
	const found = headerDiagnostics(document.getText(), catalog);
	computed.set(document, { version: document.version, catalog, found });
	return found;
}

/** The sentence shown in the Problems panel for `diagnostic`. */
export function diagnosticMessage(diagnostic: HeaderDiagnostic, catalog: AreaCatalog): string {
	const written = diagnostic.written;
	switch (diagnostic.code) {
		case 'headerProblem':
			return diagnostic.problem ? describeProblem(diagnostic.problem) : '';
		case 'unknownArea':
			return vscode.l10n.t('"{0}" is not a challenge area, so the entry shows under Unsorted. Known areas: {1}.',
				written, catalog.areas.map(area => area.id).join(', '));
		case 'invalidDate':
			return vscode.l10n.t('The {0} "{1}" is not a date, so it is ignored. Write it as YYYY-MM-DD, such as 2026-11-26.', diagnostic.key ?? '', written);
		case 'unknownStatus':
			return vscode.l10n.t('"{0}" is not a status. Use one of: {1}.', written, entryStatuses.join(', '));
		case 'badConfidence':
			return vscode.l10n.t('The confidence "{0}" is not a number from 0 to 100, so it is ignored.', written);
		case 'unknownOutcome':
			return vscode.l10n.t('"{0}" is not an outcome. Use one of: {1}.', written, decisionOutcomes.join(', '));
		case 'unknownDecisionQuality':
			return vscode.l10n.t('"{0}" is not a decision quality, so it is ignored. Use one of: {1}.', written, decisionQualities.join(', '));
		case 'capitalizedKey':
			return vscode.l10n.t('"{0}" is read as "{1}". Write the key in lower case, as other tools that read the header expect.', written, diagnostic.key ?? '');
		case 'ignoredKey':
			return vscode.l10n.t('"{0}" is ignored: the header already has the key "{1}", in lower case or earlier in the header.', written, diagnostic.key ?? '');
		case 'hashComment':
			return vscode.l10n.t('"{0}" starts with #, which YAML reads as a comment, so {1} is empty. Put the value in quotes.', written, diagnostic.key ?? '');
		case 'nestedList':
			return vscode.l10n.t('{0} is a list inside a list to YAML, not a link. Leadership Journal reads its items, but other tools may not: write the list without the inner brackets.', written);
		case 'badCommitmentDate':
			return diagnostic.key === 'done'
				? vscode.l10n.t('"{0}" is not a date, so this commitment has no done date. Write it as done:YYYY-MM-DD.', written)
				: vscode.l10n.t('"{0}" is not a date, so this commitment has no due date. Write it as due:YYYY-MM-DD.', written);
	}
}

/**
 * Keeps the Problems panel up to date for open journal entries: checked when opened, and again
 * once typing pauses, per document; checked again when the settings or workspace folders change.
 */
export class EntryDiagnostics implements vscode.Disposable {
	private readonly collection = vscode.languages.createDiagnosticCollection('leadershipJournal');
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly listeners: vscode.Disposable[];

	constructor(private readonly deps: Pick<Services, 'catalog' | 'roots' | 'settings' | 'index'>) {
		this.listeners = [
			vscode.workspace.onDidOpenTextDocument(document => this.check(document)),
			vscode.workspace.onDidChangeTextDocument(event => {
				if (event.contentChanges.length > 0) {
					this.schedule(event.document);
				}
			}),
			vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri)),
			deps.settings.onDidChange(() => this.scheduleAll()),
			// An entry that appears or goes may mend or break another's continues:.
			deps.index.onDidChange(() => this.scheduleAll()),
			vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleAll()),
		];
		vscode.workspace.textDocuments.forEach(document => this.check(document));
	}

	dispose(): void {
		for (const timer of this.timers.values()) {
			clearTimeout(timer);
		}
		this.timers.clear();
		vscode.Disposable.from(...this.listeners, this.collection).dispose();
	}

	private scheduleAll(): void {
		vscode.workspace.textDocuments.forEach(document => this.schedule(document));
	}

	private schedule(document: vscode.TextDocument): void {
		const key = document.uri.toString();
		clearTimeout(this.timers.get(key));
		this.timers.set(key, setTimeout(() => {
			this.timers.delete(key);
			if (!document.isClosed) {
				this.check(document);
			}
		}, debounceMs));
	}

	private check(document: vscode.TextDocument): void {
		if (!isEntryDocument(document, this.deps.roots)) {
			this.collection.delete(document.uri);
			return;
		}
		const catalog = this.deps.catalog();
		this.collection.set(document.uri, entryDiagnostics(document, catalog).map(found => {
			const range = new vscode.Range(document.positionAt(found.start), document.positionAt(found.end));
			const severity = found.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
			const diagnostic = new vscode.Diagnostic(range, diagnosticMessage(found, catalog), severity);
			diagnostic.source = diagnosticSource;
			diagnostic.code = found.code;
			return diagnostic;
		}).concat(this.continuesDiagnostics(document)));
	}

	/** A `continues:` that names no entry of the journal: the thread is broken, and a quick fix picks the entry. */
	private continuesDiagnostics(document: vscode.TextDocument): vscode.Diagnostic[] {
		const broken = brokenContinues(document.getText(), path => {
			const target = this.deps.roots.continuedUri(document.uri, path);
			return target !== undefined && this.deps.index.get(target.toString()) !== undefined;
		});
		if (!broken) {
			return [];
		}
		const range = new vscode.Range(document.positionAt(broken.start), document.positionAt(broken.end));
		const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t(
			'"{0}" is not an entry of this journal, so this entry continues nothing: write the path of the entry it follows up, below the journal folder, such as 2026/2026-11-10-decide-whether-to-backfill-the-qa-lead.md.', broken.path), vscode.DiagnosticSeverity.Warning);
		diagnostic.source = diagnosticSource;
		diagnostic.code = brokenContinuesCode;
		return [diagnostic];
	}

	private forget(uri: vscode.Uri): void {
		clearTimeout(this.timers.get(uri.toString()));
		this.timers.delete(uri.toString());
		this.collection.delete(uri);
	}
}
