// Loaded by the web-worker extension host as extensionTestsPath (bundled by test/web/build.mjs):
// runs extension.web.test.ts with mocha's browser build. There is no Node here: no fs, no process.
// The runner (test/host/runWeb.mjs) reads the console, so the results come back as lines:
//   WEB-TESTS-DONE <passed> passed, <failed> failed
//   WEB-TESTS-SCREENSHOT-READY     (the Leadership Journal view is open; the runner takes its
//                                   screenshot and then writes `screenshotDoneMarker` to the workspace)
// Resolving passes the run; rejecting fails it, and the host exits with code 1.
import 'mocha/mocha';
import * as vscode from 'vscode';

/** Written to the workspace root by the runner once it has taken the screenshot. */
export const screenshotDoneMarker = '.web-host-screenshot-taken';

export async function run(): Promise<void> {
	mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000 });
	await import('./extension.web.test');
	let passed = 0;
	const failed = await new Promise<number>((resolve, reject) => {
		try {
			mocha.run(failures => resolve(failures)).on('pass', () => { passed++; });
		} catch (error) {
			reject(error);
		}
	});
	console.log(`WEB-TESTS-DONE ${passed} passed, ${failed} failed`);
	await holdForScreenshot();
	if (failed > 0) {
		throw new Error(`${failed} web tests failed`);
	}
	if (passed === 0) {
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
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			await vscode.workspace.fs.stat(marker);
			return;
		} catch {
			await new Promise(resolve => setTimeout(resolve, 200));
		}
	}
	console.log('no screenshot confirmation from the runner within 30 s; finishing anyway');
}
