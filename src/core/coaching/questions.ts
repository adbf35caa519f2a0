import { splitHeader } from '../text/header';
import { BlockTracker, splitLines } from '../text/markdownBlocks';
import type { QuestionProgress } from '../model/entry';

/**
 * The question convention: a coaching question is a level-3 ATX heading (`### …`) at the top level of
 * the body, with some text. The nearest level-2 heading above it names its stage. Its answer is
 * everything up to the next top-level heading of level 1–3, ATX or setext (a paragraph underlined with
 * `===` or `---`); an answer counts when it holds any text outside HTML comments. Headings inside code,
 * raw HTML, block quotes and list items are not questions, and end no answer: the text is read as
 * markdown-it reads it.
 */
export interface Question {
	/** The heading text, without the `###` marker. */
	readonly text: string;
	/** The text of the `##` heading above the question, or `''` when there is none. */
	readonly stage: string;
	/** Zero-based line of the heading. */
	readonly line: number;
	/** Zero-based line where the answer section ends (exclusive): the next heading, or the line count. */
	readonly endLine: number;
	/** Whether the section holds any text outside HTML comments. */
	readonly answered: boolean;
	/** Whether the template marks it a core question, with `<!-- core -->` at the end of its heading line. */
	readonly core: boolean;
}

/** The mark of a core question: `<!-- core -->` at the end of a `###` heading line. */
const coreMarkPattern = /^<!--\s*core\s*-->$/i;

/** A heading's text without a trailing core mark, and whether it had one; linear, however long the line. */
function withoutCoreMark(text: string): { text: string; core: boolean } {
	const at = text.endsWith('-->') ? text.lastIndexOf('<!--') : -1;
	return at >= 0 && coreMarkPattern.test(text.slice(at)) ? { text: text.slice(0, at).trimEnd(), core: true } : { text, core: false };
}

/**
 * The trimmed text of an ATX heading line, as markdown-it reads it: without the opening `#` run, and
 * without a closing run of `#` that follows a blank (so `### ###` and `### #` are empty).
 */
function headingText(line: string): string {
	let start = 0;
	while (line.charCodeAt(start) === 0x20) {
		start++;
	}
	while (line.charCodeAt(start) === 0x23) {
		start++;
	}
	let end = line.length;
	while (end > start && isBlank(line.charCodeAt(end - 1))) {
		end--;
	}
	let closing = end;
	while (closing > start && line.charCodeAt(closing - 1) === 0x23) {
		closing--;
	}
	if (closing > start && isBlank(line.charCodeAt(closing - 1))) {
		end = closing;
	}
	return line.slice(start, end).trim();
}

/** Whether `code` is a space or a tab. */
function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x09;
}

/** An HTML comment, open to the end when it does not close; `<!-->` and `<!--->` close at once, as in CommonMark. */
export const commentPattern = /<!--(?:-?>|[\s\S]*?(?:-->|$))/g;

/** Whether a section's lines hold any text once HTML comments are removed. */
function holdsText(lines: readonly string[], from: number, to: number): boolean {
	// Text on a line above the first comment is text; only a section with a comment needs the full test.
	for (let line = from; line < to; line++) {
		if (lines[line].includes('<!--')) {
			const section = lines.slice(line, to).join('\n').replace(commentPattern, '');
			return /\S/.test(section);
		}
		if (/\S/.test(lines[line])) {
			return true;
		}
	}
	return false;
}

/** The zero-based line on which the body starts, after any header. */
function bodyStartLine(text: string): number {
	const offset = splitHeader(text).bodyOffset;
	return offset === 0 ? 0 : splitLines(text.slice(0, offset)).length - 1;
}

/** Every question of an entry, in document order. `body` says the text has no header. Never throws. */
export function findQuestions(text: string, body = false): Question[] {
	const lines = splitLines(text);
	const tracker = new BlockTracker();
	const first = body ? 0 : bodyStartLine(text);
	const headings: { line: number; level: number; text: string }[] = [];
	for (let line = first; line < lines.length; line++) {
		const level = tracker.read(lines[line]);
		if (level > 0 && level <= 3) {
			// A setext heading starts at its paragraph, above the underline read now.
			const start = first + tracker.headingStart;
			const heading = start === line ? headingText(lines[line]) : lines.slice(start, line).map(part => part.trim()).join(' ');
			headings.push({ line: start, level, text: heading });
		}
	}
	const questions: Question[] = [];
	let stage = '';
	headings.forEach((heading, at) => {
		if (heading.level < 3) {
			stage = heading.level === 2 ? heading.text : '';
			return;
		}
		if (heading.text === '') {
			return;
		}
		const endLine = at + 1 < headings.length ? headings[at + 1].line : lines.length;
		const { text, core } = withoutCoreMark(heading.text);
		if (text !== '') {
			questions.push({ text, stage, line: heading.line, endLine, answered: holdsText(lines, heading.line + 1, endLine), core });
		}
	});
	return questions;
}

/** How many of an entry's questions are answered; `body` says the text has no header. */
export function questionProgress(text: string, body = false): QuestionProgress {
	if (body) {
		return countQuestions(text);
	}
	const questions = findQuestions(text, body);
	return { answered: questions.filter(question => question.answered).length, total: questions.length };
}

/** Whether the part of `line` from `at` holds text outside HTML comments; `inComment` says one is open at `at`. */
function textOutsideComments(line: string, at: number, inComment: boolean): { text: boolean; inComment: boolean } {
	while (at <= line.length) {
		if (inComment) {
			const close = line.indexOf('-->', at);
			if (close === -1) {
				break;
			}
			inComment = false;
			at = close + 3;
		} else {
			const open = line.indexOf('<!--', at);
			if (/\S/.test(open === -1 ? line.slice(at) : line.slice(at, open))) {
				return { text: true, inComment };
			}
			if (open === -1) {
				break;
			}
			// "<!-->" and "<!--->" close at once: look for "-->" from the opener's first dash.
			inComment = true;
			at = open + 2;
		}
	}
	return { text: false, inComment };
}

/**
 * {@link questionProgress} of a body in one pass over its lines, without building the questions:
 * the index counts the questions of every entry, and most lines are neither headings nor the
 * first text of an answer.
 */
function countQuestions(text: string): QuestionProgress {
	const tracker = new BlockTracker();
	let total = 0;
	let answered = 0;
	let inQuestion = false;
	let hasText = false;
	let inComment = false;
	// Whether the question had text before the paragraph open at the top level: a setext underline makes that paragraph a heading.
	let textBeforeParagraph = false;
	const lines = text.includes('\r') ? splitLines(text) : undefined;
	for (let start = 0, at = 0; lines ? at < lines.length : start <= text.length; at++) {
		const source = lines ? lines[at] : text;
		const from = lines ? 0 : start;
		let to = source.length;
		if (!lines) {
			const end = text.indexOf('\n', start);
			to = end === -1 ? text.length : end;
			start = to + 1;
		}
		// The tracker reads most lines by their first character, and the answer needs only a question's first text.
		const level = tracker.read(source, from, to);
		if (tracker.paragraphLine === at) {
			textBeforeParagraph = hasText;
		}
		if (level > 0 && level <= 3) {
			if (inQuestion) {
				total++;
				answered += (tracker.headingStart === at ? hasText : textBeforeParagraph) ? 1 : 0;
			}
			inQuestion = level === 3 && headingText(source.slice(from, to)) !== '';
			hasText = false;
			inComment = false;
		} else if (inQuestion && !hasText && to > from) {
			const first = source.charCodeAt(from);
			if (!inComment && first > 0x20 && first < 0x7f && first !== 0x3c) {
				// A printable character first, and not a "<" that may open a comment: text.
				hasText = true;
			} else {
				({ text: hasText, inComment } = textOutsideComments(source.slice(from, to), 0, inComment));
			}
		}
	}
	if (inQuestion) {
		total++;
		answered += hasText ? 1 : 0;
	}
	return { answered, total };
}

/**
 * The question in `questions` that best matches `wanted` after the text was edited:
 * the same heading text nearest the old line, else `undefined` (the user reworded or deleted it).
 */
export function relocateQuestion(questions: readonly Question[], wanted: Pick<Question, 'text' | 'line'>): Question | undefined {
	let best: Question | undefined;
	for (const question of questions) {
		if (question.text === wanted.text && (!best || Math.abs(question.line - wanted.line) < Math.abs(best.line - wanted.line))) {
			best = question;
		}
	}
	return best;
}
