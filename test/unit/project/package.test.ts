import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repositoryRoot as repo } from '../helpers/repository';

/** What the .vsix may hold: the bundles, media, snippets, templates, translations and the documents. */
const allowed = [
	/^dist\/extension\.js$/,
	/^dist\/entryParserWorker\.js$/,
	/^dist\/web\/extension\.js$/,
	/^media\/[\w/-]+\.(png|svg|css)$/,
	/^snippets\/[\w-]+\.code-snippets$/,
	/^templates\/(lenses\/|follow-up\/|programs\/[\w-]+\/)?[\w-]+\.md$/,
	/^l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/,
	/^package\.nls(\.[a-z-]+)?\.json$/,
	/^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
];

suite('the packaged .vsix', () => {
	test('ships only what runs: no sources, tests, maps or dependencies', function () {
		this.timeout(60_000);
		// `vsce ls` lists only files that exist: without the bundles the package would look incomplete.
		for (const bundle of ['dist/extension.js', 'dist/entryParserWorker.js', 'dist/web/extension.js']) {
			assert.ok(fs.existsSync(path.join(repo, bundle)), `${bundle} is not built: run \`npm run build\` first (\`npm run test:unit\` and \`npm test\` do)`);
		}
		const listed = execFileSync(path.join(repo, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: repo, encoding: 'utf8' })
			.split('\n').map(line => line.trim()).filter(line => line !== '');
		for (const file of listed) {
			assert.ok(allowed.some(pattern => pattern.test(file)), `${file} should not be in the package`);
		}
		for (const required of ['dist/extension.js', 'dist/entryParserWorker.js', 'dist/web/extension.js', 'media/icon.png', 'media/preview.css', 'snippets/journal.code-snippets',
			'templates/hiring.md', 'templates/lenses/grow.md', 'templates/follow-up/general.md', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
			assert.ok(listed.includes(required), `${required} is missing from the package`);
		}
	});

	test('the web bundle needs nothing but vscode: no node:fs, no worker threads', () => {
		const web = fs.readFileSync(path.join(repo, 'dist', 'web', 'extension.js'), 'utf8');
		assert.deepEqual([...new Set([...web.matchAll(/require\("([^"]+)"\)/g)].map(match => match[1]))], ['vscode']);
	});
});
