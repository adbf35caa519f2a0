import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { AreaCatalog } from '../../../src/core/model/areas';
import { computeInsights } from '../../../src/core/insights/insights';
import { journalPreviewPlugin } from '../../../src/core/preview/previewPlugin';
import { briefCandidates, coachingBrief, type BriefEntry } from '../../../src/core/privacy/coachingBrief';
import { isConfidential, readConfidentialList } from '../../../src/core/privacy/confidential';
import { Redactor } from '../../../src/core/privacy/redaction';
import { personInitials, ScreenPolicy } from '../../../src/core/privacy/screen';
import { entry, entryText, readEntryText } from '../helpers/entries';

const words = { confidential: 'Confidential', noArea: 'Unsorted' };
const areaName = (id: string) => id === 'hiring' ? 'Hiring' : id;
const rules = { areas: ['cutbacks'], tags: ['exit'] };

/** Whether `name` occurs in `text` as a whole word, ignoring case. */
function names(text: string, name: string): boolean {
	return new RegExp(`(?<![\\p{L}\\p{N}_])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
}

const cfoSearch = entryText({
	title: 'CFO search with Dana Whitfield', date: '2026-10-14', areas: ['hiring'], status: 'decided', confidence: 70,
	people: ['Dana Whitfield', 'Sam Okafor (billing lead)'],
}, [
	'', '## Goal', '', '### What outcome do you want?', '', 'A CFO Dana and Sam both trust, before Acme closes the books.', '',
	'### Who else should decide? <!-- core -->', '',
	'## Decision', '', '### Options considered', '', 'Promote Dana, or hire outside.', '', '### My choice', '', 'Hire outside; Dana mentors.', '',
	'- [ ] Brief the panel @dana due:2026-12-20', '- [x] Call Sam @sokafor done:2026-11-01', '',
	'## Review, 2026-11-30', '', '### What actually happened?', '', 'Dana agreed; Sam was relieved.', '',
].join('\n'));

suite('Privacy: confidential entries, the safe screen and the coaching brief', () => {
	test('an entry is confidential by its header, a confidential area or a confidential tag', () => {
		assert.equal(readEntryText(entryText({ title: 'x', confidential: 'true' })).confidential, true);
		assert.equal(readEntryText(entryText({ title: 'x', confidential: 'false' })).confidential, undefined);
		assert.equal(isConfidential(entry('a', { confidential: true }), rules), true);
		assert.equal(isConfidential(entry('b', { areas: ['cutbacks'] }), rules), true);
		assert.equal(isConfidential(entry('c', { tags: ['Exit'] }), rules), true);
		assert.equal(isConfidential(entry('d', { areas: ['hiring'], tags: ['offsite'] }), rules), false);
		assert.deepEqual(readConfidentialList([' #Exit ', 'cutbacks', 3, '', 'exit']), ['exit', 'cutbacks']);
		assert.deepEqual(readConfidentialList('cutbacks'), []);
	});

	test('the safe screen shows an entry as area and date, a confidential one without its area, a person as initials', () => {
		const hiring = entry('CFO search', { areas: ['hiring'], date: '2026-11-27', people: ['Dana Whitfield'] });
		const secret = entry('Layoffs in Q1', { areas: ['hiring'], date: '2026-11-28', confidential: true });
		const safe = new ScreenPolicy(true, rules, areaName, words);
		const open = new ScreenPolicy(false, rules, areaName, words);
		assert.equal(safe.entryLabel(hiring), 'Hiring · 2026-11-27');
		assert.equal(safe.entryLabel(secret), 'Confidential · 2026-11-28');
		assert.equal(safe.entryLabel(entry('x', { date: '2026-01-02' })), 'Unsorted · 2026-01-02');
		assert.deepEqual(safe.areas(secret), []);
		assert.equal(open.entryLabel(secret), 'Layoffs in Q1');
		assert.equal(safe.person('Dana Whitfield'), 'D. W.');
		assert.equal(open.person('Dana Whitfield'), 'Dana Whitfield');
		assert.equal(safe.tag('exit'), 'Confidential');
		assert.equal(safe.tag('offsite'), 'offsite');
		assert.equal(personInitials('@sam-okafor'), 'S. O.');
		assert.equal(personInitials('  '), '?');
		assert.equal(safe.showsDetail, false);
	});

	test('the brief brings the question on the mind, options, decision, confidence, commitments, reviews and open questions', () => {
		const brief = coachingBrief({ entries: [{ entry: readEntryText(cfoSearch), text: cfoSearch }], wanted: 'Test my hiring call.', today: '2026-12-01', areaName });
		assert.match(brief, /^# Coaching session brief, 2026-12-01\n\n## What I want from this session\n\nTest my hiring call\.\n/);
		assert.match(brief, /## CFO search with Dana Whitfield\n\n\*Hiring · 2026-10-14 · decided\*/);
		assert.match(brief, /\*\*The question on my mind:\*\* What outcome do you want\?\n\n> \*\*My answer:\*\* A CFO Dana and Sam both trust/);
		assert.match(brief, /> \*\*Options considered:\*\* Promote Dana, or hire outside\./);
		assert.match(brief, /> \*\*Decision:\*\* Hire outside; Dana mentors\./);
		assert.match(brief, /> \*\*Confidence:\*\* 70/);
		assert.match(brief, /- Open: Brief the panel · @dana · due 2026-12-20/);
		assert.match(brief, /- Done: Call Sam · @sokafor · done 2026-11-01/);
		assert.match(brief, /- 2026-11-30: Dana agreed; Sam was relieved\./);
		assert.match(brief, /\*\*Still unanswered\*\*\n\n- Who else should decide\?/);
		assert.doesNotMatch(brief, /- \[[ x]\]/, 'no commitment is a task item again');
	});

	test('a redacted brief names no one: people, handles and listed companies become the same stand-ins throughout', () => {
		const brief = coachingBrief({
			entries: [{ entry: readEntryText(cfoSearch), text: cfoSearch }], wanted: 'Is Dana ready? Ask about @sokafor.', today: '2026-12-01', areaName,
			redaction: { organizations: ['Acme'] },
		});
		for (const name of ['Dana', 'Whitfield', 'Sam', 'Okafor', 'sokafor', 'dana', 'Acme']) {
			assert.equal(names(brief, name), false, `${name} is redacted in\n${brief}`);
		}
		assert.match(brief, /## CFO search with Person A\n/);
		assert.match(brief, /Is Person A ready\? Ask about the billing lead\./);
		assert.match(brief, /A CFO Person A and the billing lead both trust, before Company A closes/);
		assert.match(brief, /Brief the panel · Person A · due/);
		assert.doesNotMatch(brief, /Dana Whitfield|Person A =|→/);
	});

	test('a name part two people share stands for neither', () => {
		const redactor = new Redactor({ people: ['Alex Smith', 'Alex Jones'], handles: [], organizations: [] });
		assert.equal(redactor.redact('Alex Smith met Alex Jones; Alex left.'), 'Person A met Person B; a colleague left.');
		const own = new Redactor({ people: [], handles: ['me', 'ana'], organizations: [] });
		assert.equal(own.redact('Tell me, then @me and @ana.'), 'Tell me, then @me and Person A.', 'the leader\'s own handle stays');
	});

	test('property: a redacted brief contains none of the names of its people, their handles or the listed companies', () => {
		const standInWords = new Set(['person', 'company', 'colleague', 'the', 'redacted']);
		const namePart = fc.stringMatching(/^[A-Z][a-zäöüé]{1,7}$/).filter(part => !standInWords.has(part.toLowerCase()));
		const person = fc.tuple(namePart, namePart).map(([first, last]) => `${first} ${last}`);
		fc.assert(fc.property(
			fc.uniqueArray(person, { minLength: 1, maxLength: 4 }),
			fc.array(namePart, { maxLength: 2 }),
			fc.array(fc.constantFrom('met', 'and', 'told', ',', "'s", '.', '\n', '@', '-'), { maxLength: 20 }),
			fc.integer({ min: 0, max: 1000 }),
			(people, organizations, glue, seed) => {
				const mentions = people.flatMap(name => [name, ...name.split(' '), name.toUpperCase(), `@${name.split(' ')[0].toLowerCase()}`]);
				const prose = mentions.map((mention, at) => `${mention} ${glue[(at + seed) % Math.max(glue.length, 1)] ?? ''}`).join(' ');
				const handle = people[0].split(' ')[0].toLowerCase();
				const text = entryText({ title: `${people[0]} and ${organizations.join(' ')}`, date: '2026-11-01', people },
					`\n## Goal\n\n### What is on your mind?\n\n${prose} ${organizations.join(' ')}\n\n- [ ] Ask ${people.at(-1)!} @${handle}\n`);
				const entries: BriefEntry[] = [{ entry: readEntryText(text), text }];
				const brief = coachingBrief({ entries, wanted: prose, today: '2026-12-01', areaName, redaction: { organizations } });
				for (const name of [...people, ...people.flatMap(name => name.split(' ')), handle, ...organizations]) {
					assert.equal(names(brief, name), false, `${name} in\n${brief}`);
				}
			}));
	});

	test('a brief offers every readable entry newest first, ticking those since the last brief that are not confidential', () => {
		const day = 86_400_000;
		const now = new Date(2026, 11, 1, 12).getTime();
		const lastBrief = now - 10 * day;
		const entries = [
			entry('old', { date: '2026-10-01', mtime: now - 60 * day }),
			entry('dated-since', { date: '2026-11-28', mtime: now - 60 * day }),
			entry('changed-since', { date: '2026-10-02', mtime: now - day }),
			entry('secret', { date: '2026-11-29', mtime: now - day, confidential: true }),
			entry('broken', { mtime: now, problem: { code: 'unreadable', line: 0 } }),
		];
		const picked = (since: number | undefined) => briefCandidates(entries, since, now, candidate => candidate.confidential === true)
			.map(candidate => `${candidate.entry.title}${candidate.picked ? '*' : ''}`);
		assert.deepEqual(picked(lastBrief), ['secret', 'dated-since*', 'changed-since*', 'old']);
		assert.deepEqual(picked(undefined).filter(name => name.endsWith('*')), ['dated-since*', 'changed-since*'], 'a first brief looks 30 days back');
	});

	test('the preview card and the Insights return table name no entry or person on the safe screen', () => {
		const safe = new ScreenPolicy(true, rules, areaName, words);
		const labels = { areas: 'Areas', status: 'Status', date: 'Date', review: 'Review', people: 'People', reviewDue: 'due',
			statusName: (status: string) => status, due: (date: string) => `due ${date}`, overdue: (date: string) => `overdue ${date}`, done: (date: string) => `done ${date}` };
		const html = new MarkdownIt().use(journalPreviewPlugin, { catalog: () => new AreaCatalog(), today: () => '2026-12-01', labels, screen: () => safe }).render(cfoSearch);
		const card = html.slice(0, html.indexOf('</section>'));
		assert.match(card, /<p class="lj-title">Hiring · 2026-10-14<\/p>/);
		assert.match(card, /<dd class="lj-fact-people">D\. W\., S\. O\.<\/dd>/);
		assert.doesNotMatch(card, /Dana|Whitfield|Okafor|CFO search/);
		assert.match(html, /<span class="lj-badge lj-owner">D\.<\/span>/);
		const withReturn = entry('Cut the Lisbon office', { date: '2026-11-02', areas: ['hiring'], effortReturn: { actual: '3 roles' } });
		const figures = computeInsights([withReturn], new AreaCatalog(), { start: '2026-01-01', end: '2026-12-31' }, '2026-12-01', shown => safe.entryLabel(shown));
		assert.deepEqual(figures.returns.map(row => row.title), ['Hiring · 2026-11-02']);
	});
});
