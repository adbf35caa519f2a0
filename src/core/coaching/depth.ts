import { splitHeader } from '../text/header';
import { BlockTracker, splitLines } from '../text/markdownBlocks';
import { lineStarts, type TextEdit } from '../text/textEdit';
import { findQuestions, type Question } from './questions';

/** How deep a session or a new entry goes: the core questions only, or all of them. */
export type Depth = 'quick' | 'full';

const stageHeading = /^ {0,3}## +(.*?)\s*#*\s*$/;
const upperHeading = /^ {0,3}#{1,2}(?:\s|$)/;
const keptStages = /^commitments\b/i;

/** How many questions of `text` are core questions, and how many there are in all. */
export function questionDepth(text: string): { core: number; all: number } {
	const questions = findQuestions(text);
	return { core: questions.filter(question => question.core).length, all: questions.length };
}

/**
 * A quick entry from a full one: only the core questions (`### … <!-- core -->`) stay; the other
 * questions go with their sections, and so does a stage left without questions, except
 * `## Commitments`, where commitments are written. A text without core questions stays as it is.
 */
export function quickEntryText(text: string): string {
	const questions = findQuestions(text);
	if (!questions.some(question => question.core)) {
		return text;
	}
	const lines = splitLines(text);
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const dropped = new Set<number>();
	for (const question of questions.filter(candidate => !candidate.core)) {
		for (let line = question.line; line < question.endLine; line++) {
			dropped.add(line);
		}
	}
	const first = splitLines(text.slice(0, splitHeader(text).bodyOffset)).length - 1;
	const tracker = new BlockTracker();
	const headings: { line: number; stage: string | undefined }[] = [];
	for (let line = first; line < lines.length; line++) {
		if (!tracker.consume(lines[line]) && upperHeading.test(lines[line])) {
			headings.push({ line, stage: stageHeading.exec(lines[line])?.[1] });
		}
	}
	headings.forEach((heading, at) => {
		const end = at + 1 < headings.length ? headings[at + 1].line : lines.length;
		const keepsQuestion = questions.some(question => question.core && question.line > heading.line && question.line < end);
		if (heading.stage !== undefined && !keepsQuestion && !keptStages.test(heading.stage)) {
			for (let line = heading.line; line < end; line++) {
				dropped.add(line);
			}
		}
	});
	return lines.filter((_, line) => !dropped.has(line)).join(eol);
}

/** The questions of `stage` in `template` that `text` does not ask, in the template's order. */
export function deeperQuestions(text: string, template: string, stage: string): string[] {
	const asked = new Set(findQuestions(text).map(question => question.text));
	return findQuestions(template).filter(question => question.stage === stage && !question.core && !asked.has(question.text)).map(question => question.text);
}

/**
 * The edit that adds `questions` to the end of the stage that `last`, one of its questions, belongs
 * to: after the last question's section, each as a `### ` heading with a blank line around it.
 */
export function addQuestionsEdit(text: string, last: Question, questions: readonly string[], eol: string): TextEdit {
	const lines = splitLines(text);
	const starts = lineStarts(text);
	let end = last.endLine;
	while (end > last.line + 1 && lines[end - 1].trim() === '') {
		end--;
	}
	const at = end < lines.length ? starts[end - 1] + lines[end - 1].length : text.length;
	const block = questions.map(question => `### ${question}`).join(`${eol}${eol}`);
	return { start: at, end: at, text: `${eol}${eol}${block}${end < lines.length ? '' : eol}` };
}
