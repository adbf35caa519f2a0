import { parseHeader } from '../text/header';
import { planFixedEntry, type NewEntryPlan } from './newEntry';
import { insertAfterIntro, renderTemplate, type RenderedTemplate, momentVariables } from './template';

/** A set of coaching questions that can be inserted into any entry, such as GROW or a pre-mortem. */
export interface Lens {
	/** File name without `.md`, e.g. `pre-mortem`. */
	readonly id: string;
	/** The name shown in pickers, from the header's `name`. */
	readonly name: string;
	/** When to use it, from the header's `description`. */
	readonly description: string;
	/** The markdown inserted: stages as `##` headings, questions as `###` headings. */
	readonly body: string;
}

/** The built-in lenses, in the order pickers show them. */
export const builtInLensIds = ['grow', 'after-action-review', 'pre-mortem', 'decision-journal', 'one-to-one', 'daily-check-in', 'weekly-review', 'monthly-review', 'quarterly-review', 'stakeholders-and-values', 'reframe'] as const;

/** The lens that Today's Check-in is made of. */
export const checkInLensId = 'daily-check-in';

/** The name of a check-in's file after its date, as in `2026-11-26-check-in.md`. */
export const checkInName = 'check-in';

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads a lens file: a header with `name` and `description`, then the questions.
 * A file whose header does not parse still works: its id is its name and the whole text its body.
 */
export function readLens(id: string, source: string): Lens {
	const parsed = parseHeader(source);
	const header = parsed.problem ? {} : (parsed.data ?? {});
	const body = (parsed.problem ? source : source.slice(parsed.bodyOffset)).replace(/^(\r?\n)+/, '');
	return { id, name: text(header.name) ?? id, description: text(header.description) ?? '', body };
}

/** A lens's questions with `{{date}}`, `{{weekday}}` and the like filled in for `now`. */
export function renderLens(lens: Lens, now: Date): RenderedTemplate {
	return renderTemplate(lens.body, momentVariables(now));
}

const checkInTemplate = [
	'---',
	'title: {{title}}',
	'date: {{date}}',
	'areas: [general]',
	'tags: [check-in]',
	'---',
	'',
	'# {{title}}',
	'',
	'',
].join('\n');

/**
 * Today's check-in entry: a small header, then the check-in lens. One a day, so its file name is fixed.
 * `lookBack`, a block of markdown such as On this day, goes between the title and the questions.
 */
export function planCheckIn(lens: Lens, now: Date, lookBack = ''): NewEntryPlan {
	const variables = momentVariables(now);
	const title = `Check-in, ${variables.weekday} ${variables.date}`;
	const rendered = renderTemplate(checkInTemplate + lens.body, { ...variables, title });
	return planFixedEntry(insertAfterIntro(rendered, lookBack), variables.date, checkInName);
}
