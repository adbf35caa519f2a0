import { addDays, isoDateToSortKey, type IsoDate } from '../model/dates';
import { displayDate, type EntrySummary } from '../model/entry';
import type { OpenCommitment } from '../followThrough/commitmentGroups';
import { hasDecision, isCheckIn } from '../followThrough/lookBack';
import { meHandle, type PeopleDirectory, type Person } from './identity';
import { cadenceOf } from './roster';

/** The tag of a one-to-one entry; Prepare One-to-One writes it. */
export const oneToOneTag = 'one-to-one';

/** Whether an entry is a one-to-one: tagged `one-to-one`, or named `<date>-one-to-one-….md`. */
export function isOneToOne(entry: EntrySummary): boolean {
	return entry.tags.some(tag => tag.toLowerCase() === oneToOneTag) || /^\d{4}-\d{2}-\d{2}-one-to-one(?:-|\.md$)/.test(entry.fileName);
}

/** What the journal holds about one person. */
export interface PersonSummary {
	/** Who. */
	readonly person: Person;
	/** The entries that name them, newest first. */
	readonly entries: readonly EntrySummary[];
	/** Those of {@link entries} that record a decision (status `decided` or later). */
	readonly decisions: readonly EntrySummary[];
	/** What I owe them: open items with no owner or `@me` in an entry that names them; overdue first, then soonest due. */
	readonly iOwe: readonly OpenCommitment[];
	/** What they owe me: open items with their `@handle`; overdue first, then soonest due. */
	readonly theyOwe: readonly OpenCommitment[];
	/** The date of the newest entry that names them. */
	readonly lastEntry?: IsoDate;
	/** The date of the newest one-to-one or check-in that names them. */
	readonly lastContact?: IsoDate;
	/** The newest one-to-one that names them. */
	readonly lastOneToOne?: EntrySummary;
	/** Their cadence in days (their own or their team's), when the roster gives one. */
	readonly cadence?: number;
}

function byDue(a: OpenCommitment, b: OpenCommitment): number {
	const due = (item: OpenCommitment) => item.commitment.due ?? '9999-99-99';
	return due(a).localeCompare(due(b)) || a.entry.title.localeCompare(b.entry.title) || a.commitment.line - b.commitment.line;
}

function newestFirst(a: EntrySummary, b: EntrySummary): number {
	return isoDateToSortKey(displayDate(b)) - isoDateToSortKey(displayDate(a)) || a.title.localeCompare(b.title) || a.uri.localeCompare(b.uri);
}

interface Collected {
	entries: EntrySummary[];
	iOwe: OpenCommitment[];
	theyOwe: OpenCommitment[];
}

/** Everyone the roster or the journal names, each with what the journal holds about them, by name. */
export function summarizePeople(directory: PeopleDirectory, entries: Iterable<EntrySummary>): PersonSummary[] {
	const collected = new Map<string, Collected>();
	const slot = (key: string) => {
		let found = collected.get(key);
		if (!found) {
			found = { entries: [], iOwe: [], theyOwe: [] };
			collected.set(key, found);
		}
		return found;
	};
	for (const entry of entries) {
		if (entry.problem) {
			continue;
		}
		const named = directory.keysNamedIn(entry);
		for (const key of named) {
			slot(key).entries.push(entry);
		}
		for (const commitment of entry.commitments ?? []) {
			if (commitment.done) {
				continue;
			}
			const owner = commitment.owner === undefined ? meHandle : directory.keyOfHandle(commitment.owner) ?? meHandle;
			if (owner !== meHandle) {
				slot(owner).theyOwe.push({ entry, commitment });
				continue;
			}
			for (const key of named) {
				slot(key).iOwe.push({ entry, commitment });
			}
		}
	}
	return directory.all().map(person => {
		const found = collected.get(person.key) ?? { entries: [], iOwe: [], theyOwe: [] };
		const sorted = found.entries.sort(newestFirst);
		const contacts = sorted.filter(entry => isOneToOne(entry) || isCheckIn(entry));
		const lastOneToOne = sorted.find(isOneToOne);
		const cadence = person.rostered && cadenceOf(person.rostered, directory.roster);
		return {
			person, entries: sorted, decisions: sorted.filter(hasDecision),
			iOwe: found.iOwe.sort(byDue), theyOwe: found.theyOwe.sort(byDue),
			...(sorted[0] ? { lastEntry: displayDate(sorted[0]) } : {}),
			...(contacts[0] ? { lastContact: displayDate(contacts[0]) } : {}),
			...(lastOneToOne ? { lastOneToOne } : {}),
			...(cadence ? { cadence } : {}),
		};
	});
}

/** Someone past their cadence: the days since the last contact, or none recorded. */
export interface ContactDue {
	/** Who. */
	readonly summary: PersonSummary;
	/** Whole days since the last one-to-one or check-in naming them; `undefined` when there was none. */
	readonly daysSince?: number;
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((isoDateToSortKey(to) - isoDateToSortKey(from)) / 86_400_000);
}

/**
 * Who is past their cadence on `today`: more days since the last contact than the cadence, or no
 * contact at all; never contacted first, then the longest since.
 */
export function contactsDue(summaries: readonly PersonSummary[], today: IsoDate): ContactDue[] {
	const due: ContactDue[] = [];
	for (const summary of summaries) {
		if (summary.cadence === undefined) {
			continue;
		}
		if (summary.lastContact === undefined) {
			due.push({ summary });
		} else if (summary.lastContact < addDays(today, -summary.cadence)) {
			due.push({ summary, daysSince: daysBetween(summary.lastContact, today) });
		}
	}
	return due.sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.summary.person.name.localeCompare(b.summary.person.name));
}
