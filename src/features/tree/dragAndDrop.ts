import * as vscode from 'vscode';
import type { AreaCatalog } from '../../core/model/areas';
import { areaKeyOf, droppedAreas } from '../../core/editing/areaMove';
import { parseHeader } from '../../core/text/header';
import { withKnownKeys } from '../../core/text/headerValues';
import { viewIds } from '../../ids';
import { setHeaderKeys } from '../../adapters/textEdits';
import type { ChallengeNode, EntryNode } from './challengeNodes';

const mimeType = `application/vnd.code.tree.${viewIds.challenges.toLowerCase()}`;

/**
 * Drag and drop in the Challenges tree: dropping entries on an area (or on an entry under it)
 * changes their areas. Dragged from an area, an entry moves to the new one; dragged from any
 * other group, the area is added. VS Code does not tell extensions which keys are held during a
 * drop, so where the entry was dragged from decides.
 */
export class ChallengesDragAndDrop implements vscode.TreeDragAndDropController<ChallengeNode> {
	readonly dragMimeTypes = [mimeType];
	readonly dropMimeTypes = [mimeType];

	constructor(private readonly catalog: () => AreaCatalog) { }

	handleDrag(source: readonly ChallengeNode[], dataTransfer: vscode.DataTransfer): void {
		const entries = source.filter((node): node is EntryNode => node.kind === 'entry' && !node.entry.problem);
		if (entries.length > 0) {
			dataTransfer.set(mimeType, new vscode.DataTransferItem(entries));
		}
	}

	async handleDrop(target: ChallengeNode | undefined, dataTransfer: vscode.DataTransfer): Promise<void> {
		const catalog = this.catalog();
		const area = target && catalog.get(target.group);
		const dragged = dataTransfer.get(mimeType)?.value as readonly EntryNode[] | undefined;
		if (!area || !dragged) {
			return;
		}
		for (const node of dragged) {
			await dropEntry(node, area.id, catalog);
		}
	}
}

/** Moves or adds one dropped entry to `areaId`, editing only its areas key. */
export async function dropEntry(node: EntryNode, areaId: string, catalog: AreaCatalog): Promise<boolean> {
	const uri = vscode.Uri.parse(node.entry.uri, true);
	const from = catalog.has(node.group) ? node.group : undefined;
	const areas = droppedAreas(node.entry.areas, from, areaId, area => catalog.has(area));
	if (areas.length === node.entry.areas.length && areas.every((area, at) => area === node.entry.areas[at])) {
		return true;
	}
	const text = (await vscode.workspace.openTextDocument(uri)).getText();
	return setHeaderKeys(uri, { [areaKeyOf(withKnownKeys(parseHeader(text).data))]: areas });
}
