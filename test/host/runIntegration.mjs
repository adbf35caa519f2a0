// Runs the integration tests through @vscode/test-electron, with the offline code-server shim
// standing in for the VS Code executable.
// Usage: node runIntegration.mjs <folder or .code-workspace> [results.json] [suite]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [workspace, resultsFile, suite = ''] = process.argv.slice(2);

try {
	await runTests({
		vscodeExecutablePath: path.join(repo, 'test', 'host', 'codeShim.mjs'),
		extensionDevelopmentPath: repo,
		extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'index'),
		launchArgs: [workspace, '--disable-extensions'],
		extensionTestsEnv: { LJ_RESULTS_FILE: resultsFile ?? '', LJ_SUITE: suite },
	});
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
