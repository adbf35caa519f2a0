import { findQuestions, type Question } from '../coaching/questions';
import { answerText } from '../coaching/answers';
import { toIsoDate, type IsoDate } from '../model/dates';
import { displayDate, entrySortTime, type EntrySummary } from '../model/entry';
import { readConclusion } from '../followThrough/conclusion';
import { commitmentLine, labelledQuote, statedConfidence } from '../followThrough/decisionReview';
import { Redactor } from './redaction';

/** An entry brought to the session: its summary and its text. */
export interface BriefEntry {
	/** The entry as the index keeps it. */
	readonly entry: EntrySummary;
	/** The entry file's text. */
	readonly text: string;
}

/** What the brief is made of. */
export interface BriefRequest {
	/** The entries to bring, in any order; the brief takes them oldest first. */
	readonly entries: readonly BriefEntry[];
	/** What the leader wants from the session, as typed. */
	readonly wanted: string;
	/** The day the brief is made: commitments stand as of it. */
	readonly today: IsoDate;
	/** An area's name, by id. */
	readonly areaName: (id: string) => string;
	/** When given, people's names and handles and these company and product names become stand-ins. */
	readonly redaction?: { readonly organizations: readonly string[] };
}

/** Stages whose questions the brief reports apart, or not at all: the decision, the return, the decision reviews. */
const reportedApart = /^(?:decision|return|review\b)/i;

/** The question on the leader's mind: the first answered question of the Goal stage, else of any stage the brief does not report apart. */
function questionOnMind(questions: readonly Question[]): Question | undefined {
	const open = questions.filter(question => question.answered && !reportedApart.test(question.stage));
	return open.find(question => /^goal/i.test(question.stage)) ?? open[0];
}

/** The questions still unanswered: the core ones, or every one when the entry marks none core; not those of the decision, return or reviews. */
function stillOpen(questions: readonly Question[]): Question[] {
	const asked = questions.filter(question => !reportedApart.test(question.stage));
	const core = asked.some(question => question.core);
	return asked.filter(question => !question.answered && (question.core || !core));
}

function challengeSection({ entry, text }: BriefEntry, request: BriefRequest): string[] {
	const conclusion = readConclusion(text, request.today);
	const questions = findQuestions(text);
	const facts = [...entry.areas.map(request.areaName), displayDate(entry), entry.status].filter(part => part !== undefined && part !== '');
	const lines = ['', `## ${entry.title}`, '', `*${facts.join(' · ')}*`];
	const onMind = questionOnMind(questions);
	if (onMind) {
		lines.push('', `**The question on my mind:** ${onMind.text}`, '', ...labelledQuote([['My answer', answerText(text, onMind)]]));
	}
	const confidence = entry.confidence ?? statedConfidence(text);
	lines.push('', '**Options and decision**', '', ...labelledQuote([
		['Options considered', conclusion.optionsConsidered],
		['Decision', conclusion.choice],
		['Confidence', confidence !== undefined ? String(confidence) : conclusion.confidence],
	]));
	if (conclusion.commitments.length > 0) {
		lines.push('', '**Commitments**', '', ...conclusion.commitments.map(commitmentLine));
	}
	if (conclusion.reviews.length > 0) {
		lines.push('', '**Reviews**', '', ...conclusion.reviews.map((review, at) => {
			const outcome = at === conclusion.reviews.length - 1 && entry.outcome ? ` (turned out ${entry.outcome})` : '';
			return `- ${review.date}${outcome}: ${review.whatHappened.replace(/\s+/g, ' ').trim() || '_nothing written_'}`;
		}));
	}
	const open = stillOpen(questions);
	if (open.length > 0) {
		lines.push('', '**Still unanswered**', '', ...open.map(question => `- ${question.text}`));
	}
	return lines;
}

/**
 * The brief for a coaching session, as markdown: what the leader wants from the session, then for
 * each entry the question on their mind, the options and the decision with its confidence, the
 * commitments and where they stand, the reviews and how they turned out, and the questions still
 * unanswered. With `redaction`, every name the brief would hold becomes a stand-in, the same one
 * throughout; the mapping is not written. Markdown is English, like the templates.
 */
export function coachingBrief(request: BriefRequest): string {
	const entries = [...request.entries].sort((a, b) => displayDate(a.entry).localeCompare(displayDate(b.entry)));
	const lines = [
		`# Coaching session brief, ${request.today}`,
		'',
		'## What I want from this session',
		'',
		request.wanted.trim() || '_not written_',
		...entries.flatMap(entry => challengeSection(entry, request)),
		'',
	];
	const brief = lines.join('\n');
	if (!request.redaction) {
		return brief;
	}
	const redactor = new Redactor({
		people: entries.flatMap(({ entry }) => entry.people),
		handles: entries.flatMap(({ entry }) => (entry.commitments ?? []).flatMap(commitment => commitment.owner ?? [])),
		organizations: request.redaction.organizations,
	});
	return redactor.redact(brief);
}

/** How far back a first brief looks by default, in days. */
export const firstBriefDays = 30;

/** An entry offered for the brief, and whether it is ticked at first. */
export interface BriefCandidate {
	/** The entry. */
	readonly entry: EntrySummary;
	/** Ticked by default: dated or changed since the last brief (or in the last {@link firstBriefDays} days), and not confidential. */
	readonly picked: boolean;
}

/**
 * The entries a brief can bring, newest first, files that need attention left out; those since
 * `since` (milliseconds since the epoch: the last brief, else {@link firstBriefDays} before `now`)
 * are ticked, unless `isConfidential`.
 */
export function briefCandidates(entries: Iterable<EntrySummary>, since: number | undefined, now: number, isConfidential: (entry: EntrySummary) => boolean): BriefCandidate[] {
	const from = since ?? now - firstBriefDays * 86_400_000;
	const fromDay = toIsoDate(new Date(from));
	return [...entries].filter(entry => !entry.problem)
		.sort((a, b) => entrySortTime(b) - entrySortTime(a))
		.map(entry => ({ entry, picked: !isConfidential(entry) && (entry.mtime >= from || (entry.date !== undefined && entry.date >= fromDay)) }));
}
