/**
 * Reading the search page's answer in a browser, as a reader sees it: for the
 * search tests of the sample and of a whole archive.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const SEARCHING = '正在检索…';

export interface ShownResult {
	/** decodeURI'd pathname of the result's link. */
	href: string;
	title: string;
	direct: boolean;
	directLabel: string;
	excerptText: string;
	marks: string[];
	validity: string | null;
	/** The date the result shows, YYYY-MM-DD. */
	date: string;
}

export interface Shown {
	status: string;
	results: ShownResult[];
}

/** Waits for the search to finish, shows every result, and reads them in order. */
export async function readResults(page: Page): Promise<Shown> {
	const status = page.getByRole('status');
	await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 20_000 }).not.toMatch(/^$|^正在检索…$/);
	const statusText = (await status.textContent())!;
	const items = page.locator('[data-search-results] > li');
	const more = page.getByRole('button', { name: '显示更多结果' });
	if (/^找到 \d+ 条/.test(statusText)) {
		// The first page of results follows the status.
		await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0, null, { timeout: 20_000 });
		while (await more.isVisible()) {
			const before = await items.count();
			await more.click();
			await page.waitForFunction(
				(n) => document.querySelectorAll('[data-search-results] > li').length > n || document.querySelector<HTMLElement>('[data-search-more]')!.hidden,
				before,
				{ timeout: 20_000 },
			);
		}
	}
	expect(statusText, 'the status leaves 正在检索… for an answer').not.toBe(SEARCHING);
	const results = await items.evaluateAll((lis) =>
		lis.map((li) => {
			const a = li.querySelector('h2 a')!;
			const excerpt = li.querySelector('.excerpt')!;
			return {
				href: decodeURI(new URL(a.getAttribute('href')!, location.href).pathname),
				title: a.textContent ?? '',
				direct: li.classList.contains('direct'),
				directLabel: li.querySelector('.direct-label')?.textContent ?? '',
				excerptText: excerpt.textContent ?? '',
				marks: [...excerpt.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
				validity: li.querySelector('.validity')?.getAttribute('data-status') ?? null,
				date: /\d{4}-\d{2}-\d{2}(?!.*\d{4}-\d{2}-\d{2})/.exec(li.querySelector('.result-facts')?.textContent ?? '')?.[0] ?? '',
			};
		}),
	);
	return { status: statusText, results };
}

