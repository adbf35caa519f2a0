import type * as vscode from 'vscode';
import type { Depth } from '../core/coaching/depth';

/** Where the depth chosen last is kept, per area, across workspaces. */
const keyPrefix = 'leadershipJournal.depth.';

/** The depth (quick or full) the user chose last for each area, in New Entry and Think It Through. */
export class DepthMemory {
	constructor(private readonly state: vscode.Memento) { }

	/** The depth chosen last for `areaId`, if any. */
	get(areaId: string): Depth | undefined {
		const value = this.state.get<unknown>(keyPrefix + areaId);
		return value === 'quick' || value === 'full' ? value : undefined;
	}

	/** Remembers `depth` for `areaId`. */
	async set(areaId: string, depth: Depth): Promise<void> {
		await this.state.update(keyPrefix + areaId, depth);
	}
}
