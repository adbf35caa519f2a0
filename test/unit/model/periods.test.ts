import * as assert from 'node:assert/strict';
import { addDays, isoWeek, weekdayName } from '../../../src/core/model/dates';
import { periodOf, readFiscalYearStartMonth, type Period, type PeriodKind } from '../../../src/core/model/periods';

const span = (period: Period) => `${period.id} ${period.start}..${period.end}`;

suite('periods', () => {
	test('an ISO week runs from Monday to Sunday', () => {
		assert.deepEqual(periodOf('week', '2026-11-26'), { kind: 'week', id: '2026-W48', label: '2026-W48', start: '2026-11-23', end: '2026-11-29' });
		assert.equal(span(periodOf('week', '2026-11-23')), '2026-W48 2026-11-23..2026-11-29');
		assert.equal(span(periodOf('week', '2026-11-29')), '2026-W48 2026-11-23..2026-11-29');
		assert.equal(span(periodOf('week', '2026-11-30')), '2026-W49 2026-11-30..2026-12-06');
	});

	test('weeks across the end of a year, including week 53', () => {
		assert.equal(span(periodOf('week', '2026-12-31')), '2026-W53 2026-12-28..2027-01-03');
		assert.equal(span(periodOf('week', '2027-01-01')), '2026-W53 2026-12-28..2027-01-03');
		assert.equal(span(periodOf('week', '2027-01-04')), '2027-W01 2027-01-04..2027-01-10');
		assert.equal(span(periodOf('week', '2021-01-03')), '2020-W53 2020-12-28..2021-01-03');
		assert.equal(span(periodOf('week', '2024-12-31')), '2025-W01 2024-12-30..2025-01-05');
	});

	test('months, with February in leap and common years', () => {
		assert.deepEqual(periodOf('month', '2026-11-26'), { kind: 'month', id: '2026-11', label: 'November 2026', start: '2026-11-01', end: '2026-11-30' });
		assert.equal(span(periodOf('month', '2024-02-10')), '2024-02 2024-02-01..2024-02-29');
		assert.equal(span(periodOf('month', '2026-02-28')), '2026-02 2026-02-01..2026-02-28');
		assert.equal(span(periodOf('month', '2000-02-01')), '2000-02 2000-02-01..2000-02-29');
		assert.equal(span(periodOf('month', '2100-02-01')), '2100-02 2100-02-01..2100-02-28');
		assert.equal(span(periodOf('month', '2026-12-31')), '2026-12 2026-12-01..2026-12-31');
		assert.equal(periodOf('month', '2027-01-01').label, 'January 2027');
	});

	test('calendar quarters', () => {
		assert.deepEqual(periodOf('quarter', '2026-11-26'), { kind: 'quarter', id: '2026-Q4', label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
		assert.equal(span(periodOf('quarter', '2026-01-01')), '2026-Q1 2026-01-01..2026-03-31');
		assert.equal(span(periodOf('quarter', '2026-03-31')), '2026-Q1 2026-01-01..2026-03-31');
		assert.equal(span(periodOf('quarter', '2026-04-01')), '2026-Q2 2026-04-01..2026-06-30');
		assert.equal(span(periodOf('quarter', '2026-09-30', 1)), '2026-Q3 2026-07-01..2026-09-30');
	});

	test('fiscal quarters are named by the year the fiscal year ends in', () => {
		assert.equal(span(periodOf('quarter', '2026-04-01', 4)), 'FY2027-Q1 2026-04-01..2026-06-30');
		assert.equal(span(periodOf('quarter', '2026-06-30', 4)), 'FY2027-Q1 2026-04-01..2026-06-30');
		assert.equal(span(periodOf('quarter', '2027-03-31', 4)), 'FY2027-Q4 2027-01-01..2027-03-31');
		assert.equal(span(periodOf('quarter', '2026-03-31', 4)), 'FY2026-Q4 2026-01-01..2026-03-31');
		assert.equal(span(periodOf('quarter', '2026-10-01', 10)), 'FY2027-Q1 2026-10-01..2026-12-31');
		assert.equal(span(periodOf('quarter', '2026-09-30', 10)), 'FY2026-Q4 2026-07-01..2026-09-30');
		assert.equal(span(periodOf('quarter', '2026-01-15', 2)), 'FY2026-Q4 2025-11-01..2026-01-31');
		assert.equal(span(periodOf('quarter', '2028-02-29', 12)), 'FY2028-Q1 2027-12-01..2028-02-29');
		assert.equal(span(periodOf('quarter', '2026-12-01', 12)), 'FY2027-Q1 2026-12-01..2027-02-28');
	});

	test('a start month out of range means January', () => {
		for (const month of [0, 13, 2.5, Number.NaN, -4]) {
			assert.equal(periodOf('quarter', '2026-11-26', month).id, '2026-Q4', String(month));
		}
		assert.equal(readFiscalYearStartMonth(4), 4);
		assert.equal(readFiscalYearStartMonth(12), 12);
		assert.equal(readFiscalYearStartMonth('4'), 1);
		assert.equal(readFiscalYearStartMonth(undefined), 1);
		assert.equal(readFiscalYearStartMonth(0), 1);
	});

	test('every day of 2019–2029 lies in one period of each kind, and periods follow each other without gaps', () => {
		const cases: [PeriodKind, number][] = [['week', 1], ['month', 1], ['quarter', 1], ['quarter', 4], ['quarter', 7], ['quarter', 11]];
		for (const [kind, startMonth] of cases) {
			for (let day = '2019-01-01'; day <= '2029-12-31'; day = addDays(day, 1)) {
				const period = periodOf(kind, day, startMonth);
				assert.ok(period.start <= day && day <= period.end, `${kind} ${day}`);
				if (day === period.end) {
					assert.equal(periodOf(kind, addDays(day, 1), startMonth).start, addDays(day, 1), `${kind} after ${day}`);
				}
				if (kind === 'week') {
					assert.equal(weekdayName(period.start), 'Monday');
					assert.equal(addDays(period.start, 6), period.end);
					assert.equal(isoWeek(period.end), period.id);
				}
			}
		}
	});

	test('the result does not depend on the local time zone', () => {
		const saved = process.env.TZ;
		const results = new Set<string>();
		try {
			for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin', 'America/Sao_Paulo']) {
				process.env.TZ = zone;
				results.add(JSON.stringify(['2026-03-29', '2026-10-25', '2026-12-31', '2027-01-01'].flatMap(day =>
					[periodOf('week', day), periodOf('month', day), periodOf('quarter', day, 4)])));
			}
		} finally {
			if (saved === undefined) {
				delete process.env.TZ;
			} else {
				process.env.TZ = saved;
			}
		}
		assert.equal(results.size, 1);
	});
});
