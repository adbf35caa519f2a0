// Headers shaped like those of real markdown vaults and sites (Obsidian, Dendron, Hugo, Jekyll, docs
// sites), for measuring how often the fast header reader answers and for comparing it with the yaml
// library. Seeded, so that every run makes the same corpus.
import { seededRandom } from './corpus';

type Pick = <T>(items: readonly T[]) => T;

const words = ['Plan', 'Team offsite', 'Q3 review', 'Hiring a lead', 'Release notes', 'Getting started', 'Dana Li', 'API', 'Roadmap 2026', 'Notes'];
const tagWords = ['leadership', 'meeting', 'project/alpha', 'idea', 'todo', 'book', 'q3', 'hiring', 'docs', 'reference'];

/** The lines of one header of a given style, without the `---` fences. */
function headerLines(pick: Pick, chance: (probability: number) => boolean, day: () => string): string[] {
	const list = (key: string, items: readonly string[], indent: string) => chance(0.5)
		? [`${key}: [${items.join(', ')}]`]
		: [`${key}:`, ...items.map(item => `${indent}- ${item}`)];
	const someTags = () => tagWords.filter(() => chance(0.25)).slice(0, 4);
	const style = pick(['obsidian', 'obsidian', 'obsidian', 'dendron', 'hugo', 'hugo', 'jekyll', 'docs']);
	const lines: string[] = [];
	switch (style) {
		case 'obsidian':
			if (chance(0.6)) {
				lines.push(`title: ${pick(words)}`);
			}
			lines.push(...list('tags', someTags(), pick(['', '  '])));
			if (chance(0.3)) {
				// An empty item, as Obsidian's property editor leaves one.
				lines.push('aliases:', '  - ');
			} else if (chance(0.5)) {
				lines.push(...list('aliases', [pick(words)], '  '));
			}
			if (chance(0.4)) {
				lines.push(`${pick(['Date created', 'date created', 'created', 'Last modified'])}: ${day()}`);
			}
			if (chance(0.3)) {
				lines.push(`cssclass: ${pick(['wide', 'cards'])}`);
			}
			if (chance(0.2)) {
				lines.push(`publish: ${pick(['true', 'false'])}`);
			}
			break;
		case 'dendron':
			lines.push(`id: ${pick(['a1b2c3d4e5', 'x9y8z7w6', 'k3j4h5g6'])}`, `title: ${pick(words)}`, "desc: ''",
				`updated: ${pick(['1630000000000', '1655555555555'])}`, `created: ${pick(['1620000000000', '1644444444444'])}`);
			if (chance(0.3)) {
				lines.push('stub: false');
			}
			break;
		case 'hugo':
			lines.push(`title: "${pick(words)}"`, `date: ${day()}T09:30:00+01:00`, `draft: ${pick(['true', 'false'])}`);
			lines.push(...list('categories', [pick(['news', 'docs'])], '  '));
			if (chance(0.5)) {
				lines.push('menu:', '  main:', `    weight: ${pick(['1', '10', '20'])}`, `    parent: ${pick(['docs', 'about'])}`);
			}
			if (chance(0.4)) {
				lines.push('params:', `  author: ${pick(words)}`, `  toc: ${pick(['true', 'false'])}`);
			}
			break;
		case 'jekyll':
			lines.push(`layout: ${pick(['post', 'page'])}`, `title: ${pick(words)}`, `date: ${day()} 10:00:00 +0000`);
			if (chance(0.5)) {
				lines.push('author:', `  name: ${pick(words)}`, `  url: https://example.com/${pick(['a', 'b'])}`);
			}
			if (chance(0.4)) {
				lines.push(`permalink: /${pick(['blog', 'notes'])}/${pick(['a', 'b'])}/`);
			}
			if (chance(0.1)) {
				// Escaped quotes, which only the library reads.
				lines.push(`excerpt: "A \\"quoted\\" ${pick(words)}"`);
			}
			lines.push(...list('tags', someTags(), ''));
			break;
		case 'docs':
			lines.push(`title: ${pick(words)}`, `description: ${pick(words)} for ${pick(words)}`, `sidebar_position: ${pick(['1', '2', '3'])}`);
			if (chance(0.3)) {
				lines.push(`sidebar_label: ${pick(words)}`);
			}
			if (chance(0.3)) {
				lines.push('# a comment line');
			}
			if (chance(0.15)) {
				// A folded block scalar, which only the library reads.
				lines.push('summary: >-', `  ${pick(words)} and more`, `  on a second line`);
			}
			break;
	}
	return lines;
}

/** `count` header blocks (the YAML between the fences, each line ending in `\n`), from `seed`. */
export function vaultHeaders(count: number, seed = 42): string[] {
	const random = seededRandom(seed);
	const pick: Pick = items => items[Math.floor(random() * items.length)];
	const chance = (probability: number) => random() < probability;
	const two = (value: number) => String(value).padStart(2, '0');
	const day = () => `20${two(15 + Math.floor(random() * 11))}-${two(1 + Math.floor(random() * 12))}-${two(1 + Math.floor(random() * 28))}`;
	return Array.from({ length: count }, () => headerLines(pick, chance, day).map(line => `${line}\n`).join(''));
}
