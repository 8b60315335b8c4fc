/** The citation of a document copied in one action, in Chromium (clipboard granted, as a reader's click grants it). */
import { expect, inject, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser(inject('sampleSite'));

it('复制引用 puts 《title》（文号） and the permanent address on the clipboard and says so', async () => {
	const context = await site.browser.newContext({ locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/documents/温政办-2022-96/`);
	const citation = await page.locator('[data-citation]').textContent();
	expect(citation).toMatch(/^《.+》（温政办〔2022〕96号），https?:\/\/.+\/d\/温政办〔2022〕96号\/$/);
	await page.locator('[data-copy-citation]').click();
	await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('已复制');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
	await context.close();
});

it('the outline’s links take the reader to the block, and 回到顶部 back to the start of the page', async () => {
	const context = await site.browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(`${site.server.url}/documents/温政办-2022-96/`);
	const last = page.locator('nav.doc-outline a').last();
	const id = (await last.getAttribute('href'))!.slice(1);
	await last.click();
	await expect.poll(() => page.evaluate((target) => Math.round(document.getElementById(target)!.getBoundingClientRect().top), id)).toBeLessThan(100);
	await page.locator('.cite-this a.to-top').click();
	await expect.poll(() => page.evaluate(() => Math.round(document.querySelector('main')!.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
	await context.close();
});
