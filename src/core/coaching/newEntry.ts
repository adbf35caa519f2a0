import { reviewDays, type ChallengeArea } from '../model/areas';
import { addDays } from '../model/dates';
import { entryFileName, slugify } from '../model/slug';
import { splitHeader } from '../text/header';
import { momentVariables, renderTemplate, renderWithBlock, type RenderedTemplate, type TemplateBlock, type TemplateVariables } from './template';

/** What the user chose for a new entry. */
export interface NewEntryRequest {
	/** The title the user typed. */
	readonly title: string;
	/** The chosen challenge area. */
	readonly area: ChallengeArea;
	/** The moment of creation; its local date names the file. */
	readonly now: Date;
	/** The journal folder relative to the workspace folder, e.g. `journal` (the `{{folder}}` variable). */
	readonly folder: string;
}

/** A new entry, ready to be written. */
export interface NewEntryPlan extends RenderedTemplate {
	/** Folder segments below the journal folder: the year. */
	readonly folderSegments: readonly string[];
	/** File names to try in order; the first that does not exist is used. */
	fileNames(): Iterable<string>;
}

/** Most name collisions tried before giving up; only a runaway loop gets near it. */
const maxNameAttempts = 1000;

/** The review dates of a new entry in `area` dated `date`: one per day of its schedule, else one after `reviewAfterDays`. */
export function newEntryReviewDates(area: ChallengeArea, date: string): string[] {
	return reviewDays(area).map(days => addDays(date, days));
}

/**
 * The values a template can use for a new entry. `reviews` holds every review date of the area's
 * schedule (`reviews: [{{reviews}}]`); `review` the first of them.
 */
function entryVariables(request: NewEntryRequest) {
	const moment = momentVariables(request.now);
	const reviews = newEntryReviewDates(request.area, moment.date);
	return {
		...moment,
		title: request.title.trim(),
		area: request.area.id,
		areaName: request.area.name,
		folder: request.folder,
		review: reviews[0],
		reviews,
	};
}

const singleReviewLine = /^review:[ \t]*\{\{\s*review\s*\}\}[ \t]*(?=\r?$)/m;
const reviewsVariable = /\{\{\s*reviews\s*\}\}/;

/**
 * A template for an area with a review schedule: a header line `review: {{review}}` becomes
 * `reviews: [{{reviews}}]`, unless the template already uses `{{reviews}}`, so that a template
 * written for one review date (the general one, or one customized before schedules) gets them all.
 */
export function withReviewSchedule(template: string, area: ChallengeArea): string {
	if (!area.reviewSchedule || area.reviewSchedule.length === 0 || reviewsVariable.test(template)) {
		return template;
	}
	const headerEnd = splitHeader(template).bodyOffset;
	const line = singleReviewLine.exec(template.slice(0, headerEnd));
	return line ? `${template.slice(0, line.index)}reviews: [{{reviews}}]${template.slice(line.index + line[0].length)}` : template;
}

/**
 * Plans the file for a new entry: where it goes, what it holds, and where the cursor starts; `extra`
 * adds template variables, and `block` a block of markdown at its variable or after the intro. An
 * area with a review schedule gets every date ({@link withReviewSchedule}).
 */
export function planNewEntry(request: NewEntryRequest, template: string, extra: TemplateVariables = {}, block?: TemplateBlock): NewEntryPlan {
	const own = entryVariables(request);
	const scheduled = withReviewSchedule(template, request.area);
	const variables = { ...own, ...extra };
	const rendered = block ? renderWithBlock(scheduled, variables, block) : renderTemplate(scheduled, variables);
	const date = own.date;
	return {
		...rendered,
		folderSegments: [date.slice(0, 4)],
		*fileNames() {
			for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
				yield entryFileName(date, own.title, attempt);
			}
		},
	};
}

/** Plans an entry with one fixed name, `<date>-<name>.md`, for entries there is one of per period, like a check-in. */
export function planFixedEntry(rendered: RenderedTemplate, date: string, name: string): NewEntryPlan {
	return {
		...rendered,
		folderSegments: [date.slice(0, 4)],
		*fileNames() {
			yield `${date}-${slugify(name)}.md`;
		},
	};
}
