import type { ChallengeArea } from '../model/areas';
import { addDays } from '../model/dates';
import { entryFileName, slugify } from '../model/slug';
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

/** The values a template can use for a new entry. */
function entryVariables(request: NewEntryRequest): TemplateVariables {
	const moment = momentVariables(request.now);
	return {
		...moment,
		title: request.title.trim(),
		area: request.area.id,
		areaName: request.area.name,
		folder: request.folder,
		review: addDays(moment.date, request.area.reviewAfterDays),
	};
}

/**
 * Plans the file for a new entry: where it goes, what it holds, and where the cursor starts; `extra`
 * adds template variables, and `block` a block of markdown at its variable or after the intro.
 */
export function planNewEntry(request: NewEntryRequest, template: string, extra: TemplateVariables = {}, block?: TemplateBlock): NewEntryPlan {
	const variables = { ...entryVariables(request), ...extra };
	const rendered = block ? renderWithBlock(template, variables, block) : renderTemplate(template, variables);
	const date = variables.date;
	return {
		...rendered,
		folderSegments: [date.slice(0, 4)],
		*fileNames() {
			for (let attempt = 1; attempt <= maxNameAttempts; attempt++) {
				yield entryFileName(date, variables.title, attempt);
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
