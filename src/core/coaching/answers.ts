import { splitLines } from '../text/markdownBlocks';
import { lineStarts, type TextEdit } from '../text/textEdit';
import { commentPattern, type Question } from './questions';

/**
 * An answer typed in a one-line box, made safe to stand as a paragraph: line breaks become spaces,
 * and a start that markdown would read as a heading, a rule, raw HTML (a comment, a tag) or a code
 * fence is escaped; the last two would run on over the questions below.
 */
export function answerParagraph(answer: string): string {
	const text = answer.replace(/\s*[\r\n]+\s*/g, ' ').trim();
	return /^(#{1,6}(\s|$)|<[A-Za-z/!?]|`{3}|~{3}|[-=*_](\s*[-=*_]){2,}\s*$)/.test(text) ? `\\${text}` : text;
}

/** The lines of a question's section that hold text, ignoring blank lines. */
function contentLines(lines: readonly string[], question: Question): number[] {
	const result: number[] = [];
	for (let line = question.line + 1; line < question.endLine; line++) {
		if (lines[line].trim() !== '') {
			result.push(line);
		}
	}
	return result;
}

/** The answer when it is a single line of text that a one-line box can show and edit, else `undefined`. */
export function singleLineAnswer(text: string, question: Question): string | undefined {
	const lines = splitLines(text);
	const content = contentLines(lines, question);
	const only = content.length === 1 ? lines[content[0]].trim() : undefined;
	return only !== undefined && !only.includes('<!--') ? only : undefined;
}

/**
 * Writes `answer` under `question`, keeping every other byte:
 * - an unanswered question gets the answer as a paragraph under its heading;
 * - a one-line answer is replaced (the box showed it, so the user saw what changes);
 * - a longer answer, written in the editor, is never touched: the new text goes below it.
 */
export function answerEdit(text: string, question: Question, answer: string, eol: string): TextEdit {
	const lines = splitLines(text);
	const starts = lineStarts(text);
	const paragraph = answerParagraph(answer);
	const content = contentLines(lines, question);
	if (question.answered && singleLineAnswer(text, question) !== undefined) {
		const line = content[0];
		const indent = lines[line].length - lines[line].trimStart().length;
		return { start: starts[line] + indent, end: starts[line] + lines[line].trimEnd().length, text: paragraph };
	}
	return paragraphBelowEdit(lines, starts, question, content, paragraph, eol);
}

/** Adds `paragraph` as a new paragraph after the last text of `question`'s section, keeping every other byte. */
function paragraphBelowEdit(lines: readonly string[], starts: readonly number[], question: Question, content: readonly number[], paragraph: string, eol: string): TextEdit {
	const after = content.length > 0 ? content[content.length - 1] : question.line;
	const end = starts[after] + lines[after].length;
	const nextIsBlank = after + 1 < lines.length && lines[after + 1].trim() === '';
	const closing = content.length === 0 && !nextIsBlank ? eol : '';
	return { start: end, end, text: `${eol}${eol}${paragraph}${closing}` };
}

/**
 * Writes the answer to a follow-up question (a probe such as "And what else?") under the answer
 * already there, as its own paragraph led by the probe in italics; nothing else changes.
 */
export function probeAnswerEdit(text: string, question: Question, probe: string, answer: string, eol: string): TextEdit {
	const lines = splitLines(text);
	return paragraphBelowEdit(lines, lineStarts(text), question, contentLines(lines, question), `*${probe}* ${answerParagraph(answer).replace(/^\\/, '')}`, eol);
}

/** The answer under a question as written, without HTML comments and surrounding blank lines. */
export function answerText(text: string, question: Question): string {
	return splitLines(text).slice(question.line + 1, question.endLine).join('\n').replace(commentPattern, '').trim();
}
