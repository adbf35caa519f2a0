// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltIns = ['node:*', 'fs', 'path', 'os', 'child_process'];

/**
 * The rooms of src/core, lowest first. A room may import from rooms below it and from itself,
 * never from a room above: text and model are the ground floor, and there are no cycles.
 * ARCHITECTURE.md explains each room.
 */
const coreRooms = [['text'], ['model'], ['coaching'], ['followThrough'], ['people', 'programs'], ['index'], ['privacy'], ['editing', 'insights', 'preview']];

function roomRule(room, level) {
	const above = coreRooms.slice(level + 1).flat().concat(coreRooms[level].filter(other => other !== room));
	return {
		files: [`src/core/${room}/**/*.ts`],
		rules: {
			'no-restricted-imports': ['error', {
				paths: [{ name: 'vscode', message: 'src/core is plain TypeScript: reach VS Code through a port.' }],
				patterns: [
					{ group: nodeBuiltIns, message: 'src/core runs in browsers too: no Node built-ins.' },
					{ group: ['../../*'], message: 'src/core must not depend on the VS Code side.' },
					...(above.length > 0 ? [{ group: above.map(name => `../${name}/*`), message: `core/${room} may import only the rooms below it (${coreRooms.slice(0, level).flat().join(', ') || 'none'}); see ARCHITECTURE.md.` }] : []),
				],
			}],
		},
	};
}

export default tseslint.config(
	{ ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', '.ci-artifacts/**'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		files: ['**/*.ts'],
		rules: {
			curly: 'error',
			eqeqeq: 'error',
			semi: 'error',
			'no-throw-literal': 'error',
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		// The extension's own code is linted with type information.
		files: ['src/**/*.ts'],
		extends: [tseslint.configs.recommendedTypeChecked],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			'no-restricted-syntax': ['error', {
				selector: "MemberExpression[property.name='getConfiguration']",
				message: 'Read settings through src/adapters/settings.ts, the one module that touches VS Code\'s configuration.',
			}],
		},
	},
	{
		files: ['src/adapters/settings.ts'],
		rules: { 'no-restricted-syntax': 'off' },
	},
	...coreRooms.flatMap((rooms, level) => rooms.map(room => roomRule(room, level))),
	{
		files: ['src/features/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{ group: nodeBuiltIns, message: 'Use vscode.workspace.fs, so remote and virtual workspaces work.' },
					{ regex: '^\\.\\./(?!\\.\\./)', message: 'A feature must not import another feature: move what they share to src/core, src/adapters or src/ui.' },
					{ regex: '^\\.\\./\\.\\./features/', message: 'A feature must not import another feature: move what they share to src/core, src/adapters or src/ui.' },
				],
			}],
		},
	},
	{
		files: ['src/adapters/**/*.ts', 'src/ui/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{ group: nodeBuiltIns, message: 'Use vscode.workspace.fs, so remote and virtual workspaces work.' },
					{ group: ['../features/*'], message: 'Adapters and UI helpers serve the features; they never import one.' },
				],
			}],
		},
	},
	{
		// The Node host's own adapters, which the web build never bundles (esbuild.mjs swaps hostIo.ts for hostIo.web.ts).
		files: ['src/adapters/hostIo.ts', 'src/adapters/nodeFileSystem.ts', 'src/adapters/entryParserPool.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: ['../features/*'], message: 'Adapters and UI helpers serve the features; they never import one.' }] }],
		},
	},
	{
		// The parser pool and its worker run threads; their files are read through the one Node file-system adapter.
		files: ['src/adapters/entryParserPool.ts', 'src/worker/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map(name => ({ name, message: 'Read files through src/adapters/nodeFileSystem.ts, the one Node file-system adapter.' })),
				patterns: [{ group: ['../features/*'], message: 'Adapters and UI helpers serve the features; they never import one.' }],
			}],
		},
	},
	{
		files: ['src/ui/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [
					{ group: nodeBuiltIns, message: 'Use vscode.workspace.fs, so remote and virtual workspaces work.' },
					{ group: ['../features/*', '../adapters/*'], message: 'UI helpers sit below the adapters: they import only the core and VS Code.' },
				],
			}],
		},
	},
	{
		files: ['src/extension.ts', 'src/services.ts', 'src/ids.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: nodeBuiltIns, message: 'Use vscode.workspace.fs, so remote and virtual workspaces work.' }] }],
		},
	},
	{
		files: ['test/**/*.mjs', 'test/**/*.js', '*.mjs'],
		languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Buffer: 'readonly', fetch: 'readonly', AbortController: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', structuredClone: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', performance: 'readonly' } },
	},
);
