import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { exportInsightsReport } from './exportReportCommand';
import { periodOption, type InsightsServices, type InsightsOptions } from './insightsData';
import { InsightsPanel } from './insightsPanel';

/** Registers Show Insights and Export Insights Report; returns the panel, whose `html` the tests read. */
export function register(context: vscode.ExtensionContext, deps: InsightsServices): InsightsPanel {
	const panel = new InsightsPanel(deps);
	context.subscriptions.push(
		panel,
		vscode.commands.registerCommand(commandIds.showInsights, (options?: InsightsOptions) => panel.show(periodOption(options))),
		vscode.commands.registerCommand(commandIds.exportInsightsReport, (options?: InsightsOptions) => exportInsightsReport(deps, options)),
	);
	return panel;
}
