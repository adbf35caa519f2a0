import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { isOptions } from '../../ui/commandArguments';
import { setConfidential } from './markConfidential';
import { prepareCoachingSession, prepareSessionOptionKeys, type CoachingSessionServices, type PrepareSessionArguments } from './prepareCoachingSession';
import { safeScreenStatusItem, toggleSafeScreen, type ToggleSafeScreenArguments } from './safeScreenToggle';

/** What the privacy commands need. */
export type PrivacyServices = CoachingSessionServices;

/** Registers Safe Screen (command and status-bar toggle), Mark and Unmark Confidential, and Prepare Coaching Session…. */
export function register(context: vscode.ExtensionContext, deps: PrivacyServices): void {
	context.subscriptions.push(
		safeScreenStatusItem(deps.safeScreen),
		// The preview's card reads the safe screen at each render; this makes open previews render again.
		deps.safeScreen.onDidChange(() => void vscode.commands.executeCommand('markdown.preview.refresh')),
		vscode.commands.registerCommand(commandIds.toggleSafeScreen, (args?: unknown) =>
			toggleSafeScreen(deps.safeScreen, deps.index, isOptions<ToggleSafeScreenArguments>(args, ['on', 'closeEditors']) ? args : {})),
		vscode.commands.registerCommand(commandIds.markConfidential, (target?: unknown) => setConfidential(target, true)),
		vscode.commands.registerCommand(commandIds.unmarkConfidential, (target?: unknown) => setConfidential(target, false)),
		vscode.commands.registerCommand(commandIds.prepareCoachingSession, (args?: unknown) =>
			prepareCoachingSession(deps, context.workspaceState, isOptions<PrepareSessionArguments>(args, prepareSessionOptionKeys) ? args : {})),
	);
}
