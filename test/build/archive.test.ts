/**
 * An archive of several years, as a gazette office builds it month after month:
 * the search index comes in parts (one per year), each indexed in a process of
 * its own and searched in the browser as one index, newest issue first; a
 * rebuild reuses the parts whose pages did not change, reflects every item
 * changed, added or removed in an old issue, and gives the same bytes as a
 * cold build of the same content.
 *
 * The content is the synthetic gazette (scripts/bench/synthetic-gazette.ts),
 * small: three issues, December 2022 to February 2023.
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/synthetic-gazette.ts';
import { PARTS_FILE, type PartsList } from '../../src/search/parts.ts';
import { launchChromium } from '../support/browser.ts';
import { ROOT, buildSite, removeBuild, type BuildResult } from '../support/build.ts';
import { differingFiles } from '../support/compare.ts';
import { readResults } from '../support/search-page.ts';
import { expectedPages, readBuiltSite, type SitePage } from '../support/search-truth.ts';
import { startServer } from '../support/serve.ts';

const BUILD_DATE = '2026-11-28';
const CHANGED_WORD = '档案变更核对词';
const ADDED_WORD = '档案新增核对词';
const REMOVED_WORD = '档案删除核对词';

const scratch = mkdtempSync(path.join(ROOT, 'tmp', 'archive-'));
const content = path.join(scratch, 'content');
const briefs = path.join(content, 'briefs/2022-12');
let browser: Browser;

beforeAll(async () => {
	generate({ out: content, pages: 120, seed: 7, lastIssue: '2023-02', nextIssues: 0 });
	// The second brief of December 2022 is removed later: a word of its own shows whether search still has it.
	appendFileSync(path.join(briefs, readdirSync(briefs).sort()[1]), `\n${REMOVED_WORD}见于此。\n`);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	rmSync(scratch, { recursive: true, force: true });
});

/** Pagefind's page count over every part the bundle lists. */
function indexedPages(site: string): { parts: string[]; pages: number } {
	const { parts } = JSON.parse(readFileSync(path.join(site, 'pagefind', PARTS_FILE), 'utf8')) as PartsList;
	let pages = 0;
	for (const part of parts) {
		const entry = JSON.parse(readFileSync(path.join(site, 'pagefind', part.path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		pages += Object.values(entry.languages).reduce((s, l) => s + l.page_count, 0);
	}
	return { parts: parts.map((p) => `${p.period}:${p.path}`), pages };
}

/** Every result the search page shows for `q`, in order. */
async function searchAll(site: string, q: string): Promise<string[]> {
	const server = await startServer(site);
	const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	try {
		const page = await context.newPage();
		await page.goto(`${server.url}/search/?${new URLSearchParams({ q })}`);
		return (await readResults(page)).results.map((r) => r.href);
	} finally {
		await context.close();
		await server.stop();
	}
}

const issueOf = (pages: SitePage[]) => new Map(pages.map((p) => [p.url, p.info.issue]));

/** The search parts in a build's cache folder. */
const cachedParts = (outDir: string) => readdirSync(path.join(`${outDir}.cache`, 'gazette-search')).sort();

describe('an archive of two years', () => {
	let first: BuildResult;
	let firstParts: string[] = [];

	beforeAll(async () => {
		first = await buildSite({ contentDir: content, buildDate: BUILD_DATE });
		firstParts = cachedParts(first.outDir);
	});
	afterAll(() => removeBuild(first.outDir));

	it('builds, indexing each year as a part of its own', () => {
		expect(first.code, first.output).toBe(0);
		expect(first.output).toMatch(/indexed \d+ pages for search in [\d.]+ s: 2 periods, 2 indexed\n/);
		const { parts, pages } = indexedPages(first.outDir);
		expect(parts).toEqual(['2023:', '2022:2022/']);
		expect(pages).toBe(readBuiltSite(first.outDir).pages.length);
	});

	it('is searched as one index: every page with the word, from both years, newest issue first', async () => {
		const built = readBuiltSite(first.outDir);
		const got = await searchAll(first.outDir, '工作');
		expect(new Set(got)).toEqual(expectedPages(built.pages, ['工作'], 'plain'));
		const issues = issueOf(built.pages);
		expect(new Set(got.map((url) => issues.get(url)!.slice(0, 4)))).toEqual(new Set(['2022', '2023']));
		// Pages with the word in their title first, then the rest; each newest issue first, across the parts.
		const inTitle = new Set(built.pages.filter((p) => p.title.includes('工作')).map((p) => p.url));
		const titled = got.filter((url) => inTitle.has(url));
		const rest = got.filter((url) => !inTitle.has(url));
		expect(got).toEqual([...titled, ...rest]);
		for (const group of [titled, rest]) {
			const months = group.map((url) => issues.get(url)!);
			expect(new Set(months.map((m) => m.slice(0, 4))).size, 'both years in each group').toBe(2);
			expect(months).toEqual([...months].sort().reverse());
		}
		expect(await searchAll(first.outDir, REMOVED_WORD)).toHaveLength(1);
	});

	describe('built again after an old issue changed', () => {
		let again: BuildResult;
		let cold: BuildResult;
		let changed = '';
		let removed = '';

		beforeAll(async () => {
			const names = readdirSync(briefs).sort();
			[changed, removed] = names;
			appendFileSync(path.join(briefs, changed), `\n${CHANGED_WORD}见于此。\n`);
			rmSync(path.join(briefs, removed));
			writeFileSync(path.join(briefs, '99-新增.md'), `---\ntitle: "市政府研究档案工作"\ndate: 2022-12-30\nissue: "2022-12"\n---\n\n会议研究${ADDED_WORD}有关事项。\n`);
			// The same output folder, so the same cache: the next month's build.
			again = await buildSite({ contentDir: content, buildDate: BUILD_DATE, outDir: first.outDir });
			const coldDir = mkdtempSync(path.join(ROOT, 'tmp', 'builds', 'cold-'));
			cold = await buildSite({ contentDir: content, buildDate: BUILD_DATE, outDir: coldDir });
		});
		afterAll(() => removeBuild(cold.outDir));

		it('indexes only the year that changed, and keeps only the parts it used', () => {
			expect(again.code, again.output).toBe(0);
			expect(again.output).toMatch(/indexed \d+ pages for search in [\d.]+ s: 2 periods, 1 indexed, 1 unchanged \(from the cache\)\n/);
			const parts = cachedParts(again.outDir);
			expect(firstParts).toHaveLength(2);
			expect(parts).toHaveLength(2);
			expect(parts.filter((p) => p.startsWith('2023-'))).toEqual(firstParts.filter((p) => p.startsWith('2023-')));
			expect(parts.filter((p) => p.startsWith('2022-'))).not.toEqual(firstParts.filter((p) => p.startsWith('2022-')));
		});

		it('finds the changed and the added item, and not the removed one', async () => {
			const slug = (file: string) => `/briefs/2022-12/${file.replace(/\.md$/, '')}/`;
			expect(await searchAll(again.outDir, CHANGED_WORD)).toEqual([slug(changed)]);
			expect(await searchAll(again.outDir, ADDED_WORD)).toEqual([slug('99-新增.md')]);
			expect(existsSync(path.join(again.outDir, 'briefs/2022-12', removed.replace(/\.md$/, '')))).toBe(false);
			expect(await searchAll(again.outDir, REMOVED_WORD)).toEqual([]);
			const built = readBuiltSite(again.outDir);
			expect(indexedPages(again.outDir).pages).toBe(built.pages.length);
			expect(new Set(await searchAll(again.outDir, '工作'))).toEqual(expectedPages(built.pages, ['工作'], 'plain'));
		});

		it('gives the same bytes as a cold build of the same content', () => {
			expect(cold.code, cold.output).toBe(0);
			expect(cold.output).toMatch(/2 periods, 2 indexed\n/);
			expect(differingFiles(again.outDir, cold.outDir)).toEqual([]);
		});
	});
});
