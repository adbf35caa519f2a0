// The results contract of every test layer, for the Node scripts (test/runAll.mjs and the runners in
// test/host and test/e2e); test/shared/results.ts is the same shape for the mocha suites. A layer writes
//   { "passed": n, "failed": n, "pending": n, "failures": [{ "title": "…", "error": "…" }] }
// to the file named by $LJ_RESULTS, and test/runAll.mjs reads every layer back with readResults().
import fs from 'node:fs';
import path from 'node:path';

/** The environment variable that names the results file, for every layer. */
export const resultsVariable = 'LJ_RESULTS';

/** The prefix of the console line that carries a host's results (see resultsLine in results.ts). */
export const resultsLinePrefix = 'LJ-RESULTS ';

/** Results with nothing counted yet. */
export function emptyResults() {
	return { passed: 0, failed: 0, pending: 0, failures: [] };
}

/** Results that say only that the layer failed, and why: for a run that crashed before it could count. */
export function crashResults(title, error) {
	return { passed: 0, failed: 1, pending: 0, failures: [{ title, error: String(error) }] };
}

const isCount = value => Number.isInteger(value) && value >= 0;

/** `value` as results when it has the contract's shape, else undefined. */
export function asResults(value) {
	if (!value || typeof value !== 'object' || !isCount(value.passed) || !isCount(value.failed) || !isCount(value.pending) || !Array.isArray(value.failures)) {
		return undefined;
	}
	const failures = value.failures.map(failure => ({ title: String(failure?.title ?? ''), error: String(failure?.error ?? '') }));
	return { passed: value.passed, failed: value.failed, pending: value.pending, failures };
}

/** Writes `results` to `file` (creating its folder). */
export function writeResults(file, results) {
	const checked = asResults(results);
	if (!checked) {
		throw new Error(`not results: ${JSON.stringify(results)}`);
	}
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, `${JSON.stringify(checked, null, '\t')}\n`);
}

/** The results in `file`; undefined when there is no such file or it does not hold results. */
export function readResults(file) {
	try {
		return asResults(JSON.parse(fs.readFileSync(file, 'utf8')));
	} catch {
		return undefined;
	}
}

/** The results a console line carries, or undefined for any other line. */
export function parseResultsLine(line) {
	if (!line.startsWith(resultsLinePrefix)) {
		return undefined;
	}
	try {
		return asResults(JSON.parse(line.slice(resultsLinePrefix.length)));
	} catch {
		return undefined;
	}
}
