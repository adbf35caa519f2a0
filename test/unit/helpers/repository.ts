import * as fs from 'node:fs';
import * as path from 'node:path';

/** The nearest folder at or above `from` that holds a package.json. */
function packageRoot(from: string): string {
	for (let folder = from; ; folder = path.dirname(folder)) {
		if (fs.existsSync(path.join(folder, 'package.json'))) {
			return folder;
		}
		if (path.dirname(folder) === folder) {
			throw new Error(`no package.json above ${from}`);
		}
	}
}

/**
 * The repository root, found from this file wherever the tests run from (compiled into
 * out/test/unit/helpers, or as source), so that moving a test between folders changes nothing.
 */
export const repositoryRoot = packageRoot(__dirname);
