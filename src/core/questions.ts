import { splitFrontmatter } from './frontmatter';
import { BlockTracker, splitLines } from './markdownBlocks';

/**
 * The question convention: a coaching question is a level-3 ATX heading (`### …`) in the body.
 * The nearest `## ` heading above it names its stage. Its answer is everything up to the next
 * heading of level 1–3; an answer counts when it holds any text outside HTML comments.
 * Headings inside fenced code or HTML comment blocks are not questions.
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
}

/** How far an entry's questions are answered. */
export interface QuestionProgress {
	/** Questions with an answer. */
	readonly answered: number;
	/** All questions. */
	readonly total: number;
}

const headingPattern = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** Whether a section's lines hold any text once HTML comments are removed. */
function holdsText(lines: readonly string[], from: number, to: number): boolean {
	const section = lines.slice(from, to).join('\n').replace(/<!--[\s\S]*?(?:-->|$)/g, '');
	return /\S/.test(section);
}

/** The zero-based line on which the body starts, after any frontmatter. */
function bodyStartLine(text: string): number {
	const offset = splitFrontmatter(text).bodyOffset;
	return offset === 0 ? 0 : splitLines(text.slice(0, offset)).length - 1;
}

/** Every question of an entry, in document order. `body` says the text has no header. Never throws. */
export function findQuestions(text: string, body = false): Question[] {
	const lines = splitLines(text);
	const tracker = new BlockTracker();
	const headings: { line: number; level: number; text: string }[] = [];
	for (let line = body ? 0 : bodyStartLine(text); line < lines.length; line++) {
		if (tracker.consume(lines[line])) {
			continue;
		}
		const heading = headingPattern.exec(lines[line]);
		if (heading && heading[1].length <= 3) {
			headings.push({ line, level: heading[1].length, text: (heading[2] ?? '').trim() });
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
		questions.push({ text: heading.text, stage, line: heading.line, endLine, answered: holdsText(lines, heading.line + 1, endLine) });
	});
	return questions;
}

/** How many of an entry's questions are answered; `body` says the text has no header. */
export function questionProgress(text: string, body = false): QuestionProgress {
	const questions = findQuestions(text, body);
	return { answered: questions.filter(question => question.answered).length, total: questions.length };
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
