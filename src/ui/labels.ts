import * as vscode from 'vscode';
import { builtInAreas, type ChallengeArea } from '../core/model/areas';
import type { EntryStatus } from '../core/model/entry';
import { isEntryStatus } from '../core/followThrough/status';

/** The built-in areas' names and descriptions in the display language, by id. */
function translations(): Record<string, { name: string; description: string }> {
	return {
		'reorganization': { name: vscode.l10n.t('Reorganizing a division'), description: vscode.l10n.t('Redesign structure, roles and reporting lines, and lead people through the change.') },
		'schedule': { name: vscode.l10n.t('An overcrowded schedule'), description: vscode.l10n.t('Win back time: what only you can do, what to delegate, and what to drop.') },
		'cutbacks': { name: vscode.l10n.t('Staff after cutbacks'), description: vscode.l10n.t('Organize a team cut to the bone: what stops, who carries what, and how to keep trust.') },
		'hiring': { name: vscode.l10n.t('Hiring the right people'), description: vscode.l10n.t('Define the role by its outcomes, assess candidates fairly, and decide with evidence.') },
		'key-people': { name: vscode.l10n.t('Key people'), description: vscode.l10n.t('People who run the processes and systems: single points of failure, knowledge and retention.') },
		'takeover': { name: vscode.l10n.t('Engineering a takeover'), description: vscode.l10n.t('Acquire, integrate or step into a unit: diligence, culture, talent and the first 90 days.') },
		'distributed-team': { name: vscode.l10n.t('A distributed team'), description: vscode.l10n.t('Keep close contact with a national or international team across distance and time zones.') },
		'general': { name: vscode.l10n.t('General reflection'), description: vscode.l10n.t('Any other leadership question worth thinking through.') },
	};
}

/** The built-in areas with their names and descriptions in the display language; ids stay as they are. */
export function localizedBuiltInAreas(): ChallengeArea[] {
	const translated = translations();
	return builtInAreas.map(area => ({ ...area, ...translated[area.id] }));
}

/** The codicon of each status; entries with no or an unknown status use `note`. */
const icons: Record<EntryStatus, string> = {
	exploring: 'compass',
	decided: 'milestone',
	implementing: 'tools',
	reviewing: 'eye',
	closed: 'pass-filled',
};

/** The codicon shown for an entry with `status`. */
export function statusIcon(status: string | undefined): string {
	return isEntryStatus(status) ? icons[status] : 'note';
}

/** A status's name, capitalized and translated. */
export function statusLabel(status: EntryStatus): string {
	switch (status) {
		case 'exploring': return vscode.l10n.t('Exploring');
		case 'decided': return vscode.l10n.t('Decided');
		case 'implementing': return vscode.l10n.t('Implementing');
		case 'reviewing': return vscode.l10n.t('Reviewing');
		case 'closed': return vscode.l10n.t('Closed');
	}
}

/** One line on what a status means. */
export function statusMeaning(status: EntryStatus): string {
	switch (status) {
		case 'exploring': return vscode.l10n.t('Still thinking it through: goal, reality, options.');
		case 'decided': return vscode.l10n.t('The decision is made and written down, with your confidence.');
		case 'implementing': return vscode.l10n.t('The commitments are under way.');
		case 'reviewing': return vscode.l10n.t('Looking back: did it turn out as expected?');
		case 'closed': return vscode.l10n.t('Done and reviewed; the return is known.');
	}
}
