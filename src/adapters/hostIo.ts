import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EntryParser } from '../core/index/journalScanner';
import type { Disposable } from '../core/model/events';
import type { FileStat, JournalFileSystem } from '../core/model/ports';
import { WorkerEntryParser } from './entryParserPool';
import { WorkspaceFileSystem } from './fileSystem';
import { NodeFileSystem, type FileUriCodec } from './nodeFileSystem';

/** How this extension host reads a journal: its file access, and where entries are parsed when not on the host's thread. */
export interface HostIo {
	/** The core's file access. */
	readonly fs: JournalFileSystem;
	/** Parses entries off the extension host's thread; absent where there are no worker threads. */
	readonly parser?: EntryParser & Disposable;
}

/** `file:` URIs as `vscode.Uri` spells them, so that the index's keys match the watcher's and the editors'. */
const vscodeFileUris: FileUriCodec = {
	pathOf: uri => vscode.Uri.parse(uri, true).fsPath,
	joinPath: (uri, name) => vscode.Uri.joinPath(vscode.Uri.parse(uri, true), name).toString(),
};

/** `file:` URIs on the local disk through `node:fs`; every other scheme through `workspace.fs`. */
class LocalFirstFileSystem implements JournalFileSystem {
	private readonly local = new NodeFileSystem(vscodeFileUris);
	private readonly workspace = new WorkspaceFileSystem();

	private of(uri: string): JournalFileSystem {
		return uri.startsWith('file:') ? this.local : this.workspace;
	}

	readDirectory(uri: string): Promise<readonly (readonly [string, number])[]> {
		return this.of(uri).readDirectory(uri);
	}

	readFile(uri: string): Promise<Uint8Array> {
		return this.of(uri).readFile(uri);
	}

	stat(uri: string): Promise<FileStat> {
		return this.of(uri).stat(uri);
	}

	joinPath(uri: string, name: string): string {
		return this.of(uri).joinPath(uri, name);
	}
}

/**
 * The one place that picks how this host reads a journal. In a Node extension host (desktop, or the
 * server of a remote window, where `file:` is the disk beside the host) `file:` journals use `node:fs`
 * and entries are read and parsed in worker threads (dist/entryParserWorker.js beside the bundle); the web
 * build replaces this module with hostIo.web.ts (see esbuild.mjs), which has neither.
 */
export function createHostIo(): HostIo {
	const localPath = (uri: string) => uri.startsWith('file:') ? vscodeFileUris.pathOf(uri) : undefined;
	return { fs: new LocalFirstFileSystem(), parser: new WorkerEntryParser(path.join(__dirname, 'entryParserWorker.js'), localPath) };
}
