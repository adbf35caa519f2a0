import * as vscode from 'vscode';
import { generalAreaId, type ChallengeArea } from '../core/model/areas';
import { templatePathSegments } from '../core/model/customAreas';
import { builtInLensIds, readLens, type Lens } from '../core/coaching/lens';
import { builtInProgramIds } from '../core/programs/builtInPrograms';
import { isProgramId, programFileName, readProgramDefinition, type ProgramDefinition, type ProgramPhase } from '../core/programs/programDefinition';
import { decodeText } from '../core/text/textFile';
import { fileExists } from './fileSystem';
import { refusedRootMessage, type JournalRoots } from './journalRoots';
import { inMessage } from '../ui/messages';
import { describeProgramProblem } from '../ui/programProblems';

/** A template the extension ships, which a workspace may override. */
export interface BuiltInTemplate {
	/** An area's entry template, an area's follow-up template, or a lens of questions. */
	readonly kind: 'area' | 'followUp' | 'lens';
	/** The area or lens id; also the file name without `.md`. */
	readonly id: string;
}

/** A program's templates: its definition, read from its folder's `program.md`, and the folder that holds its phase templates. */
export interface ProgramTemplates {
	/** What `program.md` says: the phases in order, and the parent entry's template. */
	readonly definition: ProgramDefinition;
	/** The program's folder, in the extension or in a workspace's templates folder. */
	readonly folder: vscode.Uri;
}

/** The programs that can be started, and a sentence for each program folder that cannot be used. */
export interface ProgramCatalog {
	/** The built-in programs (each possibly overridden), then the workspace's own, by folder name. */
	readonly programs: readonly ProgramTemplates[];
	/** Why each unusable program folder cannot be used. */
	readonly problems: readonly string[];
}

/** Folder of the programs, one folder each, both in the extension and in a workspace's templates folder. */
const programsFolder = 'programs';
/** Folder of the lens files, both in the extension and in a workspace's templates folder. */
const lensFolder = 'lenses';
/** Folder of the follow-up templates, one per area, likewise. */
const followUpFolder = 'follow-up';
/** Templates larger than this are refused: a template is a page of questions. */
const maxTemplateBytes = 1024 * 1024;

function isNotFound(error: unknown): boolean {
	return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/**
 * The templates: the built-in ones shipped in the extension's `templates` folder, overridden
 * and extended by each workspace folder's templates folder (`leadershipJournal.templatesFolder`).
 * Templates are only ever read as text.
 */
export class TemplateStore {
	constructor(private readonly extensionUri: vscode.Uri, private readonly roots: JournalRoots) { }

	/** Every built-in template, areas first. */
	builtInTemplates(areas: readonly ChallengeArea[]): BuiltInTemplate[] {
		return [
			...areas.filter(area => !area.template).map(area => ({ kind: 'area' as const, id: area.id })),
			...areas.filter(area => !area.template).map(area => ({ kind: 'followUp' as const, id: area.id })),
			...builtInLensIds.map(id => ({ kind: 'lens' as const, id })),
		];
	}

	/** Where a built-in template lives in the extension. */
	builtInUri(template: BuiltInTemplate): vscode.Uri {
		return vscode.Uri.joinPath(this.extensionUri, 'templates', ...this.relativePath(template));
	}

	/** Where a workspace folder's override of a template goes, or `undefined` when its templates folder setting is refused. */
	overrideUri(template: BuiltInTemplate, workspaceFolder: vscode.WorkspaceFolder): vscode.Uri | undefined {
		const root = this.templatesRoot(workspaceFolder);
		return root && vscode.Uri.joinPath(root, ...this.relativePath(template));
	}

	/**
	 * The entry template of `area`: the custom area's own file, else the workspace's `<id>.md`,
	 * else the built-in one, else (for a custom area) the general template.
	 */
	async entryTemplate(area: ChallengeArea, workspaceFolder: vscode.WorkspaceFolder | undefined): Promise<string> {
		const root = workspaceFolder && this.templatesRoot(workspaceFolder);
		const candidates: vscode.Uri[] = [];
		const customSegments = area.template ? templatePathSegments(area.template) : undefined;
		if (root && customSegments) {
			candidates.push(vscode.Uri.joinPath(root, ...customSegments));
		}
		for (const id of area.id === generalAreaId ? [generalAreaId] : [area.id, generalAreaId]) {
			if (root) {
				candidates.push(vscode.Uri.joinPath(root, `${id}.md`));
			}
			candidates.push(this.builtInUri({ kind: 'area', id }));
		}
		for (const [at, uri] of candidates.entries()) {
			const text = await this.readIfPresent(uri);
			if (text !== undefined) {
				if (at > 0 && customSegments && root) {
					void vscode.window.showWarningMessage(vscode.l10n.t(
						'The template "{0}" of the area "{1}" was not found in the templates folder; the entry uses the general template instead.',
						inMessage(area.template ?? ''), inMessage(area.name)));
				}
				return text;
			}
		}
		throw new Error(`The built-in template of ${area.id} is missing from the extension.`);
	}

	/**
	 * The follow-up template of `area`, for Continue This Challenge: the workspace's `follow-up/<id>.md`,
	 * else the built-in one, else the general follow-up template (the workspace's, then the built-in one).
	 */
	async followUpTemplate(area: ChallengeArea, workspaceFolder: vscode.WorkspaceFolder | undefined): Promise<string> {
		const root = workspaceFolder && this.templatesRoot(workspaceFolder);
		const candidates: vscode.Uri[] = [];
		for (const id of area.id === generalAreaId ? [generalAreaId] : [area.id, generalAreaId]) {
			if (root) {
				candidates.push(vscode.Uri.joinPath(root, followUpFolder, `${id}.md`));
			}
			candidates.push(this.builtInUri({ kind: 'followUp', id }));
		}
		for (const uri of candidates) {
			const text = await this.readIfPresent(uri);
			if (text !== undefined) {
				return text;
			}
		}
		throw new Error('The built-in follow-up template is missing from the extension.');
	}

	/** Every lens: the built-in ones, each possibly overridden, then the workspace's own, by name. */
	async lenses(workspaceFolder: vscode.WorkspaceFolder | undefined): Promise<Lens[]> {
		const root = workspaceFolder && this.templatesRoot(workspaceFolder);
		const workspaceIds = root ? await this.lensIdsIn(vscode.Uri.joinPath(root, lensFolder)) : [];
		const builtIn = await Promise.all(builtInLensIds.map(id => this.lens(id, workspaceIds.includes(id) ? root : undefined)));
		const own = await Promise.all(workspaceIds.filter(id => !(builtInLensIds as readonly string[]).includes(id)).map(id => this.lens(id, root)));
		const present = (lenses: (Lens | undefined)[]) => lenses.filter((lens): lens is Lens => lens !== undefined);
		return [...present(builtIn), ...present(own).sort((a, b) => a.name.localeCompare(b.name))];
	}

	/** One lens by id, with the workspace's override when there is one. */
	async lensById(id: string, workspaceFolder: vscode.WorkspaceFolder | undefined): Promise<Lens | undefined> {
		const root = workspaceFolder && this.templatesRoot(workspaceFolder);
		return (root && await this.lens(id, root)) || this.lens(id, undefined);
	}

	private async lens(id: string, root: vscode.Uri | undefined): Promise<Lens | undefined> {
		const uri = root ? vscode.Uri.joinPath(root, lensFolder, `${id}.md`) : this.builtInUri({ kind: 'lens', id });
		const text = await this.readIfPresent(uri);
		return text === undefined ? undefined : readLens(id, text);
	}

	private async lensIdsIn(folder: vscode.Uri): Promise<string[]> {
		return (await this.namesIn(folder, vscode.FileType.File)).filter(name => /\.md$/i.test(name)).map(name => name.slice(0, -3));
	}

	/** The names of the files or folders of `type` in `folder`, hidden ones left out; none when it cannot be listed. */
	private async namesIn(folder: vscode.Uri, type: vscode.FileType): Promise<string[]> {
		try {
			const entries = await vscode.workspace.fs.readDirectory(folder);
			return entries.filter(([name, found]) => found === type && !name.startsWith('.')).map(([name]) => name);
		} catch {
			return [];
		}
	}

	/**
	 * Every program: the built-in ones (`templates/programs/<id>/`), each possibly overridden by the
	 * workspace's folder of that name, then the workspace's own `programs/<id>/` folders. A folder that
	 * cannot be used is left out, with a sentence saying why.
	 */
	async programs(workspaceFolder: vscode.WorkspaceFolder | undefined): Promise<ProgramCatalog> {
		const root = workspaceFolder && this.templatesRoot(workspaceFolder);
		const own = root ? await this.namesIn(vscode.Uri.joinPath(root, programsFolder), vscode.FileType.Directory) : [];
		const builtIn: readonly string[] = builtInProgramIds;
		const programs: ProgramTemplates[] = [];
		const problems: string[] = [];
		for (const id of [...builtIn, ...own.filter(name => !builtIn.includes(name)).sort()]) {
			const folder = root && own.includes(id)
				? vscode.Uri.joinPath(root, programsFolder, id)
				: vscode.Uri.joinPath(this.extensionUri, 'templates', programsFolder, id);
			const program = await this.program(id, folder);
			if ('problem' in program) {
				problems.push(vscode.l10n.t('The program folder {0} cannot be used. {1}', folder.fsPath || folder.toString(), program.problem));
			} else {
				programs.push(program);
			}
		}
		return { programs, problems };
	}

	/** The template of one phase of a program; `undefined` when it is gone (the user was told when it could not be read). */
	phaseTemplate(program: ProgramTemplates, phase: ProgramPhase): Promise<string | undefined> {
		return this.readIfPresent(vscode.Uri.joinPath(program.folder, phase.file));
	}

	private async program(id: string, folder: vscode.Uri): Promise<ProgramTemplates | { problem: string }> {
		if (!isProgramId(id)) {
			return { problem: vscode.l10n.t('A program folder\'s name is lower-case letters, digits and hyphens, such as my-program.') };
		}
		const text = await this.readIfPresent(vscode.Uri.joinPath(folder, programFileName));
		if (text === undefined) {
			return { problem: vscode.l10n.t('It has no program.md.') };
		}
		const definition = readProgramDefinition(id, text);
		if ('problem' in definition) {
			return { problem: describeProgramProblem(definition.problem) };
		}
		for (const phase of definition.phases) {
			if (!await fileExists(vscode.Uri.joinPath(folder, phase.file))) {
				return { problem: vscode.l10n.t('The template {0} of the phase "{1}" is missing.', phase.file, inMessage(phase.name)) };
			}
		}
		return { definition, folder };
	}

	private relativePath(template: BuiltInTemplate): string[] {
		switch (template.kind) {
			case 'lens': return [lensFolder, `${template.id}.md`];
			case 'followUp': return [followUpFolder, `${template.id}.md`];
			case 'area': return [`${template.id}.md`];
		}
	}

	private templatesRoot(workspaceFolder: vscode.WorkspaceFolder): vscode.Uri | undefined {
		const root = this.roots.templatesRootOf(workspaceFolder);
		if ('error' in root) {
			void vscode.window.showWarningMessage(refusedRootMessage(root));
			return undefined;
		}
		return root.uri;
	}

	/** The text of a template, or `undefined` when the file does not exist; other failures are shown and skipped. */
	private async readIfPresent(uri: vscode.Uri): Promise<string | undefined> {
		try {
			const stat = await vscode.workspace.fs.stat(uri);
			if (stat.size > maxTemplateBytes) {
				void vscode.window.showWarningMessage(vscode.l10n.t('The template {0} is larger than 1 MB and was not used.', uri.fsPath || uri.toString()));
				return undefined;
			}
			return decodeText(await vscode.workspace.fs.readFile(uri));
		} catch (error) {
			if (!isNotFound(error)) {
				void vscode.window.showWarningMessage(vscode.l10n.t('The template {0} could not be read and was not used: {1}',
					uri.fsPath || uri.toString(), inMessage(error instanceof Error ? error.message : String(error))));
			}
			return undefined;
		}
	}
}
