import * as vscode from 'vscode';
import type { JournalIndex } from '../core/index/journalIndex';
import { Threads } from '../core/index/threads';
import { ProgramMembers } from '../core/programs/programMembers';
import type { EntrySummary } from '../core/model/entry';
import type { JournalRoots } from './journalRoots';

/**
 * The journal's threads and programs, as the index holds them now: built again, on demand, after the
 * index changed. `continues:` and `program:` paths are read from each entry's own journal folder.
 */
export class JournalThreads implements vscode.Disposable {
	private built: Threads | undefined;
	private builtPrograms: ProgramMembers | undefined;
	private readonly subscription: { dispose(): void };

	constructor(private readonly index: JournalIndex, private readonly roots: JournalRoots) {
		this.subscription = index.onDidChange(() => {
			this.built = undefined;
			this.builtPrograms = undefined;
		});
	}

	/** The threads of the journal as indexed now. */
	current(): Threads {
		this.built ??= new Threads(this.index.all(), entry => this.continuedUri(entry)?.toString(), uri => this.index.get(uri));
		return this.built;
	}

	/** The programs of the journal as indexed now: parent entries and their phases. */
	programs(): ProgramMembers {
		this.builtPrograms ??= new ProgramMembers(this.index.all(), entry => this.programUri(entry)?.toString(), uri => this.index.get(uri));
		return this.builtPrograms;
	}

	/** The URI of the parent entry that `entry`'s `program:` names, whether or not an entry is there. */
	programUri(entry: EntrySummary): vscode.Uri | undefined {
		return entry.program === undefined ? undefined : this.roots.continuedUri(vscode.Uri.parse(entry.uri, true), entry.program);
	}

	/** The URI that `entry`'s `continues:` names, whether or not an entry is there. */
	continuedUri(entry: EntrySummary): vscode.Uri | undefined {
		return entry.continues === undefined ? undefined : this.roots.continuedUri(vscode.Uri.parse(entry.uri, true), entry.continues);
	}

	dispose(): void {
		this.subscription.dispose();
	}
}
