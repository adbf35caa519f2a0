import { isValidIsoDate, type IsoDate } from '../model/dates';

/** Year first, then month and day, with one separator; optionally followed by a time of day. */
const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The `YYYY-MM-DD` form of a date written another way that can only mean one day:
 * year first, with `-`, `/` or `.` between one- or two-digit month and day (`2026-1-5`,
 * `2026/01/05`, `2026.1.05`), optionally followed by a time, which is dropped (`2026-1-5T09:30`).
 * Day-first and month-first forms (`05.01.2026`, `01/05/2026`) are never guessed.
 * @returns the date, or `undefined` when the text is not such a date or the day does not exist.
 */
export function repairDate(text: string): IsoDate | undefined {
	const match = yearFirst.exec(text.trim());
	if (!match) {
		return undefined;
	}
	const date = `${match[1]}-${match[3].padStart(2, '0')}-${match[4].padStart(2, '0')}`;
	return isValidIsoDate(date) ? date : undefined;
}
