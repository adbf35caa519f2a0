import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { assertLinearTime } from '../helpers/timing';
import { answerEdit, answerParagraph, singleLineAnswer } from '../../../src/core/coaching/answers';
import type { TextEdit } from '../../../src/core/text/textEdit';
import { findQuestions, questionProgress, relocateQuestion } from '../../../src/core/coaching/questions';
import { splitHeader } from '../../../src/core/text/header';

const entry = [
	'---',
	'title: Plan',
	'### not a question: inside the header',
	'---',
	'# Plan',
	'',
	'## Goal',
	'',
	'### What do you want?',
	'',
	'A calmer quarter.',
	'',
	'### By when?',
	'',
	'<!-- a hint, not an answer -->',
	'',
	'## Reality',
	'',
	'```md',
	'### a code sample, not a question',
	'```',
	'',
	'### What is true today?',
	'#### A sub-heading is part of the answer',
	'',
	'### Empty one?',
].join('\n');

/** Applies a change to a text. */
function apply(text: string, change: TextEdit): string {
	return text.slice(0, change.start) + change.text + text.slice(change.end);
}

suite('questions', () => {
	test('finds ### headings of the body with their stage, skipping the header, code and comments', () => {
		const questions = findQuestions(entry);
		assert.deepEqual(questions.map(question => [question.stage, question.text, question.line, question.answered]), [
			['Goal', 'What do you want?', 8, true],
			['Goal', 'By when?', 12, false],
			['Reality', 'What is true today?', 22, true],
			['Reality', 'Empty one?', 25, false],
		]);
		assert.deepEqual(questionProgress(entry), { answered: 2, total: 4 });
	});

	test('reads CRLF text and headings with closing hashes; a # heading resets the stage', () => {
		const questions = findQuestions('## Goal\r\n### One? ##\r\nyes\r\n# Next part\r\n### Two?\r\n');
		assert.deepEqual(questions.map(question => [question.stage, question.text, question.answered]), [['Goal', 'One?', true], ['', 'Two?', false]]);
	});

	test('a comment that spans lines hides the headings inside it', () => {
		assert.deepEqual(findQuestions('<!--\n### hidden?\n-->\n### shown?\n').map(question => question.text), ['shown?']);
	});

	test('an edited entry: reworded and deleted questions are found as they now stand', () => {
		const edited = entry.replace('### By when?', '### By which date, exactly?').replace('### Empty one?', '');
		const questions = findQuestions(edited);
		assert.deepEqual(questions.map(question => question.text), ['What do you want?', 'By which date, exactly?', 'What is true today?']);
		assert.equal(relocateQuestion(questions, { text: 'By when?', line: 12 }), undefined);
		assert.equal(relocateQuestion(questions, { text: 'What is true today?', line: 3 })?.line, 22);
	});

	test('relocating picks the same text nearest the old line', () => {
		const questions = findQuestions('### Why?\n\n### Why?\n\n### Why?\n');
		assert.equal(relocateQuestion(questions, { text: 'Why?', line: 3 })?.line, 2);
	});

	test('never throws and counts at most one question per line', () => {
		fc.assert(fc.property(fc.string({ unit: fc.constantFrom('#', ' ', '\n', '\r', '`', '~', '<!--', '-->', '---', 'a', '?') , maxLength: 200 }), text => {
			const questions = findQuestions(text);
			assert.ok(questions.every((question, at) => at === 0 || question.line > questions[at - 1].line));
			assert.ok(questions.every(question => question.endLine > question.line));
		}));
	});
});

suite('answers', () => {
	const question = (text: string, heading: string) => {
		const found = findQuestions(text).find(candidate => candidate.text === heading);
		assert.ok(found, heading);
		return found;
	};

	test('an unanswered question gets a paragraph under its heading; nothing else moves', () => {
		const text = '### One?\n\n### Two?\n';
		assert.equal(apply(text, answerEdit(text, question(text, 'One?'), 'Yes.', '\n')), '### One?\n\nYes.\n\n### Two?\n');
		assert.equal(apply(text, answerEdit(text, question(text, 'Two?'), 'No.', '\n')), '### One?\n\n### Two?\n\nNo.\n');
	});

	test('headings packed together and a heading at the very end get blank lines around the answer', () => {
		const text = '### One?\n### Two?';
		const once = apply(text, answerEdit(text, question(text, 'One?'), 'A', '\n'));
		assert.equal(once, '### One?\n\nA\n\n### Two?');
		assert.equal(apply(once, answerEdit(once, question(once, 'Two?'), 'B', '\n')), '### One?\n\nA\n\n### Two?\n\nB\n');
	});

	test('a hint comment stays above the answer, and CRLF files get CRLF', () => {
		const text = '### One?\r\n<!-- hint -->\r\n\r\n### Two?\r\n';
		const change = answerEdit(text, question(text, 'One?'), 'A', '\r\n');
		assert.equal(change.text, '\r\n\r\nA');
		assert.equal(apply(text, change), '### One?\r\n<!-- hint -->\r\n\r\nA\r\n\r\n### Two?\r\n');
	});

	test('a one-line answer is replaced; a longer one is kept and the new text goes below it', () => {
		const single = '### One?\n\n  Old answer  \n\n### Two?\n';
		assert.equal(singleLineAnswer(single, question(single, 'One?')), 'Old answer');
		assert.equal(apply(single, answerEdit(single, question(single, 'One?'), 'New', '\n')), '### One?\n\n  New  \n\n### Two?\n');
		const long = '### One?\n\nFirst thought.\n- a list\n\n### Two?\n';
		assert.equal(singleLineAnswer(long, question(long, 'One?')), undefined);
		assert.equal(apply(long, answerEdit(long, question(long, 'One?'), 'More', '\n')), '### One?\n\nFirst thought.\n- a list\n\nMore\n\n### Two?\n');
	});

	test('an answer that markdown would read as structure is escaped, so it stays an answer', () => {
		assert.equal(answerParagraph('## big idea'), '\\## big idea');
		assert.equal(answerParagraph('---'), '\\---');
		assert.equal(answerParagraph('* * *'), '\\* * *');
		assert.equal(answerParagraph('<!-- x -->'), '\\<!-- x -->');
		assert.equal(answerParagraph(' two\nlines '), 'two lines');
		assert.equal(answerParagraph('#hashtag and - dash'), '#hashtag and - dash');
		for (const odd of ['## big idea', '---', '<!-- x -->', 'plain']) {
			const text = '### Q?\n\n### R?\n';
			const after = apply(text, answerEdit(text, question(text, 'Q?'), odd, '\n'));
			assert.deepEqual(findQuestions(after).map(found => [found.text, found.answered]), [['Q?', true], ['R?', false]], odd);
		}
	});

	test('an answer that would open raw HTML or a code fence is escaped, so the questions after it stay questions', () => {
		for (const odd of ['<pre>', '<details>', '<script src="x">', '<?php echo 1;', '<!DOCTYPE x', '<![CDATA[ x', '<span>', '</div>', '```', '~~~ js']) {
			for (const text of ['### Q?\n\n### R?\n', '### Q?\nAn earlier answer\nin two lines\n### R?\n']) {
				const after = apply(text, answerEdit(text, question(text, 'Q?'), odd, '\n'));
				assert.deepEqual(findQuestions(after).map(found => [found.text, found.answered]), [['Q?', true], ['R?', false]], `${odd} in ${JSON.stringify(text)}`);
				assert.ok(after.includes(`\\${odd}`), odd);
			}
		}
		assert.equal(answerParagraph('<b>bold</b> and a < b'), '\\<b>bold</b> and a < b');
		assert.equal(answerParagraph('a < b'), 'a < b');
	});
});

const referenceParser = new MarkdownIt('commonmark', { html: true });

/**
 * The questions of a body as markdown-it reads it: the top-level h3 headings with text, their lines,
 * the line of the next top-level h1–h3 (or the line count) and the text of the h2 above.
 */
function referenceQuestions(body: string, firstLine = 0): [string, string, number, number][] {
	const tokens = referenceParser.parse(body, {});
	const headings = tokens.flatMap((token, at) => token.type === 'heading_open' && token.level === 0 && ['h1', 'h2', 'h3'].includes(token.tag)
		? [{ level: Number(token.tag[1]), line: token.map![0], text: tokens[at + 1].content.split('\n').map(part => part.trim()).join(' ') }] : []);
	const lineCount = body.split(/\r\n|\r|\n/).length;
	const questions: [string, string, number, number][] = [];
	let stage = '';
	headings.forEach((heading, at) => {
		if (heading.level < 3) {
			stage = heading.level === 2 ? heading.text : '';
		} else if (heading.text !== '') {
			questions.push([stage, heading.text, firstLine + heading.line, firstLine + (headings[at + 1]?.line ?? lineCount)]);
		}
	});
	return questions;
}

/** The questions found, as {@link referenceQuestions} lists them. */
function foundQuestions(text: string, body = false): [string, string, number, number][] {
	return findQuestions(text, body).map(question => [question.stage, question.text, question.line, question.endLine]);
}

suite('questions as markdown renders them', () => {
	test('an empty heading is no question, whatever closing sequence it has', () => {
		for (const empty of ['###', '### ###', '### #', '###  ##  ', '### \t#', '   ### #####']) {
			const text = `## Stage\n${empty}\nnot an answer to a question\n### Real?\n`;
			assert.deepEqual(foundQuestions(text, true), [['Stage', 'Real?', 3, 5]], JSON.stringify(empty));
			assert.deepEqual(foundQuestions(text, true), referenceQuestions(text), JSON.stringify(empty));
			assert.deepEqual(questionProgress(text, true), { answered: 0, total: 1 }, JSON.stringify(empty));
		}
		assert.deepEqual(foundQuestions('### a #b\n### c\\#\n### # d #\n', true).map(question => question[1]), ['a #b', 'c\\#', '# d']);
	});

	test('a ### line inside an HTML block of any CommonMark type is raw HTML, not a question', () => {
		const blocks: [string, string][] = [
			['<details>\n### hidden?', ''], ['<div class="note">\n### hidden?', ''], ['</div>\n### hidden?', ''], ['<summary>x</summary>\n### hidden?', ''],
			['<pre>\n\n### hidden?\n', '</pre>'], ['<script type="x">\n\n### hidden?', '</script>'], ['<style>\n\n### hidden?', '</style>'],
			['<textarea>\n\n### hidden?', '</textarea>'], ['<PRE>\n\n### hidden?', '</pre> tail'],
			['<!-- a hint\n\n### hidden?', '-->'], ['<?php\n\n### hidden?', '?>'], ['<!DOCTYPE html\n\n### hidden?', '>'],
			['<![CDATA[\n\n### hidden?', ']]>'], ['<my-widget data-x="1">\n### hidden?', ''], ['</span>\n### hidden?', ''],
		];
		for (const [open, close] of blocks) {
			const text = `### Before?\n${open}\n${close}\n\n### After?\n`;
			assert.deepEqual(foundQuestions(text, true).map(question => question[1]), ['Before?', 'After?'], JSON.stringify(open));
			assert.deepEqual(foundQuestions(text, true), referenceQuestions(text), JSON.stringify(open));
			assert.equal(questionProgress(text, true).total, 2, JSON.stringify(open));
		}
		// A type 7 tag cannot interrupt a paragraph, and text around a tag on its line is no HTML block.
		const paragraph = 'Some text\n<span>\n### shown?\n<b>bold</b> text\n### also shown?\n';
		assert.deepEqual(foundQuestions(paragraph, true).map(question => question[1]), ['shown?', 'also shown?']);
	});

	test('a comment that closes on its own line in a short form (<!-->, <!--->) hides nothing after it', () => {
		for (const comment of ['<!-->', '<!--->', '<!---->', '  <!-->', '<!-- x -->']) {
			const text = `### One?\n${comment}\n### Two?\nyes\n### Three?\n`;
			assert.deepEqual(foundQuestions(text, true).map(question => question[1]), ['One?', 'Two?', 'Three?'], comment);
			assert.deepEqual(foundQuestions(text, true), referenceQuestions(text), comment);
			assert.deepEqual(questionProgress(text, true), { answered: 1, total: 3 }, comment);
			assert.deepEqual(findQuestions(`### One?\n${comment} an answer\n`, true).map(question => question.answered), [true], comment);
		}
	});

	test('a fence opened on a list item or block quote line ends where markdown ends it', () => {
		const fenced = [
			'- ```\n  ### code?\n  ```', '1. ~~~\n   ### code?\n   ~~~', '> ```\n> ### code?\n> ```', '* ```md\n  ### code?', '> - ```\n>   ### code?\n>   ```',
			'- - ```\n    ### code?\n    ```', '10. ```\n    ### code?\n    ```', '- text\n\n  ```\n  ### code?\n  ```', '-\n  ```\n  ### code?\n  ```',
		];
		for (const block of fenced) {
			const text = `### Before?\n${block}\n### After?\nanswer\n`;
			assert.deepEqual(foundQuestions(text, true).map(question => question[1]), ['Before?', 'After?'], JSON.stringify(block));
			assert.deepEqual(foundQuestions(text, true), referenceQuestions(text), JSON.stringify(block));
			assert.deepEqual(questionProgress(text, true), { answered: 2, total: 2 }, JSON.stringify(block));
		}
		// A fence in a list item ends with the item: the next unindented line is outside both.
		assert.deepEqual(foundQuestions('- ```\n### After?\n```\n### Inside a new fence\n', true).map(question => question[1]), ['After?']);
	});

	test('a setext heading ends the answer above it; --- under a paragraph is a heading, after a blank line a rule', () => {
		const text = '## Goal\n### What?\nAn answer.\n\nNext part\n=========\n### Why?\nBecause.\n\nStage two\n---------\n### How?\n\n---\nA rule is no heading.\n';
		assert.deepEqual(foundQuestions(text, true), [['Goal', 'What?', 1, 4], ['', 'Why?', 6, 9], ['Stage two', 'How?', 11, 16]]);
		assert.deepEqual(foundQuestions(text, true), referenceQuestions(text));
		assert.deepEqual(findQuestions(text, true).map(question => question.answered), [true, true, true]);
		assert.deepEqual(questionProgress(text, true), { answered: 3, total: 3 });
		// The paragraph under the underline is the heading, not the answer.
		const underlined = '### Q?\nNot an answer\n---\n### R?\n\nText\n===\n';
		assert.deepEqual(findQuestions(underlined, true).map(question => [question.text, question.endLine, question.answered]), [['Q?', 1, false], ['R?', 5, false]]);
		assert.deepEqual(questionProgress(underlined, true), { answered: 0, total: 2 });
		// Lazy lines of a list or quote and indented underlines are no setext headings.
		for (const notHeading of ['- item\n===', '> quote\n===', 'text\n    ===', '- item\n  text\n\n===']) {
			const lazy = `### Q?\n${notHeading}\n### R?\n`;
			assert.deepEqual(foundQuestions(lazy, true), referenceQuestions(lazy), JSON.stringify(notHeading));
			assert.equal(foundQuestions(lazy, true)[0][3], lazy.split('\n').indexOf('### R?'), JSON.stringify(notHeading));
		}
	});

	test('questions are found in linear time on very long lines and very many lines', () => {
		assertLinearTime(300_000, text => {
			findQuestions(text, true);
			questionProgress(text, true);
		}, [
			['blanks inside a heading with a closing sequence', length => `### a${' '.repeat(length)}x #`],
			['a long fence line ending in U+2028', length => `${'`'.repeat(length)}\u2028\n### q`],
			['nested list markers', length => `${'- '.repeat(length / 2)}x\n### q`],
			['deep nesting, then blank lines', length => `${'- * '.repeat(100)}x\n${'\n'.repeat(length / 4)}### q`],
			['lazy lines of a quoted list item', length => `> - a\n${'b\n'.repeat(length / 2)}### q`],
		]);
	});

	test('property: the questions are the top-level h3 headings markdown-it finds below the header, with their text, lines, ends and stages', () => {
		const line = fc.constantFrom(
			'', '  ', '\t', '# Title', '## Stage', '## Two words ##', '### Q1?', '### Q2 ###', '###', '### #', '### ###', '#### Deep', '  ### Indented', '   ### three',
			'    ### code', '###\tTab', '\t### tab', ' \t### tab after a space',
			'An answer.', 'Setext', '===', '---', '--', '=', ' ===', '   ---', '    ---', '- - -', '***', '* * *', '___', '> ---', '> ===', '  ===', '- ===', '- ---',
			'```', '~~~', '```js', '````', ' ```', '   ```', '- ```', '1. ~~~', '> ```', '- - ```', '  ```', '    ```', '>\t```', '```x```', '~~~ x`y', '`` `',
			'<details>', '</details>', '<div>', '<pre>', '</pre>', '<PRE x>', '<script>', '</script>', '<style>', '</style>', '<textarea>', '</textarea>',
			'<!--', '-->', '<!-- x -->', '<!-->', '<!--->', '<?php', '?>', '<!DOCTYPE html>', '<!X', '>', '<![CDATA[', ']]>',
			'<span>', '<my-tag a="1">', '</span>', '<b>x</b> text', '<a href=x>', '  <div>', '    <div>', '- <div>', '> <!--', '- <!--', '  -->', '> -->',
			'- item', '* item', '+ item', '1. item', '2) item', '2. two', '-', ' -', '  -', '1.', '  continued', '   - nested', '    deeper', '     five',
			'> quote', '> ### quoted', '- ### in item', '> - item', '- > quoted item', '> - > x', '>', '> > deep', '>> tight', '>-', '>#', '>\t- x', '>\t\tx',
			'  > indented quote', '     > far quote', '>    code in quote', '>     code in quote', '-\titem', '-\t\tx', '- \t x', '\t- tab item',
			'-     code item', '-    four', '1.  two', '10. ten', '  - sub', '    - subsub', '* - x', '- 1. x', '1) x', '> 1. x',
		);
		const header = fc.constantFrom('', '---\ntitle: x\n---\n', '---\ntitle: x\n### not a question\n---\n');
		fc.assert(fc.property(header, fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (top, lines, eol) => {
			const body = lines.join(eol);
			// Lines that open with --- may themselves make the header when no other header stands above them.
			const text = top + body;
			const start = splitHeader(text).bodyOffset;
			assert.deepEqual(foundQuestions(text), referenceQuestions(text.slice(start), text.slice(0, start).split(/\r\n|\r|\n/).length - 1));
			assert.deepEqual(foundQuestions(body, true), referenceQuestions(body));
		}), { numRuns: 5000 });
	});

	test('property: so are they in any text made of markdown\'s markers', () => {
		const unit = fc.constantFrom('#', '### ', '## ', ' ', '  ', '\t', '\n', '\n', '\n', '\r\n', '\r', '>', '> ', '- ', '-', '* ', '+ ', '1. ', '2) ', '`', '```', '~~~',
			'<', '<!--', '-->', '<!-->', '<div>', '<pre>', '</pre>', '<a>', '?>', '<?', '<!X', '=', '===', '---', '_', 'a', 'b ', '\u00a0');
		fc.assert(fc.property(fc.string({ unit, maxLength: 120 }), body => {
			assert.deepEqual(foundQuestions(body, true), referenceQuestions(body));
		}), { numRuns: 5000 });
	});
});
