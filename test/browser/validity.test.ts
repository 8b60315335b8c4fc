/**
 * 有效性 in a real browser: pages are built on one day (SAMPLE_BUILD_DATE) and
 * read on another, and the page script corrects the status for the reader's
 * day in Asia/Shanghai. The browser's clock is fixed before navigation, and
 * its time zone is UTC, so that a script using the local date would get the
 * Shanghai-midnight cases wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { todayInShanghai } from '../../src/gazette/dates.ts';
import { STATUS_LABEL, statusOn } from '../../src/gazette/validity.ts';
import { ROOT, SAMPLE_BUILD_DATE } from '../support/build.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const DOC_94 = '/documents/温政办-2022-94/'; // 留工稳产: 2022-12-22 to 2023-06-30
const DOC_96 = '/documents/温政办-2022-96/'; // 火灾事故调查处理规定: 2023-02-01 to 2033-01-31
const INTERPRETATION_96 = '/interpretations/2022-12/温政办-2022-96/';

const IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-inForce';
const NOT_IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-notInForce';

const site = siteInBrowser(inject('sampleSite'));

/** Opens `pathname` in a fresh context whose clock reads `at` (or the real time when omitted). */
async function open(pathname: string, at?: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await site.browser.newContext({ timezoneId: 'UTC', locale: 'zh-CN', ...options });
	const page = await context.newPage();
	if (at) await page.clock.setFixedTime(new Date(at));
	const response = await page.goto(site.server.url + pathname);
	expect(response?.status(), pathname).toBe(200);
	return page;
}

/** The page's own 有效性: the first one on the page, as correctValidity() treats it. */
async function validity(page: Page) {
	const el = page.locator('[data-validity]').first();
	return { text: (await el.textContent())?.trim(), status: await el.getAttribute('data-status') };
}

async function eliInForce(page: Page) {
	return page.locator('meta[property="eli:in_force"]').getAttribute('resource');
}

async function closing(page: Page, check: () => Promise<void>) {
	try {
		await check();
	} finally {
		await page.context().close();
	}
}

describe('温政办〔2022〕96号 (施行 2023-02-01, 有效期至 2033-01-31)', () => {
	it('is 尚未施行 on 2023-01-15 in Shanghai, corrected from the build day', async () => {
		const page = await open(DOC_96, '2023-01-15T10:00:00+08:00');
		await closing(page, async () => {
			expect(await page.evaluate(() => new Date().toISOString())).toBe('2023-01-15T02:00:00.000Z');
			expect(await validity(page)).toEqual({ text: '尚未施行', status: 'not-yet-in-force' });
			expect(await eliInForce(page)).toBe(NOT_IN_FORCE);
		});
	});

	it('is 现行有效 at 00:30 on 2023-02-01 in Shanghai, though it is still 2023-01-31 in UTC', async () => {
		const page = await open(DOC_96, '2023-02-01T00:30:00+08:00');
		await closing(page, async () => {
			// The browser's own calendar day (UTC) is the day before: only the Shanghai day may count.
			expect(await page.evaluate(() => new Date().toDateString())).toBe('Tue Jan 31 2023');
			expect(await validity(page)).toEqual({ text: '现行有效', status: 'in-force' });
			expect(await eliInForce(page)).toBe(IN_FORCE);
		});
	});

	it('is 现行有效 on the real date today, with the real clock', async () => {
		const today = todayInShanghai();
		const expected = statusOn({ effectiveDate: '2023-02-01', expiryDate: '2033-01-31' }, today);
		// 现行有效 until 2033-01-31; after that day the expectation follows the rule instead.
		if (today <= '2033-01-31') expect(STATUS_LABEL[expected]).toBe('现行有效');
		const page = await open(DOC_96);
		await closing(page, async () => {
			expect(await validity(page)).toEqual({ text: STATUS_LABEL[expected], status: expected });
		});
	});
});

describe('温政办〔2022〕94号 (施行 2022-12-22, 有效期至 2023-06-30)', () => {
	it('is 现行有效 at 23:00 on its last day, 2023-06-30, in Shanghai', async () => {
		const page = await open(DOC_94, '2023-06-30T23:00:00+08:00');
		await closing(page, async () => {
			expect(await validity(page)).toEqual({ text: '现行有效', status: 'in-force' });
			expect(await eliInForce(page)).toBe(IN_FORCE);
		});
	});

	it('is 已失效 at 00:10 on 2023-07-01 in Shanghai, and eli:in_force follows', async () => {
		const page = await open(DOC_94, '2023-07-01T00:10:00+08:00');
		await closing(page, async () => {
			expect(await page.evaluate(() => new Date().toDateString())).toBe('Fri Jun 30 2023');
			expect(await validity(page)).toEqual({ text: '已失效', status: 'expired' });
			expect(await eliInForce(page)).toBe(NOT_IN_FORCE);
		});
	});
});

describe('the interpretation page', () => {
	it('shows the corrected 有效性 of the document it interprets', async () => {
		const before = await open(INTERPRETATION_96, '2023-01-15T10:00:00+08:00');
		await closing(before, async () => {
			const facts = before.locator('dl.facts');
			await expect(facts.locator(`a[href="${DOC_96}"]`).count()).resolves.toBe(1);
			expect(await validity(before)).toEqual({ text: '尚未施行', status: 'not-yet-in-force' });
		});
		const after = await open(INTERPRETATION_96, '2023-02-01T00:30:00+08:00');
		await closing(after, async () => {
			expect(await validity(after)).toEqual({ text: '现行有效', status: 'in-force' });
		});
	});
});

describe('with JavaScript disabled', () => {
	/** The body of the document's Markdown file, paragraph by paragraph, headings without their `#`. */
	function sourceParagraphs(file: string): string[] {
		const text = readFileSync(path.join(ROOT, 'content/documents/2022-12', file), 'utf8');
		const body = text.split(/^---$/m).slice(2).join('---');
		return body
			.split('\n')
			.map((line) => line.replace(/^#+\s*/, '').trim())
			.filter(Boolean);
	}

	it('shows the full text, the metadata table and the build-day 有效性 of 94号', async () => {
		// A clock in force-time would give 现行有效 if any script ran; the page must keep the build day's 已失效.
		const page = await open(DOC_94, '2023-01-15T10:00:00+08:00', { javaScriptEnabled: false });
		await closing(page, async () => {
			const article = page.locator('main article');
			await expect(article.locator('h1').textContent()).resolves.toBe(
				'温州市人民政府办公室关于印发温州市支持企业“留员工、稳生产、开门红”工作方案的通知',
			);

			const rows = await page.locator('table.doc-meta tr').evaluateAll((trs) =>
				// innerText: what a reader sees (the 有效性 cell also holds the page script).
				trs.map((tr) => [tr.querySelector('th')?.innerText.trim(), tr.querySelector('td')?.innerText.trim()]),
			);
			const meta = Object.fromEntries(rows);
			expect(meta).toMatchObject({
				发文机关: '温州市人民政府办公室',
				文号: '温政办〔2022〕94号',
				统一编号: 'ZJCC01–2022–0021',
				成文日期: '2022年12月22日',
				发布日期: '2022年12月22日',
				施行日期: '2022年12月22日（自印发之日起施行）',
				有效期至: '2023年6月30日',
				有效性: '已失效',
			});
			expect(await page.locator('table.doc-meta').isVisible()).toBe(true);

			const buildDay = statusOn({ effectiveDate: '2022-12-22', expiryDate: '2023-06-30' }, SAMPLE_BUILD_DATE);
			expect(await validity(page)).toEqual({ text: STATUS_LABEL[buildDay], status: buildDay });
			expect(await eliInForce(page)).toBe(NOT_IN_FORCE);

			// Every paragraph of the source is on the page, and visible.
			const shown = (await article.innerText()).replace(/\s+/g, '');
			const paragraphs = sourceParagraphs('温政办-2022-94.md');
			expect(paragraphs.length).toBeGreaterThan(10);
			const missing = paragraphs.filter((p) => !shown.includes(p.replace(/\s+/g, '')));
			expect(missing).toEqual([]);
		});
	});

	it('shows the build-day 有效性 of 96号', async () => {
		const page = await open(DOC_96, '2023-01-15T10:00:00+08:00', { javaScriptEnabled: false });
		await closing(page, async () => {
			const buildDay = statusOn({ effectiveDate: '2023-02-01', expiryDate: '2033-01-31' }, SAMPLE_BUILD_DATE);
			expect(await validity(page)).toEqual({ text: STATUS_LABEL[buildDay], status: buildDay });
			expect(buildDay).toBe('in-force');
		});
	});
});
