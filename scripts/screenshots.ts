/**
 * Screenshots of one page of each kind, as readers see them: at 375 px (a
 * phone) and 1280 px, at the normal and the largest text size and in high
 * contrast, plus the first pages of the December 2022 issue printed to PDF
 * from its print view. For looking at a change before calling it done:
 *
 *   npm run build && npx tsx scripts/screenshots.ts [site folder] [out folder]
 *
 * Writes `<out>/<width>-<mode>/<page>.png` (full page) and `<out>/print.pdf`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STORAGE_KEY } from '../src/reading/preferences.ts';
import { launchChromium } from '../test/support/browser.ts';
import { pageTypes } from '../test/support/page-types.ts';
import { startServer } from '../test/support/serve.ts';

const [siteDir = 'dist', outDir = 'tmp/screenshots'] = process.argv.slice(2);
const WIDTHS = [375, 1280];
const MODES = [
	{ name: 'normal', size: 100, highContrast: false },
	{ name: 'largest', size: 175, highContrast: false },
	{ name: 'high-contrast', size: 100, highContrast: true },
];
/** A file name for a page's address. */
const fileName = (url: string) => decodeURI(url).replace(/^\/|\/$/g, '').replace(/[/?=]/g, '_') || 'home';

const server = await startServer(siteDir);
const browser = await launchChromium();
try {
	for (const width of WIDTHS) {
		for (const mode of MODES) {
			const dir = path.join(outDir, `${width}-${mode.name}`);
			mkdirSync(dir, { recursive: true });
			const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
			await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ size: mode.size, highContrast: mode.highContrast })] as const);
			const page = await context.newPage();
			for (const url of pageTypes(siteDir)) {
				await page.goto(server.url + url, { waitUntil: 'networkidle' });
				await page.screenshot({ path: path.join(dir, `${fileName(url)}.png`), fullPage: true });
			}
			await context.close();
			console.log(`${dir}: ${pageTypes(siteDir).length} pages`);
		}
	}
	const context = await browser.newContext({ locale: 'zh-CN' });
	const page = await context.newPage();
	await page.goto(`${server.url}/issues/2022-12/print/`, { waitUntil: 'networkidle' });
	writeFileSync(path.join(outDir, 'print.pdf'), await page.pdf({ preferCSSPageSize: true }));
	console.log(`${path.join(outDir, 'print.pdf')}`);
	await context.close();
} finally {
	await browser.close();
	await server.stop();
}
