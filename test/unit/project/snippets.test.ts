import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSnippets, snippetFile, snippetFileText } from '../../tools/snippets';
import { repositoryRoot } from '../helpers/repository';

suite('snippets', () => {
	test('the snippets are generated from the lenses and templates (npm run snippets), and the README lists every prefix', () => {
		assert.equal(fs.readFileSync(snippetFile, 'utf8'), snippetFileText());
		const readme = fs.readFileSync(path.join(repositoryRoot, 'README.md'), 'utf8');
		assert.ok(readme.includes(fs.readFileSync(path.join(repositoryRoot, 'templates', 'hiring.md'), 'utf8')), 'the README shows the hiring template as shipped');
		for (const snippet of Object.values(buildSnippets())) {
			for (const prefix of snippet.prefix) {
				assert.ok(readme.includes(`\`${prefix}\``), `README names ${prefix}`);
			}
		}
	});
});
