import * as vscode from 'vscode';
import { probeSettings, type ProbeSetting } from '../core/coaching/probes';
import { readFiscalYearStartMonth } from '../core/model/periods';
import { readConfidentialList, type ConfidentialRules } from '../core/privacy/confidential';
import { settingKeys, settingsSection } from '../ids';
import { readReaderOptions, type ReaderOptions } from '../core/index/readerOptions';

/** A setting's key, relative to `leadershipJournal`. */
export type SettingKey = typeof settingKeys[keyof typeof settingKeys];

const allKeys = Object.values(settingKeys);

/** The full id of a setting, e.g. `leadershipJournal.folder`. */
export function settingId(key: SettingKey): string {
	return `${settingsSection}.${key}`;
}

/**
 * The extension's settings, typed: one getter per setting, and one event when any of them changes.
 * This is the only module that reads or writes VS Code's configuration.
 */
export class Settings implements vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<ReadonlySet<SettingKey>>();
	private readonly listener: vscode.Disposable;
	private reader: ReaderOptions | undefined;

	/** Fires after a configuration change that touched any of the extension's settings, with the keys it touched. */
	readonly onDidChange = this.changed.event;

	constructor() {
		this.listener = vscode.workspace.onDidChangeConfiguration(event => {
			const touched = allKeys.filter(key => event.affectsConfiguration(settingId(key)));
			if (touched.length > 0) {
				this.reader = undefined;
				this.changed.fire(new Set(touched));
			}
		});
	}

	/** `folder` of a workspace folder, as written: where its journal is; parsed by the journal roots. */
	journalFolder(workspaceFolder: vscode.WorkspaceFolder): unknown {
		return this.read(settingKeys.folder, workspaceFolder);
	}

	/** `templatesFolder` of a workspace folder, as written: where its own templates are. */
	templatesFolder(workspaceFolder: vscode.WorkspaceFolder): unknown {
		return this.read(settingKeys.templatesFolder, workspaceFolder);
	}

	/** `customAreas` in effect, as written; the area catalog reads and checks it. */
	customAreas(): unknown {
		return this.read(settingKeys.customAreas);
	}

	/** `customAreas` as written in the workspace settings alone, not the user's. */
	workspaceCustomAreas(): unknown {
		return vscode.workspace.getConfiguration(settingsSection).inspect<unknown>(settingKeys.customAreas)?.workspaceValue;
	}

	/** Writes `customAreas` in the workspace settings. */
	async setWorkspaceCustomAreas(items: readonly unknown[]): Promise<void> {
		await vscode.workspace.getConfiguration(settingsSection).update(settingKeys.customAreas, items, vscode.ConfigurationTarget.Workspace);
	}

	/** `reviewReminders`: whether the once-a-day reminder of reviews due is shown; on unless set to `false`. */
	reviewReminders(): boolean {
		return this.read(settingKeys.reviewReminders) !== false;
	}

	/** `fiscalYearStartMonth`: the fiscal year's first month (1–12); January when unset or invalid. */
	fiscalYearStartMonth(): number {
		return readFiscalYearStartMonth(this.read(settingKeys.fiscalYearStartMonth));
	}

	/** `staleAfterDays`: days without a change after which an open entry is marked untouched; 30 when unset or invalid. */
	staleAfterDays(): number {
		const value = this.read(settingKeys.staleAfterDays);
		return typeof value === 'number' && value >= 0 ? value : 30;
	}

	/** `probes`: how often Think It Through follows an answer up; one per stage when unset or invalid. */
	probes(): ProbeSetting {
		const value = this.read(settingKeys.probes);
		return probeSettings.find(setting => setting === value) ?? 'some';
	}

	/** `earlierInArea`: whether New Entry lists the last decisions in the entry's area; on unless set to `false`. */
	earlierInArea(): boolean {
		return this.read(settingKeys.earlierInArea) !== false;
	}

	/** `confidentialAreas` and `confidentialTags`: the areas and tags whose every entry is confidential. */
	confidentialRules(): ConfidentialRules {
		return { areas: readConfidentialList(this.read(settingKeys.confidentialAreas)), tags: readConfidentialList(this.read(settingKeys.confidentialTags)) };
	}

	/** `safeScreenAtStartup`: whether the safe screen is turned on whenever VS Code starts; off unless set to `true`. */
	safeScreenAtStartup(): boolean {
		return this.read(settingKeys.safeScreenAtStartup) === true;
	}

	/** `redactNames`: company and product names a redacted coaching brief replaces; its non-empty strings. */
	redactNames(): string[] {
		const value = this.read(settingKeys.redactNames);
		return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [];
	}

	/** `contactReminders`: whether the daily reminder also names who is past their contact cadence; off unless set to `true`. */
	contactReminders(): boolean {
		return this.read(settingKeys.contactReminders) === true;
	}

	/** `titleFrom`, `bodyTags` and `areaMapping`: how entries written by other tools are read. */
	readerOptions(): ReaderOptions {
		// Asked once per file read: kept until the configuration changes.
		return this.reader ??= readReaderOptions(this.read(settingKeys.titleFrom), this.read(settingKeys.bodyTags), this.read(settingKeys.areaMapping));
	}

	/** `syncEveryMinutes`: how often Sync Journal runs on its own; 0 (never) when unset or invalid. */
	syncEveryMinutes(): number {
		const value = this.read(settingKeys.syncEveryMinutes);
		return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
	}

	dispose(): void {
		this.listener.dispose();
		this.changed.dispose();
	}

	private read(key: SettingKey, scope?: vscode.WorkspaceFolder): unknown {
		return vscode.workspace.getConfiguration(settingsSection, scope?.uri).get<unknown>(key);
	}
}
