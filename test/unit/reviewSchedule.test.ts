import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { AreaCatalog, builtInAreas, reviewDays } from '../../src/core/model/areas';
import { readCustomAreas, readReviewSchedule } from '../../src/core/model/customAreas';
import { addDays } from '../../src/core/model/dates';
import type { EntrySummary } from '../../src/core/model/entry';
import { newEntryReviewDates, planNewEntry, withReviewSchedule } from '../../src/core/coaching/newEntry';
import { planFollowUp } from '../../src/core/followThrough/followUp';
import { renderTemplate } from '../../src/core/coaching/template';
import { nextReview, recordedReviewDates, reviewsDue } from '../../src/core/followThrough/reviewDates';
import { readEntry, readReviewDates } from '../../src/core/index/entryReader';
import { JournalIndex } from '../../src/core/index/journalIndex';
import { parseHeader } from '../../src/core/text/header';

const facts = (name: string) => ({ uri: `mem://ws/journal/${name}.md`, mtime: 0, size: 0 });
const read = (text: string, name = 'e') => readEntry(text, facts(name));

suite('review schedules', () => {
	test('hiring reviews at 30, 90 and 180 days, a takeover at 30, 60 and 100; other areas once', () => {
		const byId = new AreaCatalog();
		assert.deepEqual(reviewDays(byId.get('hiring')!), [30, 90, 180]);
		assert.deepEqual(reviewDays(byId.get('takeover')!), [30, 60, 100]);
		assert.deepEqual(reviewDays(byId.get('schedule')!), [14]);
		for (const area of builtInAreas) {
			const days = reviewDays(area);
			assert.deepEqual(days, [...days].sort((a, b) => a - b), `${area.id} is ascending`);
		}
		assert.deepEqual(newEntryReviewDates(byId.get('hiring')!, '2026-11-26'), ['2026-12-26', '2027-02-24', '2027-05-25']);
	});

	test('a custom area may have a schedule: whole days from 1 to 3650, sorted and each once; anything else is left out and said why', () => {
		const reading = readCustomAreas([
			{ id: 'board', name: 'Board', reviewSchedule: [90, 30, 30] },
			{ id: 'empty', name: 'x', reviewSchedule: [] },
			{ id: 'text', name: 'x', reviewSchedule: '30, 90' },
			{ id: 'zero', name: 'x', reviewSchedule: [0, 30] },
			{ id: 'fraction', name: 'x', reviewSchedule: [1.5] },
			{ id: 'long', name: 'x', reviewSchedule: [...Array(13).keys()].map(n => n + 1) },
			{ id: 'plain', name: 'Plain' },
		]);
		assert.deepEqual(reading.areas.map(area => [area.id, area.reviewSchedule]), [['board', [30, 90]], ['plain', undefined]]);
		assert.deepEqual(reading.problems.map(problem => `${problem.id} ${problem.code}`),
			['empty badReviewSchedule', 'text badReviewSchedule', 'zero badReviewSchedule', 'fraction badReviewSchedule', 'long badReviewSchedule']);
		assert.deepEqual(readReviewSchedule([3650, 1]), [1, 3650]);
		assert.equal(readReviewSchedule([3651]), undefined);
	});

	test('New Entry writes every date of the schedule as `reviews`, and {{review}} is the first', () => {
		const hiring = new AreaCatalog().get('hiring')!;
		const plan = planNewEntry({ title: 'Hire a CFO', area: hiring, now: new Date(2026, 10, 26, 9), folder: 'journal' },
			'---\ndate: {{date}}\nreviews: [{{reviews}}]\nfirst: {{review}}\n---\nReviews {{reviews}}.\n');
		assert.equal(plan.text, '---\ndate: 2026-11-26\nreviews: [2026-12-26, 2027-02-24, 2027-05-25]\nfirst: 2026-12-26\n---\nReviews 2026-12-26, 2027-02-24, 2027-05-25.\n');
		assert.deepEqual(read(plan.text).reviews, ['2026-12-26', '2027-02-24', '2027-05-25']);
		const general = new AreaCatalog().get('general')!;
		assert.match(planNewEntry({ title: 'x', area: general, now: new Date(2026, 10, 26), folder: '' }, 'reviews: [{{reviews}}]').text, /^reviews: \[2026-12-26\]$/);
	});

	test('an area with a schedule turns a template\'s `review: {{review}}` into every date; a follow-up is reviewed once, as before', () => {
		const [board] = readCustomAreas([{ id: 'board', name: 'Board', reviewAfterDays: 45, reviewSchedule: [14, 60] }]).areas;
		const general = '---\ntitle: {{title}}\nreview: {{review}}\npeople: []\n---\n\nreview: {{review}} in the body stays\n';
		const now = new Date(2026, 10, 26, 9);
		const plan = planNewEntry({ title: 'Board prep', area: board, now, folder: 'journal' }, general);
		assert.equal(plan.text, '---\ntitle: Board prep\nreviews: [2026-12-10, 2027-01-25]\npeople: []\n---\n\nreview: 2026-12-10 in the body stays\n');
		assert.equal(withReviewSchedule(general, { ...board, reviewSchedule: undefined }), general, 'no schedule, no change');
		assert.equal(withReviewSchedule('---\nreviews: [{{reviews}}]\nreview: {{review}}\n---\n', board), '---\nreviews: [{{reviews}}]\nreview: {{review}}\n---\n', 'a template that lists the dates itself is kept');
		assert.equal(withReviewSchedule('---\r\nreview: {{ review }}\r\n---\r\n', board), '---\r\nreviews: [{{reviews}}]\r\n---\r\n');
		const hiring = new AreaCatalog().get('hiring')!;
		const earlier = read('---\ntitle: Hire\ndate: 2026-11-02\nareas: [hiring]\n---\n');
		const followUp = planFollowUp({ earlier, earlierText: '', continues: '2026/hire.md', title: 'Hire: finalists', area: hiring, now, folder: 'journal' },
			'---\ntitle: {{title}}\nreview: {{review}}\n---\n');
		assert.deepEqual(parseHeader(followUp.text).data, { title: 'Hire: finalists', review: addDays('2026-11-26', hiring.reviewAfterDays) });
	});

	test('a list variable in the header quotes each item as YAML needs', () => {
		const rendered = renderTemplate('---\ntags: [{{tags}}]\n---\n{{tags}}\n', { tags: ['plain', 'a: b', '#x'] });
		assert.deepEqual(parseHeader(rendered.text).data.tags, ['plain', 'a: b', '#x']);
		assert.ok(rendered.text.endsWith('---\nplain, a: b, #x\n'));
	});

	test('the reader keeps the valid `reviews` dates, ascending and each once, and the latest recorded review', () => {
		const entry = read([
			'---', 'reviews: [2027-02-24, not a date, 2026-12-26, 2026-12-26, 2026-02-30]', '---',
			'## Review, 2026-12-28', '', '### What actually happened?', '',
			'```', '## Review, 2027-09-09', '```', '',
			'<!--', '## Review, 2027-09-10', '-->',
			'## Review, 2027-01-02   ', '## Review, 2027-13-01', '## Review of the plan, 2027-08-01', '> ## Review, 2027-08-02', '',
		].join('\n'));
		assert.deepEqual(entry.reviews, ['2026-12-26', '2027-02-24']);
		assert.equal(entry.lastReviewed, '2027-01-02');
		assert.deepEqual(readReviewDates('2026-12-01, 2026-11-01'), ['2026-11-01', '2026-12-01']);
		assert.deepEqual(readReviewDates('2026-12-01'), ['2026-12-01']);
		const plain = read('---\nreview: 2026-12-01\n---\n# No reviews\n');
		assert.equal(plain.reviews, undefined);
		assert.equal(plain.lastReviewed, undefined);
		assert.ok(!('reviews' in plain) && !('lastReviewed' in plain), 'absent keys stay out of the summary');
		assert.deepEqual(recordedReviewDates('## Review, 2026-01-01\r\n\r\n## Review, 2026-02-01\r\n'), ['2026-01-01', '2026-02-01']);
	});

	test('the next review: the first listed date with no decision review on or after it, or an earlier `review` date', () => {
		assert.equal(nextReview({ reviews: ['2026-01-30', '2026-03-31', '2026-06-29'] }), '2026-01-30');
		assert.equal(nextReview({ reviews: ['2026-01-30', '2026-03-31'], lastReviewed: '2026-01-20' }), '2026-01-30', 'a review before the date does not count for it');
		assert.equal(nextReview({ reviews: ['2026-01-30', '2026-03-31'], lastReviewed: '2026-01-30' }), '2026-03-31');
		assert.equal(nextReview({ reviews: ['2026-01-30', '2026-03-31', '2026-06-29'], lastReviewed: '2026-04-02' }), '2026-06-29', 'a late review covers every date before it');
		assert.equal(nextReview({ reviews: ['2026-01-30'], lastReviewed: '2026-02-01' }), undefined, 'all reviewed');
		assert.equal(nextReview({ review: '2026-01-15', lastReviewed: '2026-02-01' }), '2026-01-15', 'the single review date works as before');
		assert.equal(nextReview({ review: '2026-05-01', reviews: ['2026-01-30', '2026-03-31'], lastReviewed: '2026-02-01' }), '2026-03-31');
		assert.equal(nextReview({ review: '2026-02-15', reviews: ['2026-01-30', '2026-03-31'], lastReviewed: '2026-02-01' }), '2026-02-15');
		assert.equal(nextReview({ review: '2026-02-15', reviews: ['2026-01-30'], lastReviewed: '2026-02-01' }), '2026-02-15');
		assert.equal(nextReview({}), undefined);
	});

	test('property: Reviews due, kept up to date by the index, equals a fresh computation from `review`, `reviews` and the recorded reviews', () => {
		const day = fc.integer({ min: 0, max: 120 }).map(n => addDays('2026-01-01', n));
		const file = fc.record({
			n: fc.integer({ min: 0, max: 9 }),
			remove: fc.boolean(),
			review: fc.option(day, { nil: undefined }),
			reviews: fc.array(day, { maxLength: 4 }),
			recorded: fc.array(day, { maxLength: 3 }),
			status: fc.constantFrom('exploring', 'reviewing', 'closed', undefined),
			title: fc.constantFrom('A', 'B', 'C'),
			broken: fc.boolean(),
		});
		type File = typeof file extends fc.Arbitrary<infer T> ? T : never;
		const text = (spec: File) => [
			'---',
			spec.broken && spec.n % 3 === 0 ? 'title: [unclosed' : `title: ${spec.title}`,
			...spec.review ? [`review: ${spec.review}`] : [],
			...spec.reviews.length > 0 ? [`reviews: [${spec.reviews.join(', ')}]`] : [],
			...spec.status ? [`status: ${spec.status}`] : [],
			'---',
			...spec.recorded.flatMap(date => ['', `## Review, ${date}`, '', '### What actually happened?']),
			'',
		].join('\n');
		/** The spec, straight from the written values: not through `nextReview`. */
		const expectedDue = (files: ReadonlyMap<string, File>, entries: ReadonlyMap<string, EntrySummary>, today: string) => [...files]
			.flatMap(([uri, spec]) => {
				const entry = entries.get(uri)!;
				if (entry.problem || spec.status === 'closed') {
					return [];
				}
				const open = spec.reviews.filter(date => !spec.recorded.some(recorded => recorded >= date)).sort();
				const next = [spec.review, open[0]].filter(date => date !== undefined).sort()[0];
				return next !== undefined && next <= today ? [{ uri, next, title: entry.title }] : [];
			})
			.sort((a, b) => a.next < b.next ? -1 : a.next > b.next ? 1 : a.title.localeCompare(b.title) || (a.uri < b.uri ? -1 : 1))
			.map(item => item.uri);
		fc.assert(fc.property(fc.array(file, { maxLength: 30 }), specs => {
			const index = new JournalIndex();
			const files = new Map<string, File>();
			const entries = new Map<string, EntrySummary>();
			for (const spec of specs) {
				const uri = facts(`e${spec.n}`).uri;
				if (spec.remove) {
					index.update([], [uri]);
					files.delete(uri);
					entries.delete(uri);
				} else {
					const entry = read(text(spec), `e${spec.n}`);
					index.update([entry]);
					files.set(uri, spec);
					entries.set(uri, entry);
				}
			}
			for (const today of ['2025-12-31', '2026-01-15', '2026-02-20', '2026-03-31', '2026-05-01']) {
				const expected = expectedDue(files, entries, today);
				assert.deepEqual(index.reviewsDuePage(today, 0, Infinity).map(item => item.uri), expected, today);
				assert.equal(index.reviewsDueCount(today), expected.length);
				assert.deepEqual(reviewsDue(entries.values(), today).map(item => item.uri), expected);
			}
		}), { numRuns: 300 });
	});
});
