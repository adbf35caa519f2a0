import { addDays, addMonths, isoDateToSortKey, type IsoDate } from '../model/dates';

/** A recurrence rule, the subset of Obsidian Tasks' rules this extension reads. */
export interface Recurrence {
	/** How many units lie between occurrences (1 for `every week`). */
	readonly interval: number;
	/** The unit of the interval. */
	readonly unit: 'day' | 'week' | 'month' | 'year';
	/** For weekly rules, the weekdays it falls on (0 Sunday … 6 Saturday), ascending; absent for any weekday. */
	readonly weekdays?: readonly number[];
	/** For monthly rules, the day of the month it falls on, or `'last'`. */
	readonly monthDay?: number | 'last';
	/** `when done`: the next date counts from the day it was done, not from its date. */
	readonly whenDone: boolean;
}

const dayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdaysOnly = [1, 2, 3, 4, 5];
const units: Readonly<Record<string, Recurrence['unit']>> = { day: 'day', week: 'week', month: 'month', year: 'year' };
const rulePattern = /^every (?:(\d{1,3}) )?(day|week|month|year|weekday)s?(?: on (.+?))?( when done)?$/;
const weekdayRulePattern = /^every ([a-z]+(?:(?:, ?| and )[a-z]+)*)( when done)?$/;

/** The weekdays named in `text` (`monday, friday`, `Tuesday and Thursday`), or `undefined` if a word is not a weekday. */
function weekdaysIn(text: string): number[] | undefined {
	const days = text.split(/,\s*|\s+and\s+/).map(word => dayNames.indexOf(word.trim()));
	return days.length > 0 && days.every(day => day >= 0) ? [...new Set(days)].sort((a, b) => a - b) : undefined;
}

/** The day of the month in `the 1st`, `the 22nd`, `the last`, or `undefined`. */
function monthDayIn(text: string): number | 'last' | undefined {
	if (text === 'the last' || text === 'the last day') {
		return 'last';
	}
	const day = /^the (\d{1,2})(?:st|nd|rd|th)$/.exec(text);
	return day && Number(day[1]) >= 1 && Number(day[1]) <= 31 ? Number(day[1]) : undefined;
}

/**
 * Reads a recurrence rule as Obsidian Tasks writes it, case and spacing aside: `every day`,
 * `every 3 days`, `every week`, `every 2 weeks`, `every month`, `every year`, `every weekday`,
 * `every Monday`, `every week on Monday, Thursday`, `every 2 weeks on Friday`,
 * `every month on the 1st`, `every month on the last`, each optionally ending in `when done`.
 * @returns the rule, or `undefined` for any other text.
 */
export function parseRecurrence(text: string): Recurrence | undefined {
	const rule = text.toLowerCase().replace(/\s+/g, ' ').trim();
	const match = rulePattern.exec(rule);
	if (match) {
		const interval = match[1] === undefined ? 1 : Number(match[1]);
		const whenDone = match[4] !== undefined;
		if (interval < 1) {
			return undefined;
		}
		if (match[2] === 'weekday') {
			return match[1] === undefined && match[3] === undefined ? { interval: 1, unit: 'week', weekdays: weekdaysOnly, whenDone } : undefined;
		}
		const unit = units[match[2]];
		if (match[3] === undefined) {
			return { interval, unit, whenDone };
		}
		const weekdays = unit === 'week' ? weekdaysIn(match[3]) : undefined;
		const monthDay = unit === 'month' ? monthDayIn(match[3]) : undefined;
		return weekdays ? { interval, unit, weekdays, whenDone } : monthDay !== undefined ? { interval, unit, monthDay, whenDone } : undefined;
	}
	const named = weekdayRulePattern.exec(rule);
	const weekdays = named ? weekdaysIn(named[1]) : undefined;
	return weekdays ? { interval: 1, unit: 'week', weekdays, whenDone: named![2] !== undefined } : undefined;
}

function weekdayOf(date: IsoDate): number {
	return new Date(isoDateToSortKey(date)).getUTCDay();
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The next date on a weekday of the rule after `from`: later in `from`'s week (Monday to Sunday), else in the week `interval` weeks on. */
function nextWeekday(rule: Recurrence, weekdays: readonly number[], from: IsoDate): IsoDate {
	const mondayBased = (day: number) => (day + 6) % 7;
	const today = mondayBased(weekdayOf(from));
	const later = weekdays.map(mondayBased).filter(day => day > today).sort((a, b) => a - b)[0];
	if (later !== undefined) {
		return addDays(from, later - today);
	}
	const first = Math.min(...weekdays.map(mondayBased));
	return addDays(from, 7 * rule.interval - today + first);
}

/** The next date on the rule's day of the month after `from`, in `from`'s month or every `interval` months on; months without that day are skipped. */
function nextMonthDay(rule: Recurrence, monthDay: number | 'last', from: IsoDate): IsoDate {
	const [year, month, day] = from.split('-').map(Number);
	for (let step = 0; step <= 48; step++) {
		const index = year * 12 + month - 1 + step * rule.interval;
		const [targetYear, targetMonth] = [Math.floor(index / 12), index % 12 + 1];
		const length = daysInMonth(targetYear, targetMonth);
		const target = monthDay === 'last' ? length : monthDay;
		if (target <= length && (step > 0 || target > day)) {
			return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(target).padStart(2, '0')}`;
		}
	}
	// `every 12 months on the 31st` from a shorter month never meets its day: take the month's last day.
	return addMonths(from, rule.interval);
}

/** The first date of the rule after `from` (a month or year later keeps the day, or takes the month's last day). */
export function nextOccurrence(rule: Recurrence, from: IsoDate): IsoDate {
	if (rule.weekdays) {
		return nextWeekday(rule, rule.weekdays, from);
	}
	if (rule.monthDay !== undefined) {
		return nextMonthDay(rule, rule.monthDay, from);
	}
	switch (rule.unit) {
		case 'day': return addDays(from, rule.interval);
		case 'week': return addDays(from, 7 * rule.interval);
		case 'month': return addMonths(from, rule.interval);
		case 'year': return addMonths(from, 12 * rule.interval);
	}
}

/**
 * The date the next occurrence takes its place from: the rule's next date after `reference` (the
 * item's date), or after `today` for `when done`; when that is still before `today`, the rule is
 * followed on to the first date not before `today`, so missed periods leave no overdue copies.
 */
export function nextReferenceDate(rule: Recurrence, reference: IsoDate | undefined, today: IsoDate): IsoDate {
	let next = nextOccurrence(rule, rule.whenDone || reference === undefined ? today : reference);
	while (next < today) {
		next = nextOccurrence(rule, next);
	}
	return next;
}
