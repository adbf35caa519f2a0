import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { todaysCheckIn, type CheckInServices } from './checkInCommand';

/** Registers Today's Check-in. */
export function register(context: vscode.ExtensionContext, deps: CheckInServices): void {
	context.subscriptions.push(vscode.commands.registerCommand(commandIds.checkIn, () => todaysCheckIn(deps)));
}
