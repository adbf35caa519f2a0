// `node test/tools/renderIcon.mjs`: draws the marketplace icon, media/icon.png (128×128), from the
// activity-bar glyph in media/journal.svg, with Chromium, so the icon and the glyph never drift.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../host/testHost.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const glyph = fs.readFileSync(path.join(repo, 'media', 'journal.svg'), 'utf8')
	.replace('stroke="#c5c5c5"', 'stroke="#ffffff"')
	.replace('width="24" height="24"', 'width="92" height="92"');
const page = `<!doctype html><html><body style="margin:0;background:transparent">
<div id="icon" style="width:128px;height:128px;border-radius:24px;background:#1d3557;display:flex;align-items:center;justify-content:center">${glyph}</div>
</body></html>`;

const browser = await launchBrowser({ viewport: { width: 128, height: 128 } });
try {
	const tab = await browser.context.newPage();
	await tab.setContent(page);
	await tab.locator('#icon').screenshot({ path: path.join(repo, 'media', 'icon.png'), omitBackground: true });
	console.log('wrote media/icon.png');
} finally {
	await browser.close();
}
