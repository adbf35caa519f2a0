import * as vscode from 'vscode';
import type { FileStat, JournalFileSystem } from '../core/model/ports';

/** The core's file access, through `vscode.workspace.fs` so that remote and virtual workspaces work. */
export class WorkspaceFileSystem implements JournalFileSystem {
	async readDirectory(uri: string): Promise<readonly (readonly [string, number])[]> {
		return vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri, true));
	}

	async readFile(uri: string): Promise<Uint8Array> {
		return vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true));
	}

	async stat(uri: string): Promise<FileStat> {
		const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri, true));
		return { kind: stat.type, mtime: stat.mtime, size: stat.size };
	}

	joinPath(uri: string, name: string): string {
		return vscode.Uri.joinPath(vscode.Uri.parse(uri, true), name).toString();
	}
}

/** Whether anything exists at `uri`. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
	try {
		await vscode.workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}
