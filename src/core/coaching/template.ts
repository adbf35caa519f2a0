import { isoWeek, toIsoDate, toIsoTime, weekdayName } from '../model/dates';
import { splitHeader } from '../text/header';
import { isSafePlainString } from '../text/simpleYaml';

/**
 * Values for a template's `{{variables}}`. A list is written as its items joined by `, `: in the
 * header each item is quoted as YAML needs, so `reviews: [{{reviews}}]` is a YAML list.
 */
export type TemplateVariables = Readonly<Record<string, string | readonly string[]>>;

/** A template filled in. */
export interface RenderedTemplate {
	/** The text with every known variable replaced. */
	readonly text: string;
	/** Names of `{{variables}}` that have no value; they stay in the text as written. */
	readonly unknownVariables: readonly string[];
	/** Offset of the first place to write: the line under the first question, else the end. */
	readonly cursorOffset: number;
}

/** The variables every template can use that depend only on the moment: `date`, `time`, `weekday`, `isoWeek`. */
export function momentVariables(now: Date): { date: string; time: string; weekday: string; isoWeek: string } {
	const date = toIsoDate(now);
	return { date, time: toIsoTime(now), weekday: weekdayName(date), isoWeek: isoWeek(date) };
}

const variablePattern = /\{\{\s*([A-Za-z][\w.-]*)\s*\}\}/g;

/** A value made safe for a YAML header: plain when that reads back the same, else double-quoted. */
function yamlValue(value: string): string {
	return isSafePlainString(value) ? value : JSON.stringify(value);
}

/**
 * Fills `{{name}}` placeholders. Values inside the header are quoted as YAML needs,
 * so a title such as `Q3: plan` cannot break the header. Templates are text: nothing in them runs.
 */
export function renderTemplate(template: string, variables: TemplateVariables): RenderedTemplate {
	const unknown = new Set<string>();
	const headerEnd = splitHeader(template).bodyOffset;
	let text = '';
	let last = 0;
	for (const match of template.matchAll(variablePattern)) {
		const [placeholder, name] = match;
		const at = match.index ?? 0;
		const value = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
		text += template.slice(last, at);
		if (value === undefined) {
			unknown.add(name);
			text += placeholder;
		} else {
			const items = typeof value === 'string' ? [value] : value;
			text += (at < headerEnd ? items.map(yamlValue) : items).join(', ');
		}
		last = at + placeholder.length;
	}
	text += template.slice(last);
	return { text, unknownVariables: [...unknown], cursorOffset: firstAnswerOffset(text) };
}

/** Offset of the line just under the first question heading (`### …`) of the body, or the text's end. */
export function firstAnswerOffset(text: string): number {
	const bodyOffset = splitHeader(text).bodyOffset;
	const question = /^### /m.exec(text.slice(bodyOffset));
	const lineBreak = question ? text.indexOf('\n', bodyOffset + question.index) : -1;
	return lineBreak === -1 ? text.length : lineBreak + 1;
}
