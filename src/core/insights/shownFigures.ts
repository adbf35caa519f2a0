import { decisionQualities, type DecisionQuality } from '../model/entry';
import type { BandFigures, ConfidenceBand, GroupFigures, InsightFigures, OutcomeKind } from './insights';

/** One figure as the Insights panel and report show it. */
export interface ShownFigure {
	/** Its key, also the panel's `data-figure` attribute: `total.closed`, `area.hiring.written`, `calibration.70-84.hitRate`. */
	readonly key: string;
	/** Its value; `undefined` when there is nothing to measure. */
	readonly value: number | undefined;
	/** Its value as text: a count, days or a percentage with at most one decimal, or a dash for `undefined`. */
	readonly text: string;
}

/** The figures shown for each group, after the group's key (`total.written`). */
export const groupFigureNames = ['written', 'open', 'closed', 'medianDaysToClose', 'onTime', 'late', 'doneUndated', 'openCommitments', 'openOverdue', 'cancelledCommitments', 'decisions', 'asExpectedOrBetter'] as const;

/** One of {@link groupFigureNames}. */
export type GroupFigureName = typeof groupFigureNames[number];

/** The figures shown for each calibration band, after the band's key (`calibration.70-84.hitRate`). */
export const bandFigureNames = ['decisions', 'asExpectedOrBetter', 'hitRate', 'meanConfidence'] as const;

/** One of {@link bandFigureNames}. */
export type BandFigureName = typeof bandFigureNames[number];

/** The outcomes of the two-by-two, as its columns: as expected or better, and worse. */
export const outcomeKinds: readonly OutcomeKind[] = ['good', 'bad'];

/** The key of a cell of the decision quality table: `quality.sound.good`. */
export function qualityKey(quality: DecisionQuality, outcome: OutcomeKind): string {
	return `quality.${quality}.${outcome}`;
}

/** Shown for a figure with nothing to measure. */
export const noFigure = '–';

/** The key of a group's figures: `total`, or `area.<id>`. */
export function groupKey(area?: string): string {
	return area === undefined ? 'total' : `area.${area}`;
}

/** The key of a calibration band's figures: `calibration.<band>`. */
export function bandKey(band: ConfidenceBand): string {
	return `calibration.${band.key}`;
}

/** The key of a week's check-in figures: `checkIns.2026-W20`, followed by `.checkIns`, `.energy` or `.mood`. */
export function checkInWeekKey(week: string): string {
	return `checkIns.${week}`;
}

function oneDecimal(value: number): string {
	return String(Math.round(value * 10) / 10);
}

function groupValues(group: GroupFigures): Record<GroupFigureName, number | undefined> {
	const { commitments, calibration } = group;
	return {
		written: group.written,
		open: group.open,
		closed: group.closed,
		medianDaysToClose: group.medianDaysToClose,
		onTime: commitments.onTime,
		late: commitments.late,
		doneUndated: commitments.doneUndated,
		openCommitments: commitments.open,
		openOverdue: commitments.openOverdue,
		cancelledCommitments: commitments.cancelled,
		decisions: calibration.reduce((sum, band) => sum + band.decisions, 0),
		asExpectedOrBetter: calibration.reduce((sum, band) => sum + band.asExpectedOrBetter, 0),
	};
}

function bandValues(band: BandFigures): Record<BandFigureName, number | undefined> {
	return { decisions: band.decisions, asExpectedOrBetter: band.asExpectedOrBetter, hitRate: band.hitRate, meanConfidence: band.meanConfidence };
}

function figureText(name: string, value: number | undefined): string {
	if (value === undefined) {
		return noFigure;
	}
	switch (name) {
		case 'medianDaysToClose': return oneDecimal(value);
		case 'hitRate': return `${oneDecimal(value * 100)}%`;
		case 'meanConfidence': return `${oneDecimal(value)}%`;
		case 'energy':
		case 'mood': return value.toFixed(1);
		default: return String(value);
	}
}

/** Every figure of `figures` as shown, by key: each group's, of the total each calibration band's and each cell of the decision quality table, and each week's check-in averages. */
export function shownFigures(figures: InsightFigures): Map<string, ShownFigure> {
	const shown = new Map<string, ShownFigure>();
	const add = (prefix: string, values: Record<string, number | undefined>) => {
		for (const [name, value] of Object.entries(values)) {
			const key = `${prefix}.${name}`;
			shown.set(key, { key, value, text: figureText(name, value) });
		}
	};
	for (const area of figures.areas) {
		add(groupKey(area.area), groupValues(area));
	}
	add(groupKey(), groupValues(figures.total));
	for (const band of figures.total.calibration) {
		add(bandKey(band.band), bandValues(band));
	}
	for (const quality of decisionQualities) {
		add(`quality.${quality}`, { ...figures.total.quality[quality] });
	}
	for (const week of figures.checkIns) {
		add(checkInWeekKey(week.week), { checkIns: week.checkIns, energy: week.energy.average, mood: week.mood.average });
	}
	return shown;
}
