import * as vscode from 'vscode';
import { decisionOutcomes, decisionQualities, entryStatuses, type DecisionOutcome, type DecisionQuality, type EntrySummary } from '../../core/model/entry';
import { headerValueSource } from '../../core/text/headerEdit';
import { headerCompletionContext, rankByUse } from '../../core/editing/headerCompletion';
import { areaKeys } from '../../core/text/headerValues';
import { statusMeaning } from '../../ui/labels';
import { isEntryDocument } from './diagnostics';
import type { HeaderServices } from './index';

/** Characters after which the header's values are offered. */
export const completionTriggers = [':', ' ', '[', ',', '-'];

/** One value to offer. */
interface Offer {
	/** The value. */
	readonly value: string;
	/** Shown beside it. */
	readonly description?: string;
	/** Shown in the details pane. */
	readonly documentation?: string;
	/** Its icon. */
	readonly kind: vscode.CompletionItemKind;
}

function outcomeMeaning(outcome: DecisionOutcome): string {
	switch (outcome) {
		case 'better': return vscode.l10n.t('Better than expected');
		case 'as-expected': return vscode.l10n.t('As expected');
		case 'worse': return vscode.l10n.t('Worse than expected');
	}
}

function qualityMeaning(quality: DecisionQuality): string {
	switch (quality) {
		case 'sound': return vscode.l10n.t('A sound decision, given what was known then');
		case 'mixed': return vscode.l10n.t('Partly sound, given what was known then');
		case 'poor': return vscode.l10n.t('A poor decision, even on what was known then');
	}
}

function namesOffer(name: string): Offer {
	return { value: name, kind: vscode.CompletionItemKind.Value };
}

/**
 * Completes values in a journal entry's header: area ids after `areas:` (in a `[…]` or `- ` list),
 * statuses, outcomes, decision qualities, and the people and tags other entries use, most used first.
 */
export class HeaderCompletions implements vscode.CompletionItemProvider {
	constructor(private readonly deps: HeaderServices) { }

	provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
		if (!isEntryDocument(document, this.deps.roots)) {
			return undefined;
		}
		const context = headerCompletionContext(document.getText(), document.offsetAt(position));
		if (!context) {
			return undefined;
		}
		const present = new Set(context.present.map(item => item.toLowerCase()));
		const offers = (this.offers(context.key, document.uri.toString()) ?? []).filter(offer => !present.has(offer.value.toLowerCase()));
		if (offers.length === 0) {
			return undefined;
		}
		const range = new vscode.Range(document.positionAt(context.start), document.positionAt(context.end));
		return offers.map((offer, order) => {
			const item = new vscode.CompletionItem({ label: offer.value, description: offer.description }, offer.kind);
			item.insertText = (context.needsSpace ? ' ' : '') + headerValueSource(offer.value);
			item.filterText = offer.value;
			item.range = range;
			item.sortText = String(order).padStart(5, '0');
			item.documentation = offer.documentation;
			return item;
		});
	}

	private offers(key: string, uri: string): Offer[] | undefined {
		if (areaKeys.includes(key)) {
			return this.deps.catalog().areas.map(area => ({
				value: area.id, description: area.name, documentation: area.description, kind: vscode.CompletionItemKind.EnumMember,
			}));
		}
		switch (key) {
			case 'status':
				return entryStatuses.map(status => ({ value: status, description: statusMeaning(status), kind: vscode.CompletionItemKind.EnumMember }));
			case 'outcome':
				return decisionOutcomes.map(outcome => ({ value: outcome, description: outcomeMeaning(outcome), kind: vscode.CompletionItemKind.EnumMember }));
			case 'decisionQuality':
				return decisionQualities.map(quality => ({ value: quality, description: qualityMeaning(quality), kind: vscode.CompletionItemKind.EnumMember }));
			case 'people':
				return this.peopleOffers(uri);
			case 'tags':
				return rankByUse(this.othersLists(uri, entry => entry.tags)).map(namesOffer);
			default:
				return undefined;
		}
	}

	/** The roster's names first, with their handles, then the other names entries use, most used first. */
	private peopleOffers(uri: string): Offer[] {
		const rostered = this.deps.people.roster().people.map(person => ({
			value: person.name, description: `@${person.handle}`, documentation: person.role, kind: vscode.CompletionItemKind.User,
		}));
		const known = new Set(rostered.map(offer => offer.value.toLowerCase()));
		return [...rostered, ...rankByUse(this.othersLists(uri, entry => entry.people)).filter(name => !known.has(name.toLowerCase())).map(namesOffer)];
	}

	private *othersLists(uri: string, pick: (entry: EntrySummary) => readonly string[]): Iterable<readonly string[]> {
		for (const entry of this.deps.index.all()) {
			if (entry.uri !== uri) {
				yield pick(entry);
			}
		}
	}
}
