// Bundles the web-worker extension-host tests (test/web/index.ts, with mocha's browser build) into
// out/web-test/index.js: one CommonJS file, no Node built-ins, `vscode` left to the host.
// Kept out of dist/ so that none of it ships in the .vsix. `node test/web/build.mjs [outfile]`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultOutfile = path.join(repo, 'out', 'web-test', 'index.js');

/** Builds the bundle; returns its path. */
export async function buildWebTests(outfile = defaultOutfile) {
	await esbuild.build({
		absWorkingDir: repo,
		entryPoints: [path.join(repo, 'test', 'web', 'index.ts')],
		bundle: true,
		format: 'cjs',
		platform: 'browser',
		mainFields: ['browser', 'module', 'main'],
		target: 'es2022',
		external: ['vscode'],
		sourcemap: 'inline',
		sourcesContent: false,
		logLevel: 'warning',
		outfile,
	});
	return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(path.relative(repo, await buildWebTests(process.argv[2] ? path.resolve(process.argv[2]) : undefined)));
}
