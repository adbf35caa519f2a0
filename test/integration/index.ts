// Loaded by the extension host as extensionTestsPath: runs the *.test.js files beside it with mocha.
// LJ_SUITE=multiRoot runs the *.multiRoot.test.js files (a two-folder workspace) instead of the others.
// Resolving passes the run; rejecting fails it, and the host exits with code 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
	const multiRoot = process.env.LJ_SUITE === 'multiRoot';
	const inSuite = (name: string) => name.endsWith('.test.js') && name.endsWith('.multiRoot.test.js') === multiRoot;
	for (const file of fs.readdirSync(__dirname).filter(inSuite).sort()) {
		mocha.addFile(path.join(__dirname, file));
	}
	let passed = 0;
	return new Promise((resolve, reject) => {
		const runner = mocha.run(failures => {
			const summary = { passed, failed: failures };
			if (process.env.LJ_RESULTS_FILE) {
				fs.writeFileSync(process.env.LJ_RESULTS_FILE, JSON.stringify(summary));
			}
			if (failures > 0) {
				reject(new Error(`${failures} integration tests failed`));
			} else if (passed === 0) {
				reject(new Error('no integration test ran'));
			} else {
				resolve();
			}
		});
		runner.on('pass', () => { passed++; });
	});
}
