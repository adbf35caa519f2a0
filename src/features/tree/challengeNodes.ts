import type { EntrySummary } from '../../core/entry';

/** A root of the Challenges tree: an area, "Unsorted" or "Needs attention". */
export interface GroupNode {
	readonly kind: 'group';
	/** An area id, or one of the special group ids of the index. */
	readonly group: string;
}

/** An entry shown under one group; the same entry may appear under several. */
export interface EntryNode {
	readonly kind: 'entry';
	readonly group: string;
	readonly entry: EntrySummary;
}

/** The "show more" row at the end of a long group. */
export interface MoreNode {
	readonly kind: 'more';
	readonly group: string;
	/** How many entries of the group are not shown yet. */
	readonly hidden: number;
}

/** Any node of the Challenges tree. */
export type ChallengeNode = GroupNode | EntryNode | MoreNode;
