import type { EntrySummary } from '../../core/model/entry';

/** A root of the Challenges tree: an area, "Unsorted" or "Needs attention". */
export interface GroupNode {
	/** Discriminates the node kinds. */
	readonly kind: 'group';
	/** An area id, or one of the special group ids of the index. */
	readonly group: string;
}

/** An entry shown under one group; the same entry may appear under several. */
export interface EntryNode {
	/** Discriminates the node kinds. */
	readonly kind: 'entry';
	/** The group this appearance of the entry is under. */
	readonly group: string;
	/** The entry shown. */
	readonly entry: EntrySummary;
	/** For an earlier entry of a thread, the URI of the entry that ends the thread it is shown in. */
	readonly within?: string;
}

/** The "show more" row at the end of a long group. */
export interface MoreNode {
	/** Discriminates the node kinds. */
	readonly kind: 'more';
	/** The group that has more entries. */
	readonly group: string;
	/** How many entries of the group are not shown yet. */
	readonly hidden: number;
}

/** Any node of the Challenges tree. */
export type ChallengeNode = GroupNode | EntryNode | MoreNode;
