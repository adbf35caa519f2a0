import { isoWeek, toIsoDate, toIsoTime, weekdayName } from '../model/dates';
import { splitHeader } from '../text/header';
import { BlockTracker, splitLines } from '../text/markdownBlocks';
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

/** An ATX heading line; its first group is the `#` marker. */
const headingLinePattern = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

/** `block` with the line breaks of `text`, so that a CRLF template stays CRLF. */
function withLineBreaksOf(text: string, block: string): string {
	return text.includes('\r\n') ? block.replace(/\r?\n/g, '\r\n') : block;
}

/**
 * Where a block goes after an entry's intro: the start of its first stage, the first `##` heading of
 * the body outside code and comments. When a question (`###`) comes before any stage, or there is no
 * stage, the text's end: a `##` heading above stage-less questions would become their stage.
 */
export function introEndOffset(text: string): number {
	const bodyOffset = splitHeader(text).bodyOffset;
	const tracker = new BlockTracker();
	let offset = bodyOffset;
	for (const line of splitLines(text.slice(bodyOffset))) {
		const level = tracker.consume(line) ? 0 : headingLinePattern.exec(line)?.[1].length ?? 0;
		if (level === 2) {
			return offset;
		}
		if (level === 3) {
			return text.length;
		}
		offset += line.length;
		offset += text.startsWith('\r\n', offset) ? 2 : (offset < text.length ? 1 : 0);
	}
	return text.length;
}

/**
 * Puts a markdown `block` after the intro of a rendered entry (its title heading and intro quote),
 * before the first stage ({@link introEndOffset}), with a blank line on each side; the cursor stays
 * under the first question. An empty block changes nothing.
 */
export function insertAfterIntro(rendered: RenderedTemplate, block: string): RenderedTemplate {
	if (block === '') {
		return rendered;
	}
	const { text } = rendered;
	const at = introEndOffset(text);
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const before = text.slice(0, at);
	const lead = before === '' || before.endsWith(`${eol}${eol}`) ? '' : before.endsWith(eol) ? eol : `${eol}${eol}`;
	const inserted = `${lead}${withLineBreaksOf(text, block)}${eol}${at < text.length ? eol : ''}`;
	const result = before + inserted + text.slice(at);
	return { ...rendered, text: result, cursorOffset: firstAnswerOffset(result) };
}

/** A block of markdown a plan adds: at `{{name}}` where the template asks for it, else after the intro. */
export interface TemplateBlock {
	/** The template variable that places the block, e.g. `earlierInArea`. */
	readonly name: string;
	/** The block's markdown; `''` for none. */
	readonly text: string;
}

/**
 * Renders `template` with `block`: where the template holds `{{name}}`, the block is its value (and
 * a line holding only the variable goes away when the block is empty); a template without the
 * variable gets the block after its intro, so that customized templates have it too.
 */
export function renderWithBlock(template: string, variables: TemplateVariables, block: TemplateBlock): RenderedTemplate {
	const placed = [...template.matchAll(variablePattern)].some(match => match[1] === block.name);
	if (!placed) {
		return insertAfterIntro(renderTemplate(template, variables), block.text);
	}
	const escapedName = block.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const source = block.text === ''
		? template.replace(new RegExp(`^[ \\t]*\\{\\{\\s*${escapedName}\\s*\\}\\}[ \\t]*(?:\\r?\\n(?:[ \\t]*\\r?\\n)?|$)`, 'gm'), '')
		: template;
	return renderTemplate(source, { ...variables, [block.name]: withLineBreaksOf(template, block.text) });
}
