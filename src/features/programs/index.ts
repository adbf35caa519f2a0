import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { isOptions } from '../../ui/commandArguments';
import { closePhase, closePhaseOptionKeys, type ClosePhaseArguments, type ClosePhaseServices } from './closePhase';
import { startProgram, startProgramOptionKeys, type StartProgramArguments, type StartProgramServices } from './startProgram';

/** What programs need. */
export type ProgramServices = StartProgramServices & ClosePhaseServices;

/** Registers Start Program… and Close Phase…. */
export function register(context: vscode.ExtensionContext, deps: ProgramServices): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.startProgram, (options?: unknown) =>
			startProgram(deps, isOptions<StartProgramArguments>(options, startProgramOptionKeys) ? options : {})),
		vscode.commands.registerCommand(commandIds.closePhase, (target?: unknown) =>
			closePhase(deps, target, isOptions<ClosePhaseArguments>(target, closePhaseOptionKeys) ? target : {})),
	);
}
