import * as vscode from 'vscode';
import type { InsightPeriodId } from '../../core/insights/insights';
import { insightsReportMarkdown } from '../../core/insights/insightsReport';
import { insightsData, periodChoice, periodChoices, periodOption, rangeText, type InsightsServices, type InsightsOptions } from './insightsData';
import { pickConfidential } from '../../ui/confidentialChoice';

async function pickPeriod(now: Date, fiscalYearStartMonth: number): Promise<InsightPeriodId | undefined> {
	const picked = await vscode.window.showQuickPick(
		periodChoices(now, fiscalYearStartMonth).map(choice => ({ label: choice.label, description: rangeText(choice.range), id: choice.id })),
		{ title: vscode.l10n.t('Export Insights Report'), placeHolder: vscode.l10n.t('Which period should the report cover?') },
	);
	return picked?.id;
}

/**
 * Export Insights Report: asks for a period, then opens the report as a new, unsaved markdown document.
 * Confidential entries are left out; asked interactively, the user may pick some one by one, with a warning.
 * @returns the document, or `undefined` when the user cancelled.
 */
export async function exportInsightsReport(deps: InsightsServices, options?: InsightsOptions): Promise<vscode.TextDocument | undefined> {
	const given = periodOption(options);
	const period = given ?? await pickPeriod(deps.clock.now(), deps.settings.fiscalYearStartMonth());
	if (!period) {
		return undefined;
	}
	const screen = deps.safeScreen.policy();
	const { range } = periodChoice(deps, period).period;
	const inPeriod = [...deps.index.all()].filter(entry => entry.date !== undefined && entry.date >= range.start && entry.date <= range.end);
	const included = given ? [] : await pickConfidential(inPeriod, screen, 'report');
	if (!included) {
		return undefined;
	}
	const data = insightsData(deps, period, [...inPeriod.filter(entry => !screen.isConfidential(entry)), ...included]);
	const content = insightsReportMarkdown(data.figures, data.catalog, data.period.label);
	const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
	await vscode.window.showTextDocument(document, { preview: false });
	return document;
}
