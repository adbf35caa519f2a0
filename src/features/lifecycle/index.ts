import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import type { EntrySummary } from '../../core/model/entry';
import { isOptions } from '../../ui/commandArguments';
import { reviewEntry, reviewEntryOptionKeys, type ReviewEntryArguments } from './reviewEntry';
import { scheduleReview, type ScheduleReviewArguments } from './scheduleReview';
import { setStatus, type SetStatusArguments } from './setStatus';
import type { Services } from '../../services';

/** What the lifecycle commands need. */
export type LifecycleServices = Pick<Services, 'settings' | 'clock' | 'safeScreen'>;

/** Registers Set Status…, Schedule Review… and Review Entry…. Each runs on a tree entry, a URI, or the active editor. */
export function register(context: vscode.ExtensionContext, deps: LifecycleServices): void {
	const name = (entry: EntrySummary) => deps.safeScreen.policy().entryLabel(entry);
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.setStatus, (target?: unknown) =>
			setStatus(deps.clock, name, target, isOptions<SetStatusArguments>(target, ['status', 'uri']) ? target : {})),
		vscode.commands.registerCommand(commandIds.scheduleReview, (target?: unknown) =>
			scheduleReview(deps, target, isOptions<ScheduleReviewArguments>(target, ['date', 'uri']) ? target : {})),
		vscode.commands.registerCommand(commandIds.reviewEntry, (target?: unknown) =>
			reviewEntry(deps.clock, name, target, isOptions<ReviewEntryArguments>(target, reviewEntryOptionKeys) ? target : {})),
	);
}
