import { areaKeys } from '../text/headerValues';

/**
 * The areas of an entry dropped on `to`: dragged from one of its areas (`from`), the entry moves
 * from that area to `to`; dragged from anywhere else (a status, a month, "Unsorted"…), `to` is added,
 * except that an entry with no known area gets `to` in place of its unknown ids.
 */
export function droppedAreas(areas: readonly string[], from: string | undefined, to: string, isKnown: (area: string) => boolean): string[] {
	if (from !== undefined && areas.includes(from)) {
		return [...new Set(areas.map(area => (area === from ? to : area)))];
	}
	if (!areas.some(isKnown)) {
		return [to];
	}
	return areas.includes(to) ? [...areas] : [...areas, to];
}

/** The header key that holds an entry's areas: the first of `areas`, `area`, `challenges`, `challenge` present, else `areas`. */
export function areaKeyOf(header: Readonly<Record<string, unknown>>): string {
	return areaKeys.find(key => key in header) ?? 'areas';
}
