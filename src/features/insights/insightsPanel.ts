import * as vscode from 'vscode';
import { isInsightPeriodId, type InsightPeriodId } from '../../core/insights/insights';
import { viewIds } from '../../ids';
import { newNonce } from './htmlText';
import { insightsData, type InsightsServices } from './insightsData';
import { insightsHtml } from './insightsHtml';

/** How long the panel waits after a change to the journal before it renders again. */
const renderDelayMs = 300;

/** The Insights webview panel: at most one, rendered again when the period or the journal changes. */
export class InsightsPanel implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private panelListeners: vscode.Disposable[] = [];
	private period: InsightPeriodId = 'year';
	private stale = false;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private readonly listeners: { dispose(): void }[];

	constructor(private readonly deps: InsightsServices) {
		this.listeners = [deps.index.onDidChange(() => this.scheduleRender()), deps.safeScreen.onDidChange(() => this.render())];
	}

	/** The HTML of the open panel, or `undefined` when it is closed. For tests. */
	get html(): string | undefined {
		return this.panel?.webview.html;
	}

	/** Opens the panel or brings it to the front, showing `period` when given. */
	show(period?: InsightPeriodId): void {
		this.period = period ?? this.period;
		if (this.panel) {
			this.panel.reveal();
		} else {
			const panel = vscode.window.createWebviewPanel(viewIds.insightsPanel, vscode.l10n.t('Leadership Journal Insights'), vscode.ViewColumn.Active, {
				enableScripts: true,
				localResourceRoots: [],
			});
			this.panel = panel;
			this.panelListeners = [
				panel.onDidDispose(() => this.closed()),
				panel.onDidChangeViewState(() => {
					if (this.stale && panel.visible) {
						this.render();
					}
				}),
				panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
			];
		}
		this.render();
	}

	private receive(message: unknown): void {
		const period = typeof message === 'object' && message !== null && 'period' in message ? message.period : undefined;
		if (isInsightPeriodId(period)) {
			this.period = period;
			this.render();
		}
	}

	private scheduleRender(): void {
		if (!this.panel) {
			return;
		}
		this.stale = true;
		clearTimeout(this.timer);
		this.timer = this.panel.visible ? setTimeout(() => this.render(), renderDelayMs) : undefined;
	}

	private render(): void {
		clearTimeout(this.timer);
		this.stale = false;
		if (this.panel) {
			this.panel.webview.html = insightsHtml(insightsData(this.deps, this.period), { cspSource: this.panel.webview.cspSource, nonce: newNonce() });
		}
	}

	private closed(): void {
		clearTimeout(this.timer);
		vscode.Disposable.from(...this.panelListeners).dispose();
		this.panelListeners = [];
		this.panel = undefined;
	}

	/** Closes the panel and stops following the journal. */
	dispose(): void {
		this.panel?.dispose();
		this.closed();
		this.listeners.forEach(listener => listener.dispose());
	}
}
