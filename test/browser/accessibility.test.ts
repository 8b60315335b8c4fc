/**
 * Keyboard use and narrow screens: the skip link comes first and takes focus
 * to <main>, focus is always visible, and at 375 px nothing widens the page
 * (wide tables scroll inside their own .table-scroll wrapper).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser(inject('sampleSite'));

async function open(pathname: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
	const context = await site.browser.newContext({ viewport });
	const page = await context.newPage();
	const response = await page.goto(site.server.url + pathname);
	expect(response?.status(), pathname).toBe(200);
	return page;
}

/** What the focused element is and whether its focus is drawn (an outline or a box-shadow). */
function describeFocus(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const box = el.getBoundingClientRect();
		return {
			tag: el.tagName.toLowerCase(),
			id: el.id,
			className: typeof el.className === 'string' ? el.className : '',
			text: (el.innerText ?? '').trim().slice(0, 40),
			inMain: !!el.closest('main'),
			outlineVisible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
			shadowVisible: style.boxShadow !== 'none' && style.boxShadow !== '',
			onScreen: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
		};
	});
}

describe('keyboard', () => {
	it.each(['/', '/documents/温政办-2022-94/'])('on %s, the first Tab reaches the skip link, which takes focus to <main>', async (pathname) => {
		const page = await open(pathname);
		try {
			await page.keyboard.press('Tab');
			const skip = await describeFocus(page);
			expect(skip).toMatchObject({ tag: 'a', className: 'skip-link', text: '跳到正文', onScreen: true });
			expect(skip!.outlineVisible || skip!.shadowVisible).toBe(true);

			await page.keyboard.press('Enter');
			await page.waitForFunction(() => document.activeElement?.id === 'main');
			expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
			expect(new URL(page.url()).hash).toBe('#main');

			// The next Tab continues inside the content, past the header and navigation.
			await page.keyboard.press('Tab');
			const next = await describeFocus(page);
			expect(next?.inMain).toBe(true);
			expect(next!.outlineVisible || next!.shadowVisible).toBe(true);
		} finally {
			await page.context().close();
		}
	});

	it('draws focus on every one of the first Tab stops of a document page', async () => {
		const page = await open('/documents/温政办-2022-94/');
		try {
			const stops = [];
			for (let i = 0; i < 12; i++) {
				await page.keyboard.press('Tab');
				stops.push(await describeFocus(page));
			}
			const unseen = stops.filter((s) => !s || !(s.outlineVisible || s.shadowVisible) || !s.onScreen);
			expect(unseen).toEqual([]);
		} finally {
			await page.context().close();
		}
	});
});

describe('at 375 px wide', () => {
	const PAGES = [
		'/',
		'/issues/2022-12/',
		'/documents/温人社发-2022-73/',
		'/documents/温政办-2022-94/',
		'/documents/温政办-2022-96/',
		'/documents/温政办-2022-98/',
		'/documents/温政服-2022-41/',
		'/issues/2022-12/statistics/',
	];

	it.each(PAGES)('%s does not scroll sideways', async (pathname) => {
		const page = await open(pathname, { width: 375, height: 812 });
		try {
			const result = await page.evaluate(() => {
				const root = document.documentElement;
				// Name what sticks out, outside the wrappers that are meant to scroll, for the failure message.
				const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
					.filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > root.clientWidth + 0.5)
					.slice(0, 5)
					.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`);
				return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
			});
			expect(result.scrollWidth, result.culprits.join('; ')).toBeLessThanOrEqual(result.clientWidth);

			// Wide tables stay inside a wrapper that scrolls on its own.
			const tables = await page.evaluate(() =>
				[...document.querySelectorAll('main table')].map((t) => {
					const wrapper = t.closest('.table-scroll');
					return {
						wrapped: !!wrapper || t.getBoundingClientRect().width <= document.documentElement.clientWidth,
						scrolls: wrapper ? getComputedStyle(wrapper).overflowX : 'n/a',
					};
				}),
			);
			for (const table of tables) {
				expect(table.wrapped).toBe(true);
				expect(['auto', 'scroll', 'n/a']).toContain(table.scrolls);
			}
		} finally {
			await page.context().close();
		}
	});
});
