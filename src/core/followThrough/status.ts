import type { IsoDate } from '../model/dates';
import { entryStatuses, type EntrySummary, type EntryStatus } from '../model/entry';
import type { HeaderValue } from '../text/headerEdit';

/** Whether `status` is one of the lifecycle's statuses. */
export function isEntryStatus(status: string | undefined): status is EntryStatus {
	return (entryStatuses as readonly (string | undefined)[]).includes(status);
}

/** The status that naturally follows `status`, for offering it first; `undefined` after `closed`. */
export function nextStatus(status: string | undefined): EntryStatus | undefined {
	if (!isEntryStatus(status)) {
		return 'exploring';
	}
	return entryStatuses[entryStatuses.indexOf(status) + 1];
}

/**
 * The header keys to write when an entry moves to `to` on `today`. Besides `status`, the lifecycle
 * keeps two dates that Insights needs: `decided`, the first day the entry was past exploring, and
 * `closed`, the day it was closed. Each is written only when that day is today: when the entry
 * leaves exploring (or no status) now, and when it is closed now from a status known to be open.
 * A date that was never recorded stays absent rather than made up. Moving back removes the dates
 * that no longer hold.
 */
export function statusChange(entry: Pick<EntrySummary, 'status' | 'decided' | 'closed'>, to: EntryStatus, today: IsoDate): Record<string, HeaderValue> {
	const values: Record<string, HeaderValue> = { status: to };
	const from = entry.status;
	if (to === 'exploring') {
		if (entry.decided !== undefined) {
			values.decided = null;
		}
	} else if (entry.decided === undefined && (from === undefined || from === 'exploring')) {
		values.decided = today;
	}
	if (to !== 'closed') {
		if (entry.closed !== undefined) {
			values.closed = null;
		}
	} else if (from === 'closed') {
		if (entry.closed !== undefined) {
			values.closed = entry.closed;
		}
	} else if (from === undefined || isEntryStatus(from)) {
		values.closed = today;
	}
	return values;
}
