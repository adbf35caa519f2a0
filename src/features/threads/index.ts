import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import type { Services } from '../../services';
import { isOptions } from '../../ui/commandArguments';
import { continueChallenge, type ContinueArguments, type ContinueServices } from './continueChallenge';
import { followRenames } from './followRenames';
import { pickContinued } from './pickContinued';

/** What threads need. */
export type ThreadServices = ContinueServices & Pick<Services, 'threads' | 'index'>;

/** Registers Continue This Challenge… and the quick fix of a broken `continues:`, and keeps `continues:` links true when entries are renamed or moved. */
export function register(context: vscode.ExtensionContext, deps: ThreadServices): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.continueChallenge, (target?: unknown) =>
			continueChallenge(deps, target, isOptions<ContinueArguments>(target, ['uri', 'title']) ? target : {})),
		vscode.commands.registerCommand(commandIds.pickContinued, (uri?: unknown) => pickContinued(uri, deps)),
		vscode.workspace.onWillRenameFiles(event => event.waitUntil(followRenames(event.files, deps))),
	);
}
