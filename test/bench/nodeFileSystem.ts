import * as fs from 'node:fs';
import { FileKind, type FileStat, type JournalFileSystem } from '../../src/core/model/ports';

const scheme = 'file://';

/** The `file://` URI of an absolute path; bench paths need no escaping. */
export function fileUri(filePath: string): string {
	return scheme + filePath;
}

/** The path of a `file://` URI made by {@link fileUri} or {@link NodeFileSystem.joinPath}. */
export function uriPath(uri: string): string {
	return decodeURIComponent(uri.slice(scheme.length));
}

function kindOf(entry: fs.Dirent | fs.Stats): number {
	return entry.isSymbolicLink() ? FileKind.SymbolicLink : entry.isDirectory() ? FileKind.Directory : entry.isFile() ? FileKind.File : 0;
}

function statOf(how: typeof fs.stat, filePath: string): Promise<fs.Stats> {
	return new Promise((resolve, reject) => how(filePath, (error, stats) => error ? reject(error) : resolve(stats)));
}

/** The core's file access over `node:fs`, as VS Code's would be on a local disk; it counts its calls. */
export class NodeFileSystem implements JournalFileSystem {
	/** Calls so far, to check that an update reads only what changed. */
	readonly calls = { readDirectory: 0, readFile: 0, stat: 0 };

	async readDirectory(uri: string): Promise<readonly (readonly [string, number])[]> {
		this.calls.readDirectory++;
		const entries = await fs.promises.readdir(uriPath(uri), { withFileTypes: true });
		return entries.map(entry => [entry.name, kindOf(entry)] as const);
	}

	// Node 20's callback API is much faster than fs.promises for many small files (fewer round trips).
	readFile(uri: string): Promise<Uint8Array> {
		this.calls.readFile++;
		return new Promise((resolve, reject) => fs.readFile(uriPath(uri), (error, bytes) => error ? reject(error) : resolve(bytes)));
	}

	async stat(uri: string): Promise<FileStat> {
		this.calls.stat++;
		const link = await statOf(fs.lstat, uriPath(uri));
		if (!link.isSymbolicLink()) {
			return { kind: kindOf(link), mtime: Math.trunc(link.mtimeMs), size: link.size };
		}
		const target = await statOf(fs.stat, uriPath(uri));
		return { kind: kindOf(target) | FileKind.SymbolicLink, mtime: Math.trunc(target.mtimeMs), size: target.size };
	}

	joinPath(uri: string, name: string): string {
		return `${uri}/${encodeURIComponent(name)}`;
	}

	/** Resets the call counts. */
	resetCalls(): void {
		this.calls.readDirectory = this.calls.readFile = this.calls.stat = 0;
	}
}
