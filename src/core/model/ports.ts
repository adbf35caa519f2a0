/** Kinds of directory entries; the bit values match `vscode.FileType`. */
export const enum FileKind {
	File = 1,
	Directory = 2,
	SymbolicLink = 64,
}

/** Size, time and kind of a file. */
export interface FileStat {
	/** Bit set of {@link FileKind} values. */
	readonly kind: number;
	/** Modification time in milliseconds since the epoch. */
	readonly mtime: number;
	/** Size in bytes. */
	readonly size: number;
}

/** The file access the core needs; the extension implements it with `vscode.workspace.fs`. */
export interface JournalFileSystem {
	/** Lists the names in folder `uri` with their {@link FileKind} bits. */
	readDirectory(uri: string): Promise<readonly (readonly [string, number])[]>;
	/** Reads the bytes of file `uri`. */
	readFile(uri: string): Promise<Uint8Array>;
	/** Size, time and kind of `uri`; rejects when it does not exist. */
	stat(uri: string): Promise<FileStat>;
	/** The URI of `name` inside folder `uri`. */
	joinPath(uri: string, name: string): string;
}

