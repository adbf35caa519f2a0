import * as vscode from 'vscode';
import type { Lens } from '../../core/coaching/lens';
import type { BuiltInTemplate, TemplateStore } from '../../adapters/templateStore';
import { inMessage } from '../../ui/messages';
import { pickWorkspaceFolder } from '../../adapters/journalRoots';
import { fileExists } from '../../adapters/fileSystem';
import type { Services } from '../../services';

/** What Customize Template needs. */
export type CustomizeTemplateServices = Pick<Services, 'catalog' | 'templates'>;

/** Answers that skip the pickers: for keybindings and tests. */
export interface CustomizeTemplateArguments {
	/** The area whose entry template to customize. */
	readonly area?: string;
	/** The lens to customize. */
	readonly lens?: string;
	/** The area whose follow-up template (Continue This Challenge) to customize. */
	readonly followUp?: string;
}

function templateDescription(kind: BuiltInTemplate['kind']): string {
	switch (kind) {
		case 'area': return vscode.l10n.t('entry template');
		case 'followUp': return vscode.l10n.t('follow-up template');
		case 'lens': return vscode.l10n.t('coaching questions');
	}
}

/**
 * Customize Template…: copies a built-in template into the workspace's templates folder, where it
 * overrides the built-in one, and opens it. A template that is already customized is opened as it is.
 */
export async function customizeTemplate(deps: CustomizeTemplateServices, args: CustomizeTemplateArguments = {}): Promise<vscode.Uri | undefined> {
	const workspaceFolder = await pickWorkspaceFolder(undefined, vscode.l10n.t('Which folder\'s templates do you want to customize?'));
	if (!workspaceFolder) {
		return undefined;
	}
	const catalog = deps.catalog();
	const lenses = new Map<string, Lens>((await deps.templates.lenses(undefined)).map(lens => [lens.id, lens]));
	const items = deps.templates.builtInTemplates(catalog.areas).map(template => ({
		label: template.kind === 'lens' ? lenses.get(template.id)?.name ?? template.id : catalog.get(template.id)?.name ?? template.id,
		description: templateDescription(template.kind),
		detail: vscode.workspace.asRelativePath(deps.templates.overrideUri(template, workspaceFolder) ?? workspaceFolder.uri, false),
		template,
	}));
	const wanted = items.find(item => item.template.id === { area: args.area, followUp: args.followUp, lens: args.lens }[item.template.kind]);
	if (args.area !== undefined || args.lens !== undefined || args.followUp !== undefined) {
		if (!wanted) {
			void vscode.window.showErrorMessage(vscode.l10n.t('There is no built-in template "{0}".', inMessage(args.area ?? args.followUp ?? args.lens ?? '')));
		}
		return wanted && copyAndOpen(deps.templates, wanted.template, workspaceFolder);
	}
	const picked = await vscode.window.showQuickPick(items, {
		title: vscode.l10n.t('Customize Template'),
		placeHolder: vscode.l10n.t('Which template do you want to make your own? Your copy overrides the built-in one in this workspace.'),
		matchOnDescription: true,
	});
	return picked && copyAndOpen(deps.templates, picked.template, workspaceFolder);
}

async function copyAndOpen(templates: TemplateStore, template: BuiltInTemplate, workspaceFolder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
	const target = templates.overrideUri(template, workspaceFolder);
	if (!target) {
		return undefined;
	}
	if (await fileExists(target)) {
		void vscode.window.showInformationMessage(vscode.l10n.t('This workspace already has its own copy of the template; it is open for editing.'));
	} else {
		const edit = new vscode.WorkspaceEdit();
		const contents = await vscode.workspace.fs.readFile(templates.builtInUri(template));
		edit.createFile(target, { overwrite: false, ignoreIfExists: true, contents });
		if (!await vscode.workspace.applyEdit(edit)) {
			void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}. Check that the folder is writable.', target.fsPath || target.toString()));
			return undefined;
		}
		void vscode.window.showInformationMessage(vscode.l10n.t(
			'Your copy now overrides the built-in template in this workspace. Variables such as {0} are filled in when it is used.',
			'{{title}}, {{date}}, {{areaName}}'));
	}
	await vscode.window.showTextDocument(target, { preview: false });
	return target;
}
