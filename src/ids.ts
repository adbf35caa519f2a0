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
	resumeThinkItThrough: 'leadershipJournal.resumeThinkItThrough',
	insertQuestions: 'leadershipJournal.insertCoachingQuestions',
	customizeTemplate: 'leadershipJournal.customizeTemplate',
	checkIn: 'leadershipJournal.todaysCheckIn',
	setStatus: 'leadershipJournal.setStatus',
	scheduleReview: 'leadershipJournal.scheduleReview',
	reviewEntry: 'leadershipJournal.reviewEntry',
	continueChallenge: 'leadershipJournal.continueChallenge',
	pickContinued: 'leadershipJournal.pickContinuedEntry',
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
	trySampleJournal: 'leadershipJournal.trySampleJournal',
	startProgram: 'leadershipJournal.startProgram',
	closePhase: 'leadershipJournal.closePhase',
	toggleSafeScreen: 'leadershipJournal.toggleSafeScreen',
	markConfidential: 'leadershipJournal.markConfidential',
	unmarkConfidential: 'leadershipJournal.unmarkConfidential',
	prepareCoachingSession: 'leadershipJournal.prepareCoachingSession',
	prepareOneToOne: 'leadershipJournal.prepareOneToOne',
	addToRoster: 'leadershipJournal.addToRoster',
	openRoster: 'leadershipJournal.openRoster',
	compareWithOriginal: 'leadershipJournal.compareWithOriginal',
	keepThisCopy: 'leadershipJournal.keepThisCopy',
	discardThisCopy: 'leadershipJournal.discardThisCopy',
	syncJournal: 'leadershipJournal.syncJournal',
} as const;

/** View container and view ids. */
export const viewIds = {
	container: 'leadershipJournal',
	challenges: 'leadershipJournal.challenges',
	commitments: 'leadershipJournal.commitments',
	people: 'leadershipJournal.people',
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
	probes: 'probes',
	earlierInArea: 'earlierInArea',
	confidentialAreas: 'confidentialAreas',
	confidentialTags: 'confidentialTags',
	safeScreenAtStartup: 'safeScreenAtStartup',
	redactNames: 'redactNames',
	contactReminders: 'contactReminders',
	titleFrom: 'titleFrom',
	bodyTags: 'bodyTags',
	areaMapping: 'areaMapping',
	syncEveryMinutes: 'syncEveryMinutes',
} as const;

/** Context keys set with `setContext`, used in `when` clauses. */
export const contextKeys = {
	journalState: 'leadershipJournal.journalState',
	filterActive: 'leadershipJournal.filterActive',
	/** Set when the user has created an entry; completes the walkthrough's first step. */
	didNewEntry: 'leadershipJournal.did.newEntry',
	/** Set when a guided session wrote an answer. */
	didThinkItThrough: 'leadershipJournal.did.thinkItThrough',
	/** Set while a Think It Through session waits for an answer written in the editor. */
	sessionWaiting: 'leadershipJournal.sessionWaiting',
	/** Set when an entry's status became `decided`. */
	didDecide: 'leadershipJournal.did.decide',
	/** Set when a review date was scheduled. */
	didScheduleReview: 'leadershipJournal.did.scheduleReview',
	/** Set when a weekly review was opened or created. */
	didWeeklyReview: 'leadershipJournal.did.weeklyReview',
	/** Set while the safe screen is on: the views show no names. */
	safeScreen: 'leadershipJournal.safeScreen',
	/** Set when the sample journal was created. */
	didSampleJournal: 'leadershipJournal.did.sampleJournal',
} as const;

/** The context keys that record a walkthrough step done by a real action. */
export type WalkthroughStepKey = typeof contextKeys[Extract<keyof typeof contextKeys, `did${string}`>];

/** Values of {@link contextKeys.journalState}. */
export type JournalState = 'noWorkspace' | 'loading' | 'empty' | 'ready';
