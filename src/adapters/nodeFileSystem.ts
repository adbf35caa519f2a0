import * as fs from 'node:fs';
import { FileKind, type FileStat, type JournalFileSystem } from '../core/model/ports';

/** How the Node file system turns the port's URI strings into paths and back; the extension's uses `vscode.Uri`. */
export interface FileUriCodec {
	/** The local path of a `file:` URI. */
	pathOf(uri: string): string;
	/** The URI of `name` inside folder `uri`, spelled as the rest of the extension spells URIs. */
	joinPath(uri: string, name: string): string;
}

function kindOf(entry: fs.Dirent | fs.Stats): number {
	return entry.isSymbolicLink() ? FileKind.SymbolicLink : entry.isDirectory() ? FileKind.Directory : entry.isFile() ? FileKind.File : 0;
}

function statOf(how: typeof fs.stat, filePath: string): Promise<fs.Stats> {
	return new Promise((resolve, reject) => how(filePath, (error, stats) => error ? reject(error) : resolve(stats)));
}

/** The bytes of the local file `filePath`. Node's callback API is much faster than `fs.promises` for many small files (fewer round trips). */
export function readLocalFile(filePath: string): Promise<Uint8Array> {
	return new Promise((resolve, reject) => fs.readFile(filePath, (error, bytes) => error ? reject(error) : resolve(bytes)));
}

/**
 * The core's file access on `node:fs`, for `file:` journals in a Node extension host: one system call
 * where `workspace.fs` costs a round trip through the workbench for each stat and each read. It answers
 * as `workspace.fs` does: links followed by `stat` and marked with {@link FileKind.SymbolicLink}, and the
 * modification time as VS Code takes it (`Stats.mtime`, which Node rounds to the millisecond), so that
 * index cache keys written through either adapter agree.
 */
export class NodeFileSystem implements JournalFileSystem {
	constructor(private readonly uris: FileUriCodec) { }

	readDirectory(uri: string): Promise<readonly (readonly [string, number])[]> {
		return new Promise((resolve, reject) => fs.readdir(this.uris.pathOf(uri), { withFileTypes: true }, (error, entries) =>
			error ? reject(error) : resolve(entries.map(entry => [entry.name, kindOf(entry)] as const))));
	}

	readFile(uri: string): Promise<Uint8Array> {
		return readLocalFile(this.uris.pathOf(uri));
	}

	async stat(uri: string): Promise<FileStat> {
		const filePath = this.uris.pathOf(uri);
		const link = await statOf(fs.lstat, filePath);
		if (!link.isSymbolicLink()) {
			return { kind: kindOf(link), mtime: link.mtime.getTime(), size: link.size };
		}
		const target = await statOf(fs.stat, filePath);
		return { kind: kindOf(target) | FileKind.SymbolicLink, mtime: target.mtime.getTime(), size: target.size };
	}

	joinPath(uri: string, name: string): string {
		return this.uris.joinPath(uri, name);
	}
}
