import * as vscode from 'vscode';
import { singlePointsChange, type SinglePointsBaseline } from '../core/people/keyPeople';

/** How the lone processes changed since the quarterly review that recorded them, as a short phrase (People view, Insights). */
export function singlePointsChangeText(processes: readonly string[], baseline: SinglePointsBaseline): string {
	const change = singlePointsChange(baseline.processes, processes);
	return vscode.l10n.t('{0} new, {1} resolved since the quarterly review of {2}', change.added.length, change.resolved.length, baseline.date);
}
