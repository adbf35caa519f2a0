import { WorkspaceFileSystem } from './fileSystem';
import type { HostIo } from './hostIo';

/** The web build's stand-in for hostIo.ts (see esbuild.mjs): a web worker has no `node:fs` and no worker threads, so `workspace.fs` serves every scheme and entries are parsed on the host's thread. */
export function createHostIo(): HostIo {
	return { fs: new WorkspaceFileSystem() };
}
