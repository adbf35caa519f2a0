import type { LeadershipJournalApi } from '../../src/extension';
import type { ChallengeNode } from '../../src/features/tree/challengeNodes';

/**
 * The Challenges tree as text: `Group (description)` roots, each followed by its entries' `  label | description`.
 * No Node API here, so the web-worker tests use it too.
 */
export function treeText(api: LeadershipJournalApi): string[] {
	const tree = api.challengesTree;
	const rows: string[] = [];
	for (const root of tree.getChildren() as ChallengeNode[]) {
		const item = tree.getTreeItem(root);
		rows.push(`${String(item.label)} (${String(item.description)})`);
		for (const child of tree.getChildren(root) as ChallengeNode[]) {
			const childItem = tree.getTreeItem(child);
			rows.push(`  ${String(childItem.label)} | ${String(childItem.description)}`);
		}
	}
	return rows;
}
