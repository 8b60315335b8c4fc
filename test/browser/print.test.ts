/**
 * The December 2022 issue printed to PDF from its print view in Chromium, and
 * every page type printed on its own, read back with pdf.js. The truth is the
 * built issue page's table of contents and each item's own page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { pageTypes } from '../support/page-types.ts';
import { pdfIncludes, pdfPattern, readPdf, type PdfPage } from '../support/pdf.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const siteDir = inject('sampleSite');
const site = siteInBrowser(siteDir);
const built = (url: string) => fromHtml(readFileSync(path.join(siteDir, decodeURI(url), 'index.html'), 'utf8'));

/** What the issue page's contents list, in order: each item's section, address and own page's title. */
const contents = selectAll('nav.toc section', built('/issues/2022-12/')).flatMap((section) =>
	selectAll('li a', section).map((a) => {
		const url = String(a.properties.href);
		return { section: toText(select('h2, h3', section)!), url, listed: toText(a), title: toText(select('h1', built(url))!) };
	}),
);
/** What only the site's furniture prints: the skip link, the navigation, the reading settings, the footer. */
const FURNITURE = ['跳到正文', '往期公报即将到期责任单位', '标准较大大特大', '高对比度', '本站内容以公报印刷版为准'];

/** The line that opens item i (from 0) on paper: 第N篇 and its section. */
const numberLine = (i: number, item: { section: string }) => `第${i + 1}篇${item.section}`;
const isLine = (line: string, text: string) => new RegExp(`^${pdfPattern(text).source}$`, 'u').test(line);

async function printToPdf(page: Page, url: string): Promise<PdfPage[]> {
	await page.goto(site.server.url + url, { waitUntil: 'networkidle' });
	return readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
}

describe('the whole issue printed from /issues/2022-12/print/', () => {
	let pdf: PdfPage[];
	/** Index of the page where item N (from 1) starts: the page printing its number line. */
	const starts: number[] = [];

	beforeAll(async () => {
		const context = await site.browser.newContext({ locale: 'zh-CN' });
		pdf = await printToPdf(await context.newPage(), '/issues/2022-12/print/');
		await context.close();
		contents.forEach((item, i) => starts.push(pdf.findIndex((p) => p.lines.some((l) => isLine(l, numberLine(i, item))))));
	});

	it('has every item of the contents, in order, each with its own page’s title', () => {
		expect(contents.length).toBeGreaterThan(15);
		contents.forEach((item, i) => {
			expect(starts[i], `第${i + 1}篇 ${item.title}`).toBeGreaterThan(0);
			if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
			expect(pdfIncludes(pdf[starts[i]].text.replace(/\n/g, ''), item.title), `${item.title} on page ${starts[i] + 1}`).toBe(true);
		});
	});

	it('starts every item on a new page, but runs the briefs on as print does', () => {
		contents.forEach((item, i) => {
			const top = pdf[starts[i]].lines.findIndex((l) => isLine(l, numberLine(i, item)));
			if (item.url.startsWith('/briefs/') && contents[i - 1]?.url.startsWith('/briefs/')) return;
			// Above it only the running head and the page number.
			expect(top, `第${i + 1}篇 starts page ${starts[i] + 1}`).toBeLessThanOrEqual(2);
			if (i > 0) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
		});
	});

	it('heads every page after the cover with the issue and the numbers of the items it carries, and numbers it', () => {
		expect(pdf[0].text).not.toMatch(/第\d+篇|—1—/);
		for (let n = 1; n < pdf.length; n++) {
			expect(pdfIncludes(pdf[n].text, '温州市人民政府公报2022年第12期'), `page ${n + 1}`).toBe(true);
			expect(pdf[n].lines, `page ${n + 1}`).toContain(`—${n + 1}—`);
		}
		contents.forEach((_, i) => {
			const end = starts[i + 1] ?? pdf.length;
			for (let n = starts[i]; n < end; n++) {
				// The running head is the page's first line: the masthead, then the numbers.
				const head = pdf[n].lines[0];
				const [, first, last = first] = /期第(\d+)(?:[―—-](\d+))?篇/.exec(head) ?? [];
				expect(Number(first) <= i + 1 && i + 1 <= Number(last), `page ${n + 1} heads ${head}, carries 第${i + 1}篇`).toBe(true);
			}
		});
	});

	it('prints the contents with each item’s number, linked to the item in the PDF', () => {
		const toc = pdf.slice(1, starts[0]);
		const text = toc.map((p) => p.text.replace(/\n/g, '')).join('');
		expect(pdfIncludes(text, '目录')).toBe(true);
		let from = 0;
		contents.forEach((item, i) => {
			const at = text.slice(from).search(new RegExp(`${pdfPattern(item.listed).source}.*?第${i + 1}篇`, 'u'));
			expect(at, `${item.listed} 第${i + 1}篇 in the contents`).toBeGreaterThanOrEqual(0);
			from += at;
		});
		expect(toc.flatMap((p) => p.links)).toEqual(contents.map((_, i) => `#item-${i + 1}`));
	});

	it('prints the addresses of links and of each item, and points to items in the issue by number', () => {
		const all = pdf.map((p) => p.text.replace(/\n/g, '')).join('');
		const doc = contents.findIndex((c) => c.url === '/documents/温政办-2022-96/');
		const interpretation = contents.findIndex((c) => c.url.startsWith('/interpretations/') && c.url.includes('温政办-2022-96'));
		const docText = pdf.slice(starts[doc], starts[doc + 1]).map((p) => p.text.replace(/\n/g, '')).join('');
		expect(pdfIncludes(docText, `网址：${siteUrl()}/d/温政办〔2022〕96号/`)).toBe(true);
		expect(pdfIncludes(docText, `见第${interpretation + 1}篇`)).toBe(true);
		expect(pdfIncludes(all, `网址：${siteUrl()}/issues/2022-12/chronicle/`)).toBe(true);
		for (const word of FURNITURE) expect(pdfIncludes(all, word), word).toBe(false);
	});
});

describe('every page type printed on its own', () => {
	it('prints the text without navigation, search or reading settings, and says where it came from', async () => {
		const context = await site.browser.newContext({ locale: 'zh-CN' });
		const page = await context.newPage();
		for (const url of pageTypes(siteDir).filter((u) => !u.includes('/print/'))) {
			const pdf = await printToPdf(page, url);
			const text = pdf.map((p) => p.text.replace(/\n/g, '')).join('');
			for (const word of FURNITURE) expect(pdfIncludes(text, word), `${url}: ${word}`).toBe(false);
			expect(pdfIncludes(text, '检索公报全文或文号') || text.includes('关键词或文号'), url).toBe(false);
			if (url !== '/404.html') expect(pdfIncludes(text, `本页网址：${siteUrl()}${decodeURI(url.split('?')[0])}`), url).toBe(true);
		}
		await context.close();
	});
});

/** The site's address as the build wrote it into every page's canonical link. */
function siteUrl(): string {
	const canonical = select('link[rel=canonical]', built('/'))!;
	return String(canonical.properties.href).replace(/\/$/, '');
}
