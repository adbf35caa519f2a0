import { type settingKeys, settingsSection } from '../ids';

/** The full id of a setting, e.g. `leadershipJournal.folder`. */
export function settingId(key: typeof settingKeys[keyof typeof settingKeys]): string {
	return `${settingsSection}.${key}`;
}
