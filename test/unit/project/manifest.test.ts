import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandIds, contextKeys, settingKeys, settingsSection, viewIds } from '../../../src/ids';
import { repositoryRoot as repo } from '../helpers/repository';

const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(repo, 'package.nls.json'), 'utf8'));

interface Command { command: string; title: string; category?: string; icon?: string }
interface MenuItem { command: string; when?: string }

const contributed: Command[] = manifest.contributes.commands;

suite('package.json', () => {
	test('declares exactly the commands of the id table', () => {
		assert.deepEqual(contributed.map(command => command.command).sort(), Object.values(commandIds).sort());
	});

	test('every command has the Leadership Journal category and a title', () => {
		for (const command of contributed) {
			assert.equal(command.category, '%category%', command.command);
			assert.ok(command.title, command.command);
		}
		assert.equal(nls.category, 'Leadership Journal');
	});

	test('every id starts with leadershipJournal.', () => {
		const ids = [...Object.values(commandIds), viewIds.challenges, ...Object.keys(manifest.contributes.configuration.properties)];
		for (const id of ids) {
			assert.match(id, /^leadershipJournal\./);
		}
	});

	test('every menu item names a contributed command', () => {
		const known = new Set(contributed.map(command => command.command));
		for (const [menu, items] of Object.entries(manifest.contributes.menus as Record<string, MenuItem[]>)) {
			for (const item of items) {
				assert.ok(known.has(item.command), `${menu} names unknown ${item.command}`);
			}
		}
	});

	test('declares exactly the settings of the id table', () => {
		const declared = Object.keys(manifest.contributes.configuration.properties).sort();
		assert.deepEqual(declared, Object.values(settingKeys).map(key => `${settingsSection}.${key}`).sort());
	});

	test('views and the container match the id table', () => {
		assert.equal(manifest.contributes.viewsContainers.activitybar[0].id, viewIds.container);
		assert.deepEqual(manifest.contributes.views[viewIds.container].map((view: { id: string }) => view.id), [viewIds.challenges, viewIds.commitments, viewIds.people]);
		for (const welcome of manifest.contributes.viewsWelcome) {
			assert.ok([viewIds.challenges, viewIds.commitments, viewIds.people].includes(welcome.view), welcome.view);
		}
	});

	test('every %key% has a text in package.nls.json, and every text is used', () => {
		const raw = fs.readFileSync(path.join(repo, 'package.json'), 'utf8');
		const used = new Set([...raw.matchAll(/"%([\w.-]+)%"/g)].map(match => match[1]));
		for (const key of used) {
			assert.ok(nls[key], `missing nls key ${key}`);
		}
		assert.deepEqual(Object.keys(nls).filter(key => !used.has(key)), []);
	});

	test('activation is lazy: only when a markdown file opens (for the entry checks), never "*"', () => {
		assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown']);
	});

	test('@types/vscode matches engines.vscode, so no API newer than the engine is used', () => {
		assert.equal(`^${manifest.devDependencies['@types/vscode']}`, manifest.engines.vscode);
	});

	test('every snippet file parses and every snippet has a prefix, body and description', () => {
		for (const contribution of manifest.contributes.snippets) {
			const snippets = JSON.parse(fs.readFileSync(path.join(repo, contribution.path), 'utf8'));
			for (const [name, snippet] of Object.entries(snippets as Record<string, { prefix: unknown; body: unknown; description: unknown }>)) {
				assert.ok(snippet.prefix && snippet.body && snippet.description, name);
			}
		}
	});

	test('the files the manifest points at exist', () => {
		for (const file of [manifest.main, manifest.contributes.viewsContainers.activitybar[0].icon]) {
			if (!file.startsWith('./dist')) {
				assert.ok(fs.existsSync(path.join(repo, file)), file);
			}
		}
	});
});

suite('architecture', () => {
	test('src/core imports neither vscode nor Node built-ins', () => {
		const core = path.join(repo, 'src', 'core');
		for (const file of (fs.readdirSync(core, { recursive: true }) as string[]).filter(name => name.endsWith('.ts'))) {
			const text = fs.readFileSync(path.join(core, file), 'utf8');
			assert.doesNotMatch(text, /from ['"](vscode|node:\w+|fs|path|os|child_process)['"]/, file);
		}
	});

	test('gray-matter is not used at run time: it can eval ---js headers', () => {
		const files = fs.readdirSync(path.join(repo, 'src'), { recursive: true }) as string[];
		for (const file of files.filter(name => name.endsWith('.ts'))) {
			assert.doesNotMatch(fs.readFileSync(path.join(repo, 'src', file), 'utf8'), /gray-matter/, file);
		}
	});
});

suite('package.json conventions', () => {
	const commandIdsInManifest = new Set(contributed.map(command => command.command));
	const source = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
		entry.isDirectory() ? source(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [fs.readFileSync(path.join(dir, entry.name), 'utf8')] : []);
	const sources = source(path.join(repo, 'src')).join('\n');

	test('every command has a codicon, so it looks right wherever a menu shows it', () => {
		for (const command of contributed) {
			assert.match(command.icon ?? '', /^\$\([a-z0-9-]+\)$/, command.command);
		}
	});

	test('every setting is read somewhere in the code', () => {
		for (const [name, key] of Object.entries(settingKeys)) {
			assert.ok(sources.includes(`settingKeys.${name}`), `${key} is never read`);
		}
	});

	test('keybindings name contributed commands and avoid the Ctrl+K chords', () => {
		for (const binding of manifest.contributes.keybindings as { command: string; key: string; mac: string }[]) {
			assert.ok(commandIdsInManifest.has(binding.command), binding.command);
			assert.ok(!/^ctrl\+k /.test(binding.key) && !/^cmd\+k /.test(binding.mac), binding.key);
		}
	});

	test('the walkthrough has 4–6 steps, each with an image that exists, a button that runs a command, and a completion event set by a real action', () => {
		const [walkthrough] = manifest.contributes.walkthroughs;
		assert.ok(walkthrough.steps.length >= 4 && walkthrough.steps.length <= 6);
		const didKeys = new Set<string>(Object.entries(contextKeys).filter(([name]) => name.startsWith('did')).map(([, key]) => key));
		for (const step of walkthrough.steps as { id: string; description: string; media: { image: string; altText: string }; completionEvents: string[] }[]) {
			assert.ok(fs.existsSync(path.join(repo, step.media.image)), step.media.image);
			assert.ok(nls[step.media.altText.slice(1, -1)], `${step.id} alt text`);
			const button = /\(command:(leadershipJournal\.[A-Za-z]+)\)/.exec(nls[step.description.slice(1, -1)]);
			assert.ok(button && commandIdsInManifest.has(button[1]), `${step.id} has a button that runs a contributed command`);
			for (const event of step.completionEvents) {
				assert.ok(event.startsWith('onContext:') && didKeys.has(event.slice('onContext:'.length)), `${step.id}: ${event}`);
			}
		}
	});

	test('the extension runs in the Node host and the web worker, and ships an icon', () => {
		assert.equal(manifest.main, './dist/extension.js');
		assert.equal(manifest.browser, './dist/web/extension.js');
		assert.deepEqual(manifest.extensionKind, ['workspace']);
		assert.ok(fs.existsSync(path.join(repo, manifest.icon)));
		assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
	});

	test('fully supported in untrusted and virtual workspaces: nothing from the journal runs, and all file access goes through workspace.fs', () => {
		// VS Code reads `description` only when `supported` is not true, so there is none; the README's Privacy section says why.
		assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
		// The one exception: the Node host reads `file:` journals with node:fs (src/adapters/nodeFileSystem.ts, and the
		// parser pool's workers), chosen in hostIo.ts; every other scheme, and the web build, go through workspace.fs.
		const nodeReaders = ['adapters/nodeFileSystem.ts', 'adapters/entryParserPool.ts', 'worker/entryParserWorker.ts']
			.map(file => fs.readFileSync(path.join(repo, 'src', file), 'utf8'));
		const runtime = source(path.join(repo, 'src')).filter(text => !nodeReaders.includes(text));
		for (const text of runtime) {
			assert.doesNotMatch(text, /from ['"](?:node:)?(?:fs|child_process|http|https|net|tls|dns)['"]|Uri\.file\(|\beval\(|new Function\(/);
		}
		for (const text of nodeReaders) {
			assert.doesNotMatch(text, /from ['"](?:node:)?(?:child_process|http|https|net|tls|dns)['"]|\.(?:write|unlink|rm|rename|mkdir|copy)\w*\(|\beval\(|new Function\(/, 'the node:fs readers only read');
		}
		assert.match(fs.readFileSync(path.join(repo, 'src', 'adapters', 'hostIo.ts'), 'utf8'), /startsWith\('file:'\)/, 'node:fs serves file: URIs only');
	});
});
