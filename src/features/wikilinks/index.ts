import * as vscode from 'vscode';
import { wikilinkTarget } from '../../core/index/wikilinkTarget';
import { findWikilinks, headingLine } from '../../core/text/wikilinks';
import type { Services } from '../../services';

/** What the wikilink provider needs. */
export type WikilinkServices = Pick<Services, 'index'>;

/** Foam's extension, which opens wikilinks itself (and creates missing notes): when it is installed, it does. */
const foamExtensionId = 'foam.foam-vscode';

/** A wikilink to a heading, resolved to its line only when the user follows it. */
class HeadingLink extends vscode.DocumentLink {
	constructor(range: vscode.Range, readonly note: vscode.Uri, readonly heading: string) {
		super(range);
	}
}

/** Opens `[[wikilinks]]` in journal entries: the linked note, at its heading when the link names one. */
class WikilinkProvider implements vscode.DocumentLinkProvider {
	constructor(private readonly deps: WikilinkServices) { }

	provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
		if (vscode.extensions.getExtension(foamExtensionId) || !this.deps.index.get(document.uri.toString())) {
			return [];
		}
		const links: vscode.DocumentLink[] = [];
		for (const link of findWikilinks(document.getText())) {
			const note = link.target === '' ? document.uri : this.noteOf(link.target);
			if (!note) {
				continue;
			}
			const range = new vscode.Range(document.positionAt(link.start), document.positionAt(link.end));
			const made = link.heading ? new HeadingLink(range, note, link.heading) : new vscode.DocumentLink(range, note);
			made.tooltip = vscode.l10n.t('Open {0}', vscode.workspace.asRelativePath(note));
			links.push(made);
		}
		return links;
	}

	async resolveDocumentLink(link: vscode.DocumentLink): Promise<vscode.DocumentLink> {
		if (link instanceof HeadingLink) {
			const text = (await vscode.workspace.openTextDocument(link.note)).getText();
			const line = headingLine(text, link.heading);
			link.target = line === undefined ? link.note : link.note.with({ fragment: `L${line + 1}` });
		}
		return link;
	}

	private noteOf(target: string): vscode.Uri | undefined {
		const entry = wikilinkTarget(target, this.deps.index.all());
		return entry && vscode.Uri.parse(entry.uri, true);
	}
}

/** Registers the wikilink provider for markdown files; it answers for journal entries only. */
export function register(context: vscode.ExtensionContext, deps: WikilinkServices): void {
	context.subscriptions.push(vscode.languages.registerDocumentLinkProvider({ language: 'markdown' }, new WikilinkProvider(deps)));
}
