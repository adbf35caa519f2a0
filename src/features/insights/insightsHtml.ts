import * as vscode from 'vscode';
import { singlePointsChangeText } from '../../ui/keyPeopleText';
import type { ConfidenceBand } from '../../core/insights/insights';
import { bandKey, checkInWeekKey, groupKey, noFigure, outcomeKinds, qualityKey, shownFigures, type BandFigureName, type GroupFigureName, type ShownFigure } from '../../core/insights/shownFigures';
import { escapeHtml } from './htmlText';
import { barChart, type ChartRow } from './insightsCharts';
import { rangeText, type InsightsData } from './insightsData';

/** The webview a page is rendered for. */
export interface PageTarget {
	/** The webview's own source, for the Content-Security-Policy. */
	readonly cspSource: string;
	/** A fresh nonce; only the page's own style and script carry it. */
	readonly nonce: string;
}

/** A table column: the figure it shows and its heading. */
type Column<Name> = readonly [name: Name, heading: string];

/** A table row: its label and its figures. */
interface Row {
	/** The row's heading: an area's name, "Total", or a band. */
	readonly label: string;
	/** The figures, one per column. */
	readonly cells: readonly ShownFigure[];
	/** Whether it is the total row, shown in bold. */
	readonly total?: boolean;
}

/** Figures that deserve attention when they are not zero. */
const warnings = new Set(['late', 'openOverdue']);

const css = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 24px 24px; max-width: 980px; }
h1 { font-size: 1.5em; font-weight: 600; }
h2 { font-size: 1.15em; font-weight: 600; margin-top: 28px; }
.muted, caption { color: var(--vscode-descriptionForeground); }
caption { text-align: left; padding-bottom: 4px; }
select { background: var(--vscode-dropdown-background); color: var(--vscode-dropdown-foreground); border: 1px solid var(--vscode-dropdown-border); padding: 2px 6px; font: inherit; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { padding: 4px 12px; text-align: right; border-bottom: 1px solid var(--vscode-panel-border); font-variant-numeric: tabular-nums; }
th:first-child { text-align: left; font-weight: normal; }
thead th { font-weight: 600; color: var(--vscode-descriptionForeground); }
tr.total th, tr.total td { font-weight: 600; }
td.warn { color: var(--vscode-charts-red); }
td.text, table.returns th { text-align: left; font-variant-numeric: normal; }
tr.apart th, tr.apart td { color: var(--vscode-descriptionForeground); }
.chart { width: 100%; max-width: 720px; height: auto; }
.chart text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: 12px; }
.bar-written { fill: var(--vscode-charts-blue); }
.bar-stated { fill: var(--vscode-charts-blue); }
.bar-actual { fill: var(--vscode-charts-green); }
.bar-energy { fill: var(--vscode-charts-orange); }
.bar-mood { fill: var(--vscode-charts-purple); }
`;

const script = `
const vscode = acquireVsCodeApi();
document.getElementById('period').addEventListener('change', event => vscode.postMessage({ type: 'period', period: event.target.value }));
`;

function cell(figure: ShownFigure): string {
	const name = figure.key.slice(figure.key.lastIndexOf('.') + 1);
	const warn = warnings.has(name) && (figure.value ?? 0) > 0 ? ' class="warn"' : '';
	return `<td data-figure="${escapeHtml(figure.key)}"${warn}>${escapeHtml(figure.text)}</td>`;
}

function table(caption: string, headings: readonly string[], rows: readonly Row[]): string {
	const head = headings.map(heading => `<th scope="col">${escapeHtml(heading)}</th>`).join('');
	const body = rows.map(row => `<tr${row.total ? ' class="total"' : ''}><th scope="row">${escapeHtml(row.label)}</th>${row.cells.map(cell).join('')}</tr>`).join('');
	return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function methodNotes(): string[] {
	return [
		vscode.l10n.t('An entry counts when its date falls in the period. Entries without a date and files that need attention are left out.'),
		vscode.l10n.t('An entry with several areas counts in each of them; the total counts it once, and also counts entries with no known area.'),
		vscode.l10n.t('Closed means status: closed; every other status is open.'),
		vscode.l10n.t('Median days to close: the middle value of the days from an entry\'s date to its closed date, over the entries that have both.'),
		vscode.l10n.t('Commitments done and due: on time when the done: date is on or before the due: date, late when after, no date when done: is missing. Open counts every item neither done nor cancelled; overdue, those due before today. Cancelled items are counted apart.'),
		vscode.l10n.t('Calibration: entries with both a confidence and an outcome, grouped by stated confidence. The hit rate is the share that went as expected or better; in a well-calibrated journal it is close to the mean stated confidence.'),
		vscode.l10n.t('Decision quality and outcome: entries with both a decisionQuality and an outcome. A good outcome is as expected or better, a bad one worse. Sound and poor decisions make the two-by-two; mixed ones are counted apart.'),
		vscode.l10n.t('Energy and mood: the 1–5 answers of the daily check-ins dated in the period, averaged per ISO week.'),
		vscode.l10n.t('The return on the effort: entries with an actual value or a cost, written by Review Entry, newest first, with the baseline and target their Return on the effort section states.'),
	];
}

/** What the sections of a page share: the data, its figures by key, and the table rows of the areas and the total. */
interface Page {
	/** What the page shows. */
	readonly data: InsightsData;
	/** The figure with this key, as shown. */
	readonly figure: (key: string) => ShownFigure;
	/** A table with a row per area and a total row, and a column per figure. */
	readonly groupTable: (caption: string, columns: readonly Column<GroupFigureName>[]) => string;
}

function heading(text: string): string {
	return `<h2>${escapeHtml(text)}</h2>`;
}

function entriesSection({ data, figure, groupTable }: Page): string {
	const areas = data.figures.areas;
	const most = Math.max(1, ...areas.map(area => area.written));
	const rows: ChartRow[] = areas.filter(area => area.written > 0).map(area => ({
		label: data.catalog.get(area.area)?.name ?? area.area,
		bars: [{ figure: figure(`${groupKey(area.area)}.written`), share: area.written / most, className: 'bar-written' }],
	}));
	return [
		heading(vscode.l10n.t('Entries')),
		rows.length > 0 ? barChart(vscode.l10n.t('Entries written per area'), rows) : '',
		groupTable(vscode.l10n.t('Entries written, open and closed, and the median days from an entry\'s date to its closing.'), [
			['written', vscode.l10n.t('Written')], ['open', vscode.l10n.t('Open')], ['closed', vscode.l10n.t('Closed')],
			['medianDaysToClose', vscode.l10n.t('Median days to close')],
		]),
	].join('\n');
}

function commitmentsSection({ groupTable }: Page): string {
	return [
		heading(vscode.l10n.t('Commitments')),
		groupTable(vscode.l10n.t('Commitments with a due date that are done, and commitments still open.'), [
			['onTime', vscode.l10n.t('Done on time')], ['late', vscode.l10n.t('Done late')], ['doneUndated', vscode.l10n.t('Done, no date')],
			['openCommitments', vscode.l10n.t('Open')], ['openOverdue', vscode.l10n.t('Open, overdue')], ['cancelledCommitments', vscode.l10n.t('Cancelled')],
		]),
	].join('\n');
}

function calibrationSection({ data, figure, groupTable }: Page): string {
	const columns: Column<BandFigureName>[] = [
		['decisions', vscode.l10n.t('Decisions')], ['asExpectedOrBetter', vscode.l10n.t('As expected or better')],
		['hitRate', vscode.l10n.t('Hit rate')], ['meanConfidence', vscode.l10n.t('Mean stated confidence')],
	];
	const bands = data.figures.total.calibration;
	const label = (band: ConfidenceBand) => vscode.l10n.t('{0}–{1}% sure', band.from, band.to);
	const rows: ChartRow[] = bands.map(({ band, meanConfidence, hitRate }) => ({
		label: label(band),
		bars: [
			{ figure: figure(`${bandKey(band)}.meanConfidence`), share: (meanConfidence ?? 0) / 100, className: 'bar-stated' },
			{ figure: figure(`${bandKey(band)}.hitRate`), share: hitRate ?? 0, className: 'bar-actual' },
		],
	}));
	return [
		heading(vscode.l10n.t('Decision calibration')),
		barChart(vscode.l10n.t('Stated confidence against how often decisions went as expected or better'), rows, [
			{ label: vscode.l10n.t('Mean stated confidence'), className: 'bar-stated' },
			{ label: vscode.l10n.t('Went as expected or better'), className: 'bar-actual' },
		]),
		table(
			vscode.l10n.t('Decisions with a recorded outcome, by the confidence stated when deciding.'),
			[vscode.l10n.t('Stated confidence'), ...columns.map(([, text]) => text)],
			bands.map(({ band }) => ({ label: label(band), cells: columns.map(([name]) => figure(`${bandKey(band)}.${name}`)) })),
		),
		groupTable(vscode.l10n.t('Decisions with a recorded outcome, per area.'), [
			['decisions', vscode.l10n.t('Decisions')], ['asExpectedOrBetter', vscode.l10n.t('As expected or better')],
		]),
	].join('\n');
}

function qualitySection({ figure }: Page): string {
	const rows: Row[] = [
		{ label: vscode.l10n.t('Sound decision'), cells: outcomeKinds.map(outcome => figure(qualityKey('sound', outcome))) },
		{ label: vscode.l10n.t('Poor decision'), cells: outcomeKinds.map(outcome => figure(qualityKey('poor', outcome))) },
	];
	const mixed = `<tr class="apart"><th scope="row">${escapeHtml(vscode.l10n.t('Mixed decision (counted apart)'))}</th>${outcomeKinds.map(outcome => cell(figure(qualityKey('mixed', outcome)))).join('')}</tr>`;
	return [
		heading(vscode.l10n.t('Decision quality and outcome')),
		`<p class="muted">${escapeHtml(vscode.l10n.t('Whether the decision was sound given what was known then, apart from how it turned out: good and bad luck show up off the diagonal.'))}</p>`,
		table(
			vscode.l10n.t('Decisions graded in Review Entry that have an outcome.'),
			[vscode.l10n.t('Decision'), vscode.l10n.t('Good outcome (as expected or better)'), vscode.l10n.t('Bad outcome (worse)')],
			rows,
		).replace('</tbody>', `${mixed}</tbody>`),
	].join('\n');
}

function checkInSection({ data, figure }: Page): string {
	const weeks = data.figures.checkIns;
	if (weeks.length === 0) {
		return `${heading(vscode.l10n.t('Energy and mood'))}\n<p>${escapeHtml(vscode.l10n.t('No check-ins with energy and mood in this period.'))}</p>`;
	}
	const rows: ChartRow[] = weeks.map(week => ({
		label: week.week,
		bars: [
			{ figure: figure(`${checkInWeekKey(week.week)}.energy`), share: (week.energy.average ?? 0) / 5, className: 'bar-energy' },
			{ figure: figure(`${checkInWeekKey(week.week)}.mood`), share: (week.mood.average ?? 0) / 5, className: 'bar-mood' },
		],
	}));
	return [
		heading(vscode.l10n.t('Energy and mood')),
		`<p class="muted">${escapeHtml(vscode.l10n.t('The average energy and mood (1–5) of the daily check-ins, per week.'))}</p>`,
		barChart(vscode.l10n.t('Average energy and mood of the check-ins per week'), rows, [
			{ label: vscode.l10n.t('Energy'), className: 'bar-energy' },
			{ label: vscode.l10n.t('Mood'), className: 'bar-mood' },
		]),
		table(
			vscode.l10n.t('Check-ins that answered energy or mood, and their averages, per week.'),
			[vscode.l10n.t('Week'), vscode.l10n.t('Check-ins'), vscode.l10n.t('Average energy'), vscode.l10n.t('Average mood')],
			weeks.map(week => ({ label: week.week, cells: ['checkIns', 'energy', 'mood'].map(name => figure(`${checkInWeekKey(week.week)}.${name}`)) })),
		),
	].join('\n');
}

function returnSection({ data }: Page): string {
	const { returns, returnCount } = data.figures;
	if (returns.length === 0) {
		return `${heading(vscode.l10n.t('The return on the effort'))}\n<p>${escapeHtml(vscode.l10n.t('No entry in this period recorded an actual value or a cost. Review Entry asks for both.'))}</p>`;
	}
	const text = (value: string | undefined) => `<td class="text">${escapeHtml(value ?? noFigure)}</td>`;
	const headings = [vscode.l10n.t('Challenge'), vscode.l10n.t('Date'), vscode.l10n.t('Baseline'), vscode.l10n.t('Target'), vscode.l10n.t('Actual'), vscode.l10n.t('Cost')];
	const body = returns.map(row => `<tr data-return="${escapeHtml(row.uri)}"><th scope="row">${escapeHtml(row.title)}</th>${[row.date, row.baseline, row.target, row.actual, row.cost].map(text).join('')}</tr>`);
	const caption = returnCount > returns.length
		? vscode.l10n.t('Baseline → target → actual, and what it cost: the {0} newest of {1} entries.', returns.length, returnCount)
		: vscode.l10n.t('Baseline → target → actual, and what it cost, per entry.');
	return [
		heading(vscode.l10n.t('The return on the effort')),
		`<table class="returns"><caption>${escapeHtml(caption)}</caption><thead><tr>${headings.map(name => `<th scope="col">${escapeHtml(name)}</th>`).join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`,
	].join('\n');
}

function keyPeopleSection({ data }: Page): string {
	if (!data.keyPeople) {
		return '';
	}
	const { points, baseline } = data.keyPeople;
	const change = baseline ? `<p class="muted">${escapeHtml(singlePointsChangeText(points.processes.map(lone => lone.process), baseline))}</p>` : '';
	if (points.processes.length === 0) {
		return `${heading(vscode.l10n.t('Single points of failure'))}\n<p>${escapeHtml(vscode.l10n.t('Every process in the roster has two people or more.'))}</p>\n${change}`;
	}
	const text = (value: string) => `<td class="text">${escapeHtml(value)}</td>`;
	const body = points.processes.map(lone => `<tr data-lone="${escapeHtml(lone.process)}"><th scope="row">${escapeHtml(lone.process)}</th>${text(lone.person.name)}</tr>`);
	const sole = points.people.map(runner => `<li data-sole="${escapeHtml(runner.person.handle)}">${escapeHtml(vscode.l10n.t('{0} alone runs {1}: {2}', runner.person.name, runner.processes.length, runner.processes.join(', ')))}</li>`);
	return [
		heading(vscode.l10n.t('Single points of failure')),
		`<table class="returns"><caption>${escapeHtml(vscode.l10n.t('Processes and systems in the roster (runs:, backup:) that only one person can run.'))}</caption><thead><tr><th scope="col">${escapeHtml(vscode.l10n.t('Process'))}</th><th scope="col">${escapeHtml(vscode.l10n.t('Only'))}</th></tr></thead><tbody>${body.join('')}</tbody></table>`,
		sole.length > 0 ? `<ul>${sole.join('')}</ul>` : '',
		change,
	].join('\n');
}

function methodSection(): string {
	return `${heading(vscode.l10n.t('How these figures are computed'))}\n<ul>${methodNotes().map(note => `<li>${escapeHtml(note)}</li>`).join('')}</ul>`;
}

function pageFor(data: InsightsData): Page {
	const shown = shownFigures(data.figures);
	const figure = (key: string): ShownFigure => shown.get(key) ?? { key, value: undefined, text: noFigure };
	const groups = [
		...data.figures.areas.map(({ area }) => ({ label: data.catalog.get(area)?.name ?? area, key: groupKey(area) })),
		{ label: vscode.l10n.t('Total'), key: groupKey(), total: true },
	];
	const groupTable = (caption: string, columns: readonly Column<GroupFigureName>[]) => table(
		caption,
		[vscode.l10n.t('Area'), ...columns.map(([, text]) => text)],
		groups.map(group => ({ ...group, cells: columns.map(([name]) => figure(`${group.key}.${name}`)) })),
	);
	return { data, figure, groupTable };
}

/** The whole Insights page for one period: its period selector, charts, tables and how the figures are computed. */
export function insightsHtml(data: InsightsData, target: PageTarget): string {
	const { nonce, cspSource } = target;
	const title = vscode.l10n.t('Leadership Journal Insights');
	const page = pageFor(data);
	const options = data.periods.map(period => `<option value="${period.id}"${period.id === data.period.id ? ' selected' : ''}>${escapeHtml(period.label)}</option>`);
	const empty = data.figures.total.written === 0
		? `<p>${escapeHtml(vscode.l10n.t('No dated entries in this period. Choose a longer period, or give your entries a date.'))}</p>`
		: '';
	return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${css}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p><label for="period">${escapeHtml(vscode.l10n.t('Period'))}</label> <select id="period">${options.join('')}</select></p>
<p class="muted">${escapeHtml(vscode.l10n.t('{0}. Overdue means due before {1}.', rangeText(data.period.range), data.figures.today))}</p>
${empty}
${entriesSection(page)}
${commitmentsSection(page)}
${calibrationSection(page)}
${qualitySection(page)}
${checkInSection(page)}
${returnSection(page)}
${keyPeopleSection(page)}
${methodSection()}
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
}
