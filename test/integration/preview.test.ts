import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { activeApi, diskText, workspaceFolder } from '../shared/hostTestHelpers';

const entryUri = () => vscode.Uri.joinPath(workspaceFolder().uri, 'journal', '2026', '2026-11-02-restructure-emea-sales.md');

suite('markdown preview', () => {
	test('the exported extendMarkdownIt adds the card to a fresh markdown-it', async () => {
		const api = await activeApi();
		const text = await diskText(entryUri());
		const html = api.extendMarkdownIt(new MarkdownIt()).render(text);
		assert.match(html, /^<section class="lj-card">\n<p class="lj-title">Restructure EMEA sales around customer segments<\/p>/);
		assert.match(html, /<span class="lj-chip">Reorganizing a division<\/span>/);
	});

	test('VS Code\'s markdown engine runs the plugin: the card for a journal file, its own front matter table elsewhere', async () => {
		await activeApi();
		const entry = await vscode.workspace.openTextDocument(entryUri());
		const inJournal = await vscode.commands.executeCommand<string>('markdown.api.render', entry);
		assert.match(inJournal, /<section class="lj-card code-line" data-line="0"/);
		assert.doesNotMatch(inJournal, /class="frontmatter/);
		const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: entry.getText() });
		const outside = await vscode.commands.executeCommand<string>('markdown.api.render', untitled);
		assert.doesNotMatch(outside, /lj-card/);
		assert.match(outside, /class="frontmatter/);
		const text = await vscode.commands.executeCommand<string>('markdown.api.render', entry.getText());
		assert.match(text, /lj-card/, 'a string has no document, so its header decides');
	});
});
