import { isoWeek, type IsoDate } from '../model/dates';
import type { EntrySummary } from '../model/entry';
import { checkInName } from '../coaching/lens';

/** The average of one score over some check-ins. */
export interface ScoreAverage {
	/** How many check-ins answered it. */
	readonly count: number;
	/** The mean of their answers, 1–5; `undefined` when none did. */
	readonly average?: number;
}

/** The energy and mood of the check-ins of one span of days. */
export interface CheckInFigures {
	/** Check-ins that answered energy or mood. */
	readonly checkIns: number;
	/** Their energy. */
	readonly energy: ScoreAverage;
	/** Their mood. */
	readonly mood: ScoreAverage;
}

/** The figures of one ISO week. */
export interface WeekFigures extends CheckInFigures {
	/** The week, as `YYYY-Www`. */
	readonly week: string;
}

/** Whether an entry is a check-in: its file name is `<date>-check-in.md`, or it answered energy or mood. */
export function isCheckInEntry(entry: EntrySummary): boolean {
	return entry.fileName.endsWith(`-${checkInName}.md`) || entry.energy !== undefined || entry.mood !== undefined;
}

/** The mean of `values`, `undefined` for none. */
export function averageOf(values: readonly number[]): number | undefined {
	return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function scoreAverage(values: readonly number[]): ScoreAverage {
	const average = averageOf(values);
	return average === undefined ? { count: 0 } : { count: values.length, average };
}

/** The readable check-ins dated from `start` to `end` (both included) that answered energy or mood. */
function scoredCheckIns(entries: Iterable<EntrySummary>, start: IsoDate, end: IsoDate): EntrySummary[] {
	const result: EntrySummary[] = [];
	for (const entry of entries) {
		if (!entry.problem && entry.date !== undefined && entry.date >= start && entry.date <= end
			&& isCheckInEntry(entry) && (entry.energy !== undefined || entry.mood !== undefined)) {
			result.push(entry);
		}
	}
	return result;
}

function figuresOf(checkIns: readonly EntrySummary[]): CheckInFigures {
	return {
		checkIns: checkIns.length,
		energy: scoreAverage(checkIns.flatMap(entry => entry.energy === undefined ? [] : [entry.energy])),
		mood: scoreAverage(checkIns.flatMap(entry => entry.mood === undefined ? [] : [entry.mood])),
	};
}

/** The energy and mood of the check-ins dated from `start` to `end`, both included. */
export function checkInFigures(entries: Iterable<EntrySummary>, start: IsoDate, end: IsoDate): CheckInFigures {
	return figuresOf(scoredCheckIns(entries, start, end));
}

/** The energy and mood of the check-ins dated from `start` to `end`, per ISO week, oldest first; weeks without any are left out. */
export function checkInWeeks(entries: Iterable<EntrySummary>, start: IsoDate, end: IsoDate): WeekFigures[] {
	const weeks = new Map<string, EntrySummary[]>();
	for (const entry of scoredCheckIns(entries, start, end)) {
		const week = isoWeek(entry.date as IsoDate);
		const list = weeks.get(week);
		if (list) {
			list.push(entry);
		} else {
			weeks.set(week, [entry]);
		}
	}
	return [...weeks].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([week, checkIns]) => ({ week, ...figuresOf(checkIns) }));
}
