import type { FileStat } from '../../src/core/model/ports';
import { NodeFileSystem as ExtensionNodeFileSystem, type FileUriCodec } from '../../src/adapters/nodeFileSystem';

const scheme = 'file://';

/** The `file://` URI of an absolute path; bench paths need no escaping. */
export function fileUri(filePath: string): string {
	return scheme + filePath;
}

/** The path of a `file://` URI made by {@link fileUri} or {@link NodeFileSystem.joinPath}. */
export function uriPath(uri: string): string {
	return decodeURIComponent(uri.slice(scheme.length));
}

/** URIs as the bench spells them: `file://` and the path, each name escaped. */
export const benchUris: FileUriCodec = { pathOf: uriPath, joinPath: (uri, name) => `${uri}/${encodeURIComponent(name)}` };

/** The extension's file access over `node:fs` (src/adapters/nodeFileSystem.ts); it counts its calls. */
export class NodeFileSystem extends ExtensionNodeFileSystem {
	/** Calls so far, to check that an update reads only what changed. */
	readonly calls = { readDirectory: 0, readFile: 0, stat: 0 };

	constructor() {
		super(benchUris);
	}

	override readDirectory(uri: string): Promise<readonly (readonly [string, number])[]> {
		this.calls.readDirectory++;
		return super.readDirectory(uri);
	}

	override readFile(uri: string): Promise<Uint8Array> {
		this.calls.readFile++;
		return super.readFile(uri);
	}

	override stat(uri: string): Promise<FileStat> {
		this.calls.stat++;
		return super.stat(uri);
	}

	/** Resets the call counts. */
	resetCalls(): void {
		this.calls.readDirectory = this.calls.readFile = this.calls.stat = 0;
	}
}
