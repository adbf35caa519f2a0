// Loaded by the web-worker extension host as extensionTestsPath (bundled by test/web/build.mjs):
// runs extension.web.test.ts with mocha's browser build. There is no Node here: no fs, no process.
// The runner (test/host/runWeb.mjs) reads the console, so what it needs comes back as lines:
//   LJ-RESULTS {…}                 the results (test/shared/results.ts); the runner writes them to $LJ_RESULTS
//   WEB-TESTS-SCREENSHOT-READY     (the Leadership Journal view is open; the runner takes its
//                                   screenshot and then writes `screenshotDoneMarker` to the workspace)
// Resolving passes the run; rejecting fails it, and the host exits with code 1.
import 'mocha/mocha';
import * as vscode from 'vscode';
import { eventually } from '../shared/hostTestHelpers';
import { collectResults, resultsLine, type TestResults } from '../shared/results';

/** Written to the workspace root by the runner once it has taken the screenshot. */
export const screenshotDoneMarker = '.web-host-screenshot-taken';

export async function run(): Promise<void> {
	mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000 });
	await import('./extension.web.test');
	const results = await new Promise<TestResults>((resolve, reject) => {
		try {
			// mocha starts the tests after run() returns, so the counting starts before the first one.
			const counted: { results?: TestResults } = {};
			const runner = mocha.run(() => counted.results ? resolve(counted.results) : reject(new Error('mocha ended before it started')));
			counted.results = collectResults(runner);
		} catch (error) {
			reject(error);
		}
	});
	console.log(resultsLine(results));
	await holdForScreenshot();
	if (results.failed > 0) {
		throw new Error(`${results.failed} web tests failed`);
	}
	if (results.passed === 0) {
		throw new Error('no web test ran');
	}
}

/** Shows the Leadership Journal view and waits (at most 30 s) until the runner has photographed it. */
async function holdForScreenshot(): Promise<void> {
	const folder = vscode.workspace.workspaceFolders?.[0];
	try {
		await vscode.commands.executeCommand('workbench.view.extension.leadershipJournal');
	} catch (error) {
		console.log(`could not open the Leadership Journal view: ${String(error)}`);
	}
	if (!folder) {
		return;
	}
	console.log('WEB-TESTS-SCREENSHOT-READY');
	const marker = vscode.Uri.joinPath(folder.uri, screenshotDoneMarker);
	const markerWritten = () => Promise.resolve(vscode.workspace.fs.stat(marker)).then(() => true, () => false);
	try {
		await eventually(markerWritten, 'the runner confirms its screenshot', 30_000, 200);
	} catch {
		console.log('no screenshot confirmation from the runner within 30 s; finishing anyway');
	}
}
