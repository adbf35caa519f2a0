import * as vscode from 'vscode';
import type { IndexCacheStore } from '../core/index/indexCache';

/** The index cache's shards, as files in the `index-cache` folder of the extension's workspace storage. */
export class WorkspaceIndexCacheStorage implements IndexCacheStore {
	private readonly folder: vscode.Uri;

	constructor(storage: vscode.Uri) {
		this.folder = vscode.Uri.joinPath(storage, 'index-cache');
	}

	async list(): Promise<string[]> {
		try {
			const children = await vscode.workspace.fs.readDirectory(this.folder);
			return children.filter(([name, kind]) => kind === vscode.FileType.File && name.endsWith('.json')).map(([name]) => name);
		} catch {
			return [];
		}
	}

	async read(name: string): Promise<string | undefined> {
		try {
			return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.folder, name)));
		} catch {
			return undefined;
		}
	}

	async write(name: string, text: string): Promise<void> {
		await vscode.workspace.fs.createDirectory(this.folder);
		await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, name), new TextEncoder().encode(text));
	}

	async delete(name: string): Promise<void> {
		await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.folder, name));
	}
}
