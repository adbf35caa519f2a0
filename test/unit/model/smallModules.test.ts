import * as assert from 'node:assert/strict';
import { addDays, isoWeek, isValidIsoDate, readDateValue, toIsoDate } from '../../../src/core/model/dates';
import { parseJournalFolder } from '../../../src/core/model/journalFolder';

suite('dates', () => {
	test('addDays crosses months, years and leap days', () => {
		assert.equal(addDays('2026-12-25', 14), '2027-01-08');
		assert.equal(addDays('2028-02-28', 1), '2028-02-29');
		assert.equal(addDays('2026-03-01', -1), '2026-02-28');
	});

	test('ISO weeks at year boundaries', () => {
		assert.equal(isoWeek('2026-11-26'), '2026-W48');
		assert.equal(isoWeek('2027-01-01'), '2026-W53');
		assert.equal(isoWeek('2024-12-30'), '2025-W01');
	});

	test('validates real calendar dates', () => {
		assert.equal(isValidIsoDate('2026-02-28'), true);
		assert.equal(isValidIsoDate('2026-02-30'), false);
		assert.equal(isValidIsoDate('2026-2-3'), false);
		assert.equal(readDateValue('tomorrow'), undefined);
		assert.equal(readDateValue(-5), undefined);
		assert.equal(readDateValue({}), undefined);
		assert.equal(readDateValue(300000000000000), undefined, 'a year past 9999');
		assert.equal(readDateValue(new Date(Number.NaN)), undefined);
	});

	test('toIsoDate uses the local calendar day', () => {
		assert.equal(toIsoDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
	});
});

suite('parseJournalFolder', () => {
	test('relative folders are split into segments', () => {
		assert.deepEqual(parseJournalFolder('journal'), { segments: ['journal'] });
		assert.deepEqual(parseJournalFolder('docs\\journal/'), { segments: ['docs', 'journal'] });
		assert.deepEqual(parseJournalFolder('.'), { segments: [] });
		assert.deepEqual(parseJournalFolder(undefined), { segments: ['journal'] });
		assert.deepEqual(parseJournalFolder('  '), { segments: ['journal'] });
	});

	test('absolute paths and .. are refused', () => {
		for (const absolute of ['/etc', 'C:\\journal', '\\\\server\\share', '~/journal', 'file:///x']) {
			assert.deepEqual(parseJournalFolder(absolute), { error: 'absolute' }, absolute);
		}
		assert.deepEqual(parseJournalFolder('..'), { error: 'outside' });
		assert.deepEqual(parseJournalFolder('journal/../../x'), { error: 'outside' });
	});
});
