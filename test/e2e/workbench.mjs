// Page-object for the VS Code workbench in code-server (VS Code 1.139): the selectors in one place.
const sidebarRows = '.part.sidebar .monaco-list-row[role="treeitem"]';
const quickInput = '.quick-input-widget';

/** Drives the workbench through its real UI. */
export class Workbench {
	constructor(page) {
		this.page = page;
		page.on('pageerror', error => console.log('page error:', error.message.slice(0, 200)));
	}

	/** Loads the workbench and, for a folder with files, waits until the explorer shows them. */
	async open(url, hasFiles = true) {
		await this.page.goto(url, { waitUntil: 'domcontentloaded' });
		await this.page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
		await this.page.locator('.part.activitybar').waitFor({ timeout: 60_000 });
		if (hasFiles) {
			await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
		}
	}

	/** Waits until the sidebar's welcome view shows text that satisfies `predicate`; returns the text. */
	async waitForWelcomeText(predicate, timeout = 30_000) {
		const welcome = this.page.locator('.part.sidebar .welcome-view-content').first();
		let text = '';
		await this.waitFor(async () => predicate(text = (await welcome.innerText().catch(() => '')).replace(/\s+/g, ' ')), 'welcome view', timeout);
		return text;
	}

	/** Clicks a button of the sidebar's welcome view. */
	async clickWelcomeButton(label) {
		await this.page.locator('.part.sidebar .welcome-view-content .monaco-button', { hasText: label }).first().click();
	}

	/** Drags the sidebar's edge so that it is `width` pixels wide. */
	async resizeSidebar(width) {
		const sidebar = await this.page.locator('.part.sidebar').boundingBox();
		const y = sidebar.y + sidebar.height / 2;
		await this.page.mouse.move(sidebar.x + sidebar.width + 1, y);
		await this.page.mouse.down();
		await this.page.mouse.move(sidebar.x + width, y, { steps: 8 });
		await this.page.mouse.up();
	}

	/** Clicks the activity bar icon whose label starts with `title`. */
	async openViewContainer(title) {
		await this.page.locator(`.part.activitybar .action-label[aria-label^="${title}"]`).click({ timeout: 30_000 });
	}

	/** The sidebar tree's rows as `{ label, description }`. */
	async treeRows() {
		return this.page.locator(sidebarRows).evaluateAll(rows => rows.map(row => ({
			label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
			description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
		})));
	}

	/** Waits until the tree's rows satisfy `predicate`; returns them. */
	async waitForTreeRows(predicate, timeout = 30_000) {
		let rows = [];
		await this.waitFor(async () => predicate(rows = await this.treeRows()), 'tree rows', timeout);
		return rows;
	}

	/** The rows of the sidebar view titled `title` (e.g. "Commitments") as `{ label, description }`, expanding the view first. */
	async viewRows(title) {
		const pane = this.page.locator('.part.sidebar .pane', { has: this.page.locator('.pane-header', { hasText: title }) }).first();
		const header = pane.locator('.pane-header').first();
		if (await header.getAttribute('aria-expanded') === 'false') {
			await header.click();
		}
		return pane.locator('.monaco-list-row').evaluateAll(rows => rows.map(row => ({
			label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
			description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
		})));
	}

	/** Collapses the sidebar view titled `title`, to give the others room. */
	async collapseView(title) {
		const header = this.page.locator('.part.sidebar .pane-header', { hasText: title }).first();
		if (await header.getAttribute('aria-expanded') === 'true') {
			await header.click();
		}
	}

	/** The text of the webview whose document contains `marker`, or '' while there is none. */
	async webviewText(marker) {
		for (const frame of this.page.frames()) {
			const text = await frame.locator('body').innerText({ timeout: 1000 }).catch(() => '');
			if (text.includes(marker)) {
				return text;
			}
		}
		return '';
	}

	/** Opens a file by name with Quick Open and waits until its editor is active. */
	async quickOpen(fileName) {
		await this.focusWorkbench();
		// F1 opens the palette in command mode; without the leading ">" it searches files. Ctrl+P is the browser's Print.
		await this.page.keyboard.press('F1');
		const input = this.page.locator(`${quickInput} input`);
		await input.waitFor({ timeout: 10_000 });
		await input.fill(fileName);
		await this.page.locator(`${quickInput} .monaco-list-row`, { hasText: fileName }).first().waitFor({ timeout: 15_000 });
		await this.page.keyboard.press('Enter');
		// With the editor split, the file can be the active tab of two groups: any of them will do.
		await this.page.locator('.tabs-container .tab.active', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
	}

	/** Moves the cursor to the end of line `line` (1-based) of the active editor. */
	async goToLineEnd(line) {
		await this.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
		await this.page.keyboard.press('Control+G');
		await this.page.keyboard.type(String(line));
		await this.page.keyboard.press('Enter');
		await this.page.keyboard.press('End');
	}

	/** Whether a frame of the page (e.g. a webview's) holds an element matching `selector`. */
	async frameHas(selector) {
		for (const frame of this.page.frames()) {
			if (await frame.locator(selector).count().catch(() => 0) > 0) {
				return true;
			}
		}
		return false;
	}

	/** Opens a walkthrough from the command palette and waits for its steps. */
	async openWalkthrough(title) {
		await this.runCommand('Welcome: Open Walkthrough');
		await this.pickQuickItem(title);
		const steps = this.page.locator('.gettingStartedContainer .getting-started-step');
		await this.waitFor(async () => await steps.count() >= 4, 'the walkthrough steps', 30_000);
	}

	/** Expands the tree row labelled `label`, if it is collapsed. */
	async expandTreeRow(label) {
		const row = this.page.locator(sidebarRows, { has: this.page.locator('.label-name', { hasText: label }) }).first();
		if (await row.getAttribute('aria-expanded') === 'false') {
			// The twistie, not the label: clicking a row that has a command (an entry, a thread) runs it instead of expanding.
			await row.locator('.monaco-tl-twistie').click();
			await this.waitFor(async () => await row.getAttribute('aria-expanded') === 'true', `${label} expanded`);
		}
	}

	/** Moves the keyboard focus out of any webview (which would swallow the keys) to the sidebar's title. */
	async focusWorkbench() {
		if (await this.page.locator('.part.editor iframe').count() > 0) {
			await this.page.locator('.part.sidebar .composite.title').first().click();
		}
	}

	/** Runs a command by its palette title. */
	async runCommand(title) {
		await this.focusWorkbench();
		await this.page.keyboard.press('F1');
		const input = this.page.locator(`${quickInput} input`);
		await input.waitFor({ timeout: 10_000 });
		await input.fill(`>${title}`);
		await this.page.locator(`${quickInput} .monaco-list-row`, { hasText: title }).first().waitFor({ timeout: 10_000 });
		await this.page.keyboard.press('Enter');
	}

	/**
	 * Picks the quick pick item that shows `label`, as a user at the keyboard would: Enter when it is
	 * the focused row, else types the label to filter the list, then Enter. (A click waits for the list to be still, which a toast or a
	 * webview beside it can keep from happening on a loaded machine.) Takes a screenshot of the open list first.
	 */
	async pickQuickItem(label, screenshotPath) {
		const item = this.page.locator(`${quickInput} .monaco-list-row`, { hasText: label }).first();
		await item.waitFor({ timeout: 15_000 });
		if (screenshotPath) {
			await this.screenshot(screenshotPath);
		}
		const focused = this.page.locator(`${quickInput} .monaco-list-row.focused`, { hasText: label }).first();
		if (!await focused.isVisible()) {
			// The box has the keyboard focus: typing filters the list, as it does for a user.
			await this.page.keyboard.type(label);
			await focused.waitFor({ timeout: 15_000 });
		}
		await this.page.keyboard.press('Enter');
	}

	/** Types into an open input box and accepts it. */
	async typeInInput(text, screenshotPath) {
		const input = this.page.locator(`${quickInput} input`);
		await input.waitFor({ timeout: 10_000 });
		await input.fill(text);
		if (screenshotPath) {
			await this.screenshot(screenshotPath);
		}
		await this.page.keyboard.press('Enter');
	}

	/** Waits until the open quick input's title satisfies `predicate`; returns the title. */
	async waitForQuickInputTitle(predicate, timeout = 15_000) {
		const title = this.page.locator(`${quickInput} .quick-input-title`);
		let text = '';
		await this.waitFor(async () => predicate(text = (await title.innerText().catch(() => '')).trim()), 'quick input title', timeout);
		return text;
	}

	/** Waits until no quick pick or input box is open: after Escape, the workbench has cancelled it. */
	async waitForQuickInputClosed(timeout = 10_000) {
		await this.waitFor(async () => !await this.page.locator(quickInput).first().isVisible(), 'the quick input to close', timeout);
	}

	/** Fills the open input box without accepting it. */
	async fillInput(text) {
		const input = this.page.locator(`${quickInput} input`);
		await input.waitFor({ timeout: 10_000 });
		await input.fill(text);
	}

	/** The active editor's text. */
	async editorText() {
		const text = await this.page.locator('.editor-instance .monaco-editor .view-lines').first().innerText().catch(() => '');
		return text.replace(/\u00a0/g, ' ');
	}

	/** Waits until the active editor's text satisfies `predicate`; returns it. */
	async waitForEditorText(predicate, timeout = 30_000) {
		let text = '';
		await this.waitFor(async () => predicate(text = await this.editorText()), 'editor text', timeout);
		return text;
	}

	/** Moves to the end of the active editor on a new line and types `text`. */
	async typeAtEndOfEditor(text) {
		await this.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
		await this.page.keyboard.press('Control+End');
		await this.page.keyboard.press('Enter');
		await this.page.keyboard.press('Enter');
		await this.page.keyboard.type(text);
	}

	/** Takes a screenshot when `file` is given. */
	async screenshotIf(file) {
		if (file) {
			await this.page.waitForTimeout(300);
			await this.screenshot(file);
		}
	}

	/** Opens the suggest widget and accepts the suggestion labelled `label`; `narrowBy` is typed first to pick it out, after the screenshot. */
	async acceptSuggestion(label, screenshotPath, narrowBy = '') {
		await this.page.keyboard.press('Control+Space');
		if (narrowBy) {
			await this.page.locator('.suggest-widget .monaco-list-row').first().waitFor({ timeout: 15_000 });
			await this.screenshotIf(screenshotPath);
			await this.page.keyboard.type(narrowBy);
			screenshotPath = undefined;
		}
		const suggestion = this.page.locator('.suggest-widget .monaco-list-row', { hasText: label }).first();
		await suggestion.waitFor({ timeout: 15_000 });
		await this.page.waitForTimeout(300);
		if (screenshotPath) {
			await this.screenshot(screenshotPath);
		}
		await this.page.keyboard.press('Enter');
	}

	/** Polls `condition` every 200 ms until it holds, or throws after `timeout`. */
	async waitFor(condition, what, timeout = 30_000) {
		const deadline = Date.now() + timeout;
		while (!await condition()) {
			if (Date.now() > deadline) {
				throw new Error(`timed out waiting for ${what}`);
			}
			await this.page.waitForTimeout(200);
		}
	}

	/** Waits (up to 15 s, without failing) until the status bar no longer says extensions are activating, so editors are highlighted. */
	async settle() {
		const busy = this.page.locator('.part.statusbar', { hasText: 'Activating Extensions' });
		await this.waitFor(async () => await busy.count() === 0, 'extensions activated', 15_000).catch(() => undefined);
		await this.page.waitForTimeout(300);
	}

	/** Saves a screenshot of the whole window. */
	async screenshot(file) {
		await this.page.screenshot({ path: file });
	}
}
