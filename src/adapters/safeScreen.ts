import * as vscode from 'vscode';
import type { AreaCatalog } from '../core/model/areas';
import { ScreenPolicy } from '../core/privacy/screen';
import { contextKeys, settingKeys } from '../ids';
import type { Settings } from './settings';

/** Where the safe screen's state is kept, in the workspace state: the journal, and what it may show, are the workspace's. */
const stateKey = 'leadershipJournal.safeScreen';

/**
 * The safe screen: whether it is on, an event when it (or what counts as confidential) changes, and
 * the `leadershipJournal.safeScreen` context key for `when` clauses. The state is kept in the
 * workspace state, so it survives a reload of the window; the `safeScreenAtStartup` setting turns
 * it on whenever the extension starts, in every workspace.
 */
export class SafeScreen implements vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<boolean>();
	private readonly listener: vscode.Disposable;
	/** The policy last made, for the catalog it was made with; every tree row asks for one. */
	private cached: { readonly catalog: AreaCatalog; readonly policy: ScreenPolicy } | undefined;

	/** Fires when the safe screen is turned on or off, or the confidential areas or tags change, with whether it is on. */
	readonly onDidChange = this.changed.event;

	constructor(private readonly state: vscode.Memento, private readonly settings: Settings, private readonly catalog: () => AreaCatalog) {
		if (settings.safeScreenAtStartup() && !this.on) {
			void state.update(stateKey, true);
		}
		void vscode.commands.executeCommand('setContext', contextKeys.safeScreen, this.on);
		this.listener = settings.onDidChange(keys => {
			if (keys.has(settingKeys.confidentialAreas) || keys.has(settingKeys.confidentialTags)) {
				this.cached = undefined;
				this.changed.fire(this.on);
			}
		});
	}

	/** Whether the safe screen is on. */
	get on(): boolean {
		return this.state.get<unknown>(stateKey) === true;
	}

	/** Turns the safe screen on or off. */
	async set(on: boolean): Promise<void> {
		if (on === this.on) {
			return;
		}
		await this.state.update(stateKey, on);
		this.cached = undefined;
		await vscode.commands.executeCommand('setContext', contextKeys.safeScreen, on);
		this.changed.fire(on);
	}

	/** What the views may show now, with masked labels in the display language. */
	policy(): ScreenPolicy {
		const catalog = this.catalog();
		if (this.cached?.catalog !== catalog) {
			const policy = new ScreenPolicy(this.on, this.settings.confidentialRules(), id => catalog.get(id)?.name ?? id,
				{ confidential: vscode.l10n.t('Confidential'), noArea: vscode.l10n.t('Unsorted') });
			this.cached = { catalog, policy };
		}
		return this.cached.policy;
	}

	dispose(): void {
		this.listener.dispose();
		this.changed.dispose();
	}
}
