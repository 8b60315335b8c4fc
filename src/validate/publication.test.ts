import { describe, expect, it } from 'vitest';
import { brokenLinks, publishedEntry, unpublished, type PublishedEntry } from './publication.ts';

describe('publishedEntry', () => {
	it.each([
		['issues', '2022-12', { month: '2022-12' }, '/issues/2022-12/', '/issues/'],
		['documents', '2022-12/温政办-2022-94', { docNumber: '温政办〔2022〕94号', issue: '2022-12' }, '/documents/温政办-2022-94/', '/issues/2022-12/'],
		['interpretations', '2022-12/温政办-2022-94', { issue: '2022-12' }, '/interpretations/2022-12/温政办-2022-94/', '/issues/2022-12/'],
		['briefs', '2022-12/01-县委书记座谈会', { issue: '2022-12' }, '/briefs/2022-12/01-县委书记座谈会/', '/issues/2022-12/'],
		['features', '2022-12/鹿城区', { issue: '2022-12' }, '/features/2022-12/鹿城区/', '/issues/2022-12/'],
		['chronicle', '2022-12', { issue: '2022-12' }, '/issues/2022-12/chronicle/', '/issues/2022-12/'],
	])('%s %s → %s, listed on %s', (collection, id, data, url, listedOn) => {
		expect(publishedEntry(`content/${collection}/${id}`, collection, id, data)).toEqual({ file: `content/${collection}/${id}`, collection, url, listedOn });
	});
});

describe('unpublished', () => {
	const entry = (file: string, url: string, listedOn = '/issues/2022-12/'): PublishedEntry => ({ file, collection: 'briefs', url, listedOn });
	const site = (pages: string[], toc: string[]) => ({ pages: new Set(pages), links: (listing: string) => new Set(listing === '/issues/2022-12/' ? toc : []) });

	it('finds nothing lost when every entry has its page and is listed', () => {
		expect(unpublished([entry('a.md', '/briefs/a/'), entry('b.md', '/briefs/b/')], site(['/briefs/a/', '/briefs/b/'], ['/briefs/a/', '/briefs/b/']))).toEqual([]);
	});

	it('names an entry without its page, one missing from the table of contents, and two entries with one page', () => {
		const entries = [entry('a.md', '/briefs/a/'), entry('b.md', '/briefs/b/'), entry('c.md', '/briefs/c/'), entry('d.md', '/briefs/c/')];
		expect(unpublished(entries, site(['/briefs/a/', '/briefs/c/'], ['/briefs/c/']))).toEqual([
			'a.md: /issues/2022-12/ does not list /briefs/a/ in its table of contents',
			'b.md: no page /briefs/b/ was built for this briefs entry',
			'd.md: has the same page /briefs/c/ as c.md, so one of them would not be published',
		]);
	});
});

describe('brokenLinks', () => {
	const pages = [
		{ url: '/', html: '<a href="/documents/温政办-2022-94/#article-3">1</a><a href="/documents/%E6%B8%A9%E6%94%BF%E5%8A%9E-2022-94/#%E7%AC%AC%E4%B8%89%E6%9D%A1">2</a><link href="/_astro/site.css"><a href="https://www.wenzhou.gov.cn/">3</a><a href="mailto:a@b.cn">4</a>' },
		{ url: '/documents/温政办-2022-94/', html: '<p id="article-3">第三条</p><p id="第三条"></p><a href="#article-3">5</a><a href="../../issues/2022-12/">6</a><img src="/_astro/p.webp" srcset="/_astro/p.webp 1x, /_astro/p2.webp 2x">' },
		{ url: '/issues/2022-12/', html: '' },
	];
	const files = new Set(['/_astro/site.css', '/_astro/p.webp', '/_astro/p2.webp']);
	const reader = (list: typeof pages) => (url: string) => list.find((p) => p.url === url)!.html;
	const owner = (url: string) => (url === '/documents/温政办-2022-94/' ? 'content/documents/2022-12/温政办-2022-94.md' : undefined);

	it('finds nothing broken when every page, file and anchor is there (fragments and paths decoded, relative links resolved)', async () => {
		expect(await brokenLinks(pages, reader(pages), (p) => files.has(p), owner)).toEqual([]);
	});

	it('names the content file behind the page, the link and what is missing', async () => {
		const broken = [...pages, { url: '/documents/温政办-2022-96/', html: '<a href="/documents/温政办-2022-94/#article-9">x</a><a href="/briefs/2022-12/无/">y</a><a href="javascript:void(0)">z</a><img src="/_astro/gone.webp">' }];
		expect(await brokenLinks(broken, reader(broken), (p) => files.has(p), (url) => (url.startsWith('/documents/') ? `content${url.slice(0, -1)}.md` : undefined))).toEqual([
			'content/documents/温政办-2022-96.md: its page /documents/温政办-2022-96/ links to /documents/温政办-2022-94/#article-9, but that page has no such anchor; correct the link',
			'content/documents/温政办-2022-96.md: its page /documents/温政办-2022-96/ links to /briefs/2022-12/无/, which the site does not have; correct the link',
			'content/documents/温政办-2022-96.md: its page /documents/温政办-2022-96/ links to javascript:void(0), a scheme pages may not use',
			'content/documents/温政办-2022-96.md: its page /documents/温政办-2022-96/ links to /_astro/gone.webp, which the site does not have; correct the link',
		]);
	});
});
