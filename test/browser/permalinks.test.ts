/**
 * Permalinks by number in Chromium, on a static server that sends the site's
 * 404 page for anything it does not have (as static hosts do): the canonical
 * address works without JavaScript, every other spelling search accepts is
 * forwarded by the 404 page, and a number the gazette does not hold is named.
 */
import { describe, expect, inject, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';

const DOC_96 = '/documents/温政办-2022-96/';

const site = siteInBrowser(inject('sampleSite'));

/** Where the browser ends up after opening `pathname` (the path, decoded). */
async function landing(pathname: string, javaScriptEnabled = true): Promise<string> {
	const context = await site.browser.newContext({ javaScriptEnabled, locale: 'zh-CN' });
	try {
		const page = await context.newPage();
		await page.goto(site.server.url + pathname);
		await page.waitForURL((url) => !url.pathname.startsWith('/d/'), { timeout: 10_000 }).catch(() => undefined);
		return decodeURI(new URL(page.url()).pathname);
	} finally {
		await context.close();
	}
}

describe('permalinks in the browser', () => {
	it.each([
		['/d/温政办〔2022〕96号/', 'canonical'],
		['/d/ZJCC01-2022-0022/', 'unified number, canonical'],
	])('%s (%s) reaches the document without JavaScript', async (pathname) => {
		expect(await landing(pathname, false)).toBe(DOC_96);
	});

	it.each([
		['/d/温政办〔2022〕96号', 'without the trailing slash'],
		['/d/温政办[2022]96号', 'ASCII brackets'],
		['/d/温政办2022年96号', '年'],
		['/d/温政办【2022】096', '黑色方头括号, leading zero, no 号'],
		['/d/温政办（２０２２）９６号/', 'full-width'],
		[`/d/${encodeURIComponent('温政办〔2022〕96号')}`, 'percent-encoded'],
		['/d/zjcc01-2022-0022', 'unified number in lower case'],
		['/d/ZJCC01–2022–0022', 'unified number with en dashes'],
	])('%s (%s) is forwarded to the document by the 404 page', async (pathname) => {
		expect(await landing(pathname)).toBe(DOC_96);
	});

	it('a number the gazette does not hold is named, with a search for it', async () => {
		const context = await site.browser.newContext({ locale: 'zh-CN' });
		const page = await context.newPage();
		const response = await page.goto(`${site.server.url}/d/温政办[2022]999号`);
		expect(response?.status()).toBe(404);
		await page.waitForURL((url) => decodeURI(url.pathname) === '/d/温政办〔2022〕999号/');
		const box = page.locator('#missing-number');
		await expect.poll(() => box.isVisible()).toBe(true);
		expect(await box.locator('[data-number]').textContent()).toBe('温政办〔2022〕999号');
		expect(decodeURIComponent((await box.locator('a[data-search]').getAttribute('href'))!)).toBe('/search/?q=温政办〔2022〕999号');
		expect(await page.locator('#not-found-message').isVisible()).toBe(false);
		await context.close();
	});

	it('any other missing page gets the ordinary 404 message', async () => {
		const context = await site.browser.newContext({ locale: 'zh-CN' });
		const page = await context.newPage();
		const response = await page.goto(`${site.server.url}/documents/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('#not-found-message').isVisible()).toBe(true);
		expect(await page.locator('#missing-number').isVisible()).toBe(false);
		await context.close();
	});
});
