import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/model/areas';
import { entryStatuses } from '../../core/model/entry';
import { monthGroupPrefix, personGroupPrefix, tagGroupPrefix } from '../../core/index/entryQuery';
import { attentionGroup, statusGroup, unsortedGroup } from '../../core/index/journalIndex';
import { statusIcon, statusLabel } from '../../ui/labels';
import { reviewsDueGroup } from '../../core/index/entryGroups';
import type { ScreenPolicy } from '../../core/privacy/screen';

/** How a group of the Challenges tree looks: its label, icon and tooltip. */
export interface GroupLook {
	/** The label. */
	readonly label: string;
	/** The icon. */
	readonly icon: vscode.ThemeIcon;
	/** The tooltip, if any. */
	readonly tooltip?: string;
}

/** The name of a month, e.g. "November 2026", in the display language. */
function monthName(yearMonth: string): string {
	const [year, month] = yearMonth.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** How the group `group` looks; on the safe screen a person's group shows initials, a confidential tag's shows no tag. */
export function groupLook(group: string, catalog: AreaCatalog, screen: ScreenPolicy): GroupLook {
	const area = catalog.get(group);
	if (area) {
		return { label: area.name, icon: new vscode.ThemeIcon(area.icon), tooltip: area.description };
	}
	const status = entryStatuses.find(candidate => statusGroup(candidate) === group);
	if (status) {
		return { label: statusLabel(status), icon: new vscode.ThemeIcon(statusIcon(status)) };
	}
	if (group.startsWith(monthGroupPrefix)) {
		return { label: monthName(group.slice(monthGroupPrefix.length)), icon: new vscode.ThemeIcon('calendar') };
	}
	if (group.startsWith(personGroupPrefix)) {
		const person = group.slice(personGroupPrefix.length);
		return { label: person ? screen.person(person) : vscode.l10n.t('No one named'), icon: new vscode.ThemeIcon(person ? 'person' : 'circle-outline') };
	}
	if (group.startsWith(tagGroupPrefix)) {
		const tag = group.slice(tagGroupPrefix.length);
		return { label: tag ? `#${screen.tag(tag)}` : vscode.l10n.t('No tags'), icon: new vscode.ThemeIcon(tag ? 'tag' : 'circle-outline') };
	}
	switch (group) {
		case reviewsDueGroup: return {
			label: vscode.l10n.t('Reviews due'),
			icon: new vscode.ThemeIcon('bell', new vscode.ThemeColor('list.warningForeground')),
			tooltip: vscode.l10n.t('Entries whose review date has come. Review Entry records how each turned out; Schedule Review sets the next date.'),
		};
		case attentionGroup: return {
			label: vscode.l10n.t('Needs attention'),
			icon: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
			tooltip: vscode.l10n.t('Files that could not be read as journal entries. Hover over one to see why.'),
		};
		case unsortedGroup: return {
			label: vscode.l10n.t('Unsorted'),
			icon: new vscode.ThemeIcon('inbox'),
			tooltip: vscode.l10n.t('Entries that name no known challenge area.'),
		};
		default: return {
			label: vscode.l10n.t('No status'),
			icon: new vscode.ThemeIcon('circle-outline'),
			tooltip: vscode.l10n.t('Entries with no status, or one that is not exploring, decided, implementing, reviewing or closed.'),
		};
	}
}
