import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, isoWeek } from '../../../src/core/model/dates';
import type { EntrySummary } from '../../../src/core/model/entry';
import { averageOf, checkInFigures, checkInWeeks, isCheckInEntry } from '../../../src/core/followThrough/checkInTrend';
import { checkInLine } from '../../../src/core/followThrough/periodicReview';
import { digestPeriod } from '../../../src/core/followThrough/periodicDigest';
import { AreaCatalog } from '../../../src/core/model/areas';
import { periodOf } from '../../../src/core/model/periods';
import { entry } from '../helpers/entries';

let serial = 0;

function checkIn(date: string, energy?: number, mood?: number, fields: Partial<EntrySummary> = {}): EntrySummary {
	serial++;
	return entry(`2026/${date}-check-in-${serial}`, { fileName: `${date}-check-in.md`, date, ...(energy === undefined ? {} : { energy }), ...(mood === undefined ? {} : { mood }), ...fields });
}

suite('check-in trend', () => {
	test('a check-in is named so, or has energy or mood', () => {
		assert.ok(isCheckInEntry(entry('2026/2026-05-04-check-in')));
		assert.ok(isCheckInEntry(entry('mood-notes', { mood: 3 })));
		assert.ok(!isCheckInEntry(entry('plan')));
	});

	test('averages per ISO week, oldest first, over check-ins dated in the range', () => {
		const entries = [
			checkIn('2026-05-04', 4, 3), checkIn('2026-05-06', 2, 5), checkIn('2026-05-10', undefined, 4),
			checkIn('2026-04-27', 1, 1), checkIn('2026-05-11', 5),
			checkIn('2026-05-05', 1, 1, { problem: { code: 'unreadable', line: 0 } }),
			checkIn('2026-05-05'), entry('other', { date: '2026-05-05' }),
		];
		assert.deepEqual(checkInWeeks(entries, '2026-05-01', '2026-05-31'), [
			{ week: '2026-W19', checkIns: 3, energy: { count: 2, average: 3 }, mood: { count: 3, average: 4 } },
			{ week: '2026-W20', checkIns: 1, energy: { count: 1, average: 5 }, mood: { count: 0 } },
		]);
		assert.deepEqual(checkInWeeks(entries, '2027-01-01', '2027-12-31'), []);
	});

	test('property: a week\'s average lies between its lowest and highest score, and equals a fresh computation', () => {
		const day = fc.integer({ min: 0, max: 90 }).map(offset => addDays('2026-03-01', offset));
		const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
		fc.assert(fc.property(fc.array(fc.tuple(day, score, score), { maxLength: 40 }), rows => {
			const entries = rows.map(([date, energy, mood]) => checkIn(date, energy, mood));
			for (const week of checkInWeeks(entries, '2026-03-01', '2026-05-31')) {
				for (const name of ['energy', 'mood'] as const) {
					const values = entries.filter(item => isoWeek(item.date!) === week.week).flatMap(item => item[name] === undefined ? [] : [item[name]]);
					assert.equal(week[name].count, values.length);
					if (values.length > 0) {
						const average = week[name].average!;
						assert.ok(average >= Math.min(...values) && average <= Math.max(...values));
						assert.ok(Math.abs(average - values.reduce((a, b) => a + b, 0) / values.length) < 1e-9);
					} else {
						assert.equal(week[name].average, undefined);
					}
				}
			}
		}));
		assert.equal(averageOf([]), undefined);
	});

	test('the weekly review line: this week beside the week before', () => {
		const entries = [
			checkIn('2026-11-23', 4, 3), checkIn('2026-11-24', 3, 4), checkIn('2026-11-26', 4, 4),
			checkIn('2026-11-17', 3, 2), checkIn('2026-11-18', 4),
		];
		const digest = digestPeriod(periodOf('week', '2026-11-26'), entries, new AreaCatalog(), '2026-11-26');
		assert.equal(checkInLine(digest.checkIns, digest.checkInsBefore, 'week'),
			'Energy: 3.7 on average this week (3 check-ins), 3.5 the week before (2 check-ins). Mood: 3.7 on average this week (3 check-ins), 2.0 the week before (1 check-in).');
		const quiet = digestPeriod(periodOf('week', '2026-12-02'), entries, new AreaCatalog(), '2026-12-02');
		assert.equal(checkInLine(quiet.checkIns, quiet.checkInsBefore, 'week'), 'No check-ins this week.');
		const firstWeek = digestPeriod(periodOf('week', '2026-11-18'), [checkIn('2026-11-18', 5)], new AreaCatalog(), '2026-11-18');
		assert.equal(checkInLine(firstWeek.checkIns, firstWeek.checkInsBefore, 'week'),
			'Energy: 5.0 on average this week (1 check-in), none the week before. Mood: not answered this week, none the week before.');
		const month = digestPeriod(periodOf('month', '2026-11-26'), entries, new AreaCatalog(), '2026-11-26');
		assert.equal(month.checkInsBefore, undefined);
		assert.equal(checkInLine(month.checkIns, month.checkInsBefore, 'month'),
			'Energy: 3.6 on average this month (5 check-ins). Mood: 3.3 on average this month (4 check-ins).');
		assert.deepEqual(checkInFigures([], '2026-01-01', '2026-12-31'), { checkIns: 0, energy: { count: 0 }, mood: { count: 0 } });
	});
});
