import { addDays, type IsoDate } from '../model/dates';
import { entryFileName } from '../model/slug';
import { isSafePlainString } from '../text/simpleYaml';
import { rosterFileName } from '../model/journalFolder';

/** The sample's roster: who runs what, and how often to be in touch. */
const sampleRoster = [
	'---',
	'title: People',
	'areas: [key-people]',
	'roster:',
	'  - name: Ana Ruiz',
	'    role: Staff engineer',
	'    team: Platform',
	'    site: Madrid',
	'    timezone: Europe/Madrid',
	'    cadence: 14',
	'    runs: [deploy pipeline]',
	'    backup: [on-call rota]',
	'  - name: Tomas Novak',
	'    handle: tomas',
	'    aliases: [Tomas]',
	'    role: Billing engineer',
	'    team: Billing',
	'    site: Prague',
	'    timezone: Europe/Prague',
	'    runs: [month-end invoice run, tariff tables]',
	'  - name: Noor Haddad',
	'    team: Billing',
	'    site: Amman',
	'    timezone: Asia/Amman',
	'    runs: [on-call rota]',
	'teams:',
	'  - name: Billing',
	'    cadence: 30',
	'---',
	'',
	'# People',
	'',
	'Who runs what, and how often to be in touch: the People view reads this roster.',
	'',
].join('\n');

/** One file of the sample journal: where it goes below the journal folder, and its text. */
export interface SampleFile {
	/** Folder segments and file name, e.g. `['2026', '2026-11-02-…md']`. */
	readonly path: readonly string[];
	/** The file's text. */
	readonly text: string;
}

interface SampleEntry {
	readonly daysAgo: number;
	readonly title: string;
	readonly header: readonly string[];
	readonly body: string;
	/** A quote under the title, such as a phase's link to its program. */
	readonly intro?: string;
}

const programTitle = 'Take over the Harbor analytics team';

/**
 * A takeover program at its third phase: the program entry with its targets, due diligence and day
 * one closed with their after-action reviews, and days 1–30 under way.
 */
function takeoverProgram(day: (offset: number) => IsoDate): SampleEntry[] {
	const parentDate = day(-45);
	const parentPath = `${parentDate.slice(0, 4)}/${entryFileName(parentDate, programTitle)}`;
	const link = `[${programTitle}](../${parentPath})`;
	const phase = (id: string) => [`program: ${parentPath}`, `phase: ${id}`];
	const intro = (number: number) => `Phase ${number} of 6 of ${link}.`;
	const review = (name: string, date: IsoDate, target: string) => `## After-action review: ${name}, ${date}

### How had you defined success for this phase before it began?

${target}

### What actually happened, step by step?

As planned, with one surprise: the data contracts of two customers name Harbor, not us.

## Against the program's targets

### Target "All 11 analysts still with us at day 100": where does it stand now?

All 11, and Mia has asked to lead the first joint project.
`;
	return [
		{
			daysAgo: 45, title: programTitle,
			header: ['areas: [takeover]', 'tags: [program]', 'status: implementing', 'programTemplate: takeover', 'phases: [due-diligence, day-one, days-1-30, days-31-60, days-61-100, twelve-months]', 'people: [Mia Okafor]'],
			body: `## Thesis

### What is the core reason for this takeover, in one sentence both sides could hear?

Harbor's analysts turn our shipment data into forecasts our customers will pay for.

## Targets

### What must be true at day 100?

- All 11 analysts still with us at day 100
- Forecasts live for three customers

### What must be true after twelve months?

- Forecasting adds 600,000 euros of annual revenue
`,
		},
		{
			daysAgo: 45, title: `${programTitle}: Due diligence`, intro: intro(1),
			header: ['areas: [takeover]', 'status: closed', `closed: ${day(-15)}`, ...phase('due-diligence'), `review: ${day(-15)}`],
			body: `## What you know

### What does the thesis of this takeover depend on that you have not yet seen evidence for?

That customers let us use their data for forecasts.

${review('Due diligence', day(-15), 'Every customer contract read, and no analyst surprised by the news.')}`,
		},
		{
			daysAgo: 15, title: `${programTitle}: Day one`, intro: intro(2),
			header: ['areas: [takeover]', 'status: closed', `closed: ${day(-14)}`, ...phase('day-one'), `review: ${day(-14)}`],
			body: `## The message

### What will each group hear on day one about why this is happening?

We bought Harbor for its people and its forecasts; the team stays together in Rotterdam.

${review('Day one', day(-14), 'Both teams hear the same reasons on the same morning.')}`,
		},
		{
			daysAgo: 14, title: `${programTitle}: Days 1–30`, intro: intro(3),
			header: ['areas: [takeover]', 'status: exploring', ...phase('days-1-30'), `review: ${day(16)}`, 'people: [Mia Okafor]'],
			body: `## People

### Which named people have you met in person so far?

Mia, and four of the eleven analysts.

### What would make each key person leave?

## Commitments

- [ ] Meet the other seven analysts one to one @me due:${day(5)}
- [ ] Ask two customers to let us use their data for forecasts @mia due:${day(12)}
`,
		},
	];
}

/**
 * A small journal for trying the extension: entries in several areas and stages, answered
 * questions, a decision with its confidence, open, overdue and done commitments, a review that is
 * due, and a takeover program at its third phase, all dated relative to `today` so that every view
 * has something to show.
 */
export function sampleJournal(today: IsoDate): SampleFile[] {
	const day = (offset: number) => addDays(today, offset);
	const entries: SampleEntry[] = [
		...takeoverProgram(day),
		{
			daysAgo: 2, title: 'Hire a platform lead',
			header: ['areas: [hiring]', 'tags: [platform]', 'status: exploring', `review: ${day(28)}`, 'people: [Ana Ruiz]'],
			body: `## Goal\n\n### What must the person in this role have achieved twelve months from now?\n\nA platform the product teams trust: deploys in minutes, one on-call rotation, and a roadmap the teams helped write.\n\n### Which skills are essential on day one, and which can be learned?\n\n## Reality\n\n### What would a wrong hire here cost you?\n\n## Commitments\n\n- [ ] Write the scorecard with Ana @me due:${day(5)}\n- [ ] Ask three staff engineers for referrals @ana due:${day(9)}\n`,
		},
		{
			daysAgo: 20, title: 'Win back two mornings a week',
			header: ['areas: [schedule]', 'tags: [focus]', 'status: implementing', `decided: ${day(-15)}`, 'confidence: 70', `review: ${day(-1)}`],
			body: `## Decision\n\n### Options considered\n\nDecline more meetings; delegate the weekly delivery review; block focus time.\n\n### My choice\n\nBlock Tuesday and Thursday mornings, and replace the delivery review with a written update.\n\n### Expected outcome\n\nSix more hours a week for strategy work within a month.\n\n### Confidence (0–100)\n\n70\n\n## Commitments\n\n- [x] Block the two mornings in the calendar @me due:${day(-14)} done:${day(-15)}\n- [ ] Agree the written update format with the leads @me due:${day(-3)}\n`,
		},
		{
			daysAgo: 35, title: 'Make billing more than a one-person job',
			header: ['areas: [key-people]', 'tags: [billing, risk]', 'status: decided', `decided: ${day(-30)}`, 'confidence: 80', `review: ${day(12)}`, 'people: [Tomas]'],
			body: `## Reality\n\n### Who alone knows how the system works, and what happens if they leave?\n\nOnly Tomas can run the month-end invoice run. Nobody else has the admin rights.\n\n## Commitments\n\n- [x] Give Noor admin rights on the billing schema @tomas due:${day(-25)} done:${day(-24)}\n- [ ] Run the next invoice run with Tomas watching, not doing @noor due:${day(16)}\n`,
		},
		{
			daysAgo: 80, title: 'Integrate the acquired routing team',
			header: ['areas: [takeover, distributed-team]', 'tags: [integration]', 'status: closed', `decided: ${day(-75)}`, `closed: ${day(-20)}`, 'confidence: 65', 'outcome: as-expected'],
			body: `## Way forward\n\n### What will the first 90 days look like?\n\nMeet every engineer one to one in the first two weeks; keep their release process until it has been understood.\n\n## Return on the effort\n\n### Baseline: where are we today?\n\nTwo teams, two roadmaps, no shared on-call.\n\n### Target: where should we be?\n\nOne roadmap and one on-call rotation within a quarter.\n`,
		},
		{
			daysAgo: 17, title: 'One-to-one with Ana Ruiz',
			header: ['areas: [general]', 'tags: [one-to-one]', 'people: [Ana Ruiz]'],
			body: `## Questions for the conversation\n\n### What would be most useful for us to talk about today?\n\nThe platform lead role, and whether she wants to be on the panel.\n\n### Would she mentor the new lead?\n\n## Commitments\n\n- [ ] Share the draft role description @me due:${day(-10)}\n- [ ] Ask Noor whether she wants the on-call lead role @noor\n`,
		},
		{
			daysAgo: 8, title: 'Share the late calls fairly across time zones',
			header: ['areas: [distributed-team]', 'tags: [time-zones]', 'status: reviewing', `decided: ${day(-6)}`, `review: ${day(-2)}`],
			body: `## Options\n\n### Which meetings could become written updates?\n\nThe Monday planning call, if the agenda goes out on Friday.\n\n## Commitments\n\n- [ ] Rotate the call time every month @me due:${day(6)}\n`,
		},
	];
	return [...entries.map(entry => {
		const date = day(-entry.daysAgo);
		const title = isSafePlainString(entry.title) ? entry.title : JSON.stringify(entry.title);
		const text = ['---', `title: ${title}`, `date: ${date}`, ...entry.header, '---', '', `# ${entry.title}`, '', ...entry.intro === undefined ? [] : [`> ${entry.intro}`, ''], entry.body].join('\n');
		return { path: [date.slice(0, 4), entry.title.startsWith('One-to-one with ') ? `${date}-one-to-one-ana.md` : entryFileName(date, entry.title)], text };
	}), { path: [rosterFileName], text: sampleRoster }];
}
