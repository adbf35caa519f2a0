// `npm run bench`: generates journals of 1,000, 10,000 and 50,000 entries in a temporary folder and
// measures, in one run, every figure of issue 6 with the real core over node:fs. Prints a table and
// writes JSON to .ci-artifacts/bench.json, or to the path after --out.
// Options: --sizes 1000,10000 (fewer sizes), --runs N (runs per timed section), --keep (leave the corpus).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import matter from 'gray-matter';
import { AreaCatalog } from '../../src/core/model/areas';
import { toIsoDate } from '../../src/core/model/dates';
import { defaultQuery, type EntryQuery } from '../../src/core/index/entryQuery';
import { JournalIndexCache, type IndexCacheStore } from '../../src/core/index/indexCache';
import { JournalIndex } from '../../src/core/index/journalIndex';
import { forEachLimited, JournalScanner, readConcurrency } from '../../src/core/index/journalScanner';
import { JournalUpdater } from '../../src/core/index/journalUpdater';
import { decodeText, looksBinary } from '../../src/core/text/textFile';
import { EntryGroups, reviewsDueGroup } from '../../src/core/index/entryGroups';
import { readEntryText } from '../unit/helpers/entries';
import { coldIndex, type ColdIndex } from './coldIndex';
import { measureActivation, type ActivationFigures } from './activation';
import { changedEntry, writeCorpus, type Corpus } from './corpus';
import { fileUri, NodeFileSystem } from './nodeFileSystem';

const repositoryRoot = path.join(__dirname, '..', '..', '..');

function argument(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at === -1 ? undefined : process.argv[at + 1];
}

const sizes = (argument('--sizes') ?? '1000,10000,50000').split(',').map(Number);
const runsArgument = argument('--runs');
const outFile = path.resolve(argument('--out') ?? path.join(repositoryRoot, '.ci-artifacts', 'bench.json'));
const keep = process.argv.includes('--keep');

const gc = (globalThis as { gc?: () => void }).gc;

function collect(): void {
	if (gc) {
		gc();
		gc();
	}
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

async function timed(work: () => unknown): Promise<number> {
	const started = performance.now();
	await work();
	return performance.now() - started;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

// --- the three ways of reading a journal

/** Every `.md` file below `root`: what a user's naive loop would search. */
function listMarkdown(root: string): string[] {
	return (fs.readdirSync(root, { recursive: true }) as string[]).filter(name => name.endsWith('.md')).map(name => path.join(root, name));
}

/** The floor: list the files and read their bytes, nothing else. */
function readFloor(root: string): { listMs: number; bytes: number } {
	const started = performance.now();
	const files = listMarkdown(root);
	const listMs = performance.now() - started;
	let bytes = 0;
	for (const file of files) {
		bytes += fs.readFileSync(file).length;
	}
	return { listMs, bytes };
}

function refuse(): object {
	throw new Error('code headers are not run');
}

/**
 * gray-matter runs `---js` headers through eval by default. The bench corpus's code header is a
 * harmless `module.exports = {}`, and even so every code engine is replaced by one that refuses.
 */
const grayMatterOptions = { engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse } };

/** The naive baseline: list, `readFileSync`, gray-matter; what a user would write in an afternoon. */
function naive(root: string): number {
	const entries: { file: string; data: Record<string, unknown>; content: string }[] = [];
	for (const file of listMarkdown(root)) {
		try {
			const parsed = matter(fs.readFileSync(file, 'utf8'), grayMatterOptions);
			entries.push({ file, data: parsed.data, content: parsed.content });
		} catch {
			entries.push({ file, data: {}, content: '' });
		}
	}
	return entries.length;
}

/** The parsing alone, from bytes already in memory: ours (decode, header, questions, commitments) and gray-matter's (decode, header). */
function parseOnly(files: readonly string[], runs: number): { oursMs: number; grayMatterMs: number } {
	const contents = files.map(file => ({ uri: fileUri(file), bytes: fs.readFileSync(file) }));
	const ours: number[] = [];
	const theirs: number[] = [];
	const decoder = new TextDecoder();
	for (let run = 0; run < runs; run++) {
		collect();
		let started = performance.now();
		for (const { uri, bytes } of contents) {
			if (!looksBinary(bytes)) {
				readEntryText(decodeText(bytes), { uri, size: bytes.length });
			}
		}
		ours.push(performance.now() - started);
		collect();
		started = performance.now();
		for (const { bytes } of contents) {
			try {
				matter(decoder.decode(bytes), grayMatterOptions);
			} catch {
				// As in the naive baseline.
			}
		}
		theirs.push(performance.now() - started);
	}
	return { oursMs: median(ours), grayMatterMs: median(theirs) };
}

/** What the index cannot avoid: the same listing, stat and read calls through the port, without parsing. */
async function portFloor(root: string): Promise<void> {
	const nodeFs = new NodeFileSystem();
	const { files } = await new JournalScanner(nodeFs).listFiles(fileUri(root));
	await forEachLimited(files, readConcurrency, async uri => {
		await nodeFs.stat(uri);
		await nodeFs.readFile(uri);
	});
}

// --- sections

interface SizeFigures {
	entries: number;
	corpusMB: number;
	writeCorpusMs: number;
	listMs: number;
	readFloorMs: number;
	portFloorMs: number;
	coldIndexMs: number;
	naiveMs: number;
	/** The journal opened again with the index cache: list and stat every file, read none that is unchanged. */
	reopen: { ms: number; filesRead: number };
	/** Parsing alone from bytes in memory, ours and gray-matter's, at 10,000 entries and below. */
	parseOnly?: { oursMs: number; grayMatterMs: number };
	coldOverFloor: number;
	coldOverPortFloor: number;
	naiveOverCold: number;
	heapBytesPerEntry: number;
	incrementalP50Ms: number;
	incrementalP95Ms: number;
	incrementalReadsPerChange: number;
	incrementalListingsPerChange: number;
	queries: Record<string, number>;
	/** The first run of each query, which builds what later runs find ready. */
	queriesFirst: Record<string, number>;
	queryMaxMs: number;
	computedMaxMs: number;
	burst: { events: number; spreadMs: number; passes: number; consistentAfterMs: number; listings: number; consistent: boolean };
}

type Kept = ColdIndex;

/**
 * The read floor, the port floor, the cold index and (when `withNaive`) the naive baseline, run in
 * turn `runs` times; medians. The last cold index is kept, and the heap it holds is measured.
 */
async function measureReads(corpus: Corpus, runs: number, warmUp: boolean, withNaive: boolean): Promise<Pick<SizeFigures, 'listMs' | 'readFloorMs' | 'portFloorMs' | 'coldIndexMs' | 'naiveMs' | 'heapBytesPerEntry'> & { kept: Kept }> {
	const floor: number[] = [];
	const port: number[] = [];
	const lists: number[] = [];
	const cold: number[] = [];
	const naiveTimes: number[] = [];
	if (warmUp) {
		// One unmeasured round warms the JIT and the lazily loaded parsers; later sizes find them warm.
		readFloor(corpus.root);
		await portFloor(corpus.root);
		await coldIndex(corpus.root);
		naive(corpus.root);
	}
	let kept: Kept | undefined;
	let heapBytesPerEntry = 0;
	for (let run = 0; run < runs; run++) {
		collect();
		let listMs = 0;
		floor.push(await timed(() => { listMs = readFloor(corpus.root).listMs; }));
		lists.push(listMs);
		collect();
		port.push(await timed(() => portFloor(corpus.root)));
		if (withNaive) {
			collect();
			naiveTimes.push(await timed(() => naive(corpus.root)));
		}
		kept = undefined;
		collect();
		const before = process.memoryUsage().heapUsed;
		cold.push(await timed(async () => { kept = await coldIndex(corpus.root); }));
		collect();
		heapBytesPerEntry = (process.memoryUsage().heapUsed - before) / kept!.index.size;
	}
	return {
		listMs: median(lists), readFloorMs: median(floor), portFloorMs: median(port), coldIndexMs: median(cold),
		naiveMs: withNaive ? median(naiveTimes) : Number.NaN, heapBytesPerEntry, kept: kept!,
	};
}

/** Shards in memory: what the extension keeps in its workspace storage. */
class MemoryCacheStore implements IndexCacheStore {
	private readonly shards = new Map<string, string>();
	async list(): Promise<string[]> {
		return [...this.shards.keys()];
	}
	async read(name: string): Promise<string | undefined> {
		return this.shards.get(name);
	}
	async write(name: string, text: string): Promise<void> {
		this.shards.set(name, text);
	}
	async delete(name: string): Promise<void> {
		this.shards.delete(name);
	}
}

/** A journal opened again: the index saved by the last session is loaded, and only changed files are read. */
async function measureReopen(corpus: Corpus, kept: Kept, runs: number): Promise<{ ms: number; filesRead: number }> {
	const store = new MemoryCacheStore();
	await new JournalIndexCache(store, 'bench').save(kept.index);
	const times: number[] = [];
	let filesRead = 0;
	for (let run = 0; run < runs; run++) {
		collect();
		const nodeFs = new NodeFileSystem();
		times.push(await timed(async () => {
			const updater = new JournalUpdater(nodeFs, new JournalIndex(new AreaCatalog()), { cache: new JournalIndexCache(store, 'bench', { quietMs: 1e9 }) });
			await updater.rescan(fileUri(corpus.root));
			updater.dispose();
		}));
		filesRead = nodeFs.calls.readFile;
	}
	return { ms: median(times), filesRead };
}

async function measureIncremental(corpus: Corpus, kept: Kept): Promise<Pick<SizeFigures, 'incrementalP50Ms' | 'incrementalP95Ms' | 'incrementalReadsPerChange' | 'incrementalListingsPerChange'>> {
	const areas = new AreaCatalog().areas.map(area => area.id);
	const statuses = ['exploring', 'decided', 'closed'];
	const times: number[] = [];
	const changes = 200;
	kept.fs.resetCalls();
	for (let n = 0; n < changes; n++) {
		const file = corpus.files[(n * 7919) % corpus.files.length];
		fs.writeFileSync(file, changedEntry(n, areas[n % areas.length], statuses[n % statuses.length]));
		times.push(await timed(() => {
			kept.updater.notify('changed', fileUri(file));
			return kept.updater.flush();
		}));
	}
	return {
		incrementalP50Ms: percentile(times, 0.5),
		incrementalP95Ms: percentile(times, 0.95),
		incrementalReadsPerChange: kept.fs.calls.readFile / changes,
		incrementalListingsPerChange: kept.fs.calls.readDirectory / changes,
	};
}

/** Each query as the tree asks it right after the index changed: nothing cached. */
async function measureQueries(index: JournalIndex, runs: number, firstRuns: Record<string, number>): Promise<Record<string, number>> {
	const catalog = new AreaCatalog();
	const groups = new EntryGroups(index, () => catalog);
	const today = toIsoDate(new Date());
	const page = 200;
	const filter = { text: 'team', statuses: ['exploring', 'decided'] };
	const treeQuery = (query: EntryQuery) => () => {
		groups.invalidate();
		for (const group of groups.roots(query, today)) {
			groups.size(group, query, today);
			groups.page(group, query, today, page);
		}
	};
	const commitmentQuery = (grouping: 'due' | 'owner' | 'area') => () => {
		// What the Commitments view reads after each change of the index.
		for (const group of index.commitmentGroups(grouping, today)) {
			group.items.slice(0, page);
		}
		index.overdueCommitments(today);
	};
	const queries: Record<string, () => void> = {
		'area children (default)': treeQuery(defaultQuery),
		'status children': treeQuery({ ...defaultQuery, grouping: 'status' }),
		'area, sorted by title': treeQuery({ ...defaultQuery, sort: 'title' }),
		'month + filter': treeQuery({ grouping: 'month', sort: 'date', filter }),
		'person + filter': treeQuery({ grouping: 'person', sort: 'date', filter }),
		'tag + filter': treeQuery({ grouping: 'tag', sort: 'modified', filter }),
		'commitments by due': commitmentQuery('due'),
		'commitments by owner': commitmentQuery('owner'),
		'commitments by area': commitmentQuery('area'),
		'reviews due': () => {
			groups.invalidate();
			groups.size(reviewsDueGroup, defaultQuery, today);
			groups.page(reviewsDueGroup, defaultQuery, today, page);
			groups.reviewsDue(today);
		},
		'reviews due + filter': () => {
			groups.invalidate();
			const query = { ...defaultQuery, filter };
			groups.size(reviewsDueGroup, query, today);
			groups.page(reviewsDueGroup, query, today, page);
		},
	};
	const figures: Record<string, number> = {};
	for (const [name, query] of Object.entries(queries)) {
		// The first run also builds what the index keeps up to date from then on (another order, the open commitments).
		firstRuns[name] = await timed(query);
		const times: number[] = [];
		for (let run = 0; run < Math.max(runs, 5); run++) {
			times.push(await timed(query));
		}
		figures[name] = median(times);
	}
	return figures;
}

/** 5,000 files appear within about a second, as in a git checkout, each with its own create event. */
async function measureBurst(corpus: Corpus, kept: Kept): Promise<SizeFigures['burst']> {
	const { index, updater } = kept;
	await updater.whenIdle();
	const folder = path.join(corpus.root, 'checkout');
	fs.mkdirSync(folder, { recursive: true });
	const events = 5000;
	const chunks = 50;
	const expected = index.size + events;
	const files = Array.from({ length: events }, (_, n) => path.join(folder, `checkout-${n}.md`));
	// The checkout writes the files; their create events then arrive in bunches within a second.
	files.forEach((file, n) => fs.writeFileSync(file, changedEntry(n, 'hiring', 'exploring')));
	const passesBefore = updater.passes;
	kept.fs.resetCalls();
	const started = performance.now();
	for (let chunk = 0; chunk < chunks; chunk++) {
		for (const file of files.slice(chunk * (events / chunks), (chunk + 1) * (events / chunks))) {
			updater.notify('created', fileUri(file));
		}
		await sleep(15);
	}
	const lastEvent = performance.now();
	while (index.size < expected && performance.now() - lastEvent < 10_000) {
		await sleep(2);
	}
	const consistentAfterMs = performance.now() - lastEvent;
	await updater.whenIdle();
	const listings = kept.fs.calls.readDirectory;
	const fresh = new JournalIndex();
	fresh.update(await new JournalScanner(new NodeFileSystem()).scan(fileUri(corpus.root)));
	const snapshot = (of: JournalIndex) => [...of.all()].map(entry => `${entry.uri}|${entry.title}|${entry.mtime}`).sort().join('\n');
	return { events, spreadMs: lastEvent - started, passes: updater.passes - passesBefore, consistentAfterMs, listings, consistent: snapshot(index) === snapshot(fresh) };
}

/** The queries the issue names; the others are the computed groupings the tree also offers. */
const issueQueries = ['area children (default)', 'status children', 'commitments by due', 'commitments by owner', 'commitments by area', 'reviews due'];

// --- report

function machine(): Record<string, string | number> {
	const cpu = /model name\s*:\s*(.*)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
	return { nproc: os.availableParallelism(), cpu, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg().map(load => load.toFixed(2)).join(' '), gcExposed: gc ? 'yes' : 'no' };
}

function format(value: number, digits = 1): string {
	return value >= 100 ? value.toFixed(0) : value.toFixed(digits);
}

function table(figures: Record<number, SizeFigures>, activation: (ActivationFigures & { journalSize: number }) | undefined): string {
	const columns = Object.keys(figures).map(Number);
	const rows: [string, (size: SizeFigures) => string][] = [
		['Corpus (MB)', size => format(size.corpusMB)],
		['Read floor: list + readFileSync (ms)', size => format(size.readFloorMs)],
		['Port floor: list + stat + read, async, no parsing (ms)', size => format(size.portFloorMs)],
		['Cold index (ms)', size => format(size.coldIndexMs)],
		['Opened again, with the index cache (ms; files read)', size => `${format(size.reopen.ms)} (${size.reopen.filesRead})`],
		['Naive readFileSync + gray-matter (ms)', size => Number.isNaN(size.naiveMs) ? '—' : format(size.naiveMs)],
		['Parsing alone, from memory: ours / gray-matter (ms)', size => size.parseOnly ? `${format(size.parseOnly.oursMs)} / ${format(size.parseOnly.grayMatterMs)}` : '—'],
		['Cold index / read floor', size => `${size.coldOverFloor.toFixed(2)}×`],
		['Cold index / port floor', size => `${size.coldOverPortFloor.toFixed(2)}×`],
		['Naive / cold index', size => Number.isNaN(size.naiveOverCold) ? '—' : `${size.naiveOverCold.toFixed(2)}×`],
		['Incremental update p50 / p95 (ms)', size => `${size.incrementalP50Ms.toFixed(2)} / ${size.incrementalP95Ms.toFixed(2)}`],
		['Files read per change', size => String(size.incrementalReadsPerChange)],
		['Slowest of the issue\'s tree queries (ms)', size => format(size.queryMaxMs, 2)],
		['Slowest computed grouping with a filter (ms)', size => format(size.computedMaxMs, 2)],
		['Heap per entry (bytes)', size => format(size.heapBytesPerEntry, 0)],
		['Burst of 5,000 creates: events spread over (ms)', size => format(size.burst.spreadMs, 0)],
		['Burst: passes', size => String(size.burst.passes)],
		['Burst: consistent after last event (ms)', size => format(size.burst.consistentAfterMs)],
		['Burst: folder listings', size => String(size.burst.listings)],
	];
	const header = `| Figure | ${columns.map(size => `${size.toLocaleString('en')} entries`).join(' | ')} |`;
	const lines = [header, `|---|${columns.map(() => '---:').join('|')}|`];
	for (const [name, cell] of rows) {
		lines.push(`| ${name} | ${columns.map(size => cell(figures[size])).join(' | ')} |`);
	}
	const queryNames = Object.keys(figures[columns[0]].queries);
	for (const name of queryNames) {
		lines.push(`| Query: ${name} (ms; first run) | ${columns.map(size => `${format(figures[size].queries[name], 2)} (${format(figures[size].queriesFirst[name], 0)})`).join(' | ')} |`);
	}
	if (activation) {
		lines.push(`| Activation: activate() returns (ms) | ${columns.map(size => size === activation.journalSize ? format(activation.activateMs, 2) : '—').join(' | ')} |`);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	const started = performance.now();
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-bench-'));
	const figures: Record<number, SizeFigures> = {};
	let activation: (ActivationFigures & { journalSize: number }) | undefined;
	console.log(`Machine: ${JSON.stringify(machine())}`);
	if (!gc) {
		console.log('(run with node --expose-gc for steadier figures)');
	}
	try {
		for (const size of sizes) {
			const runs = Number(runsArgument ?? (size >= 50_000 ? 3 : 5));
			const root = path.join(scratch, `ws-${size}`, 'journal');
			const writeStarted = performance.now();
			const corpus = writeCorpus(root, size);
			// Written pages go to disk in the background; flush them now, or they compete with the reads.
			spawnSync('sync');
			const written = performance.now() - writeStarted;
			process.stdout.write(`${size}: corpus ${(corpus.bytes / 1e6).toFixed(1)} MB written in ${(written / 1000).toFixed(1)} s;`);
			const step = (name: string) => process.stdout.write(` ${name} ${((performance.now() - writeStarted - written) / 1000).toFixed(1)} s…`);
			step('reads');
			// The naive baseline's target is at 10,000 entries; at 50,000 it would only add a minute.
			const reads = await measureReads(corpus, runs, size === sizes[0], size <= 10_000);
			step('reopen');
			const reopen = await measureReopen(corpus, reads.kept, runs);
			const parsing = size <= 10_000 ? parseOnly(corpus.files, runs) : undefined;
			step('queries');
			const queriesFirst: Record<string, number> = {};
			const queries = await measureQueries(reads.kept.index, runs, queriesFirst);
			step('incremental');
			const incremental = await measureIncremental(corpus, reads.kept);
			step('burst');
			const burst = await measureBurst(corpus, reads.kept);
			if (size === Math.max(...sizes)) {
				step('activation');
				activation = { ...await measureActivation(root), journalSize: size };
			}
			reads.kept.updater.dispose();
			figures[size] = {
				entries: size,
				corpusMB: corpus.bytes / 1e6,
				writeCorpusMs: written,
				listMs: reads.listMs, readFloorMs: reads.readFloorMs, portFloorMs: reads.portFloorMs, coldIndexMs: reads.coldIndexMs, naiveMs: reads.naiveMs,
				coldOverFloor: reads.coldIndexMs / reads.readFloorMs,
				coldOverPortFloor: reads.coldIndexMs / reads.portFloorMs,
				naiveOverCold: reads.naiveMs / reads.coldIndexMs,
				heapBytesPerEntry: reads.heapBytesPerEntry,
				reopen,
				...parsing ? { parseOnly: parsing } : {},
				...incremental,
				queries,
				queriesFirst,
				queryMaxMs: Math.max(...issueQueries.map(name => queries[name])),
				computedMaxMs: Math.max(...Object.keys(queries).filter(name => !issueQueries.includes(name)).map(name => queries[name])),
				burst,
			};
			step('done');
			console.log('');
			if (!keep) {
				fs.rmSync(path.dirname(root), { recursive: true, force: true });
			}
		}
	} finally {
		if (!keep) {
			fs.rmSync(scratch, { recursive: true, force: true });
		}
	}
	const ratios: Record<string, number> = {};
	if (figures[10_000] && figures[50_000]) {
		ratios.coldIndex50kOver10k = figures[50_000].coldIndexMs / figures[10_000].coldIndexMs;
	}
	const at = (size: number) => figures[size] ?? figures[Math.max(...Object.keys(figures).map(Number))];
	const targets = [
		{ target: 'cold index at 10k ≤ 2.5× read floor', value: at(10_000).coldOverFloor, met: at(10_000).coldOverFloor <= 2.5 },
		{ target: 'cold index at 10k ≥ 2× faster than naive', value: at(10_000).naiveOverCold, met: at(10_000).naiveOverCold >= 2 },
		...ratios.coldIndex50kOver10k !== undefined ? [{ target: 'cold index 50k ≤ 5.5× 10k', value: ratios.coldIndex50kOver10k, met: ratios.coldIndex50kOver10k <= 5.5 }] : [],
		{ target: 'incremental p95 < 5 ms at the largest size', value: at(50_000).incrementalP95Ms, met: at(50_000).incrementalP95Ms < 5 && at(50_000).incrementalReadsPerChange === 1 },
		{ target: 'tree queries (area children, Commitments groups, Reviews Due) < 20 ms at the largest size', value: at(50_000).queryMaxMs, met: at(50_000).queryMaxMs < 20 },
		{ target: 'computed groupings (title sort; month, person, tag and reviews due with a filter) < 20 ms at the largest size', value: at(50_000).computedMaxMs, met: at(50_000).computedMaxMs < 20 },
		{ target: 'heap < 2 KB per entry', value: Math.max(...Object.values(figures).map(size => size.heapBytesPerEntry)), met: Object.values(figures).every(size => size.heapBytesPerEntry < 2048) },
		{ target: 'burst ≤ 3 passes, consistent < 2 s, no listing per event', value: Math.max(...Object.values(figures).map(size => size.burst.consistentAfterMs)),
			met: Object.values(figures).every(size => size.burst.passes <= 3 && size.burst.consistentAfterMs < 2000 && size.burst.listings === 0 && size.burst.consistent) },
		...activation ? [{ target: 'activate() < 50 ms', value: activation.activateMs, met: activation.activateMs < 50 }] : [],
	];
	console.log(`\n${table(figures, activation)}\n`);
	if (ratios.coldIndex50kOver10k !== undefined) {
		console.log(`Cold index 50k / 10k: ${ratios.coldIndex50kOver10k.toFixed(2)}×`);
	}
	if (activation) {
		console.log(`Activation (${activation.how}): module load ${activation.loadMs.toFixed(1)} ms, activate() ${activation.activateMs.toFixed(2)} ms, index of ${activation.entries} entries complete ${activation.indexedMs.toFixed(0)} ms after activate()`);
	}
	for (const target of targets) {
		console.log(`${target.met ? 'met    ' : 'NOT MET'}  ${target.target}: ${format(target.value, 2)}`);
	}
	const totalSeconds = (performance.now() - started) / 1000;
	console.log(`Bench took ${totalSeconds.toFixed(0)} s.`);
	fs.mkdirSync(path.dirname(outFile), { recursive: true });
	fs.writeFileSync(outFile, `${JSON.stringify({ machine: machine(), figures, ratios, activation, targets, totalSeconds }, null, '\t')}\n`);
	console.log(`Figures written to ${path.relative(process.cwd(), outFile)}`);
}

main().catch(error => {
	console.error(error);
	process.exitCode = 1;
});
