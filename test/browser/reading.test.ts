/**
 * 适老化 reading settings in Chromium: the text-size steps and high contrast
 * on every page type, by mouse and keyboard, remembered across pages and
 * reloads and applied before the body is parsed (no flash of the wrong size);
 * at 320 px nothing scrolls sideways at any size, nor at 200% browser zoom,
 * where nothing is cut off either; axe-core finds no violation on any page
 * type at any size, plain and in high contrast.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTRAST_ATTRIBUTE, SIZE_ATTRIBUTE, STORAGE_KEY, TEXT_SIZES } from '../../src/reading/preferences.ts';
import { launchChromium } from '../support/browser.ts';
import { pageTypes } from '../support/page-types.ts';
import { startServer, type Server } from '../support/serve.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const siteDir = inject('sampleSite');
const PAGE_TYPES = pageTypes(siteDir);

/** Every text size, plain and in high contrast. */
const MODES = [false, true].flatMap((highContrast) => TEXT_SIZES.map((size) => ({ size, highContrast })));

let server: Server;
let browser: Browser;

beforeAll(async () => {
	server = await startServer(siteDir);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** A context whose storage already holds the reading settings, as if chosen on an earlier visit. */
async function contextWith(mode: { size: number; highContrast: boolean } | undefined, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
	const context = await browser.newContext({ locale: 'zh-CN', ...options });
	if (mode) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(mode)] as const);
	return context;
}

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

describe('the reading settings', () => {
	it('are offered on every page, and not shown without JavaScript (the browser’s zoom serves then)', async () => {
		const context = await contextWith(undefined);
		const page = await context.newPage();
		for (const url of PAGE_TYPES) {
			await page.goto(server.url + url);
			expect(await page.locator('[data-reading-controls]').isVisible(), url).toBe(true);
		}
		await context.close();
		const noScript = await contextWith(undefined, { javaScriptEnabled: false });
		const plain = await noScript.newPage();
		await plain.goto(`${server.url}/`);
		expect(await plain.locator('[data-reading-controls]').isVisible()).toBe(false);
		await noScript.close();
	});

	it('change the text size step by step up to 175%, and are remembered across pages and reloads', async () => {
		const context = await contextWith(undefined);
		const page = await context.newPage();
		await page.goto(`${server.url}/documents/温政办-2022-96/`);
		const base = await rootFontSize(page);
		for (const size of TEXT_SIZES) {
			await page.locator(`[data-reading-controls] [data-size="${size}"]`).click();
			expect(await rootFontSize(page)).toBeCloseTo((base * size) / 100, 1);
			expect(await page.locator(`[data-reading-controls] [data-size="${size}"]`).getAttribute('aria-pressed')).toBe('true');
		}
		await page.reload();
		expect(await rootFontSize(page)).toBeCloseTo(base * 1.75, 1);
		await page.goto(`${server.url}/issues/2022-12/`);
		expect(await rootFontSize(page)).toBeCloseTo(base * 1.75, 1);
		expect(await page.locator(`[data-reading-controls] [data-size="175"]`).getAttribute('aria-pressed')).toBe('true');
		await context.close();
	});

	it('are applied before the body is parsed: no flash of the wrong size or colours', async () => {
		const context = await contextWith({ size: 150, highContrast: true });
		// Records <html>'s attributes at the moment <body> is created.
		await context.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.body) return;
				(window as unknown as { atBody: unknown }).atBody = { size: document.documentElement.getAttribute('data-text-size'), contrast: document.documentElement.getAttribute('data-contrast') };
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		const page = await context.newPage();
		await page.goto(`${server.url}/documents/温政办-2022-96/`);
		expect(await page.evaluate(() => (window as unknown as { atBody: unknown }).atBody)).toEqual({ size: '150', contrast: 'high' });
		await context.close();
	});

	it('work from the keyboard: Tab to high contrast, Enter turns it on, Space turns it off', async () => {
		const context = await contextWith(undefined);
		const page = await context.newPage();
		await page.goto(`${server.url}/`);
		const toggle = page.locator('[data-contrast-toggle]');
		for (let i = 0; i < 20 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.documentElement.getAttribute('data-contrast'))).toBe('high');
		expect(await toggle.getAttribute('aria-pressed')).toBe('true');
		await page.keyboard.press('Space');
		expect(await page.evaluate(() => document.documentElement.getAttribute('data-contrast'))).toBeNull();
		await context.close();
	});
});

describe.each(MODES)('text size $size%, high contrast $highContrast', (mode) => {
	it('nothing scrolls sideways at 320 px on any page type', async () => {
		const context = await contextWith(mode, { viewport: { width: 320, height: 640 } });
		const page = await context.newPage();
		for (const url of PAGE_TYPES) {
			await page.goto(server.url + url);
			const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
			expect(scroll, `${url} is ${scroll}px wide`).toBeLessThanOrEqual(width);
		}
		await context.close();
	});
});

describe('at 200% browser zoom (a 1280 px window shows 640 CSS pixels)', () => {
	it('nothing scrolls sideways and nothing is cut off on any page type', async () => {
		const context = await contextWith(undefined, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
		const page = await context.newPage();
		for (const url of PAGE_TYPES) {
			await page.goto(server.url + url);
			const { scroll, width, clipped } = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				width: document.documentElement.clientWidth,
				// A box that hides what does not fit in it (the visually hidden texts are meant to).
				clipped: [...document.querySelectorAll<HTMLElement>('body *')]
					.filter((el) => !el.closest('.visually-hidden') && ['hidden', 'clip'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
					.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
			}));
			expect(scroll, `${url} is ${scroll}px wide`).toBeLessThanOrEqual(width);
			expect(clipped, url).toEqual([]);
		}
		await context.close();
	});
});

describe('axe-core', () => {
	it('finds no violation on any page type at any text size, plain or in high contrast', async () => {
		// The site's Content-Security-Policy rightly refuses an injected script; axe is the test's, not the page's.
		const context = await contextWith(undefined, { bypassCSP: true });
		const page = await context.newPage();
		for (const url of PAGE_TYPES) {
			await page.goto(server.url + url);
			await page.addScriptTag({ content: AXE });
			// Each mode set as the reading controls set it (the tests above show them applied on load as well).
			for (const mode of MODES) {
				const violations = await page.evaluate(async ([{ size, highContrast }, [sizeAttribute, contrastAttribute]]) => {
					const root = document.documentElement;
					if (size === 100) root.removeAttribute(sizeAttribute);
					else root.setAttribute(sizeAttribute, String(size));
					if (highContrast) root.setAttribute(contrastAttribute, 'high');
					else root.removeAttribute(contrastAttribute);
					const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
					return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				}, [mode, [SIZE_ATTRIBUTE, CONTRAST_ATTRIBUTE]] as const);
				expect(violations, `${url} at ${mode.size}%${mode.highContrast ? ', high contrast' : ''}`).toEqual([]);
			}
		}
		await context.close();
	});
});
