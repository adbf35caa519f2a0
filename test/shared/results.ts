// The results contract every test layer keeps: one JSON object, written to the file named by the
// LJ_RESULTS environment variable, read back by test/runAll.mjs through test/shared/results.mjs
// (which holds the same shape for the Node scripts). No Node API here: the web-worker suite uses it too.
import type * as Mocha from 'mocha';

/** One failed test or hook: its full title and what went wrong. */
export interface TestFailure {
	readonly title: string;
	readonly error: string;
}

/** What a layer reports. */
export interface TestResults {
	passed: number;
	failed: number;
	pending: number;
	readonly failures: TestFailure[];
}

/** The environment variable that names the results file, for every layer. */
export const resultsVariable = 'LJ_RESULTS';

/**
 * How a host that cannot write files (the web worker) hands its results to its runner: one console
 * line, this prefix and then the JSON (see parseResultsLine in results.mjs).
 */
export const resultsLinePrefix = 'LJ-RESULTS ';

/** The console line that carries `results`. */
export function resultsLine(results: TestResults): string {
	return `${resultsLinePrefix}${JSON.stringify(results)}`;
}

/** The error of a failure as one short text: its message (with the assertion's diff), or what was thrown. */
function describeError(error: unknown): string {
	const text = error instanceof Error ? error.message || String(error) : String(error);
	return text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
}

/**
 * Counts a mocha run as it goes: every passing test, every failing test or hook (as mocha counts
 * failures), and every pending test. The object is complete when the runner emits `end`.
 */
export function collectResults(runner: Mocha.Runner): TestResults {
	const results: TestResults = { passed: 0, failed: 0, pending: 0, failures: [] };
	runner.on('pass', () => { results.passed++; });
	runner.on('pending', () => { results.pending++; });
	runner.on('fail', (test: Mocha.Runnable, error: unknown) => {
		results.failed++;
		results.failures.push({ title: test.fullTitle(), error: describeError(error) });
	});
	return results;
}
