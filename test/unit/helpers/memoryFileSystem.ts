import { FileKind, type FileStat, type JournalFileSystem } from '../../../src/core/model/ports';

interface MemoryFile {
	bytes: Uint8Array;
	mtime: number;
}

/** An in-memory journal file system for unit tests, with hooks to make reads fail. */
export class MemoryFileSystem implements JournalFileSystem {
	private readonly files = new Map<string, MemoryFile>();
	private readonly folders = new Set<string>();
	private readonly links = new Map<string, number>();
	private clock = 1_700_000_000_000;
	/** URIs whose reads and listings fail, as an unreadable file or folder would. */
	readonly denied = new Set<string>();
	/** Counts of calls, for tests that check how much work was done. */
	readonly calls = { readDirectory: 0, readFile: 0, stat: 0 };

	/** Writes a file, creating its folders. */
	write(uri: string, text: string | Uint8Array, mtime = ++this.clock): this {
		this.files.set(uri, { bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text, mtime });
		for (let at = uri.lastIndexOf('/'); at > 'mem://'.length; at = uri.lastIndexOf('/', at - 1)) {
			this.folders.add(uri.slice(0, at));
		}
		return this;
	}

	/** Adds a symbolic link at `uri`, to a folder or to a file. */
	link(uri: string, to: 'folder' | 'file'): this {
		this.links.set(uri, (to === 'folder' ? FileKind.Directory : FileKind.File) | FileKind.SymbolicLink);
		return this;
	}

	/** Deletes a file, or a folder with everything in it. */
	delete(uri: string): void {
		for (const key of [...this.files.keys()]) {
			if (key === uri || key.startsWith(`${uri}/`)) {
				this.files.delete(key);
			}
		}
		for (const key of [...this.folders]) {
			if (key === uri || key.startsWith(`${uri}/`)) {
				this.folders.delete(key);
			}
		}
	}

	async readDirectory(uri: string): Promise<readonly (readonly [string, number])[]> {
		this.calls.readDirectory++;
		if (this.denied.has(uri) || !this.folders.has(uri)) {
			throw new Error(`EACCES or ENOENT: ${uri}`);
		}
		const children = new Map<string, number>();
		const prefix = `${uri}/`;
		for (const key of [...this.files.keys(), ...this.folders]) {
			if (key.startsWith(prefix)) {
				const name = key.slice(prefix.length).split('/')[0];
				children.set(name, key.slice(prefix.length).includes('/') || this.folders.has(key) ? FileKind.Directory : FileKind.File);
			}
		}
		for (const [link, kind] of this.links) {
			if (link.startsWith(prefix) && !link.slice(prefix.length).includes('/')) {
				children.set(link.slice(prefix.length), kind);
			}
		}
		return [...children];
	}

	async readFile(uri: string): Promise<Uint8Array> {
		this.calls.readFile++;
		const file = this.files.get(uri);
		if (!file || this.denied.has(uri)) {
			throw new Error(`ENOENT: ${uri}`);
		}
		return file.bytes;
	}

	async stat(uri: string): Promise<FileStat> {
		this.calls.stat++;
		const file = this.files.get(uri);
		if (file) {
			return { kind: FileKind.File, mtime: file.mtime, size: file.bytes.length };
		}
		if (this.folders.has(uri)) {
			return { kind: FileKind.Directory, mtime: 0, size: 0 };
		}
		const link = this.links.get(uri);
		if (link !== undefined) {
			return { kind: link, mtime: 0, size: 0 };
		}
		throw new Error(`ENOENT: ${uri}`);
	}

	joinPath(uri: string, name: string): string {
		return `${uri}/${name}`;
	}
}

/** Joins lines with `\n`, for readable inline fixtures. */
export function lines(...text: string[]): string {
	return text.join('\n');
}
