import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { AreaCatalog } from '../../../src/core/model/areas';
import { journalHeader, journalPreviewPlugin, type PreviewOptions } from '../../../src/core/preview/previewPlugin';

const labels: PreviewOptions['labels'] = {
	areas: 'Areas', status: 'Status', date: 'Date', review: 'Review', people: 'People', reviewDue: 'due',
	statusName: status => status.charAt(0).toUpperCase() + status.slice(1),
	due: date => `due ${date}`,
	overdue: date => `overdue since ${date}`,
	done: date => `done ${date}`,
};
const options: PreviewOptions = { catalog: () => new AreaCatalog(), today: () => '2026-11-26', labels };

/** Like the rule VS Code 1.139's preview adds after every plugin: `---` on line 1 to the next `---`, shown as a table by default. */
function vscodeFrontMatter(md: MarkdownIt): void {
	md.block.ruler.before('fence', 'front_matter', (state, startLine, endLine, silent) => {
		const line = (at: number) => state.src.slice(state.bMarks[at], state.eMarks[at]).trimEnd();
		if (startLine !== 0 || state.tShift[0] !== 0 || line(0) !== '---') {
			return false;
		}
		let close = 1;
		while (close < endLine && !(state.tShift[close] === 0 && line(close) === '---')) {
			close++;
		}
		if (close >= endLine) {
			return false;
		}
		if (!silent) {
			const token = state.push('front_matter', '', 0);
			token.block = true;
			token.map = [0, close + 1];
			token.meta = { content: state.src.slice(state.bMarks[1], state.bMarks[close]).replace(/\n$/, '') };
			state.line = close + 1;
		}
		return true;
	}, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
	md.renderer.rules.front_matter = (tokens, idx) => `<table class="frontmatter"><tr><td>${md.utils.escapeHtml(tokens[idx].meta.content)}</td></tr></table>\n`;
}

/** Like markdown-it-front-matter: three or more dashes (`---js` too) to the next dashes or the end, as a hidden token. */
function frontMatterPlugin(md: MarkdownIt): void {
	md.block.ruler.before('table', 'front_matter', (state, startLine, endLine, silent) => {
		const line = (at: number) => state.src.slice(state.bMarks[at], state.eMarks[at]);
		if (startLine !== 0 || !/^-{3,}/.test(line(0))) {
			return false;
		}
		let close = 1;
		while (close < endLine && !/^-{3,}\s*$/.test(line(close))) {
			close++;
		}
		if (!silent) {
			const token = state.push('front_matter', '', 0);
			token.block = true;
			token.hidden = true;
			token.map = [0, Math.min(close + 1, endLine)];
			state.line = Math.min(close + 1, endLine);
		}
		return true;
	});
}

/** Like VS Code's source-map plugin: every block token with a map gets `data-line` and `code-line`. */
function sourceMap(md: MarkdownIt): void {
	md.core.ruler.push('source_map_data_attribute', state => {
		for (const token of state.tokens) {
			if (token.map && token.type !== 'inline') {
				token.attrSet('data-line', String(token.map[0]));
				token.attrJoin('class', 'code-line');
			}
		}
	});
}

const engines = {
	plain: () => new MarkdownIt(),
	withPlugin: (extra: Partial<PreviewOptions> = {}) => new MarkdownIt().use(journalPreviewPlugin, { ...options, ...extra }),
	/** VS Code's order: plugins first, then its front-matter rule, then the source map. */
	vscode: (plugin: boolean, extra: Partial<PreviewOptions> = {}) => {
		const md = new MarkdownIt({ html: true });
		if (plugin) {
			md.use(journalPreviewPlugin, { ...options, ...extra });
		}
		return md.use(vscodeFrontMatter);
	},
	/** A front-matter plugin that was applied before ours and takes the header first. */
	frontMatterFirst: (plugin: boolean) => {
		const md = new MarkdownIt().use(frontMatterPlugin);
		return plugin ? md.use(journalPreviewPlugin, options) : md;
	},
};

const entry = [
	'---',
	'title: Hire a CFO',
	'date: 2026-10-14',
	'areas: [hiring, board]',
	'status: decided',
	'review: 2026-11-26',
	'people: [Dana Li, Wei]',
	'---',
	'',
	'# Hire a CFO',
	'',
	'## Commitments',
	'',
	'- [ ] Draft the scorecard @dana due:2026-12-04',
	'- [ ] Call the *agency* @wei due:2026-11-20',
	'- [x] Book the panel @priya due:2026-11-20 done:2026-11-19',
	'- [ ] Mail dana@example.com about it, no owner',
	'',
	'```',
	'- [ ] in code @x due:2026-01-01',
	'```',
	'',
].join('\n');

const entryHtml = [
	'<section class="lj-card">',
	'<p class="lj-title">Hire a CFO</p>',
	'<dl class="lj-facts">',
	'<dt>Areas</dt><dd class="lj-fact-areas"><span class="lj-chip">Hiring the right people</span> <span class="lj-chip lj-chip-unknown">board</span></dd>',
	'<dt>Status</dt><dd class="lj-fact-status"><span class="lj-status lj-status-decided">Decided</span></dd>',
	'<dt>Date</dt><dd class="lj-fact-date">2026-10-14</dd>',
	'<dt>Review</dt><dd class="lj-fact-review">2026-11-26 <span class="lj-badge lj-review-due">due</span></dd>',
	'<dt>People</dt><dd class="lj-fact-people">Dana Li, Wei</dd>',
	'</dl>',
	'</section>',
	'<h1>Hire a CFO</h1>',
	'<h2>Commitments</h2>',
	'<ul>',
	'<li><input type="checkbox" class="lj-check" disabled> Draft the scorecard <span class="lj-badge lj-owner">@dana</span> <span class="lj-badge lj-due">due 2026-12-04</span></li>',
	'<li><input type="checkbox" class="lj-check" disabled> Call the <em>agency</em> <span class="lj-badge lj-owner">@wei</span> <span class="lj-badge lj-due lj-overdue">overdue since 2026-11-20</span></li>',
	'<li><input type="checkbox" class="lj-check" disabled checked> Book the panel <span class="lj-badge lj-owner">@priya</span> <span class="lj-badge lj-due">due 2026-11-20</span> <span class="lj-badge lj-done">done 2026-11-19</span></li>',
	'<li><input type="checkbox" class="lj-check" disabled> Mail dana@example.com about it, no owner</li>',
	'</ul>',
	'<pre><code>- [ ] in code @x due:2026-01-01',
	'</code></pre>',
	'',
].join('\n');

/** Renders as VS Code does: parsing without the document, rendering with it. */
function renderFor(md: MarkdownIt, text: string, currentDocument: unknown): string {
	return md.renderer.render(md.parse(text, { currentDocument: undefined }), md.options, { currentDocument });
}

suite('markdown preview plugin', () => {
	test('a journal entry: a card instead of the header; commitments with a box, owner and date badges; code stays code', () => {
		assert.equal(engines.withPlugin().render(entry), entryHtml);
	});

	test('the same card whether VS Code\'s front-matter rule or an earlier front-matter plugin saw the header first', () => {
		const vscodeHtml = engines.vscode(true).render(entry);
		assert.equal(vscodeHtml, entryHtml);
		assert.equal(engines.frontMatterFirst(true).render(entry), entryHtml);
		assert.match(engines.vscode(false).render(entry), /^<table class="frontmatter">/, 'the stand-in is like VS Code: without the plugin the header shows as a table');
	});

	test('the card keeps the attributes that VS Code\'s source map adds, for scroll sync', () => {
		const html = engines.vscode(true).use(sourceMap).render(entry);
		assert.ok(html.startsWith('<section class="lj-card code-line" data-line="0">\n<p class="lj-title">Hire a CFO</p>'), html.slice(0, 120));
		assert.match(html, /<li data-line="13" class="code-line"><input type="checkbox" class="lj-check" disabled> Draft/);
	});

	test('linkify and typographer still see the text around the badges', () => {
		const md = new MarkdownIt({ linkify: true, typographer: true }).use(journalPreviewPlugin, options);
		assert.match(md.render('---\nareas: hiring\n---\n- [ ] Mail dana@example.com (c) @dana due:2026-12-04\n'),
			/> Mail <a href="mailto:dana@example.com">dana@example.com<\/a> © <span class="lj-badge lj-owner">@dana<\/span> <span class="lj-badge lj-due">due 2026-12-04<\/span><\/li>/);
	});

	test('hostile header values are escaped, never run; a title with {{x}} stays text', () => {
		const text = [
			'---',
			'title: "<script>alert(1)</script> {{x}} \\"quoted\\""',
			'areas: [\'"><img src=x onerror=alert(1)>\', hiring]',
			'status: "<b>odd</b>"',
			'people: ["O\'Brien & <Co>"]',
			'---',
			'- [ ] Ask @ann due:2026-12-01 <script>x</script>',
			'',
		].join('\n');
		assert.equal(engines.withPlugin().render(text), [
			'<section class="lj-card">',
			'<p class="lj-title">&lt;script&gt;alert(1)&lt;/script&gt; {{x}} &quot;quoted&quot;</p>',
			'<dl class="lj-facts">',
			'<dt>Areas</dt><dd class="lj-fact-areas"><span class="lj-chip lj-chip-unknown">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</span> <span class="lj-chip">Hiring the right people</span></dd>',
			'<dt>Status</dt><dd class="lj-fact-status"><span class="lj-status">&lt;b&gt;odd&lt;/b&gt;</span></dd>',
			'<dt>People</dt><dd class="lj-fact-people">O\'Brien &amp; &lt;Co&gt;</dd>',
			'</dl>',
			'</section>',
			'<ul>',
			'<li><input type="checkbox" class="lj-check" disabled> Ask <span class="lj-badge lj-owner">@ann</span> <span class="lj-badge lj-due">due 2026-12-01</span> &lt;script&gt;x&lt;/script&gt;</li>',
			'</ul>',
			'',
		].join('\n'));
	});

	test('a header that does not read renders unchanged: VS Code shows its own notice, plain markdown-it the raw lines', () => {
		const broken = '---\ntitle: Team health check\nareas: [general\n---\n\n- [ ] Fix it @me due:2026-01-01\n';
		assert.equal(engines.withPlugin().render(broken), engines.plain().render(broken));
		assert.equal(engines.vscode(true).render(broken), engines.vscode(false).render(broken));
		const unclosed = '---\nareas: [hiring]\n\nNo closing fence.\n';
		assert.equal(engines.withPlugin().render(unclosed), engines.plain().render(unclosed));
	});

	test('a ---js header is never run and renders unchanged, whoever reads front matter', () => {
		const code = '---js\n{ areas: ["hiring"], title: require("child_process").execSync("id").toString() }\n---\n\n# Title\n\n- [ ] Task @me due:2026-01-01\n';
		assert.equal(engines.withPlugin().render(code), engines.plain().render(code));
		assert.equal(engines.vscode(true).render(code), engines.vscode(false).render(code));
		assert.equal(engines.frontMatterFirst(true).render(code), engines.frontMatterFirst(false).render(code));
		assert.doesNotMatch(engines.withPlugin().render(code), /lj-/);
	});

	test('other markdown files render byte for byte as without the plugin', () => {
		const others = [
			'# README\n\n- [ ] Write docs @me due:2026-01-01\n- [x] Ship done:2026-01-02\n',
			'---\ntitle: A blog post\ntags: [a, b]\nstatus: draft\n---\n\n- [ ] Not a commitment here @x\n',
			'---\n---\n\ntext\n',
			'> ---\n> areas: [hiring]\n> ---\n',
			'',
		];
		for (const text of others) {
			assert.equal(engines.withPlugin().render(text), engines.plain().render(text), text);
			assert.equal(engines.vscode(true).render(text), engines.vscode(false).render(text), text);
		}
	});

	test('a document the host places outside every journal renders as without the plugin; inside, or unknown, it gets the card', () => {
		const outside = engines.vscode(true, { isJournalDocument: () => false });
		assert.equal(renderFor(outside, entry, 'file:///w/README.md'), renderFor(engines.vscode(false), entry, 'file:///w/README.md'));
		assert.equal(renderFor(outside, entry, undefined), entryHtml, 'no document: the header decides');
		assert.equal(renderFor(engines.vscode(true, { isJournalDocument: () => true }), entry, 'file:///w/journal/a.md'), entryHtml);
		assert.equal(renderFor(engines.vscode(true, { isJournalDocument: () => undefined }), entry, 42), entryHtml);
		assert.doesNotMatch(renderFor(engines.withPlugin({ isJournalDocument: () => false }), entry, 'file:///w/README.md'), /lj-/);
	});

	test('the review flag and overdue marks follow today; a closed entry is not due for review', () => {
		const text = '---\nstatus: implementing\nreview: 2026-11-27\n---\n- [ ] A @x due:2026-11-26\n';
		assert.doesNotMatch(engines.withPlugin().render(text), /lj-review-due|lj-overdue/);
		const tomorrow = engines.withPlugin({ today: () => '2026-11-28' }).render(text);
		assert.match(tomorrow, /2026-11-27 <span class="lj-badge lj-review-due">due<\/span>/);
		assert.match(tomorrow, /<span class="lj-badge lj-due lj-overdue">overdue since 2026-11-26<\/span>/);
		assert.doesNotMatch(engines.withPlugin({ today: () => '2026-11-28' }).render(text.replace('implementing', 'closed')), /lj-review-due/);
	});

	test('journalHeader: areas or a lifecycle status make an entry; the body starts after the header\'s lines', () => {
		assert.equal(journalHeader('---\nareas: hiring\n---')?.lines, 3);
		assert.equal(journalHeader('\ufeff---\r\nstatus: Exploring\r\n...\r\nbody')?.lines, 3);
		assert.equal(journalHeader('---\nstatus: draft\n---\n'), undefined);
		assert.equal(journalHeader('---\ntitle: x\n---\n'), undefined);
		assert.equal(journalHeader('# x\n'), undefined);
	});

	test('property: any text renders without throwing, and exactly as without the plugin unless it opens with a journal header', () => {
		const units = ['---', '...', 'areas: [hiring]', 'status: closed', 'title: x', '- [ ] a @b due:2026-01-01', '[x]', ' ', '\n', '`', '```', '>', '<!--', '-->', 'x'];
		fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 40 }), text => {
			const html = engines.withPlugin().render(text);
			if (!journalHeader(text)) {
				assert.equal(html, engines.plain().render(text));
				assert.equal(engines.vscode(true).render(text), engines.vscode(false).render(text));
			}
		}));
	});
});
