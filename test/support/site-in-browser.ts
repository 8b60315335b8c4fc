/**
 * A built site served on 127.0.0.1 and a Chromium to read it, for one browser
 * test file: started before its tests, stopped (by PID) after them.
 *
 *   const ctx = siteInBrowser(inject('sampleSite'));
 *   … await ctx.browser.newContext() … ctx.server.url …
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { startServer, type Server } from './serve.ts';

export function siteInBrowser(dir: string): { readonly server: Server; readonly browser: Browser } {
	let server: Server | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await startServer(dir);
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
	});
	return {
		get server() {
			return server!;
		},
		get browser() {
			return browser!;
		},
	};
}
