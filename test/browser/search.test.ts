/**
 * Search in a real browser, measured against the built site itself: for every
 * query in test/fixtures/search-queries.ts the search page must show exactly
 * the pages whose searchable text contains the query (recall and precision 1),
 * with a marked excerpt; 文号 and unified numbers lead to their document; the
 * address keeps the query and filters; filters narrow correctly; and nothing
 * outside a page's data-pagefind-body (navigation, header, footer) is indexed.
 *
 * Expected results come from test/support/search-truth.ts, which reads the
 * built HTML only: see there for how text and queries are normalised.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_QUERIES, type QueryKind, type SearchQuery } from '../fixtures/search-queries.ts';
import { launchChromium } from '../support/browser.ts';
import { SAMPLE_BUILD_DATE } from '../support/build.ts';
import { expectedPages, foldFor, readBuiltSite, truthTerms, type Fold, type SitePage } from '../support/search-truth.ts';
import { readResults, type Shown, type ShownResult } from '../support/search-page.ts';
import { startServer, type Server } from '../support/serve.ts';

const site = inject('sampleSite');
const built = readBuiltSite(site);
const pages = built.pages;
const byUrl = new Map(pages.map((p) => [p.url, p]));

const HAN_GAP = /\p{Script=Han}\s+\p{Script=Han}/u;

let server: Server;
let browser: Browser;

beforeAll(async () => {
	server = await startServer(site);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

// ---------------------------------------------------------------------------
// Driving the search page

interface Opened {
	page: Page;
	errors: string[];
}

async function newPage(options: Parameters<Browser['newContext']>[0] = {}, clock?: string): Promise<Opened> {
	const context: BrowserContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		// The browser asks for /favicon.ico on its own for pages that are not HTML.
		if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`console: ${message.text()} (${message.location().url})`);
	});
	if (clock) await page.clock.setFixedTime(new Date(clock));
	return { page, errors };
}

async function closing<T>(opened: Opened, check: (page: Page) => Promise<T>): Promise<T> {
	try {
		const result = await check(opened.page);
		expect(opened.errors).toEqual([]);
		return result;
	} finally {
		await opened.page.context().close();
	}
}

const searchUrl = (params: Record<string, string>) => `${server.url}/search/?${new URLSearchParams(params)}`;

async function search(page: Page, params: Record<string, string>): Promise<Shown> {
	const response = await page.goto(searchUrl(params));
	expect(response?.status()).toBe(200);
	return readResults(page);
}

// ---------------------------------------------------------------------------
// Expectations

function foldOf(query: SearchQuery): Fold {
	return query.kind === 'doc-number' ? 'doc-number' : query.kind === 'unified-number' ? 'unified-number' : 'plain';
}

function expectedFor(query: SearchQuery, filter: (p: SitePage) => boolean = () => true): Set<string> {
	const fold = foldOf(query);
	const found = expectedPages(pages, truthTerms(query.q, fold, query.canonical), fold);
	return new Set([...found].filter((url) => filter(byUrl.get(url)!)));
}

/** Excerpt problems of one result, as readable lines (empty when all is well). */
function excerptProblems(query: SearchQuery, result: ShownResult): string[] {
	const fold = foldFor(foldOf(query));
	const terms = new Set(truthTerms(query.q, foldOf(query), query.canonical));
	const problems: string[] = [];
	if (result.marks.length === 0) problems.push(`${result.href}: no <mark> in “${result.excerptText}”`);
	for (const mark of result.marks) {
		if (!terms.has(fold(mark))) problems.push(`${result.href}: <mark>${mark}</mark> is none of ${[...terms].join(', ')}`);
	}
	const gap = HAN_GAP.exec(result.excerptText);
	if (gap) problems.push(`${result.href}: whitespace between Han characters “${gap[0]}” in “${result.excerptText}”`);
	return problems;
}

interface Measured {
	query: SearchQuery;
	expected: number;
	got: number;
	hits: number;
	missing: string[];
	extra: string[];
}

const measured: Measured[] = [];

function measure(query: SearchQuery, expected: Set<string>, got: string[]): Measured {
	const gotSet = new Set(got);
	const m: Measured = {
		query,
		expected: expected.size,
		got: gotSet.size,
		hits: [...gotSet].filter((u) => expected.has(u)).length,
		missing: [...expected].filter((u) => !gotSet.has(u)),
		extra: [...gotSet].filter((u) => !expected.has(u)),
	};
	measured.push(m);
	return m;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

// ---------------------------------------------------------------------------

describe('the built sample', () => {
	it('has searchable pages of every section, and pages that are not searchable', () => {
		expect(pages.length).toBeGreaterThanOrEqual(20);
		expect([...new Set(pages.map((p) => p.info.section))]).toEqual(
			expect.arrayContaining(['市政府办公室文件', '部门文件', '政策解读', '人事任免', '政务简讯', '政府记事', '统计数据', '县区风采']),
		);
		// Home, issue tables of contents, the search page itself: navigation, not content.
		const unsearchable = built.all.map((p) => p.url).filter((u) => !byUrl.has(u));
		expect(unsearchable).toEqual(expect.arrayContaining(['/', '/issues/', '/issues/2022-12/', '/search/']));
	});

	it('is covered by every kind of query, each with the results it should have', () => {
		const kinds: QueryKind[] = [
			'two-char', 'term', 'cross-boundary', 'across-blocks', 'single-char', 'name', 'phone', 'figure', 'latin', 'mixed',
			'multi-term', 'no-result', 'furniture', 'doc-number', 'unified-number',
		];
		for (const kind of kinds) expect(SEARCH_QUERIES.filter((q) => q.kind === kind).length, kind).toBeGreaterThan(0);
		expect(SEARCH_QUERIES.filter((q) => q.kind === 'cross-boundary').length).toBeGreaterThanOrEqual(13);
		const wrong = SEARCH_QUERIES.filter((q) => {
			const empty = expectedFor(q).size === 0;
			return q.kind === 'no-result' || q.kind === 'furniture' || q.empty ? !empty : empty;
		});
		expect(wrong.map((q) => `${q.kind} ${q.q}`)).toEqual([]);
		// Furniture is on the built pages, just not in any page's searchable part.
		for (const q of SEARCH_QUERIES.filter((q) => q.kind === 'furniture')) {
			expect(built.all.some((p) => p.text.includes(q.q)), q.q).toBe(true);
		}
	});
});

describe('every query finds exactly the pages containing it', () => {
	it.for(SEARCH_QUERIES)('$kind: $q', async (query) => {
		const opened = await newPage();
		await closing(opened, async (page) => {
			const shown = await search(page, { q: query.q });
			expect(shown.status).not.toMatch(/^检索出错/);
			const hrefs = shown.results.map((r) => r.href);
			const expected = expectedFor(query);
			const m = measure(query, expected, hrefs);

			expect.soft(new Set(hrefs).size, 'no page is listed twice').toBe(hrefs.length);
			if (expected.size === 0) expect.soft(shown.status).toBe(`没有找到包含“${query.q.trim()}”的内容。`);
			else expect.soft(shown.status).toMatch(new RegExp(`^找到 ${hrefs.length} 条包含`));
			expect.soft({ recall: ratio(m.hits, m.expected), missing: m.missing }).toEqual({ recall: 1, missing: [] });
			expect.soft({ precision: ratio(m.hits, m.got), extra: m.extra }).toEqual({ precision: 1, extra: [] });

			const problems = shown.results.flatMap((r) => excerptProblems(query, r));
			expect.soft(problems).toEqual([]);

			if (query.document) {
				const [first] = shown.results;
				expect(first?.href, 'the document comes first').toBe(query.document);
				expect(first.direct).toBe(true);
				expect(first.directLabel).toBe('文号直达');
				expect(first.validity, 'a document shows its 有效性').not.toBeNull();
				expect(shown.status).toContain('第一条为文号对应的文件');
				expect(shown.results.filter((r) => r.direct)).toHaveLength(1);
			} else {
				expect(shown.results.filter((r) => r.direct)).toEqual([]);
			}
		});
	});

	it('has overall recall and precision 1', () => {
		expect(measured.length, 'the per-query cases ran first').toBe(SEARCH_QUERIES.length);
		const sum = (f: (m: Measured) => number, ms = measured) => ms.reduce((n, m) => n + f(m), 0);
		const byKind = [...new Set(measured.map((m) => m.query.kind))].map((kind) => {
			const ms = measured.filter((m) => m.query.kind === kind);
			return {
				kind,
				queries: ms.length,
				expected: sum((m) => m.expected, ms),
				shown: sum((m) => m.got, ms),
				found: sum((m) => m.hits, ms),
				recall: ratio(sum((m) => m.hits, ms), sum((m) => m.expected, ms)).toFixed(3),
				precision: ratio(sum((m) => m.hits, ms), sum((m) => m.got, ms)).toFixed(3),
				perfect: ms.filter((m) => m.missing.length === 0 && m.extra.length === 0).length,
			};
		});
		const recall = ratio(sum((m) => m.hits), sum((m) => m.expected));
		const precision = ratio(sum((m) => m.hits), sum((m) => m.got));
		const macroRecall = sum((m) => ratio(m.hits, m.expected)) / measured.length;
		const macroPrecision = sum((m) => ratio(m.hits, m.got)) / measured.length;
		console.log(
			`search over ${pages.length} pages, ${measured.length} queries: ` +
				`recall ${recall.toFixed(4)}, precision ${precision.toFixed(4)} (micro); ` +
				`${macroRecall.toFixed(4)}, ${macroPrecision.toFixed(4)} (mean per query)`,
		);
		console.table(byKind);
		const wrong = measured
			.filter((m) => m.missing.length || m.extra.length)
			.map((m) => ({ kind: m.query.kind, query: m.query.q, missing: m.missing.join(' '), extra: m.extra.join(' ') }));
		if (wrong.length) console.table(wrong);
		expect(wrong).toEqual([]);
		expect({ recall, precision }).toEqual({ recall: 1, precision: 1 });
	});
});

describe('ranking', () => {
	// Each has the term in some titles and only in the text of other pages.
	it.for(['火灾', '统计', '留员工', '张振丰', '调查处理规定', '慈善'])('results for %s with the term in the title come first', async (q) => {
		const terms = truthTerms(q, 'plain');
		const inTitle = expectedPages(pages, terms, 'plain', 'title');
		const anywhere = expectedPages(pages, terms, 'plain');
		expect(inTitle.size, 'some titles contain it').toBeGreaterThan(0);
		expect(anywhere.size, 'some pages contain it only in their text').toBeGreaterThan(inTitle.size);
		await closing(await newPage(), async (page) => {
			const { results } = await search(page, { q });
			const order = results.map((r) => (inTitle.has(r.href) ? 'title' : 'text'));
			expect(new Set(results.map((r) => r.href))).toEqual(anywhere);
			expect(order.join(' ')).toBe([...Array(inTitle.size).fill('title'), ...Array(anywhere.size - inTitle.size).fill('text')].join(' '));
		});
	});

	it('lists each result once when 显示更多结果 is clicked twice in a row', async () => {
		await closing(await newPage(), async (page) => {
			await page.goto(searchUrl({ q: '温州' }));
			const more = page.getByRole('button', { name: '显示更多结果' });
			await more.waitFor({ state: 'visible', timeout: 20_000 });
			await more.dblclick();
			await more.waitFor({ state: 'hidden', timeout: 20_000 });
			await page.waitForTimeout(300);
			const hrefs = await page.locator('[data-search-results] > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(hrefs.length).toBe(expectedFor({ q: '温州', kind: 'two-char' }).size);
			expect(new Set(hrefs).size).toBe(hrefs.length);
		});
	});

	it('puts the newest first within the title matches and within the rest', async () => {
		const q = '温州';
		const inTitle = expectedPages(pages, truthTerms(q, 'plain'), 'plain', 'title');
		await closing(await newPage(), async (page) => {
			const { results } = await search(page, { q });
			expect(results.length).toBeGreaterThan(10);
			for (const group of [results.filter((r) => inTitle.has(r.href)), results.filter((r) => !inTitle.has(r.href))]) {
				const dates = group.map((r) => r.date);
				expect(new Set(dates).size, 'results of several dates').toBeGreaterThan(3);
				expect(dates).toEqual([...dates].sort().reverse());
			}
		});
	});
});

describe('the address', () => {
	it('follows typing after the debounce and the filters, and a reload restores the search', async () => {
		await closing(await newPage(), async (page) => {
			await page.goto(`${server.url}/search/`);
			await expect.poll(() => page.getByRole('status').textContent()).toBe('输入关键词或文号开始检索。');
			const input = page.locator('#search-q');
			await input.pressSequentially('火灾', { delay: 30 });
			await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '火灾', null, { timeout: 10_000 });
			const typed = await readResults(page);
			expect(new Set(typed.results.map((r) => r.href))).toEqual(expectedFor({ q: '火灾', kind: 'two-char' }));

			await page.locator('select[name="section"]').selectOption('政策解读');
			await page.waitForFunction(() => new URLSearchParams(location.search).get('section') === '政策解读', null, { timeout: 10_000 });
			const params = new URLSearchParams(new URL(page.url()).search);
			expect(Object.fromEntries(params)).toEqual({ q: '火灾', section: '政策解读' });
			const filtered = await readResults(page);
			const expected = expectedFor({ q: '火灾', kind: 'two-char' }, (p) => p.info.section === '政策解读');
			expect(expected).toEqual(new Set(['/interpretations/2022-12/温政办-2022-96/']));
			expect(new Set(filtered.results.map((r) => r.href))).toEqual(expected);

			await page.reload();
			expect(await input.inputValue()).toBe('火灾');
			expect(await page.locator('select[name="section"]').inputValue()).toBe('政策解读');
			const restored = await readResults(page);
			expect(restored.results.map((r) => r.href)).toEqual(filtered.results.map((r) => r.href));
			expect(restored.status).toBe(filtered.status);
		});
	});
});

describe('filters', () => {
	const q = '温州'; // in most pages of every section

	it('section=政策解读 keeps only interpretations', async () => {
		await closing(await newPage(), async (page) => {
			const { results } = await search(page, { q, section: '政策解读' });
			const expected = expectedFor({ q, kind: 'two-char' }, (p) => p.info.section === '政策解读');
			expect(expected.size).toBe(5);
			expect(new Set(results.map((r) => r.href))).toEqual(expected);
			expect(results.every((r) => r.href.startsWith('/interpretations/'))).toBe(true);
		});
	});

	it('year=2022 keeps every result', async () => {
		await closing(await newPage(), async (page) => {
			const { results } = await search(page, { q, year: '2022' });
			const expected = expectedFor({ q, kind: 'two-char' });
			expect(pages.every((p) => p.info.issue.startsWith('2022-'))).toBe(true);
			expect(new Set(results.map((r) => r.href))).toEqual(expected);
		});
	});

	it('issuer=温州市财政局 keeps the joint 温人社发〔2022〕73号 only', async () => {
		await closing(await newPage(), async (page) => {
			const { results } = await search(page, { q, issuer: '温州市财政局' });
			const expected = expectedFor({ q, kind: 'two-char' }, (p) => p.info.issuers?.includes('温州市财政局') ?? false);
			expect(expected).toEqual(new Set(['/documents/温人社发-2022-73/']));
			expect(results.map((r) => r.href)).toEqual(['/documents/温人社发-2022-73/']);
		});
	});

	// The sample's documents: 94号 in force 2022-12-22 … 2023-06-30, 98号 2023-01-01 … 2025-12-31,
	// 96号 from 2023-02-01, 73号 from 2022-12-06 and 41号 from 2022-12-30 with no end.
	it.for([
		['2023-01-15', 'not-yet-in-force', ['96']],
		['2023-01-15', 'in-force', ['94', '98', '73', '41']],
		['2023-01-15', 'expired', []],
		['2023-07-01', 'expired', ['94']],
		['2023-07-01', 'not-yet-in-force', []],
		['2030-01-01', 'in-force', ['96', '73', '41']],
		['2030-01-01', 'expired', ['94', '98']],
	] as const)('validity on the reader’s day %s: %s keeps the documents %j, whatever the build day', async ([day, validity, numbers]) => {
		await closing(await newPage({}, `${day}T12:00:00+08:00`), async (page) => {
			const shown = await search(page, { q, validity });
			const documents = shown.results.filter((r) => r.href.startsWith('/documents/')).map((r) => /-(\d+)\/$/.exec(r.href)![1]);
			expect(new Set(documents)).toEqual(new Set(numbers));
			expect(shown.results.map((r) => r.validity)).toEqual(shown.results.map(() => validity));
			// The count is of these results, not of the pages the build day would have given.
			if (numbers.length) expect(shown.status).toContain(`找到 ${shown.results.length} 条`);
			else expect(shown.status).toBe(`没有找到包含“${q}”的内容。`);
		});
	});

	it('validity=expired on the build day keeps 温政办〔2022〕94号 and 98号', async () => {
		// Noon in Shanghai on the build day: the index's 有效性 and the reader's agree.
		await closing(await newPage({}, `${SAMPLE_BUILD_DATE}T12:00:00+08:00`), async (page) => {
			const { results } = await search(page, { q, validity: 'expired' });
			expect(await page.evaluate(() => new Date().toISOString())).toBe(`${SAMPLE_BUILD_DATE}T04:00:00.000Z`);
			const documents = results.filter((r) => r.href.startsWith('/documents/')).map((r) => r.href);
			expect(new Set(documents)).toEqual(new Set(['/documents/温政办-2022-94/', '/documents/温政办-2022-98/']));
			expect(results.map((r) => r.validity)).toEqual(results.map(() => 'expired'));
			expect(await page.locator('select[name="validity"]').inputValue()).toBe('expired');
		});
	});
});

describe('the header search box', () => {
	it('on a document page submits to /search/?q=… and shows the results', async () => {
		await closing(await newPage(), async (page) => {
			await page.goto(`${server.url}/documents/温政办-2022-94/`);
			const box = page.locator('header form[role="search"] input[name="q"]');
			await box.fill('火灾');
			await Promise.all([page.waitForURL(/\/search\/\?q=/), box.press('Enter')]);
			expect(new URL(page.url()).pathname).toBe('/search/');
			expect(new URL(page.url()).searchParams.get('q')).toBe('火灾');
			expect(await page.locator('#search-q').inputValue()).toBe('火灾');
			const { results } = await readResults(page);
			expect(new Set(results.map((r) => r.href))).toEqual(expectedFor({ q: '火灾', kind: 'two-char' }));
		});
	});
});

describe('under a Content-Security-Policy that forbids inline scripts', () => {
	it('starts the search worker from the page’s own script and finds what it finds otherwise', async () => {
		const { page, errors } = await newPage();
		try {
			await page.route('**/search/**', async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'; worker-src 'self'" } });
			});
			await page.goto(searchUrl({ q: '火灾' }));
			const { results } = await readResults(page);
			expect(new Set(results.map((r) => r.href))).toEqual(expectedFor({ q: '火灾', kind: 'two-char' }));
			// The <head> script that starts the worker was refused, and nothing else went wrong.
			expect(errors.length).toBeGreaterThan(0);
			expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
		} finally {
			await page.context().close();
		}
	});
});

describe('with JavaScript disabled', () => {
	it('/search/?q=火灾 says search needs JavaScript and links to 往期公报', async () => {
		await closing(await newPage({ javaScriptEnabled: false }), async (page) => {
			const response = await page.goto(searchUrl({ q: '火灾' }));
			expect(response?.status()).toBe(200);
			const notice = page.locator('.search-page .notice-box');
			expect(await notice.isVisible()).toBe(true);
			expect(await notice.textContent()).toContain('检索需要浏览器启用 JavaScript');
			const link = notice.getByRole('link', { name: '往期公报' });
			expect(await link.getAttribute('href')).toBe('/issues/');
			expect(await page.locator('[data-search-ui]').isHidden()).toBe(true);
			expect(await page.locator('[data-search-results] > li').count()).toBe(0);
		});
	});
});

describe('the index', () => {
	const bundle = path.join(site, 'pagefind');

	/** URL and content of every record, read from the fragments Pagefind wrote. */
	function fragments(): { url: string; content: string }[] {
		return readdirSync(path.join(bundle, 'fragment')).map((file) => {
			const raw = gunzipSync(readFileSync(path.join(bundle, 'fragment', file))).toString('utf8');
			expect(raw.startsWith('pagefind_dcd')).toBe(true);
			return JSON.parse(raw.slice('pagefind_dcd'.length)) as { url: string; content: string };
		});
	}

	it('is a Pagefind bundle under /pagefind/ holding every searchable page and nothing else', async () => {
		for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(existsSync(path.join(bundle, file)), file).toBe(true);
		const entry = JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(pages.length);
		expect(new Set(fragments().map((f) => decodeURI(f.url)))).toEqual(new Set(pages.map((p) => p.url)));

		await closing(await newPage(), async (page) => {
			for (const file of ['pagefind.js', 'pagefind-entry.json']) {
				const response = await page.request.get(`${server.url}/pagefind/${file}`);
				expect(response.status(), file).toBe(200);
			}
		});
	});

	it('has no navigation or page furniture in any record', () => {
		// Index words are Han bigrams with punctuation riding along: compare the words, punctuation stripped.
		const words = (s: string) => s.split(' ').map((w) => w.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '')).filter(Boolean);
		const bigrams = (s: string) => [...s].slice(0, -1).map((c, i) => c + [...s][i + 1]);
		const records = fragments().map((f) => ` ${words(f.content).join(' ')} `);
		for (const q of SEARCH_QUERIES.filter((q) => q.kind === 'furniture')) {
			const phrase = ` ${bigrams(q.q).join(' ')} `;
			expect(records.filter((r) => r.includes(phrase)), q.q).toEqual([]);
		}
	});

	it('finds nothing for a navigation word when asked directly, and finds content words', async () => {
		await closing(await newPage(), async (page) => {
			// A page with no lang attribute, so that Pagefind does not segment the phrase again.
			await page.goto(`${server.url}/pagefind/pagefind-entry.json`);
			const phrases = ['"往期 期公 公报"', '"数据 据接 接口"', '"跳到 到正 正文"', '"火灾"'];
			// A string, so that the test's own bundler leaves the import() alone.
			const counts = (await page.evaluate(`(async () => {
				const pf = await import('/pagefind/pagefind.js');
				const out = {};
				// Only matches in the content: Pagefind also matches metadata, which has no positions.
				for (const phrase of ${JSON.stringify(phrases)}) out[phrase] = (await pf.search(phrase)).results.filter((r) => r.words.length > 0).length;
				return out;
			})()`)) as Record<string, number>;
			expect(counts).toEqual({
				'"往期 期公 公报"': 0,
				'"数据 据接 接口"': 0,
				'"跳到 到正 正文"': 0,
				'"火灾"': expectedFor({ q: '火灾', kind: 'two-char' }).size,
			});
		});
	});
});
