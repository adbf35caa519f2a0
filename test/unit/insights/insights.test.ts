import * as assert from 'node:assert/strict';
import { AreaCatalog, builtInAreas, withCustomAreas } from '../../../src/core/model/areas';
import { maxReturnText, type Commitment, type EntrySummary } from '../../../src/core/model/entry';
import { readEntry } from '../../../src/core/index/entryReader';
import { allTime, computeInsights, confidenceBandIndex, confidenceBands, insightPeriods, maxReturnRows, type InsightFigures } from '../../../src/core/insights/insights';
import { insightsReportMarkdown } from '../../../src/core/insights/insightsReport';
import { shownFigures } from '../../../src/core/insights/shownFigures';
import { lines } from '../helpers/memoryFileSystem';
import { entry as summary, readEntryText } from '../helpers/entries';

let serial = 0;

/** An entry dated 2026-05-10 in `general`, changed by `fields`. */
function entry(fields: Partial<EntrySummary> = {}): EntrySummary {
	serial++;
	return summary(`e${serial}`, { title: `Entry ${serial}`, date: '2026-05-10', areas: ['general'], size: 0, ...fields });
}

function task(fields: Partial<Commitment>): Commitment {
	return { line: 0, text: 'act', done: false, ...fields };
}

const catalog = new AreaCatalog();
const today = '2026-06-01';

function insights(entries: EntrySummary[], range = allTime): InsightFigures {
	return computeInsights(entries, catalog, range, today);
}

function area(figures: InsightFigures, id: string) {
	const found = figures.areas.find(item => item.area === id);
	assert.ok(found, id);
	return found;
}

suite('computeInsights', () => {
	test('counts entries per area in catalog order; a multi-area entry counts in each, and once in the total', () => {
		const figures = insights([
			entry({ areas: ['hiring'] }),
			entry({ areas: ['hiring', 'key-people'] }),
			entry({ areas: ['no-such-area'] }),
			entry({ areas: [] }),
		]);
		assert.deepEqual(figures.areas.map(item => item.area), builtInAreas.map(item => item.id));
		assert.equal(area(figures, 'hiring').written, 2);
		assert.equal(area(figures, 'key-people').written, 1);
		assert.equal(area(figures, 'general').written, 0);
		assert.equal(figures.total.written, 4, 'entries with no known area count in the total only');
	});

	test('leaves out undated entries, files that need attention, and dates outside the range; both ends count', () => {
		const range = { start: '2026-05-01', end: '2026-05-31' };
		const figures = insights([
			entry({ date: '2026-05-01' }),
			entry({ date: '2026-05-31' }),
			entry({ date: '2026-04-30' }),
			entry({ date: '2026-06-01' }),
			entry({ date: undefined }),
			entry({ problem: { code: 'binary', line: 0 } }),
		], range);
		assert.equal(figures.total.written, 2);
		assert.deepEqual(figures.range, range);
	});

	test('closed means status closed; everything else is open', () => {
		const figures = insights([
			entry({ status: 'closed' }), entry({ status: 'closed' }), entry({ status: 'decided' }), entry({ status: 'mystery' }), entry({}),
		]);
		assert.equal(figures.total.closed, 2);
		assert.equal(figures.total.open, 3);
	});

	test('median days to close: odd and even counts, none, and closed dates before the date ignored', () => {
		const odd = insights([
			entry({ date: '2026-03-01', closed: '2026-04-01' }),
			entry({ date: '2026-05-01', closed: '2026-05-03' }),
			entry({ date: '2026-05-01', closed: '2026-05-11' }),
		]);
		assert.equal(odd.total.medianDaysToClose, 10, 'UTC days: 31 across a daylight-saving change, 2 and 10');
		const even = insights([
			entry({ date: '2026-05-01', closed: '2026-05-03' }),
			entry({ date: '2026-05-01', closed: '2026-05-06' }),
			entry({ date: '2026-05-10', closed: '2026-05-01' }),
		]);
		assert.equal(even.total.medianDaysToClose, 3.5);
		assert.equal(insights([entry({ status: 'closed' })]).total.medianDaysToClose, undefined);
		assert.equal(insights([entry({ date: '2026-05-01', closed: '2026-05-01' })]).total.medianDaysToClose, 0);
	});

	test('commitments: on time, late, done without a date, open and overdue against today', () => {
		const figures = insights([entry({
			areas: ['hiring', 'general'],
			commitments: [
				task({ done: true, due: '2026-05-10', doneOn: '2026-05-10' }),
				task({ done: true, due: '2026-05-10', doneOn: '2026-05-09' }),
				task({ done: true, due: '2026-05-10', doneOn: '2026-05-11' }),
				task({ done: true, due: '2026-05-10' }),
				task({ done: true }),
				task({ done: true, doneOn: '2026-05-02' }),
				task({ due: '2026-05-31' }),
				task({ due: today }),
				task({}),
				task({ cancelled: true, due: '2026-05-01' }),
				task({ cancelled: true }),
			],
		})]);
		const expected = { onTime: 2, late: 1, doneUndated: 1, open: 3, openOverdue: 1, cancelled: 2 };
		assert.deepEqual(figures.total.commitments, expected);
		assert.deepEqual(area(figures, 'hiring').commitments, expected);
		assert.deepEqual(area(figures, 'general').commitments, expected);
	});

	test('commitments read from an entry\'s text', () => {
		const text = lines(
			'---', 'date: 2026-05-02', 'areas: [cutbacks]', '---', '## Commitments',
			'- [x] Tell the team @me due:2026-05-05 done:2026-05-04',
			'- [x] Move the backlog @sam due:2026-05-05 done:2026-05-08',
			'- [ ] Hire a lead due:2026-05-20',
			'- [-] Reorganize the desk 📅 2026-05-06',
			'- [x] Brief the board 📅 2026-05-05 ✅ 2026-05-05',
			'- CANCELED Book the offsite',
			'- TODO Write the memo',
			'  DEADLINE: <2026-05-03 Sun>');
		const figures = insights([readEntryText(text, { name: 'a', size: text.length })]);
		assert.deepEqual(area(figures, 'cutbacks').commitments, { onTime: 2, late: 1, doneUndated: 0, open: 2, openOverdue: 2, cancelled: 2 });
	});

	test('calibration bands meet at 49/50, 69/70 and 84/85 and end at 100', () => {
		assert.deepEqual(confidenceBands.map(band => band.key), ['0-49', '50-69', '70-84', '85-100']);
		const at = (confidence: number) => confidenceBands[confidenceBandIndex(confidence)].key;
		assert.deepEqual([0, 49, 49.5, 50, 69, 70, 84, 85, 100].map(at), ['0-49', '0-49', '0-49', '50-69', '50-69', '70-84', '70-84', '85-100', '85-100']);
	});

	test('calibration: count, as expected or better, hit rate and mean stated confidence per band', () => {
		const figures = insights([
			entry({ confidence: 49, outcome: 'worse' }),
			entry({ confidence: 50, outcome: 'better' }),
			entry({ confidence: 69, outcome: 'worse' }),
			entry({ confidence: 70, outcome: 'as-expected', areas: ['hiring'] }),
			entry({ confidence: 84, outcome: 'as-expected', areas: ['hiring'] }),
			entry({ confidence: 80, outcome: 'worse', areas: ['hiring'] }),
			entry({ confidence: 85, outcome: 'better' }),
			entry({ confidence: 100, outcome: 'as-expected' }),
			entry({ confidence: 90 }),
			entry({ outcome: 'better' }),
		]);
		const bands = figures.total.calibration.map(({ band, decisions, asExpectedOrBetter, hitRate, meanConfidence }) => ({ band: band.key, decisions, asExpectedOrBetter, hitRate, meanConfidence }));
		assert.deepEqual(bands, [
			{ band: '0-49', decisions: 1, asExpectedOrBetter: 0, hitRate: 0, meanConfidence: 49 },
			{ band: '50-69', decisions: 2, asExpectedOrBetter: 1, hitRate: 0.5, meanConfidence: 59.5 },
			{ band: '70-84', decisions: 3, asExpectedOrBetter: 2, hitRate: 2 / 3, meanConfidence: 78 },
			{ band: '85-100', decisions: 2, asExpectedOrBetter: 2, hitRate: 1, meanConfidence: 92.5 },
		]);
		assert.deepEqual(area(figures, 'hiring').calibration.map(band => band.decisions), [0, 0, 3, 0], 'per-area counts');
		const empty = insights([]).total.calibration[0];
		assert.equal(empty.decisions, 0);
		assert.equal(empty.hitRate, undefined);
		assert.equal(empty.meanConfidence, undefined);
	});
});

suite('decision quality and the return on the effort', () => {
	test('the two-by-two: sound or poor against a good (as expected or better) or bad (worse) outcome; mixed apart; both keys needed', () => {
		const figures = insights([
			entry({ decisionQuality: 'sound', outcome: 'better', areas: ['hiring'] }),
			entry({ decisionQuality: 'sound', outcome: 'as-expected' }),
			entry({ decisionQuality: 'sound', outcome: 'worse', areas: ['hiring'] }),
			entry({ decisionQuality: 'poor', outcome: 'better' }),
			entry({ decisionQuality: 'poor', outcome: 'worse' }),
			entry({ decisionQuality: 'poor', outcome: 'worse' }),
			entry({ decisionQuality: 'mixed', outcome: 'worse' }),
			entry({ decisionQuality: 'mixed' }),
			entry({ outcome: 'better' }),
		]);
		assert.deepEqual(figures.total.quality, { sound: { good: 2, bad: 1 }, mixed: { good: 0, bad: 1 }, poor: { good: 1, bad: 2 } });
		assert.deepEqual(area(figures, 'hiring').quality, { sound: { good: 1, bad: 1 }, mixed: { good: 0, bad: 0 }, poor: { good: 0, bad: 0 } });
		const shown = shownFigures(figures);
		assert.deepEqual(['sound.good', 'sound.bad', 'poor.good', 'poor.bad', 'mixed.good', 'mixed.bad'].map(key => shown.get(`quality.${key}`)?.text), ['2', '1', '1', '2', '0', '1']);
	});

	const entryText = (date: string, ...header: string[]) => lines(
		'---', `date: ${date}`, 'areas: [hiring]', ...header, '---',
		'## Return on the effort', '', '### Baseline: where are we today?', '', 'Three', 'revenue numbers.', '',
		'### Target: where should we be?', '', 'One revenue number.', '');
	const read = (name: string, text: string) => readEntry(text, { uri: `mem://ws/journal/${name}.md`, mtime: 0, size: text.length });

	test('the reader keeps the return only for entries that recorded an actual value or a cost, on one line and short', () => {
		assert.deepEqual(read('a', entryText('2026-05-02', 'actual: Two numbers', 'cost: 40')).effortReturn,
			{ baseline: 'Three revenue numbers.', target: 'One revenue number.', actual: 'Two numbers', cost: '40' });
		assert.deepEqual(read('b', entryText('2026-05-02', 'cost: "12 days"')).effortReturn, { baseline: 'Three revenue numbers.', target: 'One revenue number.', cost: '12 days' });
		assert.equal(read('c', entryText('2026-05-02')).effortReturn, undefined, 'no actual, no cost: nothing kept');
		assert.ok(!('effortReturn' in read('c', entryText('2026-05-02'))));
		assert.deepEqual(read('d', lines('---', 'actual: 3', '---', '# No return section')).effortReturn, { actual: '3' });
		const long = read('e', entryText('2026-05-02', `actual: ${'x'.repeat(500)}`)).effortReturn!;
		assert.equal(long.actual!.length, maxReturnText);
		assert.ok(long.actual!.endsWith('…'));
	});

	test('the return table lists the entries of the period with a return, newest first', () => {
		const figures = insights([
			read('old', entryText('2026-03-01', 'actual: old')),
			read('b', entryText('2026-05-03', 'actual: Two', 'title: B')),
			read('a', entryText('2026-05-03', 'cost: 3 days', 'title: A')),
			read('c', entryText('2026-05-01', 'actual: One', 'title: C')),
			read('none', entryText('2026-05-04')),
		], { start: '2026-05-01', end: '2026-05-31' });
		assert.deepEqual(figures.returns.map(row => [row.title, row.date, row.actual, row.cost]),
			[['A', '2026-05-03', undefined, '3 days'], ['B', '2026-05-03', 'Two', undefined], ['C', '2026-05-01', 'One', undefined]]);
		assert.equal(figures.returnCount, 3);
		assert.equal(figures.returns[0].uri, 'mem://ws/journal/a.md');
		assert.equal(figures.returns[0].baseline, 'Three revenue numbers.');
		const many = insights([...Array(maxReturnRows + 5).keys()].map(n => entry({ date: '2026-05-10', effortReturn: { actual: String(n) } })));
		assert.equal(many.returns.length, maxReturnRows);
		assert.equal(many.returnCount, maxReturnRows + 5);
	});
});

suite('insightPeriods', () => {
	test('the last 30 and 90 days end today, the year is the calendar year, and all time holds every date', () => {
		const periods = insightPeriods('2026-03-01');
		assert.deepEqual(periods.last30, { start: '2026-01-31', end: '2026-03-01' });
		assert.deepEqual(periods.last90, { start: '2025-12-02', end: '2026-03-01' });
		assert.deepEqual(periods.year, { start: '2026-01-01', end: '2026-12-31' });
		assert.deepEqual(periods.all, { start: '0000-01-01', end: '9999-12-31' });
	});

	test('with a fiscal year, the year is the fiscal year that holds today', () => {
		assert.deepEqual(insightPeriods('2026-02-10', 4).year, { start: '2025-04-01', end: '2026-03-31' });
		assert.deepEqual(insightPeriods('2026-04-01', 4).year, { start: '2026-04-01', end: '2027-03-31' });
		assert.deepEqual(insightPeriods('2026-02-10', 13).year, { start: '2026-01-01', end: '2026-12-31' }, 'a bad month counts as January');
	});
});

suite('shownFigures and the report', () => {
	const board = { id: 'board', name: 'Board | <relations>', description: '', icon: 'tag', reviewAfterDays: 30 };
	const boardCatalog = new AreaCatalog(withCustomAreas([board]));
	const figures = computeInsights([
		entry({ areas: ['board'], status: 'closed', date: '2026-05-01', closed: '2026-05-04', confidence: 75, outcome: 'better', decisionQuality: 'sound' }),
		entry({ areas: ['board'], status: 'closed', date: '2026-05-01', closed: '2026-05-05', confidence: 80, outcome: 'worse', decisionQuality: 'sound' }),
		entry({ areas: ['hiring'], commitments: [task({ due: '2026-05-01' }), task({ done: true, due: '2026-05-01', doneOn: '2026-05-03' })] }),
	], boardCatalog, { start: '2026-05-01', end: '2026-05-31' }, today);

	test('every figure has a key and a text: counts, days and percentages with one decimal, a dash for nothing', () => {
		const shown = shownFigures(figures);
		const expected = {
			'area.board.written': '2', 'area.board.medianDaysToClose': '3.5', 'area.hiring.medianDaysToClose': '–', 'area.hiring.late': '1',
			'total.openOverdue': '1', 'total.decisions': '2', 'calibration.70-84.hitRate': '50%', 'calibration.70-84.meanConfidence': '77.5%',
			'calibration.0-49.hitRate': '–',
		};
		assert.deepEqual(Object.fromEntries(Object.keys(expected).map(key => [key, shown.get(key)?.text])), expected);
		assert.equal(shown.get('calibration.70-84.hitRate')?.value, 0.5);
		assert.equal(shown.size, (boardCatalog.areas.length + 1) * 12 + confidenceBands.length * 4 + 3 * 2);
	});

	test('the markdown report has the period, a row per area with the same figures, the calibration table and the method', () => {
		const report = insightsReportMarkdown(figures, boardCatalog, 'May');
		assert.match(report, /^# Leadership Journal Insights\n\nPeriod: May, 2026-05-01 to 2026-05-31\. Overdue means due before 2026-06-01\.\n/);
		assert.ok(report.includes('| Board \\| \\<relations\\> | 2 | 0 | 2 | 3.5 |'), 'area names are escaped for a table cell');
		assert.ok(report.includes('| Hiring the right people | 1 | 1 | 0 | – |'));
		assert.ok(report.includes('| **Total** | 3 | 1 | 2 | 3.5 |'));
		assert.ok(report.includes('| Hiring the right people | 0 | 1 | 0 | 1 | 1 |'));
		assert.ok(report.includes('| 70–84 | 2 | 1 | 50% | 77.5% |'));
		assert.ok(report.includes('| 0–49 | 0 | 0 | – | – |'));
		assert.ok(report.includes('## Decision quality and outcome\n'));
		assert.ok(report.includes('| Sound | 1 | 1 |\n| Poor | 0 | 0 |\n| Mixed (counted apart) | 0 | 0 |'), report);
		const returned = insightsReportMarkdown(computeInsights([entry({ title: 'Hire | <quickly>', date: '2026-05-02', effortReturn: { target: 'One *revenue* number', actual: 'Two', cost: '40 h' } })],
			catalog, allTime, today), catalog);
		assert.ok(returned.includes('| Challenge | Date | Baseline | Target | Actual | Cost |\n| --- | --- | --- | --- | --- | --- |\n| Hire \\| \\<quickly\\> | 2026-05-02 | – | One \\*revenue\\* number | Two | 40 h |'), returned);
		assert.ok(report.includes('## How these figures are computed'));
		assert.match(insightsReportMarkdown(computeInsights([], catalog, allTime, today), catalog), /## The return on the effort\n\nNo entry in this period recorded an actual value or a cost\./);
		assert.match(insightsReportMarkdown(computeInsights([], catalog, allTime, today), catalog), /Period: every dated entry\./);
	});
});
