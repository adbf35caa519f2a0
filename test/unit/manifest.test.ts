import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commandIds, settingKeys, settingsSection, viewIds } from '../../src/ids';

const repo = path.join(__dirname, '..', '..', '..');
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
		assert.deepEqual(manifest.contributes.views[viewIds.container].map((view: { id: string }) => view.id), [viewIds.challenges, viewIds.commitments]);
		for (const welcome of manifest.contributes.viewsWelcome) {
			assert.ok([viewIds.challenges, viewIds.commitments].includes(welcome.view), welcome.view);
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
		for (const file of fs.readdirSync(core)) {
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
