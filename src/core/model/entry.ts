import type { HeaderProblem } from '../text/header';
import { isoDateToSortKey, toIsoDate, type IsoDate } from './dates';

/** The task syntaxes a commitment line can be written in: ours (`due:`), Obsidian Tasks' emoji, Dataview's inline fields, Logseq's markers. */
export type TaskSyntax = 'journal' | 'tasks' | 'dataview' | 'logseq';

/** Obsidian Tasks' priorities, highest first. */
export const taskPriorities = ['highest', 'high', 'medium', 'low', 'lowest'] as const;

/** One of {@link taskPriorities}. */
export type TaskPriority = typeof taskPriorities[number];

/**
 * An action item: `- [ ] action @owner due:YYYY-MM-DD`, done as `- [x] … done:YYYY-MM-DD`; or the
 * same written in Obsidian Tasks' emoji, Dataview's inline fields or with Logseq's markers.
 */
export interface Commitment {
	/** Zero-based line of the item in the whole file. */
	readonly line: number;
	/** The action, without the checkbox, the owner and the dates. */
	readonly text: string;
	/** The first `@owner`, without the `@`. */
	readonly owner?: string;
	/** The due date (`due:`, `📅`, `[due:: ]`, Logseq's `DEADLINE:`), when it is a valid date. */
	readonly due?: IsoDate;
	/** Whether the box is ticked (`[x]` or `[X]`). */
	readonly done: boolean;
	/** The done date (`done:`, `✅`, `[completion:: ]`), written when the item was marked done from the Commitments view. */
	readonly doneOn?: IsoDate;
	/** A date field whose value is not a valid date, as written (`due:2026-13-45`, `📅 tomorrow`). */
	readonly badDate?: string;
	/** Cancelled (`[-]`, `❌ date`, `[cancelled:: date]`, Logseq's `CANCELED`): neither open nor done. */
	readonly cancelled?: true;
	/** The syntax its fields are written in, when not ours: Mark Done writes in it. */
	readonly syntax?: Exclude<TaskSyntax, 'journal'>;
	/** The scheduled date (`⏳`, `[scheduled:: ]`, Logseq's `SCHEDULED:`), when valid. */
	readonly scheduled?: IsoDate;
	/** The start date (`🛫`, `[start:: ]`), when valid. */
	readonly start?: IsoDate;
	/** Its priority, when one is written. */
	readonly priority?: TaskPriority;
	/** Its recurrence rule as written (`every week`), when it is one this extension reads. */
	readonly recurrence?: string;
}

/** How far an entry's questions are answered. */
export interface QuestionProgress {
	/** Questions with an answer. */
	readonly answered: number;
	/** All questions. */
	readonly total: number;
}

/** Why a file could not be read as an entry at all. */
export type FileProblemCode =
	/** The file could not be read (permissions, or it vanished between listing and reading). */
	| 'unreadable'
	/** The file holds binary data, not text. */
	| 'binary'
	/** The file is larger than any entry a person writes. */
	| 'tooLarge'
	/** A sync tool's conflict copy of another entry (`detail`: the original's file name), never a second entry. */
	| 'conflictCopy'
	/** A merge left conflict markers in the file (`line`: the first; `detail`: every marker line, one-based, comma-separated). */
	| 'conflictMarkers';

/** A problem that sends an entry to "Needs attention". */
export type EntryProblem = HeaderProblem | { readonly code: FileProblemCode; readonly line: number; readonly detail?: string };

/** What the index keeps about one journal file: metadata only, never the body. */
export interface EntrySummary {
	/** The file's URI, as a string; the entry's identity. */
	readonly uri: string;
	/** The file name, without folders. */
	readonly fileName: string;
	/** The `title`, else the first `#` heading, else the file name without `.md`. */
	readonly title: string;
	/** The `date` key, else the `created` key (Obsidian, Foam, Dendron), when it holds a date; else the date the file name or its folders carry (see {@link dateSource}). */
	readonly date?: IsoDate;
	/** Where the date the entry shows comes from. */
	readonly dateSource: DateSource;
	/** Area ids as written (trimmed, lower-cased), known or not. */
	readonly areas: readonly string[];
	/** Tags, without a leading `#`. */
	readonly tags: readonly string[];
	/** Other names of the entry (`aliases`, as Obsidian writes them), when it has any: Search Entries finds it by them. */
	readonly aliases?: readonly string[];
	/** People named in `people`. */
	readonly people: readonly string[];
	/** The `status` key, trimmed and lower-cased, known or not. */
	readonly status?: string;
	/** The `review` key, when it holds a date. */
	readonly review?: IsoDate;
	/** The `reviews` key's dates (a schedule of several review dates), ascending and each once, when it holds any. */
	readonly reviews?: readonly IsoDate[];
	/** The latest date of the decision reviews recorded in the body (`## Review, YYYY-MM-DD` headings), when there are any. */
	readonly lastReviewed?: IsoDate;
	/** Last modification time of the file, in milliseconds since the epoch. */
	readonly mtime: number;
	/** Size of the file in bytes. */
	readonly size: number;
	/** Set when the file or its header cannot be read; such entries go under "Needs attention". */
	readonly problem?: EntryProblem;
	/** How many of its coaching questions are answered, when it has any. */
	readonly questions?: QuestionProgress;
	/** Its action items, open and done, when it has any. */
	readonly commitments?: readonly Commitment[];
	/** The `decided` key: the day the status became `decided`. */
	readonly decided?: IsoDate;
	/** The `closed` key: the day the status became `closed`. */
	readonly closed?: IsoDate;
	/** The `confidence` key, 0–100, when it holds such a number: how sure the decision maker was. */
	readonly confidence?: number;
	/** The `outcome` key, when it is a known value: how the decision turned out, recorded by Review Entry. */
	readonly outcome?: DecisionOutcome;
	/** The `continues` key: the path, relative to the journal folder, of the entry this one follows up. */
	readonly continues?: string;
	/** The `program` key of a phase entry: the path, relative to the journal folder, of its program's parent entry. */
	readonly program?: string;
	/** The `phase` key of a phase entry: its phase's id, lower-cased. */
	readonly phase?: string;
	/** The `phases` key of a program's parent entry: the ids of its phases in order, lower-cased; only when it lists some. */
	readonly phases?: readonly string[];
	/** The `decisionQuality` key, when it is a known value: how sound the decision was given what was known then. */
	readonly decisionQuality?: DecisionQuality;
	/** The return on the effort as recorded by Review Entry, on entries with an `actual` or `cost` key only. */
	readonly effortReturn?: EffortReturn;
	/** The energy a check-in answered under its "Energy" question, 1–5; only on entries with such an answer. */
	readonly energy?: number;
	/** The mood a check-in answered under its "Mood" question, 1–5; only on entries with such an answer. */
	readonly mood?: number;
	/** `confidential: true` in the header: masked on the safe screen and left out of exports unless chosen one by one. */
	readonly confidential?: true;
}

/**
 * The return on the effort of an entry that recorded one: `actual` and `cost` from its header, the
 * baseline and target from its "Return on the effort" answers. Each is on one line and shortened
 * to {@link maxReturnText} characters, so that the index stays small; absent when not written.
 */
export interface EffortReturn {
	/** Return on the effort · Baseline, as written in the body. */
	readonly baseline?: string;
	/** Return on the effort · Target, as written in the body. */
	readonly target?: string;
	/** The `actual` key: the measure's value at the latest review. */
	readonly actual?: string;
	/** The `cost` key: what the effort cost (hours, money). */
	readonly cost?: string;
}

/** Longest text of an {@link EffortReturn} part; longer ones are cut with an ellipsis. */
export const maxReturnText = 120;

/**
 * Where an entry's date comes from: its `date` key; else the file's name or folders
 * (`2026-01-26-offsite.md`, `2026/01/26.md`); else, last, the day the file was last modified,
 * which a copy, a clone or a sync resets.
 */
export type DateSource = 'header' | 'fileName' | 'modified';

/** The lifecycle of an entry, in order. */
export const entryStatuses = ['exploring', 'decided', 'implementing', 'reviewing', 'closed'] as const;

/** One of {@link entryStatuses}. */
export type EntryStatus = typeof entryStatuses[number];

/** How a decision turned out, against what was expected. */
export const decisionOutcomes = ['better', 'as-expected', 'worse'] as const;

/** One of {@link decisionOutcomes}. */
export type DecisionOutcome = typeof decisionOutcomes[number];

/** How sound a decision was, given what was known when it was made: graded apart from how it turned out. */
export const decisionQualities = ['sound', 'mixed', 'poor'] as const;

/** One of {@link decisionQualities}. */
export type DecisionQuality = typeof decisionQualities[number];

/** The moment an entry is sorted by, newest first: its date, else its modification time. */
export function entrySortTime(entry: EntrySummary): number {
	return entry.date !== undefined ? isoDateToSortKey(entry.date) : entry.mtime;
}


/** The date an entry shows: its date (from the header or the file name), else the local day it was last modified. */
export function displayDate(entry: EntrySummary): IsoDate {
	return entry.date ?? toIsoDate(new Date(entry.mtime));
}
