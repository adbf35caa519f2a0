import { decodedUriSegment } from './uriPath';

/** A calendar date as written in entries: `YYYY-MM-DD`. */
export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/** The local calendar date of `moment`, as `YYYY-MM-DD`. */
export function toIsoDate(moment: Date): IsoDate {
	return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local time of day of `moment`, as `HH:MM`. */
export function toIsoTime(moment: Date): string {
	return `${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}

/** `date` moved by a whole number of days (negative moves back). */
export function addDays(date: IsoDate, days: number): IsoDate {
	const [year, month, day] = date.split('-').map(Number);
	const moved = new Date(Date.UTC(year, month - 1, day + days));
	return `${pad(moved.getUTCFullYear(), 4)}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

/**
 * `date` moved by a whole number of calendar months (negative moves back), keeping the day of the
 * month where the target month has it and else taking its last day: 31 March minus one month is
 * the last day of February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const [year, month, day] = date.split('-').map(Number);
	const target = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(target / 12);
	const targetMonth = target - targetYear * 12;
	const leap = targetYear % 4 === 0 && (targetYear % 100 !== 0 || targetYear % 400 === 0);
	const lastDay = targetMonth === 1 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][targetMonth];
	return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** Whether `text` is a real calendar date in `YYYY-MM-DD` form (so `2026-02-30` is not). */
export function isValidIsoDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) {
		return false;
	}
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const probe = new Date(Date.UTC(year, month - 1, day));
	return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * The calendar date a file's URI (or `/`-separated path) carries in its name or folders: a name that
 * starts with `YYYY-MM-DD` (`2026-01-26-offsite.md`, `2026/2026-01-26 Monday.md`), or `YYYY/MM/DD.md`
 * and `YYYY/MM/DD-title.md` as vscode-journal lays a journal out. Segments are percent-decoded; only a
 * real calendar day counts, so `2026-02-30.md` carries none.
 */
export function dateFromPath(uri: string): IsoDate | undefined {
	const segments = uri.split('/').slice(-3).map(decodedUriSegment);
	const stem = segments[segments.length - 1].replace(/\.[^.]*$/, '');
	const named = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(stem)?.[1];
	const [year, month] = segments.length === 3 ? segments : [];
	const day = /^\d{2}(?!\d)/.exec(stem)?.[0];
	const date = named ?? (day && /^\d{4}$/.test(year) && /^\d{2}$/.test(month) ? `${year}-${month}-${day}` : undefined);
	return date !== undefined && isValidIsoDate(date) ? date : undefined;
}

/**
 * Reads a header date written as a date, a timestamp string, or epoch milliseconds or seconds.
 * A timestamp keeps the calendar date the writer typed, whatever its time zone.
 * @returns the date, or `undefined` when the value is not a date.
 */
export function readDateValue(value: unknown): IsoDate | undefined {
	if (typeof value === 'string') {
		const match = isoDatePattern.exec(value.trim());
		if (!match) {
			return undefined;
		}
		const date = `${match[1]}-${match[2]}-${match[3]}`;
		return isValidIsoDate(date) ? date : undefined;
	}
	if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
		return utcDate(new Date(value < 1e11 ? value * 1000 : value));
	}
	return value instanceof Date ? utcDate(value) : undefined;
}

/** The UTC calendar date of `moment`, for years 1000 to 9999 only (others are not dates a journal means). */
function utcDate(moment: Date): IsoDate | undefined {
	const year = moment.getUTCFullYear();
	return year >= 1000 && year <= 9999 ? moment.toISOString().slice(0, 10) : undefined;
}

/** Milliseconds since the epoch at UTC midnight of `date`; a sort key that ignores time zones. */
export function isoDateToSortKey(date: IsoDate): number {
	const [year, month, day] = date.split('-').map(Number);
	return Date.UTC(year, month - 1, day);
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The English name of the weekday of `date`. */
export function weekdayName(date: IsoDate): string {
	return weekdays[new Date(isoDateToSortKey(date)).getUTCDay()];
}

/** The ISO 8601 week of `date`, as `YYYY-Www` (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: IsoDate): string {
	const day = new Date(isoDateToSortKey(date));
	const weekday = day.getUTCDay() || 7;
	const thursday = new Date(day.getTime() + (4 - weekday) * 86_400_000);
	const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
	const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
	return `${thursday.getUTCFullYear()}-W${pad(week)}`;
}
