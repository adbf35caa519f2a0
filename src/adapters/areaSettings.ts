import * as vscode from 'vscode';
import { AreaCatalog, withCustomAreas } from '../core/model/areas';
import { readCustomAreas, type CustomAreaProblem } from '../core/model/customAreas';
import { Emitter, type Event } from '../core/model/events';
import { settingKeys } from '../ids';
import { localizedBuiltInAreas } from '../ui/labels';
import { settingId, type Settings } from './settings';
import { inMessage } from '../ui/messages';

function problemReason(problem: CustomAreaProblem): string {
	switch (problem.code) {
		case 'notAnObject': return vscode.l10n.t('it is not an object such as {"id": "board", "name": "Board relations"}');
		case 'badId': return vscode.l10n.t('its "id" must be lower-case letters, digits and dashes');
		case 'builtInId': return vscode.l10n.t('its "id" is already the id of a built-in area');
		case 'duplicateId': return vscode.l10n.t('an earlier item already uses its "id"');
		case 'missingName': return vscode.l10n.t('it has no "name"');
		case 'badIcon': return vscode.l10n.t('its "icon" is not a codicon name such as "organization"');
		case 'badTemplate': return vscode.l10n.t('its "template" must be a relative path to a .md file inside the templates folder');
		case 'badReviewAfterDays': return vscode.l10n.t('its "reviewAfterDays" must be a whole number from 1 to 3650');
		case 'badReviewSchedule': return vscode.l10n.t('its "reviewSchedule" must be a list of 1 to 12 whole numbers of days from 1 to 3650, such as [30, 90, 180]');
		case 'badDescription': return vscode.l10n.t('its "description" is not text');
	}
}

/** The message for one left-out item, naming it by position and id. */
export function customAreaProblemMessage(problem: CustomAreaProblem): string {
	const item = problem.id === undefined
		? vscode.l10n.t('Item {0}', problem.index + 1)
		: vscode.l10n.t('Item {0} ("{1}")', problem.index + 1, inMessage(problem.id));
	return vscode.l10n.t('{0} of leadershipJournal.customAreas was left out: {1}.', item, problemReason(problem));
}

/**
 * The area catalog: the built-in areas plus the workspace's `leadershipJournal.customAreas`.
 * Reads the setting again when it changes, and tells the user about every item it had to leave out.
 */
export class AreaSettings implements vscode.Disposable {
	private current: AreaCatalog;
	private readonly changed = new Emitter<AreaCatalog>();
	private readonly listener: vscode.Disposable;

	/** Fires with the new catalog after the setting changed. */
	readonly onDidChange: Event<AreaCatalog> = this.changed.event;

	constructor(private readonly settings: Settings) {
		this.current = this.read();
		this.listener = settings.onDidChange(keys => {
			if (keys.has(settingKeys.customAreas)) {
				this.current = this.read();
				this.changed.fire(this.current);
			}
		});
	}

	/** The catalog in effect. */
	get catalog(): AreaCatalog {
		return this.current;
	}

	dispose(): void {
		this.listener.dispose();
	}

	private read(): AreaCatalog {
		const reading = readCustomAreas(this.settings.customAreas());
		const messages = reading.notAList
			? [vscode.l10n.t('leadershipJournal.customAreas must be a list of areas; it was ignored.')]
			: reading.problems.map(customAreaProblemMessage);
		if (messages.length > 0) {
			void this.report(messages);
		}
		return new AreaCatalog(withCustomAreas(reading.areas, localizedBuiltInAreas()));
	}

	private async report(messages: readonly string[]): Promise<void> {
		const openSettings = vscode.l10n.t('Open Settings');
		if (await vscode.window.showWarningMessage(messages.join(' '), openSettings) === openSettings) {
			await vscode.commands.executeCommand('workbench.action.openSettings', settingId(settingKeys.customAreas));
		}
	}
}
