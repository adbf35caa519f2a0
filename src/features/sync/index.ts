import * as vscode from 'vscode';
import { toIsoDate } from '../../core/model/dates';
import { hasUnsyncedWork, type UnsyncedWork } from '../../core/model/journalSync';
import { findConflictMarkers } from '../../core/text/conflictMarkers';
import { isEntryFileName } from '../../core/index/journalScanner';
import { decodeText } from '../../core/text/textFile';
import { gitApi, type GitApi } from '../../adapters/git';
import { journalRepository, syncJournal, unsyncedWork, type SyncOutcome } from '../../adapters/journalSync';
import type { UsableJournalRoot } from '../../adapters/journalRoots';
import { commandIds, settingKeys } from '../../ids';
import type { Services } from '../../services';
import { inMessage } from '../../ui/messages';

/** What Sync Journal needs. */
export type SyncServices = Pick<Services, 'roots' | 'journal' | 'settings' | 'clock'>;

/** How a run was started: by the user, who is told everything, or by the schedule, which speaks only of trouble. */
type SyncTrigger = 'user' | 'schedule';

function usableRoots(deps: SyncServices): UsableJournalRoot[] {
	return (vscode.workspace.workspaceFolders ?? []).map(folder => deps.roots.journalRootOf(folder))
		.filter((root): root is UsableJournalRoot => 'uri' in root);
}

async function hasConflictMarkers(uri: vscode.Uri): Promise<boolean> {
	if (!isEntryFileName(uri.path.slice(uri.path.lastIndexOf('/') + 1))) {
		return false;
	}
	try {
		return findConflictMarkers(decodeText(await vscode.workspace.fs.readFile(uri))) !== undefined;
	} catch {
		return false;
	}
}

/** Offers to make the journal folder a repository of its own; returns whether one was made. */
async function offerToInitialize(git: GitApi, root: UsableJournalRoot): Promise<boolean> {
	const initialize = vscode.l10n.t('Initialize Repository');
	const answer = await vscode.window.showInformationMessage(
		vscode.l10n.t('The journal folder {0} is not in a git repository, so there is nothing to sync. Initialize a repository in it? Nothing is sent anywhere until you add a remote.', inMessage(vscode.workspace.asRelativePath(root.uri))),
		initialize);
	return answer === initialize && await git.init(root.uri) !== null;
}

async function tell(outcome: SyncOutcome, root: UsableJournalRoot, trigger: SyncTrigger): Promise<void> {
	const where = inMessage(vscode.workspace.asRelativePath(root.uri));
	switch (outcome.kind) {
		case 'noRepository':
			return;
		case 'stagedOutside':
			void vscode.window.showWarningMessage(vscode.l10n.t('{0} files outside the journal are staged in its repository. Sync Journal commits the journal only: commit or unstage them first.', outcome.files));
			return;
		case 'conflict': {
			const open = vscode.l10n.t('Open the First Conflict');
			const answer = await vscode.window.showWarningMessage(vscode.l10n.t(
				'Changes from the other machine conflict with yours in {0}. They are under Needs attention with the conflict markers located: keep the lines you want, delete the markers, and run Sync Journal again.',
				outcome.files.map(uri => inMessage(vscode.workspace.asRelativePath(uri))).join(', ')), open);
			if (answer === open) {
				const text = decodeText(await vscode.workspace.fs.readFile(outcome.files[0]));
				const line = findConflictMarkers(text)?.lines[0] ?? 0;
				await vscode.window.showTextDocument(outcome.files[0], { selection: new vscode.Range(line, 0, line, 0), preview: false });
			}
			return;
		}
		case 'committedOnly':
			if (trigger === 'user') {
				void vscode.window.showInformationMessage(vscode.l10n.t('Committed {0} changed files of {1}. Its repository has no remote, so they stay on this machine: add one with Git: Add Remote to sync.', outcome.committed, where));
			}
			return;
		case 'synced':
			if (trigger === 'user') {
				vscode.window.setStatusBarMessage(vscode.l10n.t('Journal {0} synced: {1} files committed{2}{3}.', where, outcome.committed,
					outcome.pulled ? vscode.l10n.t(', changes pulled') : '', outcome.pushed ? vscode.l10n.t(', pushed') : ''), 6000);
			}
	}
}

/** Syncs every journal of the workspace; returns how each ended, for the tests. */
async function syncAll(deps: SyncServices, trigger: SyncTrigger): Promise<SyncOutcome[]> {
	const git = await gitApi();
	if (!git) {
		if (trigger === 'user') {
			void vscode.window.showWarningMessage(vscode.l10n.t('VS Code\'s Git extension is not available (it may be disabled, or git.enabled is off), so the journal cannot be synced.'));
		}
		return [];
	}
	await deps.journal.whenIdle();
	const today = toIsoDate(deps.clock.now());
	const outcomes: SyncOutcome[] = [];
	for (const root of usableRoots(deps)) {
		let repository = await journalRepository(git, root.uri);
		if (!repository && trigger === 'user' && await offerToInitialize(git, root)) {
			repository = await journalRepository(git, root.uri);
		}
		try {
			const outcome = repository ? await syncJournal(repository, root.uri, today, hasConflictMarkers) : { kind: 'noRepository' } as const;
			outcomes.push(outcome);
			await tell(outcome, root, trigger);
		} catch (error) {
			void vscode.window.showErrorMessage(vscode.l10n.t('Sync Journal stopped: {0}', inMessage(error instanceof Error ? error.message : String(error))));
		}
	}
	await deps.journal.whenIdle();
	return outcomes;
}

/** The status-bar item: what of the journals is not yet synced; hidden when no journal is in a repository. */
class SyncStatus implements vscode.Disposable {
	private readonly item = vscode.window.createStatusBarItem('leadershipJournal.sync', vscode.StatusBarAlignment.Left, 90);
	private readonly listeners = new Map<string, vscode.Disposable>();

	constructor(private readonly deps: SyncServices) {
		this.item.name = vscode.l10n.t('Leadership Journal Sync');
		this.item.command = commandIds.syncJournal;
	}

	async update(): Promise<void> {
		const git = await gitApi();
		const totals: { changedFiles: number; unpushedCommits: number; repositories: number } = { changedFiles: 0, unpushedCommits: 0, repositories: 0 };
		for (const root of git ? usableRoots(this.deps) : []) {
			const repository = git?.getRepository(root.uri);
			if (repository) {
				if (!this.listeners.has(repository.rootUri.toString())) {
					this.listeners.set(repository.rootUri.toString(), repository.state.onDidChange(() => { void this.update(); }));
				}
				const work: UnsyncedWork = unsyncedWork(repository, root.uri);
				totals.changedFiles += work.changedFiles;
				totals.unpushedCommits += work.unpushedCommits;
				totals.repositories++;
			}
		}
		if (totals.repositories === 0) {
			this.item.hide();
			return;
		}
		const unsynced = hasUnsyncedWork(totals);
		this.item.text = unsynced ? `$(sync) ${totals.changedFiles + totals.unpushedCommits}` : '$(check) $(sync)';
		this.item.tooltip = unsynced
			? vscode.l10n.t('Journal: {0} changed files not committed, {1} commits not pushed. Click to sync.', totals.changedFiles, totals.unpushedCommits)
			: vscode.l10n.t('Journal: everything committed and pushed. Click to sync.');
		this.item.show();
	}

	dispose(): void {
		this.item.dispose();
		vscode.Disposable.from(...this.listeners.values()).dispose();
	}
}

/** Registers Sync Journal, its status-bar item and its schedule (`syncEveryMinutes`, off by default). */
export function register(context: vscode.ExtensionContext, deps: SyncServices): void {
	const status = new SyncStatus(deps);
	let timer: ReturnType<typeof setInterval> | undefined;
	const schedule = () => {
		clearInterval(timer);
		const minutes = deps.settings.syncEveryMinutes();
		timer = minutes > 0 ? setInterval(() => { void syncAll(deps, 'schedule'); }, minutes * 60_000) : undefined;
	};
	schedule();
	context.subscriptions.push(
		status,
		{ dispose: () => clearInterval(timer) },
		deps.settings.onDidChange(keys => {
			if (keys.has(settingKeys.syncEveryMinutes)) {
				schedule();
			}
			if (keys.has(settingKeys.folder)) {
				void status.update();
			}
		}),
		vscode.commands.registerCommand(commandIds.syncJournal, async () => {
			const outcomes = await syncAll(deps, 'user');
			await status.update();
			return outcomes;
		}),
	);
	void status.update();
}
