import type { CommitmentGrouping, OpenCommitment } from '../../core/followThrough/commitmentGroups';

/** A group of the Commitments view: a due-date group, an owner or an area. */
export interface CommitmentGroupNode {
	/** Discriminates the node kinds. */
	readonly kind: 'group';
	/** How the view groups now. */
	readonly grouping: CommitmentGrouping;
	/** The group's key: a due group, an owner, an area id, or `''` for none. */
	readonly key: string;
}

/** One open commitment. */
export interface CommitmentItemNode {
	/** Discriminates the node kinds. */
	readonly kind: 'item';
	/** The group it is shown under. */
	readonly key: string;
	/** The commitment and its entry. */
	readonly item: OpenCommitment;
}

/** The "show more" row at the end of a long group. */
export interface CommitmentMoreNode {
	/** Discriminates the node kinds. */
	readonly kind: 'more';
	/** The group that has more items. */
	readonly key: string;
	/** How many items are not shown yet. */
	readonly hidden: number;
}

/** Any node of the Commitments view. */
export type CommitmentNode = CommitmentGroupNode | CommitmentItemNode | CommitmentMoreNode;
