import { addDays, isoWeek, isoDateToSortKey, type IsoDate } from './dates';

/** The length of a periodic review. */
export type PeriodKind = 'week' | 'month' | 'quarter';

/** A calendar span a review looks back on. */
export interface Period {
	/** Week, month or quarter. */
	readonly kind: PeriodKind;
	/** A short, sortable name: `2026-W48`, `2026-11`, `2026-Q4` or, for a fiscal year, `FY2027-Q1`. */
	readonly id: string;
	/** The name people read: the id, except a month is `November 2026`. */
	readonly label: string;
	/** The first day. */
	readonly start: IsoDate;
	/** The last day, included. */
	readonly end: IsoDate;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date of a UTC year, zero-based month and day; months and days out of range roll over, as `Date.UTC` does. */
function utcIsoDate(year: number, monthIndex: number, day: number): IsoDate {
	return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

function weekOf(today: IsoDate): Period {
	const weekday = new Date(isoDateToSortKey(today)).getUTCDay();
	const start = addDays(today, -((weekday + 6) % 7));
	const id = isoWeek(today);
	return { kind: 'week', id, label: id, start, end: addDays(start, 6) };
}

function monthOf(year: number, month: number): Period {
	const id = `${year}-${String(month).padStart(2, '0')}`;
	return { kind: 'month', id, label: `${monthNames[month - 1]} ${year}`, start: utcIsoDate(year, month - 1, 1), end: utcIsoDate(year, month, 0) };
}

/** The month a fiscal year starts in, from a setting's value: an integer 1–12, else 1 (January). */
export function readFiscalYearStartMonth(value: unknown): number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12 ? value : 1;
}

function quarterOf(year: number, month: number, fiscalYearStartMonth: number): Period {
	const startMonth = readFiscalYearStartMonth(fiscalYearStartMonth);
	const fiscalStartYear = month >= startMonth ? year : year - 1;
	const quarter = Math.floor((month - startMonth + 12) % 12 / 3) + 1;
	const firstMonthIndex = startMonth - 1 + (quarter - 1) * 3;
	// A fiscal year is named by the calendar year it ends in; one that starts in January is the calendar year.
	const id = startMonth === 1 ? `${year}-Q${quarter}` : `FY${fiscalStartYear + 1}-Q${quarter}`;
	return {
		kind: 'quarter', id, label: id,
		start: utcIsoDate(fiscalStartYear, firstMonthIndex, 1),
		end: utcIsoDate(fiscalStartYear, firstMonthIndex + 3, 0),
	};
}

/**
 * The week (ISO 8601, from Monday), month or quarter that holds `today`.
 * Quarters follow a fiscal year that starts in `fiscalYearStartMonth` (1–12; anything else counts as January).
 */
export function periodOf(kind: PeriodKind, today: IsoDate, fiscalYearStartMonth = 1): Period {
	const [year, month] = today.split('-').map(Number);
	switch (kind) {
		case 'week': return weekOf(today);
		case 'month': return monthOf(year, month);
		case 'quarter': return quarterOf(year, month, fiscalYearStartMonth);
	}
}
