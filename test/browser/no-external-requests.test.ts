/**
 * Every page loads from its own origin only: no fonts, analytics, CDNs or
 * remote images, nothing that fails to load, and nothing logged as an error.
 * Pages are scrolled to the bottom so that lazily loaded images are requested too.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startServer, type Server } from '../support/serve.ts';

const site = inject('sampleSite');

/** URL paths of the built pages under `folder` (e.g. documents → /documents/温政办-2022-94/). */
function pagesUnder(folder: string): string[] {
	return readdirSync(path.join(site, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `/${folder}/${path.dirname(file).split(path.sep).join('/')}/`.replace(/\/\.\/$/, '/'))
		.sort();
}

const documents = pagesUnder('documents');
const features = pagesUnder('features');
const PAGES = [
	'/',
	'/issues/',
	'/issues/2022-12/',
	...documents,
	'/issues/2022-12/statistics/',
	'/issues/2022-12/photos/',
	...features,
];

const FONT = /\.(woff2?|ttf|otf)(?:[?#]|$)/i;

let server: Server;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	server = await startServer(site);
	browser = await launchChromium();
	context = await browser.newContext();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('the sample gazette', () => {
	it('has the pages this test visits', () => {
		expect(documents).toContain('/documents/温政办-2022-94/');
		expect(documents.length).toBe(5);
		expect(features.length).toBeGreaterThan(0);
	});

	it.each(PAGES)('%s requests nothing from another origin, no fonts, and loads without errors', async (pathname) => {
		const page = await context.newPage();
		const requests: { url: string; type: string }[] = [];
		const failures: string[] = [];
		const errors: string[] = [];
		page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
		page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
		page.on('response', (response) => {
			if (response.status() >= 400) failures.push(`${response.url()}: HTTP ${response.status()}`);
		});
		page.on('console', (message) => {
			// The location names the failing URL, also for requests Playwright does not report (the browser's own /favicon.ico).
			if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
		});
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));

		try {
			const response = await page.goto(server.url + pathname, { waitUntil: 'load' });
			expect(response?.status()).toBe(200);
			// Bring every lazily loaded image into view, then let the network settle.
			await page.evaluate(async () => {
				const step = Math.max(200, window.innerHeight);
				for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
					window.scrollTo(0, y);
					await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
				}
			});
			await page.waitForLoadState('networkidle');

			const origin = new URL(server.url).origin;
			const elsewhere = requests.filter((r) => !r.url.startsWith('data:') && new URL(r.url).origin !== origin);
			expect(elsewhere).toEqual([]);
			expect(requests.filter((r) => r.type === 'font' || FONT.test(r.url))).toEqual([]);
			expect(failures).toEqual([]);
			expect(errors).toEqual([]);

			// And nothing in the markup would fetch from elsewhere if it were loaded in another way.
			const resources = await page.evaluate(() =>
				[...document.querySelectorAll('img, source, script[src], link[href]:not([rel="canonical"]), iframe, video, audio, object')]
					.flatMap((el) => {
						const urls: string[] = [];
						for (const attr of ['src', 'href', 'data', 'poster']) {
							const value = el.getAttribute(attr);
							if (value) urls.push(value);
						}
						const srcset = el.getAttribute('srcset');
						if (srcset) urls.push(...srcset.split(',').map((part) => part.trim().split(/\s+/)[0]));
						return urls;
					})
					.map((url) => new URL(url, document.baseURI).href),
			);
			expect(resources.filter((url) => new URL(url).origin !== origin)).toEqual([]);
			expect(resources.filter((url) => FONT.test(url))).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
