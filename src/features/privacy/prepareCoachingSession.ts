import * as vscode from 'vscode';
import { briefCandidates, coachingBrief, type BriefEntry } from '../../core/privacy/coachingBrief';
import { displayDate, type EntrySummary } from '../../core/model/entry';
import { toIsoDate } from '../../core/model/dates';
import { decodeText } from '../../core/text/textFile';
import { confirmConfidential } from '../../ui/confidentialChoice';
import type { Services } from '../../services';

/** What Prepare Coaching Session needs. */
export type CoachingSessionServices = Pick<Services, 'index' | 'fs' | 'settings' | 'clock' | 'safeScreen'>;

/** Answers that skip the prompts: for tests and keybindings. */
export interface PrepareSessionArguments {
	/** The entries to bring, by URI; `default` for those ticked at first. Confidential ones among them are left out unless `includeConfidential`. */
	readonly uris?: readonly string[] | 'default';
	/** What the leader wants from the session. */
	readonly wanted?: string;
	/** Whether names become stand-ins. */
	readonly redact?: boolean;
	/** Whether confidential entries among `uris` are brought. */
	readonly includeConfidential?: boolean;
}

/** The option keys of {@link PrepareSessionArguments}. */
export const prepareSessionOptionKeys = ['uris', 'wanted', 'redact', 'includeConfidential'] as const;

/** Where the time of the last brief is kept, per workspace: the journal is the workspace's. */
const lastBriefKey = 'leadershipJournal.lastCoachingBrief';

async function chooseEntries(deps: CoachingSessionServices, state: vscode.Memento, args: PrepareSessionArguments): Promise<EntrySummary[] | undefined> {
	const screen = deps.safeScreen.policy();
	const since = state.get<unknown>(lastBriefKey);
	const candidates = briefCandidates(deps.index.all(), typeof since === 'number' ? since : undefined, deps.clock.now().getTime(), entry => screen.isConfidential(entry));
	if (args.uris === 'default') {
		return candidates.filter(candidate => candidate.picked).map(candidate => candidate.entry);
	}
	if (args.uris !== undefined) {
		const wanted = new Set(args.uris);
		const chosen = candidates.map(candidate => candidate.entry).filter(entry => wanted.has(entry.uri));
		return args.includeConfidential ? chosen : chosen.filter(entry => !screen.isConfidential(entry));
	}
	const confidentialWord = vscode.l10n.t('confidential');
	const picked = await vscode.window.showQuickPick(candidates.map(({ entry, picked }) => ({
		label: screen.entryLabel(entry),
		description: [screen.safe ? undefined : displayDate(entry), screen.isConfidential(entry) ? `$(lock) ${confidentialWord}` : undefined].filter(part => part !== undefined).join(' · '),
		picked,
		entry,
	})), {
		canPickMany: true,
		title: vscode.l10n.t('Prepare Coaching Session: entries to bring'),
		placeHolder: vscode.l10n.t('Those since your last brief are ticked; confidential ones are not'),
	});
	return picked && confirmConfidential(picked.map(item => item.entry), screen, 'brief');
}

async function askRedaction(): Promise<boolean | undefined> {
	const redact = { label: vscode.l10n.t('Redact names'), detail: vscode.l10n.t('People, their handles and the companies in the redactNames setting become stand-ins such as "Person A".'), redact: true };
	const keep = { label: vscode.l10n.t('Keep names'), detail: vscode.l10n.t('The brief names people as the entries do.'), redact: false };
	return (await vscode.window.showQuickPick([redact, keep], { title: vscode.l10n.t('Prepare Coaching Session: names') }))?.redact;
}

async function readEntries(deps: CoachingSessionServices, entries: readonly EntrySummary[]): Promise<BriefEntry[] | undefined> {
	try {
		return await Promise.all(entries.map(async entry => ({ entry, text: decodeText(await deps.fs.readFile(entry.uri)) })));
	} catch (error) {
		void vscode.window.showErrorMessage(vscode.l10n.t('An entry could not be read, so no brief was made: {0}', error instanceof Error ? error.message : String(error)));
		return undefined;
	}
}

/**
 * Prepare Coaching Session…: picks the entries to bring, asks what the leader wants from the session
 * and whether to redact names, then opens the brief as a new, unsaved markdown document. Nothing is
 * sent anywhere: the leader reads it, and decides what to share.
 * @returns the document, or `undefined` when the user cancelled.
 */
export async function prepareCoachingSession(deps: CoachingSessionServices, state: vscode.Memento, args: PrepareSessionArguments = {}): Promise<vscode.TextDocument | undefined> {
	const chosen = await chooseEntries(deps, state, args);
	if (!chosen) {
		return undefined;
	}
	if (chosen.length === 0) {
		void vscode.window.showInformationMessage(vscode.l10n.t('No entry was chosen, so there is no brief to write.'));
		return undefined;
	}
	const wanted = args.wanted ?? await vscode.window.showInputBox({
		title: vscode.l10n.t('Prepare Coaching Session'),
		prompt: vscode.l10n.t('What do you want from this session?'),
		placeHolder: vscode.l10n.t('For example: test my plan for the reorganization before I announce it'),
		ignoreFocusOut: true,
	});
	const redact = wanted === undefined ? undefined : args.redact ?? await askRedaction();
	if (wanted === undefined || redact === undefined) {
		return undefined;
	}
	const entries = await readEntries(deps, chosen);
	if (!entries) {
		return undefined;
	}
	const screen = deps.safeScreen.policy();
	const content = coachingBrief({
		entries, wanted, today: toIsoDate(deps.clock.now()), areaName: screen.areaName,
		...(redact ? { redaction: { organizations: deps.settings.redactNames() } } : {}),
	});
	const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
	await vscode.window.showTextDocument(document, { preview: false });
	await state.update(lastBriefKey, deps.clock.now().getTime());
	return document;
}
