/** Entries larger than this are listed under "Needs attention" instead of being read. */
export const maxEntryBytes = 8 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');

/** Whether `bytes` look like binary data: a NUL byte in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
	return bytes.subarray(0, 8192).includes(0);
}

/** Decodes UTF-8, keeping a BOM so that offsets stay true to the file. */
export function decodeText(bytes: Uint8Array): string {
	return decoder.decode(bytes);
}

/**
 * `text` as a string of its own. JavaScript engines keep a slice of a long string as a view into
 * it, so a title sliced from a file's text would keep the whole text alive for as long as the index
 * keeps the title. Short strings are copied anyway.
 */
export function detached(text: string): string {
	return text.length < 13 ? text : (` ${text}`).slice(1);
}
