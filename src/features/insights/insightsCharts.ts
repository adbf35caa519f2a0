import type { ShownFigure } from '../../core/insights/shownFigures';
import { escapeHtml } from './htmlText';

/** One bar of a chart. */
export interface ChartBar {
	/** The figure the bar stands for; its text is written after the bar. */
	readonly figure: ShownFigure;
	/** The bar's length as a share of the longest possible bar, from 0 to 1. */
	readonly share: number;
	/** Its CSS class, which sets its colour. */
	readonly className: string;
}

/** One row of a chart: a label and its bars. */
export interface ChartRow {
	/** The label on the left; user text is fine, it is escaped. */
	readonly label: string;
	/** One bar, or a few to compare. */
	readonly bars: readonly ChartBar[];
}

/** One item of a chart's legend. */
export interface ChartKey {
	/** What the colour stands for. */
	readonly label: string;
	/** The CSS class of the bars it stands for. */
	readonly className: string;
}

const width = 640;
const labelWidth = 220;
const barSpace = 340;
const barHeight = 14;
const barGap = 4;
const rowGap = 10;
const legendHeight = 26;
const longestLabel = 32;

function shorten(label: string): string {
	return label.length > longestLabel ? `${label.slice(0, longestLabel - 1)}…` : label;
}

function barSvg(bar: ChartBar, y: number): string {
	const length = Math.max(0, Math.min(1, bar.share)) * barSpace;
	return `<rect x="${labelWidth}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" class="${bar.className}"></rect>`
		+ `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + barHeight - 3}" data-figure="${escapeHtml(bar.figure.key)}">${escapeHtml(bar.figure.text)}</text>`;
}

/** A horizontal bar chart as inline SVG, styled only by CSS classes: a row per item, each with its bars and their values. */
export function barChart(title: string, rows: readonly ChartRow[], keys: readonly ChartKey[] = []): string {
	const parts = keys.map((key, index) => {
		const x = labelWidth + index * 170;
		return `<rect x="${x}" y="4" width="12" height="12" class="${key.className}"></rect><text x="${x + 18}" y="15">${escapeHtml(key.label)}</text>`;
	});
	let y = keys.length > 0 ? legendHeight : 0;
	for (const row of rows) {
		const rowHeight = row.bars.length * (barHeight + barGap) - barGap;
		parts.push(`<g><title>${escapeHtml(row.label)}</title><text x="0" y="${y + rowHeight / 2 + 4}">${escapeHtml(shorten(row.label))}</text></g>`);
		row.bars.forEach((bar, index) => parts.push(barSvg(bar, y + index * (barHeight + barGap))));
		y += rowHeight + rowGap;
	}
	return `<svg class="chart" viewBox="0 0 ${width} ${Math.max(y, 1)}" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg>`;
}
