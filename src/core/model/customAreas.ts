import { builtInAreas, type ChallengeArea } from './areas';

/** Why one item of the `customAreas` setting was left out. */
export type CustomAreaProblemCode =
	/** The item is not an object. */
	| 'notAnObject'
	/** `id` is missing or not lower-case letters, digits and dashes. */
	| 'badId'
	/** `id` names a built-in area. */
	| 'builtInId'
	/** Another item already uses `id`. */
	| 'duplicateId'
	/** `name` is missing or empty. */
	| 'missingName'
	/** `icon` is not a codicon id. */
	| 'badIcon'
	/** `template` is not a relative `.md` path inside the templates folder. */
	| 'badTemplate'
	/** `reviewAfterDays` is not a whole number from 1 to 3650. */
	| 'badReviewAfterDays'
	/** `reviewSchedule` is not a list of 1 to 12 whole numbers from 1 to 3650. */
	| 'badReviewSchedule'
	/** `description` is not text. */
	| 'badDescription';

/** One item of the setting that was left out, and why. */
export interface CustomAreaProblem {
	/** Zero-based position of the item in the setting's list. */
	readonly index: number;
	/** The item's `id`, when it has a usable one. */
	readonly id?: string;
	/** What is wrong. */
	readonly code: CustomAreaProblemCode;
}

/** The custom areas that are usable, and the items left out. */
export interface CustomAreasReading {
	/** The good items, in the order written. */
	readonly areas: readonly ChallengeArea[];
	/** The bad items; the good ones work regardless. */
	readonly problems: readonly CustomAreaProblem[];
	/** Set when the setting as a whole is not a list. */
	readonly notAList?: boolean;
}

const idPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;
const iconPattern = /^[a-z0-9][a-z0-9-]*(~[a-z]+)?$/;
const defaultIcon = 'tag';
const defaultReviewAfterDays = 30;
/** Most review dates a schedule may hold. */
export const maxScheduledReviews = 12;

function isDayCount(value: unknown): value is number {
	return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 3650;
}

/** A `reviewSchedule` value read: its days ascending, each once; `undefined` when it is not 1 to 12 whole numbers from 1 to 3650. */
export function readReviewSchedule(value: unknown): number[] | undefined {
	if (!Array.isArray(value) || value.length === 0 || value.length > maxScheduledReviews || !value.every(isDayCount)) {
		return undefined;
	}
	return [...new Set(value)].sort((a, b) => a - b);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A template path that stays inside the templates folder, as segments; `undefined` when it does not. */
export function templatePathSegments(path: string): string[] | undefined {
	const segments = path.split(/[/\\]+/).filter(segment => segment !== '' && segment !== '.');
	const safe = segments.length > 0 && !/^([/\\]|[A-Za-z]:|~)/.test(path)
		&& segments.every(segment => segment !== '..') && /\.md$/i.test(path);
	return safe ? segments : undefined;
}

/** One item read, or the code of the first thing wrong with it. */
function readItem(item: Record<string, unknown>, id: string): ChallengeArea | CustomAreaProblemCode {
	const { name, description, icon, template, reviewAfterDays, reviewSchedule } = item;
	if (typeof name !== 'string' || name.trim() === '') {
		return 'missingName';
	}
	if (description !== undefined && typeof description !== 'string') {
		return 'badDescription';
	}
	if (icon !== undefined && (typeof icon !== 'string' || !iconPattern.test(icon))) {
		return 'badIcon';
	}
	if (template !== undefined && (typeof template !== 'string' || !templatePathSegments(template))) {
		return 'badTemplate';
	}
	if (reviewAfterDays !== undefined && !isDayCount(reviewAfterDays)) {
		return 'badReviewAfterDays';
	}
	const schedule = reviewSchedule === undefined ? undefined : readReviewSchedule(reviewSchedule);
	if (reviewSchedule !== undefined && schedule === undefined) {
		return 'badReviewSchedule';
	}
	return {
		id,
		name: name.trim(),
		description: typeof description === 'string' ? description.trim() : '',
		icon: typeof icon === 'string' ? icon : defaultIcon,
		reviewAfterDays: typeof reviewAfterDays === 'number' ? reviewAfterDays : defaultReviewAfterDays,
		...(typeof template === 'string' ? { template } : {}),
		...(schedule ? { reviewSchedule: schedule } : {}),
	};
}

/**
 * Reads the `customAreas` setting: a list of `{ id, name, description?, icon?, template?, reviewAfterDays?, reviewSchedule? }`.
 * Each bad item is reported and left out; the good ones are kept.
 */
export function readCustomAreas(setting: unknown): CustomAreasReading {
	if (setting === undefined || setting === null) {
		return { areas: [], problems: [] };
	}
	if (!Array.isArray(setting)) {
		return { areas: [], problems: [], notAList: true };
	}
	const taken = new Set(builtInAreas.map(area => area.id));
	const builtIn = new Set(taken);
	const areas: ChallengeArea[] = [];
	const problems: CustomAreaProblem[] = [];
	setting.forEach((item: unknown, index) => {
		if (!isRecord(item)) {
			problems.push({ index, code: 'notAnObject' });
			return;
		}
		const id = typeof item.id === 'string' ? item.id.trim() : '';
		if (!idPattern.test(id)) {
			problems.push({ index, ...(id ? { id } : {}), code: 'badId' });
			return;
		}
		if (taken.has(id)) {
			problems.push({ index, id, code: builtIn.has(id) ? 'builtInId' : 'duplicateId' });
			return;
		}
		const area = readItem(item, id);
		if (typeof area === 'string') {
			problems.push({ index, id, code: area });
			return;
		}
		taken.add(id);
		areas.push(area);
	});
	return { areas, problems };
}
