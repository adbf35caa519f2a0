import type { Disposable } from './events';

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


/** The current time, as the core reads it; tests pass a fixed or fake clock. */
export interface Clock {
	/** The current moment. */
	now(): Date;
}

/** One-shot timers, as the core sets them; tests pass fake time that they advance by hand. */
export interface Scheduler {
	/** Calls `task` once, `delayMs` milliseconds from now; disposing the result cancels the call. */
	schedule(task: () => void, delayMs: number): Disposable;
}
