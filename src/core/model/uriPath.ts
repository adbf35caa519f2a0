const uriPattern = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)$/i;

/**
 * The path from the folder `fromFolderUri` to the file `toUri`, both URI strings, such as
 * `../2025/2025-12-01-offsite.md`; still percent-encoded as in the URIs.
 * @returns `toUri` itself when the two have a different scheme or authority, or either has a query or fragment.
 */
export function relativeUriPath(fromFolderUri: string, toUri: string): string {
	const from = uriPattern.exec(fromFolderUri);
	const to = uriPattern.exec(toUri);
	if (!from || !to || from[1] !== to[1]) {
		return toUri;
	}
	const fromSegments = from[2].split('/').filter(segment => segment !== '');
	const toSegments = to[2].split('/').filter(segment => segment !== '');
	let common = 0;
	while (common < fromSegments.length && common < toSegments.length - 1 && fromSegments[common] === toSegments[common]) {
		common++;
	}
	return [...fromSegments.slice(common).map(() => '..'), ...toSegments.slice(common)].join('/');
}

/** A URI's path segment, percent-decoded; as written when it does not decode. */
export function decodedUriSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
