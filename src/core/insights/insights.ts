import type { AreaCatalog } from '../model/areas';
import { addDays, isoDateToSortKey, type IsoDate } from '../model/dates';
import { decisionQualities, type DecisionQuality, type EffortReturn, type EntrySummary } from '../model/entry';
import { commitmentState } from '../followThrough/commitmentGroups';
import { readFiscalYearStartMonth } from '../model/periods';
import { checkInWeeks, isCheckInEntry, type WeekFigures } from '../followThrough/checkInTrend';

/** A span of days, both ends included; `YYYY-MM-DD` dates compare as strings. */
export interface DateRange {
	/** The first day. */
	readonly start: IsoDate;
	/** The last day. */
	readonly end: IsoDate;
}

/** Every date an entry can carry. */
export const allTime: DateRange = { start: '0000-01-01', end: '9999-12-31' };

/** The period presets of Insights, in the order they are offered. */
export const insightPeriodIds = ['last30', 'last90', 'year', 'all'] as const;

/** One of {@link insightPeriodIds}. */
export type InsightPeriodId = typeof insightPeriodIds[number];

/** Whether `value` is one of {@link insightPeriodIds}. */
export function isInsightPeriodId(value: unknown): value is InsightPeriodId {
	return (insightPeriodIds as readonly unknown[]).includes(value);
}

/** A band of stated confidence, for calibration. */
export interface ConfidenceBand {
	/** Its name in figure keys, such as `70-84`. */
	readonly key: string;
	/** The lowest confidence in the band. */
	readonly from: number;
	/** The highest whole-number confidence in the band; a fraction below the next band's `from` counts here too. */
	readonly to: number;
}

/** The calibration bands, lowest first; together they cover 0 to 100. */
export const confidenceBands: readonly ConfidenceBand[] = [
	{ key: '0-49', from: 0, to: 49 },
	{ key: '50-69', from: 50, to: 69 },
	{ key: '70-84', from: 70, to: 84 },
	{ key: '85-100', from: 85, to: 100 },
];

/** How the commitments of a group of entries went. */
export interface CommitmentFigures {
	/** Done, with a `due:` date and a `done:` date on or before it. */
	readonly onTime: number;
	/** Done, with a `done:` date after its `due:` date. */
	readonly late: number;
	/** Done, with a `due:` date but no `done:` date, so on time or late is unknown. */
	readonly doneUndated: number;
	/** Not done yet, with or without a `due:` date. */
	readonly open: number;
	/** Not done yet, with a `due:` date before today. */
	readonly openOverdue: number;
	/** Cancelled (`[-]`, Logseq's `CANCELED`): neither open nor done, counted apart. */
	readonly cancelled: number;
}

/** How decisions with a stated confidence in one band turned out. */
export interface BandFigures {
	/** The band. */
	readonly band: ConfidenceBand;
	/** Entries with a `confidence` in the band and a recorded `outcome`. */
	readonly decisions: number;
	/** Of those, the ones whose outcome is `as-expected` or `better`. */
	readonly asExpectedOrBetter: number;
	/** `asExpectedOrBetter / decisions`, from 0 to 1; `undefined` without decisions. */
	readonly hitRate?: number;
	/** The mean stated confidence, from 0 to 100; `undefined` without decisions. */
	readonly meanConfidence?: number;
}

/** How a decision turned out, for the two-by-two: `good` is as expected or better, `bad` is worse. */
export type OutcomeKind = 'good' | 'bad';

/**
 * Decision quality apart from the outcome: how many decisions graded sound, mixed or poor (given
 * what was known then) turned out well or badly. Only entries with both a `decisionQuality` and
 * an `outcome` count. Sound and poor make the two-by-two; mixed ones are counted apart.
 */
export type QualityFigures = Readonly<Record<DecisionQuality, Readonly<Record<OutcomeKind, number>>>>;

/** The return on the effort of one entry, as Insights lists it. */
export interface ReturnRow extends EffortReturn {
	/** The entry's URI. */
	readonly uri: string;
	/** Its title. */
	readonly title: string;
	/** Its date. */
	readonly date: IsoDate;
}

/** Most entries the return table lists: the newest. */
export const maxReturnRows = 200;

/** The figures of one group of entries: one area, or all of them. */
export interface GroupFigures {
	/** Entries dated in the range. */
	readonly written: number;
	/** Of those, the ones whose status is not `closed`. */
	readonly open: number;
	/** Of those, the ones whose status is `closed`. */
	readonly closed: number;
	/** The median of the days from `date` to `closed`, over entries with a `closed` date on or after their date. */
	readonly medianDaysToClose?: number;
	/** The commitments of the entries. */
	readonly commitments: CommitmentFigures;
	/** Decision calibration, one item per {@link confidenceBands} band. */
	readonly calibration: readonly BandFigures[];
	/** Decision quality against outcome. */
	readonly quality: QualityFigures;
}

/** The figures of one challenge area. */
export interface AreaFigures extends GroupFigures {
	/** The area's id. */
	readonly area: string;
}

/** Everything Insights shows for one period. */
export interface InsightFigures {
	/** The period the entries' dates fall in. */
	readonly range: DateRange;
	/** The day overdue commitments are measured against. */
	readonly today: IsoDate;
	/** One item per area of the catalog, in catalog order; an entry with several areas counts in each. */
	readonly areas: readonly AreaFigures[];
	/** All entries in the period, each counted once, including those with no known area. */
	readonly total: GroupFigures;
	/** The entries in the period that recorded an actual value or a cost, newest first; at most {@link maxReturnRows}. */
	readonly returns: readonly ReturnRow[];
	/** How many entries in the period recorded one; more than `returns` holds when there are over {@link maxReturnRows}. */
	readonly returnCount: number;
	/** The average energy and mood of the check-ins dated in the period, per ISO week with any, oldest first. */
	readonly checkIns: readonly WeekFigures[];
}

const dayMs = 86_400_000;

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

/**
 * The date ranges of the period presets around `today`: the last 30 and 90 days up to today,
 * the year that holds today (a fiscal year when `fiscalYearStartMonth` is not 1), and all time.
 */
export function insightPeriods(today: IsoDate, fiscalYearStartMonth = 1): Record<InsightPeriodId, DateRange> {
	const startMonth = readFiscalYearStartMonth(fiscalYearStartMonth);
	const [year, month] = today.split('-').map(Number);
	const startYear = month >= startMonth ? year : year - 1;
	return {
		last30: { start: addDays(today, -29), end: today },
		last90: { start: addDays(today, -89), end: today },
		year: { start: `${pad(startYear, 4)}-${pad(startMonth)}-01`, end: addDays(`${pad(startYear + 1, 4)}-${pad(startMonth)}-01`, -1) },
		all: allTime,
	};
}

/** The band a stated confidence (0–100) falls in. */
export function confidenceBandIndex(confidence: number): number {
	let index = 0;
	while (index + 1 < confidenceBands.length && confidence >= confidenceBands[index + 1].from) {
		index++;
	}
	return index;
}

function median(values: readonly number[]): number | undefined {
	if (values.length === 0) {
		return undefined;
	}
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Adds up the figures of one group, one entry at a time. */
class GroupTally {
	private written = 0;
	private closed = 0;
	private readonly daysToClose: number[] = [];
	private readonly commitments = { onTime: 0, late: 0, doneUndated: 0, open: 0, openOverdue: 0, cancelled: 0 };
	private readonly bands = confidenceBands.map(() => ({ decisions: 0, asExpectedOrBetter: 0, confidenceSum: 0 }));
	private readonly quality = Object.fromEntries(decisionQualities.map(quality => [quality, { good: 0, bad: 0 }])) as Record<DecisionQuality, Record<OutcomeKind, number>>;

	constructor(private readonly today: IsoDate) { }

	/** Counts `entry`, whose `date` is `date`. */
	add(entry: EntrySummary, date: IsoDate): void {
		this.written++;
		if (entry.status === 'closed') {
			this.closed++;
		}
		if (entry.closed !== undefined && entry.closed >= date) {
			this.daysToClose.push(Math.round((isoDateToSortKey(entry.closed) - isoDateToSortKey(date)) / dayMs));
		}
		for (const commitment of entry.commitments ?? []) {
			const state = commitmentState(commitment, this.today);
			if (state === 'open' || state === 'overdue') {
				this.commitments.open++;
				if (state === 'overdue') {
					this.commitments.openOverdue++;
				}
			} else if (state !== 'done') {
				this.commitments[state]++;
			} else if (commitment.due !== undefined) {
				this.commitments.doneUndated++;
			}
		}
		if (entry.confidence !== undefined && entry.outcome !== undefined) {
			const band = this.bands[confidenceBandIndex(entry.confidence)];
			band.decisions++;
			band.confidenceSum += entry.confidence;
			if (entry.outcome !== 'worse') {
				band.asExpectedOrBetter++;
			}
		}
		if (entry.decisionQuality !== undefined && entry.outcome !== undefined) {
			this.quality[entry.decisionQuality][entry.outcome === 'worse' ? 'bad' : 'good']++;
		}
	}

	/** The figures counted so far. */
	figures(): GroupFigures {
		return {
			written: this.written,
			open: this.written - this.closed,
			closed: this.closed,
			medianDaysToClose: median(this.daysToClose),
			commitments: { ...this.commitments },
			calibration: this.bands.map(({ decisions, asExpectedOrBetter, confidenceSum }, index) => ({
				band: confidenceBands[index],
				decisions,
				asExpectedOrBetter,
				hitRate: decisions > 0 ? asExpectedOrBetter / decisions : undefined,
				meanConfidence: decisions > 0 ? confidenceSum / decisions : undefined,
			})),
			quality: Object.fromEntries(decisionQualities.map(quality => [quality, { ...this.quality[quality] }])) as QualityFigures,
		};
	}
}

const titleCollator = new Intl.Collator();

function newestReturnFirst(a: ReturnRow, b: ReturnRow): number {
	return a.date < b.date ? 1 : a.date > b.date ? -1 : titleCollator.compare(a.title, b.title) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/**
 * The Insights figures over the entries dated in `range`, per area of `catalog` and in total.
 * Entries without a date and files that need attention are left out. `title` names an entry in
 * the return table: its title, or what the safe screen shows instead.
 */
export function computeInsights(entries: Iterable<EntrySummary>, catalog: AreaCatalog, range: DateRange, today: IsoDate, title = (entry: EntrySummary) => entry.title): InsightFigures {
	const total = new GroupTally(today);
	const byArea = new Map(catalog.areas.map(area => [area.id, new GroupTally(today)]));
	const returns: ReturnRow[] = [];
	const checkIns: EntrySummary[] = [];
	for (const entry of entries) {
		const date = entry.date;
		if (entry.problem || date === undefined || date < range.start || date > range.end) {
			continue;
		}
		total.add(entry, date);
		if (isCheckInEntry(entry)) {
			checkIns.push(entry);
		}
		if (entry.effortReturn) {
			returns.push({ ...entry.effortReturn, uri: entry.uri, title: title(entry), date });
		}
		for (const area of new Set(entry.areas)) {
			byArea.get(area)?.add(entry, date);
		}
	}
	return {
		range,
		today,
		areas: [...byArea].map(([area, tally]) => ({ area, ...tally.figures() })),
		total: total.figures(),
		returns: returns.sort(newestReturnFirst).slice(0, maxReturnRows),
		returnCount: returns.length,
		checkIns: checkInWeeks(checkIns, range.start, range.end),
	};
}
