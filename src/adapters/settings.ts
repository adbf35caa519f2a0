import * as vscode from 'vscode';
import { readFiscalYearStartMonth } from '../core/model/periods';
import { settingKeys, settingsSection } from '../ids';

/** The full id of a setting, e.g. `leadershipJournal.folder`. */
export function settingId(key: typeof settingKeys[keyof typeof settingKeys]): string {
	return `${settingsSection}.${key}`;
}

/** The fiscal year's first month (1–12), from `leadershipJournal.fiscalYearStartMonth`; January when unset or invalid. */
export function fiscalYearStartMonth(): number {
	return readFiscalYearStartMonth(vscode.workspace.getConfiguration(settingsSection).get<unknown>(settingKeys.fiscalYearStartMonth));
}
