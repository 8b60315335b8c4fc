/**
 * Every kind of page, and a search, under the site's own Content-Security-Policy
 * as a host that reads `_headers` serves it (header and <meta> together): no
 * page or worker does anything the policy forbids, and the policy is really in
 * force (an injected inline script is refused).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startServer, type Server } from '../support/serve.ts';

const site = inject('sampleSite');

/** One page of every type the gazette builds. */
const PAGES = [
	'/',
	'/issues/',
	'/issues/2022-12/',
	'/documents/温政办-2022-94/',
	'/interpretations/2022-12/温政办-2022-94/',
	'/briefs/2022-12/01-县委书记座谈会/',
	'/features/2022-12/鹿城区/',
	'/issues/2022-12/photos/',
	'/issues/2022-12/personnel/',
	'/issues/2022-12/briefs/',
	'/issues/2022-12/chronicle/',
	'/issues/2022-12/statistics/',
	'/units/',
	'/units/温州市财政局/',
	'/people/',
	'/people/杨胜杰/',
	'/interpretations/contacts/',
	'/expiring/',
	'/search/?q=火灾',
	'/no-such-page/',
];

let server: Server;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	server = await startServer(site);
	browser = await launchChromium();
	context = await browser.newContext();
	// Every violation the page reports, from the first script on.
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
	});
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Opens a page, collecting violations and every console error (CSP refusals in workers are logged there). */
async function open(pathname: string): Promise<{ page: Page; status: number | undefined; headers: Record<string, string>; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && errors.push(`worker: ${m.text()}`)));
	const response = await page.goto(`${server.url}${encodeURI(pathname)}`, { waitUntil: 'networkidle' });
	return { page, status: response?.status(), headers: response?.headers() ?? {}, errors };
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('the built site', () => {
	const headersFile = readFileSync(path.join(site, '_headers'), 'utf8');
	const headerPolicy = /Content-Security-Policy: (.*)/.exec(headersFile)?.[1];

	it('writes _headers with the policy and the headers a meta element cannot carry', () => {
		expect(headerPolicy).toMatch(/frame-ancestors 'none'$/);
		expect(headersFile).toContain('X-Content-Type-Options: nosniff');
		expect(headersFile).toContain('Referrer-Policy: strict-origin-when-cross-origin');
	});

	it.each(PAGES)('%s: the policy in its <meta> and its headers, and nothing it forbids', async (pathname) => {
		const { page, status, headers, errors } = await open(pathname);
		try {
			expect(status).toBe(pathname === '/no-such-page/' ? 404 : 200);
			const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
			expect(`${meta}; frame-ancestors 'none'`).toBe(headerPolicy);
			expect(headers['content-security-policy']).toBe(headerPolicy);
			// The policy comes before anything it governs.
			expect(await page.evaluate(() => document.head.firstElementChild?.nextElementSibling?.getAttribute('http-equiv'))).toBe('Content-Security-Policy');
			expect(await violations(page)).toEqual([]);
			// The 404 page's own status is logged as a failed load; nothing else may be.
			expect(errors.filter((e) => !(pathname === '/no-such-page/' && /status of 404/.test(e)))).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('runs a search, worker and WebAssembly included, with the policy in force', async () => {
		const { page, errors } = await open('/search/?q=温政办〔2022〕94号');
		try {
			await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0, null, { timeout: 20_000 });
			const href = await page.locator('[data-search-results] > li a').first().getAttribute('href');
			expect(decodeURI(new URL(href!, server.url).pathname)).toBe('/documents/温政办-2022-94/');
			expect(await violations(page)).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('refuses an inline script it has no hash for (the policy is really in force)', async () => {
		const { page } = await open('/documents/温政办-2022-94/');
		try {
			await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
			expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
			expect((await violations(page)).some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
		} finally {
			await page.close();
		}
	});
});
