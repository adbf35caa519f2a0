// Loaded by the extension host as extensionTestsPath: runs the *.test.js files beside it with mocha.
// LJ_SUITE=multiRoot runs the *.multiRoot.test.js files (a two-folder workspace) instead of the others.
// The reporter prints mocha's spec output and writes the results file at $LJ_RESULTS (test/shared/results.ts).
// Resolving passes the run; rejecting fails it, and the host exits with code 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import ResultsReporter from '../shared/resultsReporter';

export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: ResultsReporter });
	const multiRoot = process.env.LJ_SUITE === 'multiRoot';
	const inSuite = (name: string) => name.endsWith('.test.js') && name.endsWith('.multiRoot.test.js') === multiRoot;
	for (const file of fs.readdirSync(__dirname).filter(inSuite).sort()) {
		mocha.addFile(path.join(__dirname, file));
	}
	return new Promise((resolve, reject) => {
		const runner = mocha.run(failures => {
			if (failures > 0) {
				reject(new Error(`${failures} integration tests failed`));
			} else if (runner.stats?.passes === 0) {
				reject(new Error('no integration test ran'));
			} else {
				resolve();
			}
		});
	});
}
