// Bundles the extension into dist/: `dist/extension.js` for the Node extension host (desktop,
// remote), with `dist/entryParserWorker.js` for its worker threads, and `dist/web/extension.js` for
// the web-worker host (vscode.dev, github.dev). `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
	bundle: true,
	format: 'cjs',
	target: 'es2022',
	external: ['vscode'],
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
};

/** The web build takes src/adapters/hostIo.web.ts wherever the Node build takes hostIo.ts: no node:fs, no worker threads. */
const webHostIo = {
	name: 'web-host-io',
	setup(build) {
		build.onResolve({ filter: /\/hostIo$/ }, args => ({ path: path.resolve(args.resolveDir, `${args.path}.web.ts`) }));
	},
};

const builds = [
	{ ...shared, entryPoints: ['src/extension.ts'], platform: 'node', outfile: 'dist/extension.js' },
	{ ...shared, entryPoints: ['src/worker/entryParserWorker.ts'], platform: 'node', outfile: 'dist/entryParserWorker.js' },
	// The core uses no Node API, so the same code runs in a web worker; anything that did would fail this build.
	{ ...shared, entryPoints: ['src/extension.ts'], platform: 'browser', outfile: 'dist/web/extension.js', mainFields: ['browser', 'module', 'main'], plugins: [webHostIo] },
];

if (watch) {
	for (const options of builds) {
		await (await esbuild.context(options)).watch();
	}
} else {
	await Promise.all(builds.map(options => esbuild.build(options)));
}
