import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/model/areas';
import type { EntrySummary } from '../../core/model/entry';
import { toIsoDate } from '../../core/model/dates';
import { allTime, computeInsights, insightPeriodIds, insightPeriods, isInsightPeriodId, type DateRange, type InsightFigures, type InsightPeriodId } from '../../core/insights/insights';
import { isOptions } from '../../ui/commandArguments';
import { singlePointsOfFailure, type SinglePoints, type SinglePointsBaseline } from '../../core/people/keyPeople';
import type { Services } from '../../services';

/** What Insights needs. */
export type InsightsServices = Pick<Services, 'index' | 'catalog' | 'settings' | 'clock' | 'safeScreen' | 'people'>;

/** Options of Show Insights and Export Insights Report, for tests and keybindings. */
export interface InsightsOptions {
	/** The period to show; without it, the panel keeps its period and the report asks for one. */
	readonly period?: InsightPeriodId;
}

/** The valid period of a command's options, if any. */
export function periodOption(options: InsightsOptions | undefined): InsightPeriodId | undefined {
	return isOptions(options, ['period']) && isInsightPeriodId(options.period) ? options.period : undefined;
}

/** A period Insights offers. */
export interface PeriodChoice {
	/** Which preset it is. */
	readonly id: InsightPeriodId;
	/** Its name, such as "Last 90 days". */
	readonly label: string;
	/** Its days. */
	readonly range: DateRange;
}

/** What one rendering of Insights shows. */
export interface InsightsData {
	/** The figures of the chosen period. */
	readonly figures: InsightFigures;
	/** The areas the figures were computed with, for their names. */
	readonly catalog: AreaCatalog;
	/** The chosen period. */
	readonly period: PeriodChoice;
	/** Every period on offer. */
	readonly periods: readonly PeriodChoice[];
	/** The roster's single points of failure now, and what the last quarterly review recorded; absent without a roster. */
	readonly keyPeople?: { readonly points: SinglePoints; readonly baseline?: SinglePointsBaseline };
}

function periodLabel(id: InsightPeriodId, range: DateRange, fiscalYearStartMonth: number): string {
	switch (id) {
		case 'last30': return vscode.l10n.t('Last 30 days');
		case 'last90': return vscode.l10n.t('Last 90 days');
		case 'year': return fiscalYearStartMonth === 1
			? vscode.l10n.t('This year ({0})', range.start.slice(0, 4))
			: vscode.l10n.t('This fiscal year (FY{0})', range.end.slice(0, 4));
		case 'all': return vscode.l10n.t('All time');
	}
}

/** The days of a period as text, such as "2026-08-29 to 2026-11-26". */
export function rangeText(range: DateRange): string {
	return range.start === allTime.start && range.end === allTime.end
		? vscode.l10n.t('every dated entry')
		: vscode.l10n.t('{0} to {1}', range.start, range.end);
}

/** The periods on offer at `now`; the year follows the `fiscalYearStartMonth` setting. */
export function periodChoices(now: Date, fiscalYearStartMonth: number): PeriodChoice[] {
	const ranges = insightPeriods(toIsoDate(now), fiscalYearStartMonth);
	return insightPeriodIds.map(id => ({ id, label: periodLabel(id, ranges[id], fiscalYearStartMonth), range: ranges[id] }));
}

/** The period `id` as on offer at the current time. */
export function periodChoice(deps: InsightsServices, id: InsightPeriodId): { period: PeriodChoice; periods: PeriodChoice[] } {
	const periods = periodChoices(deps.clock.now(), deps.settings.fiscalYearStartMonth());
	return { period: periods.find(choice => choice.id === id) ?? periods[0], periods };
}

/**
 * Computes what Insights shows for the period `id`, at the current time, over `entries` (every
 * entry unless given). On the safe screen, an entry is named by its area and date, not its title,
 * and a person by initials.
 */
export function insightsData(deps: InsightsServices, id: InsightPeriodId, entries: Iterable<EntrySummary> = deps.index.all()): InsightsData {
	const { period, periods } = periodChoice(deps, id);
	const catalog = deps.catalog();
	const screen = deps.safeScreen.policy();
	const roster = deps.people.roster();
	const shownRoster = { ...roster, people: roster.people.map(person => ({ ...person, name: screen.person(person.name) })) };
	const baseline = deps.people.singlePointsBaseline();
	const keyPeople = roster.people.length > 0 ? { points: singlePointsOfFailure(shownRoster), ...(baseline ? { baseline } : {}) } : undefined;
	const figures = computeInsights(entries, catalog, period.range, toIsoDate(deps.clock.now()), entry => screen.entryLabel(entry));
	return { figures, catalog, period, periods, ...(keyPeople ? { keyPeople } : {}) };
}
