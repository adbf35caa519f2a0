import type { AreaCatalog, ChallengeArea } from '../model/areas';
import { isoDateToSortKey, readDateValue, type IsoDate } from '../model/dates';
import { areaKeys, dateKeys, dateListKeys, locateHeader } from '../text/headerValues';
import { rangeHolds, type TextRange } from '../text/textEdit';

/** What a hover in an entry's header is on. */
export type HeaderHoverTarget = TextRange & (
	| {
		/** An area id in `areas` (or `area`, `challenges`, `challenge`). */
		readonly kind: 'area';
		/** The id, trimmed and lower-cased as the reader reads it. */
		readonly id: string;
		/** The area, or `undefined` when the id names none. */
		readonly area: ChallengeArea | undefined;
	}
	| {
		/** A date value: `date`, `review`, `decided` or `closed`, or an item of `reviews`. */
		readonly kind: 'date';
		/** The key. */
		readonly key: string;
		/** The date. */
		readonly date: IsoDate;
		/** Days from `today` to the date: negative in the past, 0 today. */
		readonly days: number;
	}
);

function daysBetween(today: IsoDate, date: IsoDate): number {
	return Math.round((isoDateToSortKey(date) - isoDateToSortKey(today)) / 86_400_000);
}

/**
 * What the header text at `offset` is, for a hover: an area id, or a date and how far it is
 * from `today`. `undefined` anywhere else, and when the header does not parse.
 */
export function headerHoverTarget(text: string, offset: number, catalog: AreaCatalog, today: IsoDate): HeaderHoverTarget | undefined {
	for (const field of locateHeader(text)?.fields ?? []) {
		if (areaKeys.includes(field.key)) {
			const item = field.items.find(candidate => rangeHolds(candidate, offset));
			if (item) {
				const id = item.text.trim().toLowerCase();
				return { kind: 'area', id, area: catalog.get(id), start: item.start, end: item.end };
			}
		} else if (dateListKeys.includes(field.key)) {
			const item = field.items.find(candidate => rangeHolds(candidate, offset));
			const date = item && readDateValue(item.text);
			if (item && date !== undefined) {
				return { kind: 'date', key: field.key, date, days: daysBetween(today, date), start: item.start, end: item.end };
			}
		} else if (dateKeys.includes(field.key) && field.valueSpan.start < field.valueSpan.end && rangeHolds(field.valueSpan, offset)) {
			const date = readDateValue(field.value);
			if (date !== undefined) {
				return { kind: 'date', key: field.key, date, days: daysBetween(today, date), ...field.valueSpan };
			}
		}
	}
	return undefined;
}
