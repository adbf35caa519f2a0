import type MarkdownIt from 'markdown-it';
import type { AreaCatalog } from '../model/areas';
import { dueGroupOf } from '../followThrough/commitmentGroups';
import type { Commitment, EntryStatus, EntrySummary } from '../model/entry';
import type { IsoDate } from '../model/dates';
import { readEntry } from '../index/entryReader';
import { splitHeader } from '../text/header';
import { isEntryStatus } from '../followThrough/status';
import { isReviewDue, nextReview } from '../followThrough/reviewDates';
import type { ScreenPolicy } from '../privacy/screen';

type Token = MarkdownIt.Token;

/** The words the preview shows; the VS Code side translates them. */
export interface PreviewLabels {
	/** Names the card's row of areas. */
	readonly areas: string;
	/** Names the card's status row. */
	readonly status: string;
	/** Names the card's date row. */
	readonly date: string;
	/** Names the card's review row. */
	readonly review: string;
	/** Names the card's row of people. */
	readonly people: string;
	/** Flags a review date that has come. */
	readonly reviewDue: string;
	/** The name of a lifecycle status. */
	statusName(status: EntryStatus): string;
	/** An open commitment's due date, such as `due 2026-12-04`. */
	due(date: IsoDate): string;
	/** An open commitment's due date that has passed; the text says it is overdue. */
	overdue(date: IsoDate): string;
	/** The day a commitment was done, such as `done 2026-12-03`. */
	done(date: IsoDate): string;
}

/** What the preview plugin needs from its host. */
export interface PreviewOptions {
	/** The area catalog in effect, read at each render so that new custom areas show. */
	readonly catalog: () => AreaCatalog;
	/** Today, for due reviews and overdue commitments. */
	readonly today: () => IsoDate;
	/** The words to show. */
	readonly labels: PreviewLabels;
	/**
	 * Whether the document being rendered (the renderer's `env.currentDocument`) lies in a journal folder,
	 * or `undefined` when that cannot be told. Without an answer the header alone decides.
	 */
	readonly isJournalDocument?: (document: unknown) => boolean | undefined;
	/** What the card may show, read at each render: on the safe screen, an area · date label for the title and initials for people and owners. */
	readonly screen?: () => ScreenPolicy;
}

/** A journal entry's header: the entry read from the whole text, and how many lines the header takes. */
export interface JournalHeader {
	/** The entry, read as the index reads it. */
	readonly entry: EntrySummary;
	/** The header's line count, fences included: the body starts on this zero-based line. */
	readonly lines: number;
}

/** What the card token carries from parse to render. */
interface CardData {
	/** The entry the card shows. */
	readonly entry: EntrySummary;
	/** The front-matter token the card took the place of, rendered instead outside a journal. */
	readonly original?: Token;
}

/** What a commitment's mark token carries from parse to render. */
interface MarkData {
	/** Which part of the item it marks. */
	readonly kind: 'check' | 'owner' | 'due' | 'done';
	/** The commitment, as the index reads it. */
	readonly commitment: Commitment;
}

const cardType = 'lj_card';
const markType = 'lj_mark';
const boxPattern = /^\[[ xX]\][ \t]*/;
/** The owner and date syntax of `commitments.ts`, in one pattern: `@owner`, `due:…` or `done:…` after a space. */
const markPattern = /(^|\s)(?:@([\p{L}\p{N}][\p{L}\p{N}._-]*)|(due|done):(\S*))/gu;

/**
 * The journal entry whose header opens `src`, or `undefined` when `src` is not one. A file is a journal
 * entry when its YAML header reads without a problem and names at least one area (`areas`, `area`,
 * `challenges` or `challenge`) or a lifecycle `status`. Headers marked as code are never read.
 */
export function journalHeader(src: string): JournalHeader | undefined {
	const split = splitHeader(src);
	if (!('block' in split)) {
		return undefined;
	}
	const entry = readEntry(src, { uri: '', mtime: 0, size: 0 });
	if (entry.problem || (entry.areas.length === 0 && !isEntryStatus(entry.status))) {
		return undefined;
	}
	const header = src.slice(0, split.bodyOffset);
	return { entry, lines: header.split('\n').length - (header.endsWith('\n') ? 1 : 0) };
}

function newCard(state: MarkdownIt.StateBlock | MarkdownIt.StateCore, lines: number, data: CardData): Token {
	const card = new state.Token(cardType, 'section', 0);
	card.block = true;
	card.map = [0, lines];
	card.meta = data;
	card.attrSet('class', 'lj-card');
	return card;
}

/** Block rule: a journal header on the first line of the document becomes the card. */
function headerRule(state: MarkdownIt.StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
	// Inside a blockquote or a list the first line starts later than offset 0: that is not the file's header.
	if (startLine !== 0 || state.bMarks[0] !== 0 || state.tShift[0] !== 0) {
		return false;
	}
	const header = journalHeader(state.src);
	if (!header || header.lines > endLine) {
		return false;
	}
	if (!silent) {
		state.tokens.push(newCard(state, header.lines, { entry: header.entry }));
		state.line = header.lines;
	}
	return true;
}

/** The card of a parsed document: ours, or one made from a front-matter token another rule made first. */
function cardOf(state: MarkdownIt.StateCore): CardData | undefined {
	const first = state.tokens[0];
	if (first?.type === cardType) {
		return first.meta as CardData;
	}
	if (first?.type !== 'front_matter' || first.map?.[0] !== 0) {
		return undefined;
	}
	const header = journalHeader(state.src);
	// Another front-matter rule may end the header elsewhere (at `...`, or not at all): then it is not ours to show.
	if (!header || first.map[1] !== header.lines) {
		return undefined;
	}
	const data: CardData = { entry: header.entry, original: first };
	state.tokens[0] = newCard(state, header.lines, data);
	return data;
}

function textToken(state: MarkdownIt.StateCore, like: Token, content: string): Token {
	const token = new state.Token('text', '', 0);
	token.content = content;
	token.level = like.level;
	return token;
}

function markToken(state: MarkdownIt.StateCore, like: Token, content: string, data: MarkData): Token {
	const token = textToken(state, like, content);
	token.type = markType;
	token.meta = data;
	return token;
}

/** The inline children of a commitment with its box, owner and dates as mark tokens that keep their source text. */
function markedChildren(state: MarkdownIt.StateCore, children: readonly Token[], commitment: Commitment): Token[] {
	const wanted: Partial<Record<MarkData['kind'], string>> = { owner: commitment.owner, due: commitment.due, done: commitment.doneOn };
	const result: Token[] = [];
	children.forEach((child, index) => {
		if (child.type !== 'text') {
			result.push(child);
			return;
		}
		let text = child.content;
		const box = index === 0 ? boxPattern.exec(text) : null;
		if (box) {
			result.push(markToken(state, child, box[0], { kind: 'check', commitment }));
			text = text.slice(box[0].length);
		}
		let from = 0;
		for (const match of text.matchAll(markPattern)) {
			const kind = match[2] !== undefined ? 'owner' : match[3] as 'due' | 'done';
			if (wanted[kind] === undefined || wanted[kind] !== (match[2] ?? match[4])) {
				continue;
			}
			delete wanted[kind];
			const start = match.index + match[1].length;
			const end = match.index + match[0].length;
			if (start > from) {
				result.push(textToken(state, child, text.slice(from, start)));
			}
			result.push(markToken(state, child, text.slice(start, end), { kind, commitment }));
			from = end;
		}
		if (from < text.length) {
			result.push(textToken(state, child, text.slice(from)));
		}
	});
	return result;
}

/** Core rule: finds the card, and marks the commitments of a journal entry. */
function entryRule(state: MarkdownIt.StateCore): void {
	const card = cardOf(state);
	if (!card?.entry.commitments) {
		return;
	}
	const byLine = new Map(card.entry.commitments.map(commitment => [commitment.line, commitment]));
	const tokens = state.tokens;
	for (let at = 2; at < tokens.length; at++) {
		const inline = tokens[at];
		// A list item's first paragraph, as parseCommitments reads it: list_item_open, paragraph_open, inline.
		if (inline.type === 'inline' && inline.children && inline.map && tokens[at - 1].type === 'paragraph_open' && tokens[at - 2].type === 'list_item_open') {
			const commitment = byLine.get(inline.map[0]);
			if (commitment) {
				inline.children = markedChildren(state, inline.children, commitment);
			}
		}
	}
}

/**
 * The markdown-it plugin of VS Code's preview. A journal entry's header shows as a card (title, area
 * chips, status, date, review date, people) and its commitments get a check box and owner and date
 * badges. Everything else renders exactly as without the plugin, and so does a journal-like file when
 * the renderer's `env.currentDocument` is known to lie outside every journal folder.
 */
export function journalPreviewPlugin(md: MarkdownIt, options: PreviewOptions): MarkdownIt {
	const escape = (text: string): string => md.utils.escapeHtml(text);
	const { labels } = options;
	const shown = new WeakMap<object, boolean>();

	function showsEntry(env: unknown): boolean {
		const document = typeof env === 'object' && env !== null ? (env as { currentDocument?: unknown }).currentDocument : undefined;
		if (document === undefined || document === null || !options.isJournalDocument) {
			return true;
		}
		let answer = shown.get(env as object);
		if (answer === undefined) {
			answer = options.isJournalDocument(document) !== false;
			shown.set(env as object, answer);
		}
		return answer;
	}

	function row(name: string, label: string, html: string): string {
		return `<dt>${escape(label)}</dt><dd class="lj-fact-${name}">${html}</dd>\n`;
	}

	function cardHtml(entry: EntrySummary, attrs: string): string {
		const screen = options.screen?.();
		let rows = '';
		if (entry.areas.length > 0) {
			const catalog = options.catalog();
			rows += row('areas', labels.areas, entry.areas.map(id => {
				const area = catalog.get(id);
				return `<span class="lj-chip${area ? '' : ' lj-chip-unknown'}">${escape(area?.name ?? id)}</span>`;
			}).join(' '));
		}
		if (entry.status !== undefined) {
			rows += row('status', labels.status, isEntryStatus(entry.status)
				? `<span class="lj-status lj-status-${entry.status}">${escape(labels.statusName(entry.status))}</span>`
				: `<span class="lj-status">${escape(entry.status)}</span>`);
		}
		if (entry.date !== undefined) {
			rows += row('date', labels.date, escape(entry.date));
		}
		const review = nextReview(entry);
		if (review !== undefined) {
			const due = isReviewDue(entry, options.today()) ? ` <span class="lj-badge lj-review-due">${escape(labels.reviewDue)}</span>` : '';
			rows += row('review', labels.review, escape(review) + due);
		}
		if (entry.people.length > 0) {
			rows += row('people', labels.people, entry.people.map(person => escape(screen?.person(person) ?? person)).join(', '));
		}
		const shownTitle = screen?.safe ? screen.maskedLabel(entry) : entry.title;
		const title = shownTitle === '' ? '' : `<p class="lj-title">${escape(shownTitle)}</p>\n`;
		return `<section${attrs}>\n${title}${rows === '' ? '' : `<dl class="lj-facts">\n${rows}</dl>\n`}</section>\n`;
	}

	function markHtml(token: Token): string {
		const { kind, commitment } = token.meta as MarkData;
		switch (kind) {
			case 'check': return `<input type="checkbox" class="lj-check" disabled${commitment.done ? ' checked' : ''}> `;
			case 'owner': return `<span class="lj-badge lj-owner">${escape(options.screen?.().person(token.content) ?? token.content)}</span>`;
			case 'done': return `<span class="lj-badge lj-done">${escape(labels.done(commitment.doneOn!))}</span>`;
			case 'due': return !commitment.done && dueGroupOf(commitment, options.today()) === 'overdue'
				? `<span class="lj-badge lj-due lj-overdue">${escape(labels.overdue(commitment.due!))}</span>`
				: `<span class="lj-badge lj-due">${escape(labels.due(commitment.due!))}</span>`;
		}
	}

	md.block.ruler.before('hr', 'lj_entry_header', headerRule);
	md.core.ruler.after('inline', 'lj_entry', entryRule);
	md.renderer.rules[cardType] = (tokens, idx, renderOptions, env, self) => {
		const card = tokens[idx].meta as CardData;
		if (showsEntry(env)) {
			return cardHtml(card.entry, self.renderAttrs(tokens[idx]));
		}
		if (!card.original) {
			return '';
		}
		const rule = self.rules[card.original.type];
		return rule ? rule([card.original], 0, renderOptions, env, self) : self.renderToken([card.original], 0, renderOptions);
	};
	md.renderer.rules[markType] = (tokens, idx, _options, env) => showsEntry(env) ? markHtml(tokens[idx]) : escape(tokens[idx].content);
	return md;
}
