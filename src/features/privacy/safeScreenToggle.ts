import * as vscode from 'vscode';
import type { SafeScreen } from '../../adapters/safeScreen';
import type { JournalIndex } from '../../core/index/journalIndex';
import { commandIds } from '../../ids';

/** Arguments that skip the offer to close editors: for keybindings and tests. */
export interface ToggleSafeScreenArguments {
	/** Turn it on (`true`) or off (`false`) rather than toggling. */
	readonly on?: boolean;
	/** Whether to close the journal's editors without asking, when it turns on. */
	readonly closeEditors?: boolean;
}

/** The status-bar toggle: a shield, filled while the safe screen is on. */
export function safeScreenStatusItem(safeScreen: SafeScreen): vscode.Disposable {
	const item = vscode.window.createStatusBarItem('leadershipJournal.safeScreen', vscode.StatusBarAlignment.Left, 10);
	item.name = vscode.l10n.t('Leadership Journal: Safe Screen');
	item.command = commandIds.toggleSafeScreen;
	const show = (on: boolean) => {
		item.text = on ? `$(shield) ${vscode.l10n.t('Safe screen')}` : '$(unlock)';
		item.tooltip = on
			? vscode.l10n.t('Safe screen is on: the journal views show no titles or names. Click to turn it off.')
			: vscode.l10n.t('Safe screen is off. Click to hide titles and names before you share your screen.');
		item.backgroundColor = on ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
	};
	show(safeScreen.on);
	item.show();
	return vscode.Disposable.from(item, safeScreen.onDidChange(show));
}

/** The tabs of editors open on journal entries. */
function journalTabs(index: JournalIndex): vscode.Tab[] {
	return vscode.window.tabGroups.all.flatMap(group => group.tabs).filter(tab =>
		tab.input instanceof vscode.TabInputText && index.get(tab.input.uri.toString()) !== undefined);
}

/**
 * Safe Screen: turns it on or off. Open editors are left as they are (the user decides what is on
 * screen), but turning it on offers to close the editors of journal entries; unsaved ones ask to be saved.
 */
export async function toggleSafeScreen(safeScreen: SafeScreen, index: JournalIndex, args: ToggleSafeScreenArguments = {}): Promise<boolean> {
	const on = args.on ?? !safeScreen.on;
	await safeScreen.set(on);
	const tabs = on ? journalTabs(index) : [];
	if (tabs.length === 0) {
		return on;
	}
	const close = vscode.l10n.t('Close Them');
	const closing = args.closeEditors ?? await vscode.window.showInformationMessage(
		vscode.l10n.t('Safe screen is on. {0} journal editors are open and show what they hold; close them?', tabs.length), close) === close;
	if (closing) {
		await vscode.window.tabGroups.close(tabs);
	}
	return on;
}
