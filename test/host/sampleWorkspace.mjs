// The demo's workspace: the sample journal that Try the Sample Journal writes, built from its one
// source (src/core/coaching/sampleJournal.ts) and dated relative to a day, so that its reviews and
// commitments are as due as the command's would be, whenever the demo runs.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The core's sampleJournal and toIsoDate, bundled from the sources in memory. */
async function loadCore() {
	const bundled = await esbuild.build({
		stdin: {
			contents: "export { sampleJournal } from './src/core/coaching/sampleJournal';\nexport { toIsoDate } from './src/core/model/dates';\n",
			resolveDir: repo,
			loader: 'ts',
		},
		bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning',
	});
	return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}

/**
 * Writes the sample journal into `workspace`/journal, dated relative to `today` (YYYY-MM-DD;
 * the local date by default), as Try the Sample Journal writes it into a workspace folder.
 */
export async function writeSampleWorkspace(workspace, today) {
	const { sampleJournal, toIsoDate } = await loadCore();
	for (const file of sampleJournal(today ?? toIsoDate(new Date()))) {
		const target = path.join(workspace, 'journal', ...file.path);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.writeFileSync(target, file.text);
	}
}

/** The file in a demo workspace that names the day it was written for. */
const dayFile = '.demo-day';

/**
 * Makes `workspace` the demo's sample journal for `today` (the local date by default): kept as it is
 * when it was written for that day, else written afresh, an older one first moved aside to
 * `workspace-<its day>` so that nothing typed into it is lost.
 * @returns the day the workspace is dated from.
 */
export async function prepareDemoWorkspace(workspace, today) {
	const { toIsoDate } = await loadCore();
	const day = today ?? toIsoDate(new Date());
	const marker = path.join(workspace, dayFile);
	if (fs.existsSync(workspace)) {
		const written = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8').trim() : 'undated';
		if (written === day) {
			return day;
		}
		let aside = `${workspace}-${written}`;
		for (let n = 2; fs.existsSync(aside); n++) {
			aside = `${workspace}-${written}-${n}`;
		}
		fs.renameSync(workspace, aside);
	}
	await writeSampleWorkspace(workspace, day);
	fs.writeFileSync(marker, `${day}\n`);
	return day;
}
