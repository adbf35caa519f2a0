import type { AreaCatalog } from '../model/areas';
import { allTime, confidenceBands, type InsightFigures } from './insights';
import { bandFigureNames, bandKey, checkInWeekKey, groupKey, noFigure, outcomeKinds, qualityKey, shownFigures, type BandFigureName, type GroupFigureName } from './shownFigures';

/** A table column: the figure it shows and its heading. */
type Column<Name> = readonly [name: Name, heading: string];

const entryColumns: readonly Column<GroupFigureName>[] = [
	['written', 'Written'], ['open', 'Open'], ['closed', 'Closed'], ['medianDaysToClose', 'Median days to close'],
];
const commitmentColumns: readonly Column<GroupFigureName>[] = [
	['onTime', 'Done on time'], ['late', 'Done late'], ['doneUndated', 'Done, no date'], ['openCommitments', 'Open'], ['openOverdue', 'Open, overdue'], ['cancelledCommitments', 'Cancelled'],
];
const decisionColumns: readonly Column<GroupFigureName>[] = [
	['decisions', 'Decisions with an outcome'], ['asExpectedOrBetter', 'As expected or better'],
];
const bandHeadings: Record<BandFigureName, string> = {
	decisions: 'Decisions', asExpectedOrBetter: 'As expected or better', hitRate: 'Hit rate', meanConfidence: 'Mean stated confidence',
};

/** How the figures are computed, one bullet each; the Insights panel says the same. */
const method = [
	'An entry counts in a period when its `date` falls in it, first and last day included. Entries without a `date` and files that need attention are left out.',
	'An entry with several areas counts in each of them; the total counts it once, and also counts entries with no known area.',
	'Closed means `status: closed`; every other status is open.',
	'Median days to close: over the entries with a `closed` date on or after their `date`, the middle value of the days between the two (the mean of the two middle values for an even count).',
	'Commitments are the entries\' `- [ ]` items. Of those done and with a `due:` date, on time means a `done:` date on or before it, late a later one, and "no date" that the `done:` date is missing. Open counts every item neither done nor cancelled; overdue, those whose `due:` date is before today. Cancelled items (`[-]`, Logseq\'s `CANCELED`) are counted apart. Obsidian Tasks\' emoji dates, Dataview\'s fields and Logseq\'s `TODO`/`DONE` count as the same.',
	'Calibration groups the entries that have both a `confidence` and an `outcome` by stated confidence. The hit rate is the share whose outcome is `as-expected` or `better`; a well-calibrated journal has hit rates close to the mean stated confidence.',
	'Decision quality and outcome counts the entries that have both a `decisionQuality` and an `outcome`: a good outcome is `as-expected` or `better`, a bad one `worse`. Sound and poor decisions make the two-by-two; mixed ones are counted apart.',
	'Energy and mood are the 1–5 answers of the daily check-ins dated in the period (the first whole number under a question starting with "Energy" or "Mood"), averaged per ISO week; a check-in counts in the week of its `date`.',
	'The return on the effort lists the entries with an `actual` or a `cost` (written by Review Entry), newest first, with the baseline and target their "Return on the effort" section states.',
];

const qualityRows = [['sound', 'Sound'], ['poor', 'Poor'], ['mixed', 'Mixed (counted apart)']] as const;

/** Text made safe for a markdown table cell. */
function markdownCell(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#&]/g, '\\$&');
}

/** A markdown table; the columns after the first are numbers, aligned right, unless `text` says they are words. */
function table(headings: readonly string[], rows: readonly (readonly string[])[], text = false): string[] {
	return [
		`| ${headings.join(' | ')} |`,
		`| --- |${(text ? ' --- |' : ' ---: |').repeat(headings.length - 1)}`,
		...rows.map(row => `| ${row.join(' | ')} |`),
	];
}

function returnSection(figures: InsightFigures): string[] {
	if (figures.returns.length === 0) {
		return ['No entry in this period recorded an actual value or a cost. Review Entry asks for both.'];
	}
	const cell = (value: string | undefined) => value === undefined ? noFigure : markdownCell(value);
	return [
		...figures.returnCount > figures.returns.length ? [`The ${figures.returns.length} newest of ${figures.returnCount} entries.`, ''] : [],
		...table(
			['Challenge', 'Date', 'Baseline', 'Target', 'Actual', 'Cost'],
			figures.returns.map(row => [markdownCell(row.title), row.date, cell(row.baseline), cell(row.target), cell(row.actual), cell(row.cost)]),
			true,
		),
	];
}

function checkInSection(figures: InsightFigures, text: (key: string) => string): string[] {
	if (figures.checkIns.length === 0) {
		return ['No check-ins with energy and mood in this period.'];
	}
	return table(
		['Week', 'Check-ins', 'Average energy', 'Average mood'],
		figures.checkIns.map(({ week }) => [week, ...['checkIns', 'energy', 'mood'].map(name => text(`${checkInWeekKey(week)}.${name}`))]),
	);
}

/**
 * The Insights figures as a markdown document: the period, a table per group of figures
 * with a row per area and a total, the calibration table, decision quality against outcome, the
 * weekly energy and mood of the check-ins, the return on the effort of each entry that recorded one, and how the figures are computed.
 * `periodName` names the period, such as "Last 90 days".
 */
export function insightsReportMarkdown(figures: InsightFigures, catalog: AreaCatalog, periodName?: string): string {
	const shown = shownFigures(figures);
	const text = (key: string) => shown.get(key)?.text ?? noFigure;
	const groups: [string, string][] = [
		...figures.areas.map(({ area }): [string, string] => [markdownCell(catalog.get(area)?.name ?? area), groupKey(area)]),
		['**Total**', groupKey()],
	];
	const groupTable = (columns: readonly Column<GroupFigureName>[]) => table(
		['Area', ...columns.map(([, heading]) => heading)],
		groups.map(([name, key]) => [name, ...columns.map(([figure]) => text(`${key}.${figure}`))]),
	);
	const { range, today } = figures;
	const span = range.start === allTime.start && range.end === allTime.end
		? 'every dated entry'
		: `${range.start} to ${range.end}`;
	return [
		'# Leadership Journal Insights',
		'',
		`Period: ${periodName ? `${markdownCell(periodName)}, ` : ''}${span}. Overdue means due before ${today}.`,
		'',
		'## Entries',
		'',
		...groupTable(entryColumns),
		'',
		'## Commitments',
		'',
		...groupTable(commitmentColumns),
		'',
		'## Decisions',
		'',
		...groupTable(decisionColumns),
		'',
		'## Decision calibration',
		'',
		'Stated confidence against how often the decision went as expected or better.',
		'',
		...table(
			['Stated confidence', ...bandFigureNames.map(name => bandHeadings[name])],
			confidenceBands.map(band => [`${band.from}–${band.to}`, ...bandFigureNames.map(name => text(`${bandKey(band)}.${name}`))]),
		),
		'',
		'## Decision quality and outcome',
		'',
		'Whether the decision was sound given what was known then, apart from how it turned out: good luck and bad luck show up off the diagonal.',
		'',
		...table(
			['Decision', 'Good outcome (as expected or better)', 'Bad outcome (worse)'],
			qualityRows.map(([quality, name]) => [name, ...outcomeKinds.map(outcome => text(qualityKey(quality, outcome)))]),
		),
		'',
		'## Energy and mood',
		'',
		'The average energy and mood (1–5) of the daily check-ins, per week.',
		'',
		...checkInSection(figures, text),
		'',
		'## The return on the effort',
		'',
		...returnSection(figures),
		'',
		'## How these figures are computed',
		'',
		...method.map(line => `- ${line}`),
		'',
	].join('\n');
}
