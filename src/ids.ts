/**
 * Every identifier the extension shares with package.json, in one place.
 * The manifest test checks that package.json declares exactly these.
 */

/** Command ids. */
export const commandIds = {
	newEntry: 'leadershipJournal.newEntry',
	refresh: 'leadershipJournal.refresh',
	showMore: 'leadershipJournal.showMore',
	thinkItThrough: 'leadershipJournal.thinkItThrough',
	nextQuestion: 'leadershipJournal.nextUnansweredQuestion',
	insertQuestions: 'leadershipJournal.insertCoachingQuestions',
	customizeTemplate: 'leadershipJournal.customizeTemplate',
	checkIn: 'leadershipJournal.todaysCheckIn',
	setStatus: 'leadershipJournal.setStatus',
	scheduleReview: 'leadershipJournal.scheduleReview',
	reviewEntry: 'leadershipJournal.reviewEntry',
	groupBy: 'leadershipJournal.groupBy',
	showReviewsDue: 'leadershipJournal.showReviewsDue',
	markCommitmentDone: 'leadershipJournal.markCommitmentDone',
	showMoreCommitments: 'leadershipJournal.showMoreCommitments',
	groupCommitmentsBy: 'leadershipJournal.groupCommitmentsBy',
	weeklyReview: 'leadershipJournal.weeklyReview',
	monthlyReview: 'leadershipJournal.monthlyReview',
	quarterlyReview: 'leadershipJournal.quarterlyReview',
	showInsights: 'leadershipJournal.showInsights',
	exportInsightsReport: 'leadershipJournal.exportInsightsReport',
	sortBy: 'leadershipJournal.sortBy',
	filter: 'leadershipJournal.filter',
	clearFilter: 'leadershipJournal.clearFilter',
	searchEntries: 'leadershipJournal.searchEntries',
	openToSide: 'leadershipJournal.openToSide',
	revealInExplorer: 'leadershipJournal.revealInExplorer',
	copyLink: 'leadershipJournal.copyLink',
	renameTitle: 'leadershipJournal.renameTitle',
	addCustomArea: 'leadershipJournal.addCustomArea',
} as const;

/** View container and view ids. */
export const viewIds = {
	container: 'leadershipJournal',
	challenges: 'leadershipJournal.challenges',
	commitments: 'leadershipJournal.commitments',
	insightsPanel: 'leadershipJournal.insights',
} as const;

/** The configuration section; settings are `leadershipJournal.<key>`. */
export const settingsSection = 'leadershipJournal';

/** Setting keys, relative to {@link settingsSection}. */
export const settingKeys = {
	folder: 'folder',
	templatesFolder: 'templatesFolder',
	customAreas: 'customAreas',
	reviewReminders: 'reviewReminders',
	fiscalYearStartMonth: 'fiscalYearStartMonth',
	staleAfterDays: 'staleAfterDays',
} as const;

/** Context keys set with `setContext`, used in `when` clauses. */
export const contextKeys = {
	journalState: 'leadershipJournal.journalState',
	filterActive: 'leadershipJournal.filterActive',
} as const;

/** Values of {@link contextKeys.journalState}. */
export type JournalState = 'noWorkspace' | 'loading' | 'empty' | 'ready';
