// Runs the integration tests through @vscode/test-electron, with the offline code-server shim
// standing in for the VS Code executable. The tests write their results file at $LJ_RESULTS
// (test/shared/results.mjs); the exit code is non-zero when any failed or the host did not finish.
// Usage: LJ_RESULTS=results.json node runIntegration.mjs <folder or .code-workspace> [suite]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { resultsVariable } from '../shared/results.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [workspace, suite = ''] = process.argv.slice(2);
const resultsFile = process.env[resultsVariable] ? path.resolve(process.env[resultsVariable]) : '';

try {
	await runTests({
		vscodeExecutablePath: path.join(repo, 'test', 'host', 'codeShim.mjs'),
		extensionDevelopmentPath: repo,
		extensionTestsPath: path.join(repo, 'out', 'test', 'integration', 'index'),
		launchArgs: [workspace, '--disable-extensions'],
		extensionTestsEnv: { [resultsVariable]: resultsFile, LJ_SUITE: suite },
	});
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
