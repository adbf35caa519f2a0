// Bundles the extension into dist/: `dist/extension.js` for the Node extension host (desktop,
// remote) and `dist/web/extension.js` for the web-worker host (vscode.dev, github.dev).
// `--production` minifies; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
	entryPoints: ['src/extension.ts'],
	bundle: true,
	format: 'cjs',
	target: 'es2022',
	external: ['vscode'],
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
};

const builds = [
	{ ...shared, platform: 'node', outfile: 'dist/extension.js' },
	// The core uses no Node API, so the same code runs in a web worker; anything that did would fail this build.
	{ ...shared, platform: 'browser', outfile: 'dist/web/extension.js', mainFields: ['browser', 'module', 'main'] },
];

if (watch) {
	for (const options of builds) {
		await (await esbuild.context(options)).watch();
	}
} else {
	await Promise.all(builds.map(options => esbuild.build(options)));
}
