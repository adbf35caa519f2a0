import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInAreas } from '../../src/core/model/areas';
import { entryText } from '../unit/helpers/entries';

/** The repository root, from `out/test/bench`. */
const repositoryRoot = path.join(__dirname, '..', '..', '..');

/** A small seeded generator (mulberry32), so that every run writes the same journal. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

const statuses = ['exploring', 'exploring', 'decided', 'implementing', 'reviewing', 'closed', 'someday'];
const tagWords = ['budget', 'q3', 'q4', 'retention', 'roadmap', 'conflict', 'feedback', 'offsite', 'okr', 'vendor', 'security', 'pricing'];
const people = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena'];
const words = ('the team agreed to move the launch after we talked through risks with finance and support while hiring '
	+ 'slowed because budget reviews took longer than planned so I asked each lead for one thing to stop this quarter '
	+ 'and we wrote down who owns the follow up étude naïve').split(' ');

interface Template { readonly area: string; readonly text: string }

function loadTemplates(): { areas: Template[]; lenses: string[] } {
	const folder = path.join(repositoryRoot, 'templates');
	const areas = builtInAreas.map(area => ({ area: area.id, text: fs.readFileSync(path.join(folder, `${area.id}.md`), 'utf8') }));
	const lenses = fs.readdirSync(path.join(folder, 'lenses')).sort().map(name =>
		fs.readFileSync(path.join(folder, 'lenses', name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
	return { areas, lenses };
}

function pick<T>(random: () => number, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)];
}

function some<T>(random: () => number, items: readonly T[], most: number): T[] {
	const chosen = new Set<T>();
	const count = Math.floor(random() * (most + 1));
	for (let n = 0; n < count; n++) {
		chosen.add(pick(random, items));
	}
	return [...chosen];
}

function sentence(random: () => number, length: number): string {
	const parts: string[] = [];
	for (let n = 0; n < length; n++) {
		parts.push(pick(random, words));
	}
	const text = parts.join(' ');
	return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function isoDay(day: number): string {
	return new Date(Date.UTC(2018, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** A header like the templates write, filled in the ways people fill them. */
function header(random: () => number, title: string, date: string, area: string, extraTags: string[] = []): string {
	const tags = [...extraTags, ...some(random, tagWords, 3)];
	const named = some(random, people, 3);
	const status = pick(random, statuses);
	const lines = ['---', random() < 0.1 ? `title: "${title}: a second look"` : `title: ${title}`, `date: ${date}`];
	lines.push(random() < 0.05 ? `areas: [${area}, ${pick(random, builtInAreas).id}]` : random() < 0.05 ? `area: ${area}` : `areas: [${area}]`);
	if (random() < 0.2 && tags.length > 0) {
		lines.push('tags:', ...tags.map(tag => `  - ${tag}`));
	} else {
		lines.push(`tags: [${tags.join(', ')}]`);
	}
	lines.push(`status: ${status}`);
	if (random() < 0.8) {
		lines.push(`review: ${isoDay(Math.floor(random() * 3300))}`);
	}
	lines.push(`people: [${named.join(', ')}]`);
	if (status === 'decided' || status === 'closed') {
		lines.push(`decided: ${date}`, `confidence: ${Math.floor(random() * 101)}`);
		if (status === 'closed') {
			lines.push(`closed: ${date}`, `outcome: ${pick(random, ['better', 'as-expected', 'worse'])}`);
		}
	}
	lines.push('---', '');
	return lines.join('\n');
}

/** Answers some of a template's `###` questions and adds commitments, until the body is about `targetBytes` long. */
function fillBody(random: () => number, body: string, targetBytes: number, withCommitments: boolean): string {
	const lines = body.split('\n');
	const out: string[] = [];
	const questions = lines.filter(line => line.startsWith('### ')).length || 1;
	const perAnswer = Math.max(60, Math.floor((targetBytes - body.length) / questions));
	for (const line of lines) {
		out.push(line);
		if (line.startsWith('### ') && random() < 0.6) {
			out.push('', sentence(random, Math.max(8, Math.floor(perAnswer / 7))));
		}
		if (line.startsWith('<!-- One per line') && withCommitments) {
			const count = 1 + Math.floor(random() * 4);
			for (let n = 0; n < count; n++) {
				const owner = random() < 0.7 ? ` @${pick(random, people)}` : '';
				const due = random() < 0.8 ? ` due:${isoDay(2900 + Math.floor(random() * 500))}` : '';
				out.push(`- [${random() < 0.3 ? 'x' : ' '}] ${sentence(random, 6).slice(0, -1)}${owner}${due}`);
			}
		}
	}
	if (withCommitments && random() < 0.3) {
		// A task item inside a code fence: must not count as a commitment.
		out.push('', '```markdown', '- [ ] an example, not a commitment @nobody due:2020-01-01', '```');
	}
	let text = out.join('\n');
	while (text.length < targetBytes) {
		text += `\n${sentence(random, 40)}\n`;
	}
	return text;
}

/** The few files a real journal also holds: a broken header, a code header, binary data, an unclosed header. */
function malformed(kind: number, n: number): string | Uint8Array {
	switch (kind) {
		case 0: return `---\ntitle: Broken ${n}\nareas: [general\n---\n\nThe header above is missing a closing bracket.\n`;
		// gray-matter would eval this header; the payload is harmless on purpose, and the naive
		// baseline in the bench refuses code headers anyway.
		case 1: return `---js\nmodule.exports = {}\n---\n\n# Pasted ${n}\n`;
		case 2: return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, n & 0xff, 1, 2, 3]);
		default: return `---\ntitle: Unclosed ${n}\ndate: 2024-01-01\n\nNo closing line.\n`;
	}
}

/** What a generated journal holds. */
export interface Corpus {
	/** The journal folder. */
	readonly root: string;
	/** Every file written, in writing order. */
	readonly files: readonly string[];
	/** Total bytes written. */
	readonly bytes: number;
}

/** Writes `count` realistic entries below `root`, in `YYYY/MM` folders: 1 in 250 is malformed. */
export function writeCorpus(root: string, count: number, seed = count): Corpus {
	const random = seededRandom(seed);
	const { areas, lenses } = loadTemplates();
	const files: string[] = [];
	const made = new Set<string>();
	let bytes = 0;
	for (let n = 0; n < count; n++) {
		const day = Math.floor((n / count) * 3300 + random() * 3);
		const date = isoDay(day);
		const folder = path.join(root, date.slice(0, 4), date.slice(5, 7));
		if (!made.has(folder)) {
			fs.mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		let content: string | Uint8Array;
		let name: string;
		if (n % 250 === 125) {
			content = malformed(Math.floor(n / 250) % 4, n);
			name = `${date}-odd-${n}.md`;
		} else {
			const target = 1024 + Math.floor(random() * 5 * 1024);
			const kind = random();
			if (kind < 0.7) {
				const template = pick(random, areas);
				const title = `${sentence(random, 5).slice(0, -1)} ${n}`;
				const body = template.text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\{\{title\}\}/g, title);
				content = header(random, title, date, template.area) + fillBody(random, body, target, random() < 0.35);
				name = `${date}-${template.area}-${n}.md`;
			} else if (kind < 0.9) {
				const body = pick(random, lenses);
				content = header(random, `Check-in ${date}`, date, 'general', ['check-in']) + fillBody(random, body, target, false);
				name = `${date}-check-in-${n}.md`;
			} else {
				const title = `Notes ${n}`;
				content = `# ${title}\n\n${fillBody(random, '', target, false)}`;
				name = `${date}-notes-${n}.md`;
			}
		}
		const file = path.join(folder, name);
		fs.writeFileSync(file, content);
		bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
		files.push(file);
	}
	return { root, files, bytes };
}

/** A new entry for the incremental and burst sections: a small header that lands in `area` with `status`. */
export function changedEntry(n: number, area: string, status: string): string {
	return entryText({ title: `Changed ${n}`, date: isoDay(n % 3300), areas: [area], status, tags: ['edited'] },
		`\n# Changed ${n}\n\n### Why?\n\nBecause.\n\n- [ ] follow up @Ana due:2026-02-01\n`);
}
