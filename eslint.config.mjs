// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**'] },
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
		files: ['src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', {
				paths: [{ name: 'vscode', message: 'src/core is plain TypeScript: reach VS Code through a port.' }],
				patterns: [
					{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src/core runs in browsers too: no Node built-ins.' },
					{ group: ['../*'], message: 'src/core must not depend on the VS Code side.' },
				],
			}],
		},
	},
	{
		files: ['src/**/*.ts'],
		ignores: ['src/core/**'],
		rules: {
			'no-restricted-imports': ['error', {
				patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'Use vscode.workspace.fs, so remote and virtual workspaces work.' }],
			}],
		},
	},
);
