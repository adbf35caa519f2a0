import type { OpenCommitment } from '../../core/followThrough/commitmentGroups';
import type { EntrySummary } from '../../core/model/entry';
import type { LoneProcess, SoleRunner } from '../../core/people/keyPeople';
import type { ContactDue, PersonSummary } from '../../core/people/personSummary';

/** The parts of a person the People view shows under them. */
export type PersonSection = 'iOwe' | 'theyOwe' | 'decisions' | 'entries';

/** Any node of the People view. */
export type PeopleNode =
	/** Contact due: who is past their cadence. */
	| { readonly kind: 'contactDueGroup' }
	/** One person past their cadence. */
	| { readonly kind: 'contactDue'; readonly due: ContactDue }
	/** Single points of failure: the roster's lone processes and sole runners. */
	| { readonly kind: 'singlePointsGroup' }
	/** A process only one person can run. */
	| { readonly kind: 'loneProcess'; readonly lone: LoneProcess }
	/** Someone who alone runs two or more processes. */
	| { readonly kind: 'soleRunner'; readonly runner: SoleRunner }
	/** A person. */
	| { readonly kind: 'person'; readonly summary: PersonSummary }
	/** One part of a person: what I owe, what they owe, decisions, entries. */
	| { readonly kind: 'section'; readonly summary: PersonSummary; readonly section: PersonSection }
	/** An open commitment under a person. */
	| { readonly kind: 'commitment'; readonly key: string; readonly section: PersonSection; readonly item: OpenCommitment }
	/** An entry under a person. */
	| { readonly kind: 'entry'; readonly key: string; readonly section: PersonSection; readonly entry: EntrySummary };
