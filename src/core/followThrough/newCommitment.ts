import type { IsoDate } from '../model/dates';
import { splitHeader } from '../text/header';
import { BlockTracker, splitLines } from '../text/markdownBlocks';
import { lineStarts, type TextEdit } from '../text/textEdit';

/** A commitment to write: what, who, by when. */
export interface NewCommitment {
	/** The action, on one line. */
	readonly action: string;
	/** Who will do it, without the `@`; none means the leader. */
	readonly owner?: string;
	/** By when. */
	readonly due?: IsoDate;
}

/** The task line of a commitment, in the journal's own syntax: `- [ ] action @owner due:YYYY-MM-DD`. */
export function commitmentLine(commitment: NewCommitment): string {
	const action = commitment.action.replace(/\s+/g, ' ').trim();
	const owner = commitment.owner ? ` @${commitment.owner.replace(/^@/, '').replace(/\s+/g, '-')}` : '';
	return `- [ ] ${action}${owner}${commitment.due ? ` due:${commitment.due}` : ''}`;
}

const commitmentsHeading = /^ {0,3}## +Commitments\b/i;
const headingLine = /^ {0,3}#{1,2} /;

/**
 * The edit that adds `line` to the entry's `## Commitments` section, after what the section holds
 * (its hint comment and earlier items), or as a new section at the end when there is none.
 */
export function addCommitmentEdit(text: string, line: string, eol: string): TextEdit {
	const lines = splitLines(text);
	const starts = lineStarts(text);
	const tracker = new BlockTracker();
	const first = splitHeader(text).bodyOffset;
	let section: number | undefined;
	let last: number | undefined;
	for (let at = 0; at < lines.length; at++) {
		if (starts[at] < first) {
			continue;
		}
		const inBlock = tracker.consume(lines[at]);
		if (!inBlock && headingLine.test(lines[at])) {
			if (section !== undefined) {
				break;
			}
			if (commitmentsHeading.test(lines[at])) {
				section = at;
				last = at;
			}
			continue;
		}
		if (section !== undefined && lines[at].trim() !== '') {
			last = at;
		}
	}
	if (last === undefined) {
		const lead = text === '' || /\n$/.test(text) ? '' : eol;
		return { start: text.length, end: text.length, text: `${lead}${eol}## Commitments${eol}${eol}${line}${eol}` };
	}
	const end = starts[last] + lines[last].length;
	return { start: end, end, text: `${eol}${last === section ? eol : ''}${line}` };
}
