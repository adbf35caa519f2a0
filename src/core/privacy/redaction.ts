/** What a brief must not name: the journal's people and handles, and the company and product names of the settings. */
export interface RedactionList {
	/** People as the `people:` headers name them; `Name (role)` gives the person a role. */
	readonly people: readonly string[];
	/** `@owner` handles, without the `@`. */
	readonly handles: readonly string[];
	/** Company and product names to redact, from the settings. */
	readonly organizations: readonly string[];
}

/** Stands for a name part two people share, so that neither is named nor the wrong one blamed. */
const sharedStandIn = 'a colleague';
/** Stands for a match whose case folds unlike `toLowerCase` (`ſ` for `s`): never the match itself. */
const unmatchedStandIn = '[redacted]';
/** Handles that stand for the leader, who is no one to hide from their own coach: `@me`. */
const ownHandles = new Set(['me']);
/** The shortest name part redacted on its own: shorter ones ("J.") say nothing and match too much. */
const minPartLength = 2;

interface Person {
	readonly name: string;
	readonly role?: string;
	readonly parts: readonly string[];
}

function letter(at: number, word: string): string {
	return `${word} ${at < 26 ? String.fromCharCode(65 + at) : String(at + 1)}`;
}

function squashed(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function readPerson(written: string): Person | undefined {
	const match = /^(.*?)\s*\(([^()]*)\)\s*$/u.exec(written);
	const name = (match ? match[1] : written).replace(/^@/, '').trim();
	const role = match?.[2].trim();
	if (squashed(name) === '') {
		return undefined;
	}
	const parts = name.split(/[\s.]+/u).filter(part => squashed(part).length >= minPartLength);
	return { name, ...(role ? { role } : {}), parts };
}

/** The handle forms that name a person: the full name squashed, each part, and initial plus last name ("sokafor"). */
function handleForms(person: Person): string[] {
	const parts = person.parts.map(squashed);
	const forms = [squashed(person.name), ...parts];
	if (parts.length >= 2) {
		forms.push(parts[0][0] + parts[parts.length - 1]);
	}
	return forms;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces names with consistent stand-ins, across everything it redacts: each person becomes
 * "Person A", "Person B" (or their role, when the `people:` value gives one and no one else has it),
 * by full name, by each part of the name and by handle; each listed company or product becomes
 * "Company A", "Company B". The leader's own handle (`@me`) stays. Matching ignores case and takes whole words only. The mapping stays in
 * the redactor: nothing of it is written into what it returns.
 */
export class Redactor {
	private readonly standIns = new Map<string, string>();
	private readonly pattern: RegExp | undefined;

	constructor(list: RedactionList) {
		const people: Person[] = [];
		for (const written of list.people) {
			const person = readPerson(written);
			if (person && !people.some(known => squashed(known.name) === squashed(person.name))) {
				people.push(person);
			}
		}
		const roles = people.map(person => person.role?.toLowerCase());
		let letters = 0;
		const personStandIn = new Map<Person, string>();
		const standInOf = (person: Person) => {
			let standIn = personStandIn.get(person);
			if (standIn === undefined) {
				const role = person.role?.toLowerCase();
				standIn = role !== undefined && roles.filter(other => other === role).length === 1 ? `the ${person.role!}` : letter(letters++, 'Person');
				personStandIn.set(person, standIn);
			}
			return standIn;
		};
		const partStandIns = new Map<string, string>();
		for (const person of people) {
			this.add(person.name, standInOf(person));
			for (const part of person.parts) {
				const key = part.toLowerCase();
				partStandIns.set(key, partStandIns.has(key) && partStandIns.get(key) !== standInOf(person) ? sharedStandIn : standInOf(person));
			}
		}
		for (const handle of list.handles.filter(written => !ownHandles.has(written.toLowerCase()))) {
			const form = squashed(handle);
			const person = people.find(candidate => handleForms(candidate).includes(form));
			const standIn = person ? standInOf(person) : letter(letters++, 'Person');
			this.add(`@${handle}`, standIn);
			this.add(handle, standIn);
		}
		for (const [part, standIn] of partStandIns) {
			this.add(part, standIn);
		}
		list.organizations.map(name => name.trim()).filter(name => name !== '')
			.forEach((name, at) => this.add(name, letter(at, 'Company')));
		const terms = [...this.standIns.keys()].sort((a, b) => b.length - a.length);
		this.pattern = terms.length === 0 ? undefined
			: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
	}

	/** `text` with every name replaced by its stand-in. */
	redact(text: string): string {
		return this.pattern ? text.replace(this.pattern, found => this.standIns.get(found.toLowerCase()) ?? unmatchedStandIn) : text;
	}

	private add(term: string, standIn: string): void {
		const key = term.toLowerCase();
		if (key !== '' && !this.standIns.has(key)) {
			this.standIns.set(key, standIn);
		}
	}
}
