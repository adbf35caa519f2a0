import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson, type IScriptFile, type l10nJsonFormat, type l10nJsonMessageFormat } from '@vscode/l10n-dev';
import { repositoryRoot as repo } from '../helpers/repository';

function readJson<T>(...segments: string[]): T {
	return JSON.parse(fs.readFileSync(path.join(repo, ...segments), 'utf8')) as T;
}

function message(value: l10nJsonMessageFormat): string {
	return typeof value === 'string' ? value : value.message;
}

/** The files `vscode-l10n-dev export ./src` reads: every .ts/.tsx/.js/.jsx below src, skipping dot folders and files as its glob does. */
function scriptFiles(folder: string): IScriptFile[] {
	const files: IScriptFile[] = [];
	for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
		const full = path.join(folder, item.name);
		if (item.name.startsWith('.')) {
			continue;
		}
		if (item.isDirectory()) {
			files.push(...scriptFiles(full));
		} else if (/\.(ts|tsx|js|jsx)$/.test(item.name)) {
			files.push({ extension: path.extname(item.name), contents: fs.readFileSync(full, 'utf8') });
		}
	}
	return files;
}

/** The parts of a text a translation must carry over unchanged. */
const protectedPatterns: Record<string, RegExp> = {
	'placeholders': /\{\d+\}/g,
	'codicons': /\$\([\w~-]+\)/g,
	'code spans': /`[^`\n]+`/g,
	'command links': /command:[^\s)]+/g,
};

function protectedTokens(text: string, pattern: RegExp): string[] {
	return [...new Set(text.match(pattern) ?? [])].sort();
}

function assertSameTokens(english: string, german: string, where: string): void {
	for (const [kind, pattern] of Object.entries(protectedPatterns)) {
		assert.deepEqual(protectedTokens(german, pattern), protectedTokens(english, pattern),
			`${where}: the German text must keep the ${kind} of the English one.\n  en: ${english}\n  de: ${german}`);
	}
}

const bundle = readJson<l10nJsonFormat>('l10n', 'bundle.l10n.json');
const bundleDe = readJson<l10nJsonFormat>('l10n', 'bundle.l10n.de.json');
const nls = readJson<Record<string, string>>('package.nls.json');
const nlsDe = readJson<Record<string, string>>('package.nls.de.json');

suite('localization', () => {
	test('l10n/bundle.l10n.json holds exactly the vscode.l10n.t strings of src', async function () {
		this.timeout(120_000);
		const extracted = await getL10nJson(scriptFiles(path.join(repo, 'src')));
		assert.deepEqual(extracted, bundle, 'l10n/bundle.l10n.json is out of date: run npm run l10n and translate the new strings');
	});

	test('package.json points VS Code at the l10n folder', () => {
		assert.equal(readJson<{ l10n?: string }>('package.json').l10n, './l10n');
	});

	test('every runtime string has a German translation, and there are no stale ones', () => {
		const missing = Object.keys(bundle).filter(key => !(key in bundleDe) || !message(bundleDe[key]).trim());
		assert.deepEqual(missing, [], 'l10n/bundle.l10n.de.json lacks a translation: run npm run l10n and translate the new strings');
		const extra = Object.keys(bundleDe).filter(key => !(key in bundle));
		assert.deepEqual(extra, [], 'l10n/bundle.l10n.de.json has translations of strings that src no longer uses');
	});

	test('package.nls.json and package.nls.de.json have the same keys, all translated', () => {
		assert.deepEqual(Object.keys(nlsDe).sort(), Object.keys(nls).sort());
		for (const [key, text] of Object.entries(nlsDe)) {
			assert.ok(typeof text === 'string' && text.trim(), `package.nls.de.json: ${key} is empty`);
		}
	});

	test('every runtime translation keeps the placeholders, codicons, code spans and command links', () => {
		for (const [key, value] of Object.entries(bundle)) {
			if (key in bundleDe) {
				assertSameTokens(message(value), message(bundleDe[key]), `bundle.l10n.de.json "${key}"`);
			}
		}
	});

	test('every manifest translation keeps the placeholders, codicons, code spans and command links', () => {
		for (const [key, text] of Object.entries(nls)) {
			if (key in nlsDe) {
				assertSameTokens(text, nlsDe[key], `package.nls.de.json ${key}`);
			}
		}
	});

	test('every %key% of package.json has a text in both package.nls files', () => {
		const raw = fs.readFileSync(path.join(repo, 'package.json'), 'utf8');
		const used = [...new Set([...raw.matchAll(/"%([\w.-]+)%"/g)].map(match => match[1]))];
		assert.ok(used.length > 0);
		assert.deepEqual(used.filter(key => !nls[key]), [], 'keys missing from package.nls.json');
		assert.deepEqual(used.filter(key => !nlsDe[key]), [], 'keys missing from package.nls.de.json');
	});

	test('the token check catches a dropped placeholder, codicon, code span or command link', () => {
		assert.throws(() => assertSameTokens('Copied {0}', 'Kopiert', 'probe'));
		assert.throws(() => assertSameTokens('$(add) New', '$(plus) Neu', 'probe'));
		assert.throws(() => assertSameTokens('Use `.` here', 'Verwenden Sie . hier', 'probe'));
		assert.throws(() => assertSameTokens('[Open](command:a.b)', '[Öffnen](command:a.c)', 'probe'));
		assertSameTokens('{0} of {1} `x` $(add) [A](command:a.b)', '$(add) {1} von {0} `x` [B](command:a.b)', 'probe');
	});
});
