import * as vscode from 'vscode';
import type { JournalIndex } from '../core/index/journalIndex';
import type { JournalFileSystem } from '../core/model/ports';
import { PeopleDirectory } from '../core/people/identity';
import { summarizePeople, type PersonSummary } from '../core/people/personSummary';
import { emptyRoster, readRoster, type Roster } from '../core/people/roster';
import { rosterFileName } from '../core/model/journalFolder';
import { decodeText } from '../core/text/textFile';
import { parseHeader } from '../core/text/header';
import { displayDate } from '../core/model/entry';
import { reviewNames } from '../core/followThrough/periodicDigest';
import { recordedSinglePoints, type SinglePointsBaseline } from '../core/people/keyPeople';
import type { JournalRoots } from './journalRoots';

/** The roster of one journal folder as read from its `people.md`. */
export interface RosterFile {
	/** The URI of `people.md`. */
	readonly uri: vscode.Uri;
	/** What it says; empty when the file does not exist. */
	readonly roster: Roster;
	/** Its modification time and size when read, to know when to read it again. */
	readonly stamp: string;
}

/**
 * The people of the journal: each journal folder's roster (`people.md`, read again when the index
 * sees it change) and, built on demand after any change, who is who and what the journal holds
 * about each person.
 */
export class JournalPeople implements vscode.Disposable {
	private files = new Map<string, RosterFile>();
	private built: { directory: PeopleDirectory; summaries: PersonSummary[] } | undefined;
	private baseline: { readonly key: string; readonly value?: SinglePointsBaseline } = { key: '' };
	private loading: Promise<void> = Promise.resolve();
	private readonly changed = new vscode.EventEmitter<void>();
	private readonly subscriptions: vscode.Disposable[];

	/** Fires after the roster or the index changed. */
	readonly onDidChange = this.changed.event;

	constructor(private readonly index: JournalIndex, private readonly roots: JournalRoots, private readonly fs: JournalFileSystem) {
		const changed = () => {
			this.built = undefined;
			this.reload();
			this.changed.fire();
		};
		const indexSubscription = index.onDidChange(changed);
		this.subscriptions = [{ dispose: () => indexSubscription.dispose() }, vscode.workspace.onDidChangeWorkspaceFolders(changed), this.changed];
		this.reload();
	}

	/** Resolves when every roster file the index knows of now is read. */
	whenLoaded(): Promise<void> {
		return this.loading;
	}

	/** The rosters of every journal folder, one merged roster; a handle in two folders is the first one's. */
	roster(): Roster {
		const files = [...this.files.values()];
		if (files.length === 1) {
			return files[0].roster;
		}
		const seen = new Set<string>();
		return {
			people: files.flatMap(file => file.roster.people).filter(person => !seen.has(person.handle) && Boolean(seen.add(person.handle))),
			teams: files.flatMap(file => file.roster.teams),
			problems: files.flatMap(file => file.roster.problems),
		};
	}

	/** Each journal folder's roster file, existing or not. */
	rosterFiles(): RosterFile[] {
		return [...this.files.values()];
	}

	/** The roster file of the journal folder holding `uri`, or of the only journal folder. */
	rosterUriFor(uri: vscode.Uri | undefined): vscode.Uri | undefined {
		const root = uri && this.roots.rootOfEntry(uri);
		return root ? vscode.Uri.joinPath(root.uri, rosterFileName) : this.rosterUris()[0];
	}

	/** The lone processes the newest quarterly review recorded (`singlePointsOfFailure:`), to tell what changed since. */
	singlePointsBaseline(): SinglePointsBaseline | undefined {
		return this.baseline.value;
	}

	/** Who is who, from the roster and the names entries use. */
	directory(): PeopleDirectory {
		return this.current().directory;
	}

	/** Everyone, by name, with what the journal holds about them. */
	summaries(): PersonSummary[] {
		return this.current().summaries;
	}

	dispose(): void {
		for (const subscription of this.subscriptions) {
			subscription.dispose();
		}
	}

	private current(): NonNullable<JournalPeople['built']> {
		if (!this.built) {
			const directory = new PeopleDirectory(this.roster(), this.index.all());
			this.built = { directory, summaries: summarizePeople(directory, this.index.all()) };
		}
		return this.built;
	}

	private rosterUris(): vscode.Uri[] {
		return (vscode.workspace.workspaceFolders ?? []).flatMap(folder => {
			const root = this.roots.journalRootOf(folder);
			return 'uri' in root ? [vscode.Uri.joinPath(root.uri, rosterFileName)] : [];
		});
	}

	/** Reads the roster files whose index entry is new, changed or gone; one pass at a time. */
	private reload(): void {
		this.loading = this.loading.then(async () => {
			const next = new Map<string, RosterFile>();
			let changed = false;
			for (const uri of this.rosterUris()) {
				const key = uri.toString();
				const summary = this.index.get(key);
				const stamp = summary ? `${summary.mtime}/${summary.size}` : '';
				const known = this.files.get(key);
				if (known?.stamp === stamp) {
					next.set(key, known);
					continue;
				}
				changed = true;
				next.set(key, { uri, stamp, roster: summary ? await this.read(key) : emptyRoster });
			}
			changed ||= next.size !== this.files.size;
			this.files = next;
			changed = await this.reloadBaseline() || changed;
			if (changed) {
				this.built = undefined;
				this.changed.fire();
			}
		});
	}

	/** Reads the quarterly reviews' recorded single points again when one of them changed; whether the baseline changed. */
	private async reloadBaseline(): Promise<boolean> {
		const reviews = [...this.index.all()]
			.filter(entry => !entry.problem && entry.fileName.endsWith(`-${reviewNames.quarter}.md`))
			.sort((a, b) => displayDate(b).localeCompare(displayDate(a)));
		const key = reviews.map(entry => `${entry.uri}@${entry.mtime}`).join('\n');
		if (key === this.baseline.key) {
			return false;
		}
		const before = this.baseline.value;
		this.baseline = { key };
		for (const entry of reviews) {
			const processes = await this.fs.readFile(entry.uri).then(bytes => recordedSinglePoints(parseHeader(decodeText(bytes)).data ?? {}), () => undefined);
			if (processes) {
				this.baseline = { key, value: { title: entry.title, date: displayDate(entry), processes } };
				break;
			}
		}
		return JSON.stringify(before) !== JSON.stringify(this.baseline.value);
	}

	private async read(uri: string): Promise<Roster> {
		try {
			return readRoster(decodeText(await this.fs.readFile(uri)));
		} catch (error) {
			return { ...emptyRoster, problems: [{ line: 0, message: `The roster could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
		}
	}
}
