import * as vscode from 'vscode';
import { commandIds } from '../../ids';
import { isOptions } from '../../ui/commandArguments';
import { customizeTemplate, type CustomizeTemplateArguments, type CustomizeTemplateServices } from './customizeTemplate';
import { insertCoachingQuestions, type InsertQuestionsArguments, type InsertQuestionsServices } from './insertQuestions';

/** Registers Insert Coaching Questions… and Customize Template…. */
export function register(context: vscode.ExtensionContext, deps: CustomizeTemplateServices & InsertQuestionsServices): void {
	context.subscriptions.push(
		vscode.commands.registerCommand(commandIds.insertQuestions, (args?: InsertQuestionsArguments) =>
			insertCoachingQuestions(deps, isOptions<InsertQuestionsArguments>(args, ['lens']) ? args : {})),
		vscode.commands.registerCommand(commandIds.customizeTemplate, (args?: CustomizeTemplateArguments) =>
			customizeTemplate(deps, isOptions<CustomizeTemplateArguments>(args, ['area', 'lens', 'followUp']) ? args : {})),
	);
}

