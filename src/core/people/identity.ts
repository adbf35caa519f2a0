import type { EntrySummary } from '../model/entry';
import { defaultHandle, normalHandle, type Roster, type RosterPerson } from './roster';

/** The owner that means the journal's writer: `@me`. */
export const meHandle = 'me';

/** One person as the journal knows them: from the roster, or only from how entries name them. */
export interface Person {
	/** Identity: the handle, lower-cased. Two names that resolve to one key are one person. */
	readonly key: string;
	/** The name shown: the roster's, else the longest name entries use for them, else the handle. */
	readonly name: string;
	/** The roster's entry, when the person has one. */
	readonly rostered?: RosterPerson;
}

/**
 * Who is who: `people: [Dana Li]` and `@dana` meet here. A roster person is found by their name,
 * handle or aliases, case-insensitively. Anyone else is keyed by the default handle of their name
 * (its first word, lower-cased), so `Dana Li` and `@dana` meet without a roster too; an `@owner`
 * is keyed by itself. `@me` is the journal's writer and no one's identity.
 */
export class PeopleDirectory {
	private readonly byWord = new Map<string, RosterPerson>();
	private readonly people = new Map<string, Person>();

	constructor(readonly roster: Roster, entries: Iterable<EntrySummary> = []) {
		for (const person of roster.people) {
			for (const word of [person.handle, person.name, ...person.aliases]) {
				const key = word.toLowerCase();
				if (!this.byWord.has(key)) {
					this.byWord.set(key, person);
				}
			}
			this.people.set(person.handle, { key: person.handle, name: person.name, rostered: person });
		}
		for (const entry of entries) {
			if (entry.problem) {
				continue;
			}
			for (const name of entry.people) {
				this.note(this.keyOfName(name), name);
			}
			for (const commitment of entry.commitments ?? []) {
				const key = commitment.owner && this.keyOfHandle(commitment.owner);
				if (key) {
					this.note(key, key);
				}
			}
		}
	}

	/** The key of a name written in `people:`. */
	keyOfName(name: string): string {
		const trimmed = name.trim();
		return this.byWord.get(trimmed.toLowerCase())?.handle ?? this.byWord.get(normalHandle(trimmed))?.handle ?? defaultHandle(trimmed);
	}

	/** The key of an `@owner` (without the `@`), or `undefined` for `@me`. */
	keyOfHandle(handle: string): string | undefined {
		const normal = normalHandle(handle);
		if (normal === meHandle || normal === '') {
			return undefined;
		}
		return this.byWord.get(normal)?.handle ?? normal;
	}

	/** The person of a key, when the roster or some entry names them. */
	get(key: string): Person | undefined {
		return this.people.get(key);
	}

	/** Everyone: the roster's people and those entries name, by name. */
	all(): Person[] {
		return [...this.people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
	}

	/** The keys of everyone an entry names: in `people:` and as an `@owner` of its commitments. */
	keysNamedIn(entry: EntrySummary): Set<string> {
		const keys = new Set(entry.people.map(name => this.keyOfName(name)));
		for (const commitment of entry.commitments ?? []) {
			const key = commitment.owner && this.keyOfHandle(commitment.owner);
			if (key) {
				keys.add(key);
			}
		}
		return keys;
	}

	private note(key: string, name: string): void {
		const known = this.people.get(key);
		if (!known) {
			this.people.set(key, { key, name });
		} else if (!known.rostered && (known.name === known.key || name.length > known.name.length)) {
			this.people.set(key, { key, name });
		}
	}
}
