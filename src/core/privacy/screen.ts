import { displayDate, type EntrySummary } from '../model/entry';
import { isConfidential, type ConfidentialRules } from './confidential';

/** The words a masked label is made of, in the display language. */
export interface MaskWords {
	/** Stands for the area of a confidential entry, and for a confidential tag: "Confidential". */
	readonly confidential: string;
	/** Stands for the area of an entry that has none: "Unsorted". */
	readonly noArea: string;
}

/** A person's initials: the first letter of each part of the name, upper-cased, each with a dot ("Sam Okafor (billing lead)" → "S. O."); `?` for no letters. */
export function personInitials(name: string): string {
	const initials = name.replace(/^@/, '').replace(/\s*\([^()]*\)\s*$/u, '').split(/[\s._-]+/u)
		.map(part => /[\p{L}\p{N}]/u.exec(part)?.[0]?.toLocaleUpperCase())
		.filter(letter => letter !== undefined);
	return initials.length === 0 ? '?' : initials.map(letter => `${letter}.`).join(' ');
}

/**
 * What the screen may show, given whether the safe screen is on. With it off, everything shows as
 * written. With it on, an entry shows only its area and date ("Hiring · 2026-11-27"), a confidential
 * one not even its area; a person shows as initials; commitments show no text; a confidential tag
 * shows as the word for confidential.
 */
export class ScreenPolicy {
	constructor(
		/** Whether the safe screen is on. */
		readonly safe: boolean,
		private readonly rules: ConfidentialRules,
		/** An area's name, by id. */
		readonly areaName: (id: string) => string,
		private readonly words: MaskWords,
	) {}

	/** Whether `entry` is confidential by its header or by the settings. */
	isConfidential(entry: EntrySummary): boolean {
		return isConfidential(entry, this.rules);
	}

	/** The area · date label that stands for `entry` on the safe screen, whether or not it is on. */
	maskedLabel(entry: EntrySummary): string {
		const area = this.isConfidential(entry) ? this.words.confidential
			: entry.areas.length === 0 ? this.words.noArea : this.areaName(entry.areas[0]);
		return `${area} · ${displayDate(entry)}`;
	}

	/** An entry's name as a row shows it: its title, or its {@link maskedLabel} on the safe screen. */
	entryLabel(entry: EntrySummary): string {
		return this.safe ? this.maskedLabel(entry) : entry.title;
	}

	/** A person's name or handle as the screen shows it: as written, or initials on the safe screen. */
	person(name: string): string {
		return this.safe ? personInitials(name) : name;
	}

	/** A tag as the screen shows it: as written, or the word for confidential when it is a confidential tag on the safe screen. */
	tag(tag: string): string {
		return this.safe && this.rules.tags.includes(tag.toLowerCase()) ? this.words.confidential : tag;
	}

	/** The areas of `entry` the screen may name: all of them, none of a confidential entry on the safe screen. */
	areas(entry: EntrySummary): readonly string[] {
		return this.safe && this.isConfidential(entry) ? [] : entry.areas;
	}

	/** Whether personal detail (tags, people, excerpts, commitment text) may show: only with the safe screen off. */
	get showsDetail(): boolean {
		return !this.safe;
	}
}
