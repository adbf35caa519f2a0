// A mocha reporter for the layers that run in Node (the unit tests, and the integration tests in
// the extension host): mocha's spec output as usual, and the results file of test/shared/results.ts
// at $LJ_RESULTS when it is set. `.mocharc.json` names it; test/integration/index.ts passes it to mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { collectResults, resultsVariable } from './results';

class ResultsReporter extends Mocha.reporters.Spec {
	constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
		super(runner, options);
		const results = collectResults(runner);
		const file = process.env[resultsVariable];
		if (file) {
			runner.once('end', () => {
				fs.mkdirSync(path.dirname(file), { recursive: true });
				fs.writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
			});
		}
	}
}

// mocha loads a reporter with require() and calls what it gets: the class itself, not { default }.
export = ResultsReporter;
