// `node out/test/bench/headerReader.js [count]`: how often the fast header reader answers on headers
// shaped like real vaults' (test/unit/helpers/vaultHeaders.ts), and the time per header of the fast
// reader, of parseHeader (fast reader, else the yaml library) and of the yaml library alone.
import { parse } from 'yaml';
import { parseSimpleYaml } from '../../src/core/text/simpleYaml';
import { parseHeader } from '../../src/core/text/header';
import { vaultHeaders } from './vaultHeaders';

const count = Number(process.argv[2] ?? 20_000);
const blocks = vaultHeaders(count);
const texts = blocks.map(block => `---\n${block}---\n# Body\n`);

/** Microseconds per item of the fastest of five runs of `run` over every item, after one run to warm up. */
function perItem<T>(items: readonly T[], run: (item: T) => unknown): number {
	items.forEach(run);
	let best = Infinity;
	for (let attempt = 0; attempt < 5; attempt++) {
		const started = performance.now();
		for (const item of items) {
			run(item);
		}
		best = Math.min(best, performance.now() - started);
	}
	return best * 1000 / items.length;
}

const fallbacks = blocks.filter(block => parseSimpleYaml(block) === undefined).length;
console.log(`headers: ${count}; fall back to the yaml library: ${fallbacks} (${(100 * fallbacks / count).toFixed(1)}%)`);
console.log(`fast reader, where it answers: ${perItem(blocks.filter(block => parseSimpleYaml(block) !== undefined), parseSimpleYaml).toFixed(2)} µs/header`);
console.log(`parseHeader (fast reader, else the library): ${perItem(texts, parseHeader).toFixed(2)} µs/header`);
console.log(`yaml library alone: ${perItem(blocks, block => parse(block, { schema: 'core', uniqueKeys: false })).toFixed(2)} µs/header`);
