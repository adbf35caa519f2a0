import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtInLensIds, readLens } from '../../src/core/coaching/lens';
import { findQuestions } from '../../src/core/coaching/questions';

/** The repository root, from `out/test/tools`. */
export const repositoryRoot = path.join(__dirname, '..', '..', '..');
/** Where the snippets live. */
export const snippetFile = path.join(repositoryRoot, 'snippets', 'journal.code-snippets');

interface Snippet { prefix: string[]; description: string; body: string[] }

type LensId = typeof builtInLensIds[number];

/** Snippet prefixes of the lenses: `journal-` and an easy name. */
const lensPrefixes: Record<LensId, string[]> = {
	'grow': ['journal-grow'],
	'after-action-review': ['journal-after-action-review', 'journal-aar'],
	'pre-mortem': ['journal-pre-mortem'],
	'decision-journal': ['journal-decision-journal'],
	'one-to-one': ['journal-one-to-one', 'journal-1on1'],
	'daily-check-in': ['journal-check-in'],
	'weekly-review': ['journal-weekly-review'],
	'monthly-review': ['journal-monthly-review'],
	'quarterly-review': ['journal-quarterly-review'],
	'stakeholders-and-values': ['journal-stakeholders-and-values', 'journal-stakeholders'],
	'reframe': ['journal-reframe'],
};

const today = '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}';

function escapeSnippet(text: string): string {
	return text.replace(/[\\$}]/g, match => `\\${match}`);
}

/** Markdown with a tab stop on the line under each question, so Tab walks from answer to answer. */
function withTabStops(markdown: string): string[] {
	const lines = markdown.replace(/\s+$/, '').split('\n').filter(line => !line.startsWith('> '));
	const questionLines = new Set(findQuestions(lines.join('\n'), true).map(question => question.line));
	const body: string[] = [];
	let stop = 1;
	lines.forEach((line, at) => {
		body.push(escapeSnippet(line));
		if (questionLines.has(at)) {
			body.push(`$${stop++}`);
		}
	});
	while (body[0] === '') {
		body.shift();
	}
	return [...body, '$0'];
}

/** The `## name` section of the general template, up to the next `##`. */
function templateSection(name: string): string {
	const text = fs.readFileSync(path.join(repositoryRoot, 'templates', 'general.md'), 'utf8');
	const start = text.indexOf(`\n## ${name}\n`);
	const end = text.indexOf('\n## ', start + 1);
	return text.slice(start + 1, end === -1 ? undefined : end);
}

/** Every snippet, built from the lens files and the general template so that the two cannot drift. */
export function buildSnippets(): Record<string, Snippet> {
	const snippets: Record<string, Snippet> = {
		'Journal entry header': {
			prefix: ['journal-header', 'journal-frontmatter'],
			description: 'Leadership Journal: the YAML header of an entry (title, date, areas, tags, status, review, people).',
			body: [
				'---',
				'title: ${1:${TM_FILENAME_BASE}}',
				`date: ${today}`,
				'areas: [${2|reorganization,schedule,cutbacks,hiring,key-people,takeover,distributed-team,general|}]',
				'tags: [$3]',
				'status: ${4|exploring,decided,implementing,reviewing,closed|}',
				`review: \${5:${today}}`,
				'people: [$6]',
				'---',
				'',
				'$0',
			],
		},
		'Journal coaching question': {
			prefix: ['journal-question'],
			description: 'Leadership Journal: a coaching question as a ### heading, with room for the answer under it.',
			body: ['### ${1:What would a good outcome look like?}', '', '$0', ''],
		},
		'Journal decision block': {
			prefix: ['journal-decision'],
			description: 'Leadership Journal: a decision block to fill in before the outcome is known.',
			body: withTabStops(templateSection('Decision')),
		},
		'Journal commitment': {
			prefix: ['journal-commitment', 'journal-todo'],
			description: 'Leadership Journal: a commitment, - [ ] action @owner due:YYYY-MM-DD.',
			body: [`- [ ] \${1:action} @\${2:owner} due:\${3:${today}}$0`],
		},
		'Journal return on the effort': {
			prefix: ['journal-return', 'journal-roi'],
			description: 'Leadership Journal: the baseline, the target, and how and when you will measure the return.',
			body: withTabStops(templateSection('Return on the effort')),
		},
	};
	for (const id of builtInLensIds) {
		const lens = readLens(id, fs.readFileSync(path.join(repositoryRoot, 'templates', 'lenses', `${id}.md`), 'utf8'));
		snippets[`Journal lens: ${lens.name}`] = {
			prefix: lensPrefixes[id],
			description: `Leadership Journal: ${lens.name}. ${lens.description}`,
			body: withTabStops(lens.body),
		};
	}
	return snippets;
}

/** The snippet file's text. */
export function snippetFileText(): string {
	return `${JSON.stringify(buildSnippets(), null, '\t')}\n`;
}

if (require.main === module) {
	fs.writeFileSync(snippetFile, snippetFileText());
	console.log(`Wrote ${path.relative(repositoryRoot, snippetFile)}`);
}
