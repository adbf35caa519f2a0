import * as assert from 'node:assert/strict';
import { AreaCatalog } from '../../../src/core/model/areas';
import { computeInsights } from '../../../src/core/insights/insights';
import { insightsReportMarkdown } from '../../../src/core/insights/insightsReport';
import { shownFigures } from '../../../src/core/insights/shownFigures';
import { readEntryText } from '../helpers/entries';

const catalog = new AreaCatalog();

function checkIn(date: string, energy: string, mood: string) {
	return readEntryText(`---\ntitle: Check-in ${date}\ndate: ${date}\nareas: [general]\n---\n## Check-in\n\n### Energy today (1–5)\n\n${energy}\n\n### Mood today (1–5)\n\n${mood}\n`, { name: `2026/${date}-check-in` });
}

suite('Insights: energy and mood', () => {
	const entries = [
		checkIn('2026-05-04', '4', '3/5'), checkIn('2026-05-05', '3 – long day', '4'), checkIn('2026-05-12', '5', 'no idea'),
		checkIn('2026-03-02', '1', '1'),
		readEntryText('---\ntitle: Plan\ndate: 2026-05-05\n---\n### What do you want?\n\n4\n', { name: 'plan' }),
	];
	const figures = computeInsights(entries, catalog, { start: '2026-05-01', end: '2026-05-31' }, '2026-06-01');

	test('the average energy and mood per ISO week of the check-ins dated in the period', () => {
		assert.deepEqual(figures.checkIns, [
			{ week: '2026-W19', checkIns: 2, energy: { count: 2, average: 3.5 }, mood: { count: 2, average: 3.5 } },
			{ week: '2026-W20', checkIns: 1, energy: { count: 1, average: 5 }, mood: { count: 0 } },
		]);
		const shown = shownFigures(figures);
		assert.equal(shown.get('checkIns.2026-W19.energy')?.text, '3.5');
		assert.equal(shown.get('checkIns.2026-W20.mood')?.text, '–');
		assert.equal(shown.get('checkIns.2026-W19.checkIns')?.text, '2');
	});

	test('the report has a table of the same figures, or says there are none', () => {
		const report = insightsReportMarkdown(figures, catalog).split('\n');
		const at = report.indexOf('## Energy and mood');
		assert.ok(at > 0);
		assert.deepEqual(report.slice(at + 4, at + 8), [
			'| Week | Check-ins | Average energy | Average mood |',
			'| --- | ---: | ---: | ---: |',
			'| 2026-W19 | 2 | 3.5 | 3.5 |',
			'| 2026-W20 | 1 | 5.0 | – |',
		]);
		const none = insightsReportMarkdown(computeInsights(entries, catalog, { start: '2025-01-01', end: '2025-12-31' }, '2026-06-01'), catalog);
		assert.ok(none.includes('## Energy and mood\n\nThe average energy and mood (1–5) of the daily check-ins, per week.\n\nNo check-ins with energy and mood in this period.\n'));
	});
});
