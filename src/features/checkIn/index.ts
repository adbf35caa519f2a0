import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { todaysCheckIn, type CheckInDependencies } from './checkInCommand';

/** Registers Today's Check-in. */
export function register(context: vscode.ExtensionContext, deps: CheckInDependencies): void {
	context.subscriptions.push(vscode.commands.registerCommand(commandIds.checkIn, () => todaysCheckIn(deps)));
}
