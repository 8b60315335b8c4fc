/**
 * The built sample gazette (content/, issue 2022-12), page kind by page kind.
 * globalSetup builds it once with GAZETTE_BUILD_DATE=2026-11-28; expectations
 * come from the content files, so the tests follow the sample when it changes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { leadersOf } from '../../src/gazette/leaders.ts';
import { apiDocumentSchema } from '../../src/opendata/schemas.ts';
import { isPermalinkPage } from '../../src/opendata/permalinks.ts';
import { nginxLines } from '../../src/security/policy.ts';
import { SECTION_LABEL, type Section } from '../../src/gazette/sections.ts';
import { responsibleUnitsOf, unitResolver } from '../../src/gazette/units.ts';
import { ROOT, SAMPLE_BUILD_DATE, buildSite, removeBuild, type BuildResult } from '../support/build.ts';
import {
	CONTENT,
	Site,
	all,
	brokenReferences,
	chineseDate,
	chineseNumber,
	docSlug,
	markdownBlocks,
	meta,
	metaProperty,
	readCollection,
	readYaml,
	squash,
	text,
	walk,
	type Block,
	type MarkdownFile,
} from './helpers.ts';

const site = new Site(inject('sampleSite'));
const MONTH = '2022-12';

// ------------------------------------------------------------ the content

const siteConfig = readYaml<{ name: string; publisher: string; url: string }>('site.yaml');
const issue = readYaml<{ year: number; number: number; month: string; publishedDate: string; sections: string[]; cover: { caption: string } }>(
	`issues/${MONTH}.yaml`,
);
const documents = readCollection('documents');
const interpretations = readCollection('interpretations');
const briefs = readCollection('briefs');
const features = readCollection('features');
const personnel = readYaml(`personnel/${MONTH}.yaml`);
const chronicle = readYaml(`chronicle/${MONTH}.yaml`);
const statistics = readYaml(`statistics/${MONTH}.yaml`);
const photos = readYaml(`photos/${MONTH}.yaml`);


/** 有效性 of each sample document on the pinned build day, 2026-11-28. */
const STATUS_ON_BUILD_DAY: Record<string, { status: string; label: string }> = {
	'温政办〔2022〕94号': { status: 'expired', label: '已失效' }, // in force to 2023-06-30
	'温政办〔2022〕96号': { status: 'in-force', label: '现行有效' }, // 2023-02-01 to 2033-01-31
	'温政办〔2022〕98号': { status: 'expired', label: '已失效' }, // in force to 2025-12-31
	'温人社发〔2022〕73号': { status: 'in-force', label: '现行有效' }, // no expiry
	'温政服〔2022〕41号': { status: 'in-force', label: '现行有效' }, // no expiry
};
const ELI_IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-inForce';
const ELI_NOT_IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-notInForce';

const documentUrl = (d: MarkdownFile) => `/documents/${docSlug(d.data.docNumber)}/`;
const interpretationUrl = (i: MarkdownFile) => `/interpretations/${i.id}/`;
const interpretationOf = (d: MarkdownFile) => interpretations.filter((i) => i.data.interprets === d.data.docNumber);
const documentOf = (i: MarkdownFile) => documents.find((d) => d.data.docNumber === i.data.interprets)!;

/** Documents in printed order: by section as the issue lists them, then by signing day. */
const printedDocuments = [...documents].sort(
	(a, b) => issue.sections.indexOf(a.data.category) - issue.sections.indexOf(b.data.category) || a.data.signedDate.localeCompare(b.data.signedDate),
);

/** The links the 目录 of 2022-12 must hold, section by section, in order. */
const tocExpected: Record<string, string[]> = {
	photos: [`/issues/${MONTH}/photos/`],
	'municipal-government': printedDocuments.filter((d) => d.data.category === 'municipal-government').map(documentUrl),
	'general-office': printedDocuments.filter((d) => d.data.category === 'general-office').map(documentUrl),
	department: printedDocuments.filter((d) => d.data.category === 'department').map(documentUrl),
	interpretations: printedDocuments.flatMap(interpretationOf).map(interpretationUrl),
	personnel: [`/issues/${MONTH}/personnel/`],
	briefs: [...briefs].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id)).map((b) => `/briefs/${b.id}/`),
	chronicle: [`/issues/${MONTH}/chronicle/`],
	statistics: [`/issues/${MONTH}/statistics/`],
	features: features.map((f) => `/features/${f.id}/`),
};

// Permalinks only send the reader on to a document: test/build/open-data.test.ts checks them.
const pages = site.htmlPages().filter((url) => !isPermalinkPage(url));
const isDocumentPage = (url: string) => url.startsWith('/documents/');

/** Every site-relative reference on a page: href, src, srcset entries. */
function references(doc: Document): string[] {
	return all(doc, '[href], [src], [srcset]').flatMap((el) => [
		...['href', 'src'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
		...(el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean),
	]);
}

// Every 责任单位 printed after a measure, by full name, and every person named in personnel or the chronicle.
const resolveUnit = unitResolver(
	Object.entries(readYaml<Record<string, { aliases: string[] }>>('units.yaml')).map(([name, u]) => ({ name, aliases: u.aliases })),
);
const unitNames = [
	...new Set(documents.flatMap((d) => d.body.split(/\n\s*\n/).flatMap((p) => (/^\d+[.．、]/.test(p) ? (responsibleUnitsOf(p) ?? []) : [])).map((u) => resolveUnit(u)!))),
];
const personNames = [
	...new Set([
		...readYaml<{ decisions: { changes: { name: string }[] }[] }>(`personnel/${MONTH}.yaml`).decisions.flatMap((d) => d.changes.map((c) => c.name)),
		...readYaml<{ days: { entries: string[] }[] }>(`chronicle/${MONTH}.yaml`).days.flatMap((d) => d.entries.flatMap((e) => leadersOf(e).map((l) => l.name))),
	]),
];

// ------------------------------------------------------------ every page

describe('links and anchors over the whole sample site', () => {
	it('every reference resolves to a built file and, with a fragment, to an id on it', () => {
		const { broken, checked } = brokenReferences(site);
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(500);
	});

	it('the check finds a missing page, a missing anchor (decoded) and a scriptable link', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'gazette-links-'));
		try {
			mkdirSync(path.join(dir, 'a'));
			writeFileSync(path.join(dir, 'a/index.html'), '<!doctype html><p id="第三条">x</p>');
			writeFileSync(
				path.join(dir, 'index.html'),
				'<!doctype html><a href="/a/#第三条">ok</a><a href="/a/#%E7%AC%AC%E4%B8%89%E6%9D%A1">ok</a><a href="a/">ok</a><a href="https://www.wenzhou.gov.cn/">ok</a><a href="/b/">1</a><a href="/a/#第四条">2</a><a href="javascript:void 0">3</a><img src="missing.png">',
			);
			expect(brokenReferences(new Site(dir)).broken).toEqual(['/ → /b/', '/ → /a/#第四条', '/ → javascript:void 0 (a scheme pages may not use)', '/ → /missing.png']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('security headers', () => {
	const headers = readFileSync(path.join(site.dir, '_headers'), 'utf8')
		.split('\n')
		.slice(1)
		.filter(Boolean)
		.map((line): [string, string] => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);

	it('_headers applies to every path, and its policy is the pages’ policy plus frame-ancestors', () => {
		expect(readFileSync(path.join(site.dir, '_headers'), 'utf8').split('\n')[0]).toBe('/*');
		const meta = site.page('/').querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content');
		expect(Object.fromEntries(headers)['Content-Security-Policy']).toBe(`${meta}; frame-ancestors 'none'`);
		for (const url of site.htmlPages()) expect(site.page(url).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'), url).toBe(meta);
	});

	it('the README’s nginx lines are the built headers', () => {
		const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
		const block = /```nginx\n([\s\S]*?)\n```/.exec(readme)?.[1];
		// The hash follows the search page's code, so the README shows where it goes.
		expect(block).toBe(nginxLines(headers).replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-…'"));
	});
});

describe('the sample build', () => {
	it('built one page for every item of the content, and nothing else', () => {
		const built = site.htmlPages();
		const indicators = statistics.rows.map((r: { indicator: string; parent?: string }) => `/statistics/${r.parent ? `${r.parent}：` : ''}${r.indicator}/`);
		const permalinks = documents.flatMap((d) => [`/d/${d.data.docNumber}/`, ...(d.data.unifiedNumber ? [`/d/${d.data.unifiedNumber.replace(/–/g, '-')}/`] : [])]);
		const expected = [
			'/',
			'/404.html',
			'/issues/',
			'/search/',
			`/issues/${MONTH}/`,
			`/issues/${MONTH}/print/`,
			...['briefs', 'chronicle', 'personnel', 'photos', 'statistics'].map((p) => `/issues/${MONTH}/${p}/`),
			...documents.map(documentUrl),
			...interpretations.map(interpretationUrl),
			...briefs.map((b) => `/briefs/${b.id}/`),
			...features.map((f) => `/features/${f.id}/`),
			'/expiring/',
			'/interpretations/contacts/',
			'/units/',
			...unitNames.map((u) => `/units/${u}/`),
			'/people/',
			...personNames.map((n) => `/people/${n}/`),
			'/api/',
			'/d/',
			...permalinks,
			...indicators,
		];
		expect([...built].sort()).toEqual([...expected].sort());
		// 34 pages of items and indexes, one per 责任单位, one per person, one per 文号 and unified number, one per statistics indicator.
		expect(built).toHaveLength(34 + unitNames.length + personNames.length + permalinks.length + indicators.length);
		expect(permalinks).toHaveLength(documents.length + documents.filter((d) => d.data.unifiedNumber).length);
		expect(site.fileFor('/api/documents.json')).toBeDefined();
	});

	it('the sample content itself never mentions the build year, so the next checks mean something', () => {
		const sources = walk(CONTENT).filter((f) => /\.(md|ya?ml)$/.test(f));
		for (const f of sources) expect(readFileSync(path.join(CONTENT, f), 'utf8'), f).not.toContain(SAMPLE_BUILD_DATE.slice(0, 4));
	});
});

describe.each(pages)('every page: %s', (url) => {
	const doc = site.page(url);
	const html = site.read(url);

	it('is Chinese, with exactly one h1 and one main', () => {
		expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
		expect(all(doc, 'h1')).toHaveLength(1);
		expect(text(doc.querySelector('h1'))).not.toBe('');
		expect(all(doc, 'main')).toHaveLength(1);
	});

	it('has header, navigation and footer landmarks outside main', () => {
		const header = doc.querySelector('body > header');
		const footer = doc.querySelector('body > footer');
		expect(header).not.toBeNull();
		expect(footer).not.toBeNull();
		const nav = header!.querySelector('nav');
		expect(nav?.getAttribute('aria-label')).toBeTruthy();
		expect(all(nav!, 'a[href]').map((a) => a.getAttribute('href'))).toEqual(['/', '/issues/', '/expiring/', '/units/', '/people/', '/interpretations/contacts/', '/search/', '/d/', '/api/']);
		expect(doc.querySelector('main header, main footer, main > nav.site-nav')).toBeNull();
		// The skip link lands on main.
		expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe(`#${doc.querySelector('main')!.id}`);
	});

	it('carries the government-site meta tags', () => {
		expect(meta(doc, 'SiteName')).toBe(siteConfig.name);
		for (const name of ['ColumnName', 'ArticleTitle', 'ContentSource', 'Keywords', 'Description']) {
			expect(meta(doc, name)?.trim(), name).toBeTruthy();
		}
		expect(meta(doc, 'Keywords')!.split(',')).toContain(siteConfig.name);
		// The title a crawler reads is the title a reader sees (the home page's h1 may name the latest issue).
		if (url !== '/') expect(squash(meta(doc, 'ArticleTitle'))).toBe(squash(text(doc.querySelector('h1'))));
		expect(doc.title.startsWith(meta(doc, 'ArticleTitle')!)).toBe(true);
		const pubDate = meta(doc, 'PubDate');
		if (isDocumentPage(url)) expect(pubDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		else if (pubDate !== undefined) expect(pubDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('has a canonical link on the configured site, except the 404 page, which has no address of its own', () => {
		const links = all(doc, 'link[rel="canonical"]');
		if (url === '/404.html') return void expect(links).toHaveLength(0);
		expect(links).toHaveLength(1);
		expect(decodeURIComponent(links[0].getAttribute('href')!)).toBe(`${siteConfig.url}${url}`);
	});

	it('never skips a heading level', () => {
		const levels = all(doc, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
		expect(levels[0]).toBe(1);
		const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]}→h${level}`] : []));
		expect(skips).toEqual([]);
	});

	it('gives every image a text alternative and every table header a scope', () => {
		for (const img of all(doc, 'img')) expect(img.getAttribute('alt')?.trim(), img.outerHTML).toBeTruthy();
		for (const th of all(doc, 'th')) expect(['row', 'col', 'rowgroup', 'colgroup'], th.outerHTML).toContain(th.getAttribute('scope'));
	});

	it('has no duplicate ids, and every id a label points at exists', () => {
		const ids = all(doc, '[id]').map((el) => el.id);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		// aria-labelledby is a list of ids.
		for (const el of all(doc, '[aria-labelledby]')) for (const id of el.getAttribute('aria-labelledby')!.split(/\s+/)) expect(doc.getElementById(id), el.outerHTML.slice(0, 80)).not.toBeNull();
		for (const label of all(doc, 'label[for]')) expect(doc.getElementById(label.getAttribute('for')!)).not.toBeNull();
	});

	it('references nothing on another origin', () => {
		const offenders = all(doc, '[src], [href], [srcset], [action], [formaction], [poster], [data], [style]')
			.filter((el) => !(el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical'))
			.flatMap((el) =>
				['src', 'href', 'srcset', 'action', 'formaction', 'poster', 'data', 'style']
					.map((a) => el.getAttribute(a))
					.filter((v): v is string => v !== null && /(^|[\s,(])(https?:)?\/\//i.test(v)),
			);
		expect(offenders).toEqual([]);
		// The IRIs that are allowed: RDFa prefixes and resources, which are names, not requests.
		for (const el of all(doc, '[resource]')) expect(el.tagName).toBe('META');
	});

	it('links only to files that were built, and to ids that exist', () => {
		const broken = references(doc)
			.filter((ref) => ref.startsWith('/') && !ref.startsWith('//'))
			.filter((ref) => !site.resolves(ref));
		expect(broken).toEqual([]);
		for (const a of all(doc, 'a[href^="#"]')) expect(doc.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))), a.outerHTML).not.toBeNull();
	});

	it('holds no trace of the build day or time, but for the day the expiring list was computed for', () => {
		const withoutAssets = html.replace(/\/_astro\/[^"'\s,)]+/g, '').replace(/<time data-expiring-today[^>]*>[^<]*<\/time>/, '');
		expect(withoutAssets).not.toContain(SAMPLE_BUILD_DATE.slice(0, 4));
		expect(withoutAssets).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
		expect(withoutAssets).not.toMatch(/\b\d{2}:\d{2}:\d{2}\b/);
		expect(withoutAssets).not.toContain(ROOT);
		expect(withoutAssets).not.toContain(site.dir);
	});
});

describe('stylesheets', () => {
	it('load nothing from another origin', () => {
		const css = walk(site.dir).filter((f) => f.endsWith('.css'));
		expect(css.length).toBeGreaterThan(0);
		for (const f of css) {
			const source = readFileSync(path.join(site.dir, f), 'utf8');
			expect(source, f).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
			expect(source, f).not.toMatch(/@import/i);
		}
	});
});

// ------------------------------------------------------------ home

describe('home page /', () => {
	const doc = site.page('/');
	const main = doc.querySelector('main')!;

	it('is the gazette’s front page', () => {
		expect(meta(doc, 'ArticleTitle')).toBe(siteConfig.name);
		expect(doc.title).toBe(siteConfig.name);
		expect(meta(doc, 'ColumnName')).toBe('首页');
		expect(meta(doc, 'PubDate')).toBe(issue.publishedDate);
	});

	it('shows the latest issue with its cover image and caption', () => {
		const latest = main.querySelector('#latest-title a');
		expect(latest?.getAttribute('href')).toBe(`/issues/${MONTH}/`);
		expect(text(latest)).toBe(`${issue.year}年第${issue.number}期`);
		const figure = main.querySelector('.cover figure')!;
		const img = figure.querySelector('img')!;
		expect(img.getAttribute('src')).toMatch(/^\/_astro\/photo-1\.[\w-]+\.webp$/);
		expect(img.getAttribute('alt')).toContain(issue.cover.caption);
		expect(img.getAttribute('loading')).toBe('eager');
		expect(text(figure.querySelector('figcaption'))).toContain(issue.cover.caption);
	});

	it('lists the whole table of contents of 2022-12, section by section', () => {
		const toc = main.querySelector('nav.toc')!;
		const sections = all(toc, 'section');
		expect(sections.map((s) => s.id)).toEqual(issue.sections);
		for (const section of sections) {
			expect(text(section.querySelector('h2, h3')), section.id).toBe(SECTION_LABEL[section.id as Section]);
			expect(all(section, 'a').map((a) => decodeURIComponent(a.getAttribute('href')!)), section.id).toEqual(tocExpected[section.id]);
		}
		const hrefs = all(toc, 'a').map((a) => decodeURIComponent(a.getAttribute('href')!));
		expect(hrefs.filter((h) => h.startsWith('/documents/'))).toHaveLength(5);
		expect(hrefs.filter((h) => h.startsWith('/interpretations/'))).toHaveLength(5);
		expect(hrefs.filter((h) => h.startsWith('/briefs/'))).toHaveLength(6);
		expect(hrefs.filter((h) => h.startsWith('/features/'))).toHaveLength(1);
	});

	it('has a search form sending q', () => {
		const form = main.querySelector('form[role="search"]');
		expect(form).not.toBeNull();
		expect(form!.getAttribute('method')).toBe('get');
		expect(form!.querySelector('input[name="q"]')?.getAttribute('type')).toBe('search');
		const input = form!.querySelector('input[name="q"]')!;
		expect(text(doc.querySelector(`label[for="${input.id}"]`))).not.toBe('');
	});

	it('links to the archive', () => {
		const hrefs = all(main, 'a').map((a) => a.getAttribute('href')!);
		expect(hrefs.some((h) => h === '/issues/' || h.startsWith('/issues/#year-'))).toBe(true);
		expect(hrefs).toContain(`/issues/#year-${issue.year}`);
	});
});

// ------------------------------------------------------------ archive

describe('archive /issues/', () => {
	const doc = site.page('/issues/');

	it('lists 2022 with its issue, date and number of documents', () => {
		const year = doc.getElementById(`year-${issue.year}`)!;
		expect(year).not.toBeNull();
		expect(text(year.querySelector('h2'))).toBe(`${issue.year}年`);
		const link = year.querySelector(`a[href="/issues/${MONTH}/"]`);
		expect(text(link)).toBe(`${issue.year}年第${issue.number}期`);
		expect(year.querySelector(`time[datetime="${issue.publishedDate}"]`)?.textContent).toBe(chineseDate(issue.publishedDate));
		expect(text(year)).toContain(`文件${documents.length}件`);
		expect(meta(doc, 'ColumnName')).toBe('往期公报');
	});
});

// ------------------------------------------------------------ issue page

describe(`issue page /issues/${MONTH}/`, () => {
	const doc = site.page(`/issues/${MONTH}/`);
	const toc = doc.querySelector('main nav.toc')!;

	it('is titled and dated as printed', () => {
		expect(text(doc.querySelector('h1'))).toBe(`${issue.year}年第${issue.number}期`);
		expect(doc.querySelector(`main time[datetime="${issue.publishedDate}"]`)?.textContent).toBe(chineseDate(issue.publishedDate));
		expect(meta(doc, 'PubDate')).toBe(issue.publishedDate);
	});

	it('prints the sections in the order of content/issues/2022-12.yaml, as h2', () => {
		expect(all(toc, 'section').map((s) => s.id)).toEqual(issue.sections);
		expect(all(toc, 'section > h2').map((h) => text(h))).toEqual(issue.sections.map((s) => SECTION_LABEL[s as Section]));
	});

	it.each(issue.sections)('section %s links every item, in order', (section) => {
		const hrefs = all(toc.querySelector(`section#${section}`)!, 'a').map((a) => decodeURIComponent(a.getAttribute('href')!));
		expect(hrefs).toEqual(tocExpected[section]);
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(site.fileFor(href), href).toBeDefined();
	});

	it('names each document with its title and 文号', () => {
		for (const d of documents) {
			const li = all(toc, 'li').find((l) => decodeURIComponent(l.querySelector('a')!.getAttribute('href')!) === documentUrl(d))!;
			expect(text(li.querySelector('a'))).toBe(d.data.title);
			expect(text(li.querySelector('.meta'))).toBe(d.data.docNumber);
		}
	});
});

// ------------------------------------------------------------ documents

describe.each(documents.map((d) => [d.data.docNumber as string, d] as const))('document %s', (docNumber, d) => {
	const url = documentUrl(d);
	const doc = site.page(url);
	const data = d.data;
	const expected = STATUS_ON_BUILD_DAY[docNumber];
	const blocks = markdownBlocks(d.body);
	const mainText = squash(doc.querySelector('main')!.textContent);

	it('is one of the documents whose status on 2026-11-28 this test knows', () => {
		expect(expected).toBeDefined();
		expect(url).toBe(`/documents/${path.basename(d.file, '.md')}/`);
	});

	it('describes itself in ELI RDFa', () => {
		expect(doc.documentElement.getAttribute('prefix')).toContain('eli: http://data.europa.eu/eli/ontology#');
		const one = (p: string) => {
			const found = metaProperty(doc, p);
			expect(found, p).toHaveLength(1);
			return found[0];
		};
		expect(one('eli:id_local').getAttribute('content')).toBe(data.docNumber);
		expect(one('eli:title').getAttribute('content')).toBe(data.title);
		expect(metaProperty(doc, 'eli:passed_by').map((m) => m.getAttribute('content'))).toEqual(data.issuers);
		expect(one('eli:date_document').getAttribute('content')).toBe(data.signedDate);
		expect(one('eli:date_document').getAttribute('datatype')).toBe('xsd:date');
		expect(one('eli:date_publication').getAttribute('content')).toBe(data.publishedDate);
		expect(one('eli:first_date_entry_in_force').getAttribute('content')).toBe(data.effectiveDate);
		if (data.expiryDate) expect(one('eli:date_no_longer_in_force').getAttribute('content')).toBe(data.expiryDate);
		else expect(metaProperty(doc, 'eli:date_no_longer_in_force')).toEqual([]);
		expect(one('eli:in_force').getAttribute('resource')).toBe(expected.status === 'in-force' ? ELI_IN_FORCE : ELI_NOT_IN_FORCE);
	});

	it('has the government meta tags of a document', () => {
		expect(meta(doc, 'ColumnName')).toBe(SECTION_LABEL[data.category as Section]);
		expect(meta(doc, 'ArticleTitle')).toBe(data.title);
		expect(meta(doc, 'PubDate')).toBe(data.publishedDate);
		expect(meta(doc, 'ContentSource')).toBe(data.issuers.join('、'));
		expect(meta(doc, 'Keywords')!.split(',')).toEqual(expect.arrayContaining([data.regulationTitle, data.docNumber, ...data.issuers]));
		expect(meta(doc, 'Description')).toContain(data.docNumber);
	});

	it('prints the metadata table with Chinese dates', () => {
		const rows = all(doc, 'table.doc-meta tr').map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]);
		const labels = rows.map(([th]) => th);
		expect(labels).toEqual(['发文机关', '文号', ...(data.unifiedNumber ? ['统一编号'] : []), '成文日期', '发布日期', '施行日期', '有效期至', '有效性', '主送', '刊载']);
		const row = Object.fromEntries(rows);
		expect(row['发文机关']).toBe(data.issuers.join('　'));
		expect(row['文号']).toBe(data.docNumber);
		if (data.unifiedNumber) expect(row['统一编号']).toBe(data.unifiedNumber);
		expect(row['成文日期']).toBe(chineseDate(data.signedDate));
		expect(row['发布日期']).toBe(chineseDate(data.publishedDate));
		// The words that set a date follow it in brackets; they may be left out when they only repeat the date.
		const dated = (date: string, basis: string) =>
			basis.includes(chineseDate(date)) ? [chineseDate(date), `${chineseDate(date)}（${basis}）`] : [`${chineseDate(date)}（${basis}）`];
		expect(dated(data.effectiveDate, data.effectiveBasis)).toContain(row['施行日期']);
		if (data.expiryDate) expect(dated(data.expiryDate, data.expiryBasis)).toContain(row['有效期至']);
		else expect(row['有效期至']).toBe('未规定');
		expect(row['有效性']).toBe(expected.label);
		expect(row['主送']).toBe(data.recipients);
		expect(row['刊载']).toBe(`${issue.year}年第${issue.number}期`);
		for (const time of all(doc, 'table.doc-meta time')) expect(time.textContent).toBe(chineseDate(time.getAttribute('datetime')!));
		expect(row['成文日期']).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
	});

	it(`is ${expected?.label} on the build day, with the dates to correct it later`, () => {
		const validity = doc.querySelector('table.doc-meta [data-validity]')!;
		expect(validity).not.toBeNull();
		expect(validity.getAttribute('data-status')).toBe(expected.status);
		expect(text(validity)).toBe(expected.label);
		expect(validity.getAttribute('data-effective')).toBe(data.effectiveDate);
		if (data.expiryDate) expect(validity.getAttribute('data-expiry')).toBe(data.expiryDate);
		else expect(validity.hasAttribute('data-expiry')).toBe(false);
	});

	it('links to its interpretation, which links back', () => {
		const interps = interpretationOf(d);
		expect(interps.length).toBeGreaterThan(0);
		for (const i of interps) {
			const hrefs = all(doc, 'main a, aside a').map((a) => decodeURIComponent(a.getAttribute('href')!));
			expect(hrefs).toContain(interpretationUrl(i));
			const back = all(site.page(interpretationUrl(i)), 'main a').map((a) => decodeURIComponent(a.getAttribute('href')!));
			expect(back).toContain(url);
		}
	});

	it('prints the notice with its recipients and signature', () => {
		const notice = doc.querySelector('section.notice')!;
		expect(text(notice.querySelector('.recipients'))).toBe(`${data.recipients}：`);
		for (const p of String(data.notice).split(/\n\s*\n/)) expect(squash(notice.textContent)).toContain(squash(p));
		expect(all(notice, '.signature p').map(text)).toEqual([...data.issuers, chineseDate(data.signedDate)]);
		expect(text(doc.getElementById('regulation-title'))).toBe(data.regulationTitle);
	});

	it('has the full text: every heading and paragraph of the Markdown', () => {
		expect(blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(5);
		const missing = blocks.filter((b) => b.kind !== 'table').map((b) => (b as { text: string }).text).filter((t) => !mainText.includes(squash(t)));
		expect(missing).toEqual([]);
	});

	it('renders every Markdown table as a table with the same cells', () => {
		const mdTables = blocks.filter((b) => b.kind === 'table') as { rows: string[][] }[];
		const tables = all(doc, 'section[aria-labelledby="regulation-title"] table');
		expect(tables).toHaveLength(mdTables.length);
		mdTables.forEach((md, n) => {
			const rows = all(tables[n], 'tr').map((tr) => all(tr, 'th, td').map(text));
			expect(rows).toEqual(md.rows);
			// The first row's labels are column headers; its blanks (a form's spaces to fill in) are not.
			expect(all(tables[n], 'thead th').map(text)).toEqual(md.rows[0].filter((cell) => cell.trim() !== ''));
			// Wide tables scroll on their own, reachable from the keyboard.
			expect(tables[n].parentElement?.getAttribute('class')).toBe('table-scroll');
			expect(tables[n].parentElement?.getAttribute('tabindex')).toBe('0');
		});
	});

	it('gives parts, sub-parts, articles and measures their stable anchors', () => {
		const expectedIds: [string, string][] = [];
		let part = 0;
		let attachments = 0;
		const seen = new Map<string, number>();
		const unique = (id: string) => {
			const n = (seen.get(id) ?? 0) + 1;
			seen.set(id, n);
			return n === 1 ? id : `${id}-${n}`;
		};
		for (const b of blocks) {
			if (b.kind === 'heading') {
				const p = /^([一二三四五六七八九十]+)、/.exec(b.text);
				const sub = /^（([一二三四五六七八九十]+)）/.exec(b.text);
				if (/^附[件表]/.test(b.text)) expectedIds.push([unique(`attachment-${++attachments}`), b.text]);
				else if (p) expectedIds.push([unique(`part-${(part = chineseNumber(p[1]))}`), b.text]);
				else if (sub) expectedIds.push([unique(`part-${part}-${chineseNumber(sub[1])}`), b.text]);
			} else if (b.kind === 'paragraph') {
				const article = /^第([一二三四五六七八九十]+)条/.exec(b.text);
				const measure = /^(\d{1,3})[.．、](?!\d)/.exec(b.text);
				if (article) expectedIds.push([unique(`article-${chineseNumber(article[1])}`), b.text]);
				else if (measure) expectedIds.push([unique(`measure-${Number(measure[1])}`), b.text]);
			}
		}
		expect(expectedIds.length).toBeGreaterThan(0);
		for (const [id, source] of expectedIds) {
			const el = doc.getElementById(id);
			expect(el, id).not.toBeNull();
			expect(squash(el!.textContent), id).toBe(squash(source));
		}
		// The anchors the brief names, wherever the text has them.
		const has = (re: RegExp, kind: Block['kind']) => blocks.some((b) => b.kind === kind && re.test((b as { text: string }).text));
		if (has(/^一、/, 'heading')) expect(doc.getElementById('part-1')?.tagName).toMatch(/^H[2-6]$/);
		if (has(/^第一条/, 'paragraph')) expect(doc.getElementById('article-1')?.tagName).toBe('P');
		if (has(/^1[.．、]/, 'paragraph')) expect(doc.getElementById('measure-1')?.tagName).toBe('P');
	});

	it('lists its attachments with links to their place in the text, each with its table', () => {
		const list = all(doc, 'aside a[href^="#attachment-"]');
		expect(list.map((a) => a.getAttribute('href'))).toEqual(data.attachments.map((a: { anchor: string }) => `#${a.anchor}`));
		data.attachments.forEach((att: { label: string; title: string; anchor: string }, n: number) => {
			// The template writes an ideographic space; Astro's compiler prints it as an ASCII one (reported).
			expect([`${att.label}　${att.title}`, `${att.label} ${att.title}`]).toContain(text(list[n]));
			const heading = doc.getElementById(att.anchor)!;
			expect(heading, att.anchor).not.toBeNull();
			expect(squash(heading.textContent)).toBe(squash(`${att.label}${att.title}`));
			// The attachment runs to the next heading; its Markdown table must be a <table> there.
			const mdSection = blocks.slice(blocks.findIndex((b) => b.kind === 'heading' && squash(b.text) === squash(`${att.label}${att.title}`)) + 1);
			const mdEnd = mdSection.findIndex((b) => b.kind === 'heading');
			const hasTable = (mdEnd === -1 ? mdSection : mdSection.slice(0, mdEnd)).some((b) => b.kind === 'table');
			let tables = 0;
			for (let el = heading.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling) {
				tables += el.tagName === 'TABLE' ? 1 : el.querySelectorAll('table').length;
			}
			expect(tables > 0, `${att.label} has a table`).toBe(hasTable);
		});
	});
});

describe('the attachments the sample is known for', () => {
	it('医保 98号 附表 and 人社 73号 附件1, 附件2 are tables', () => {
		const tableAfter = (url: string, id: string) => {
			let el = site.page(url).getElementById(id)?.nextElementSibling;
			while (el && !el.querySelector('table') && el.tagName !== 'TABLE') el = el.nextElementSibling;
			return el;
		};
		expect(tableAfter('/documents/温政办-2022-98/', 'attachment-1')).toBeTruthy();
		expect(text(site.page('/documents/温政办-2022-98/').getElementById('attachment-1'))).toMatch(/^附表/);
		expect(tableAfter('/documents/温人社发-2022-73/', 'attachment-1')).toBeTruthy();
		expect(tableAfter('/documents/温人社发-2022-73/', 'attachment-2')).toBeTruthy();
		expect(metaProperty(site.page('/documents/温人社发-2022-73/'), 'eli:passed_by')).toHaveLength(3);
	});
});

// ------------------------------------------------------------ interpretations

describe.each(interpretations.map((i) => [i.data.title as string, i] as const))('interpretation %s', (_title, i) => {
	const url = interpretationUrl(i);
	const doc = site.page(url);
	const document = documentOf(i);

	it('links to the document it interprets, and shows its status', () => {
		expect(document).toBeDefined();
		const hrefs = all(doc, 'a').map((a) => decodeURIComponent(a.getAttribute('href')!));
		expect(hrefs.filter((h) => h === documentUrl(document)).length).toBeGreaterThanOrEqual(1);
		expect(text(doc.querySelector('main dl.facts'))).toContain(document.data.docNumber);
		const validity = doc.querySelector('[data-validity]')!;
		expect(validity.getAttribute('data-status')).toBe(STATUS_ON_BUILD_DAY[document.data.docNumber].status);
		expect(validity.getAttribute('data-effective')).toBe(document.data.effectiveDate);
	});

	it('lists every contact with a tel: link', () => {
		const items = all(doc, 'ul.contacts li');
		expect(items).toHaveLength(i.data.contacts.length);
		i.data.contacts.forEach((c: { body: string; name: string; phone: string }, n: number) => {
			expect(text(items[n])).toContain(c.body);
			expect(text(items[n])).toContain(c.name);
			const tel = items[n].querySelector('a[href^="tel:"]')!;
			expect(tel.getAttribute('href')).toBe(`tel:${c.phone.replace(/-/g, '')}`);
			expect(text(tel)).toBe(c.phone);
		});
	});

	it('has its meta tags and full text', () => {
		expect(meta(doc, 'ColumnName')).toBe('政策解读');
		expect(meta(doc, 'PubDate')).toBe(i.data.publishedDate ?? document.data.publishedDate);
		expect(meta(doc, 'ContentSource')).toBe(i.data.interpretingBodies.join('、'));
		const mainText = squash(doc.querySelector('main')!.textContent);
		const missing = markdownBlocks(i.body).flatMap((b) => (b.kind === 'table' ? [] : [b.text])).filter((t) => !mainText.includes(squash(t)));
		expect(missing).toEqual([]);
	});
});

describe('interpretation of the 留工稳产 plan (温政办〔2022〕94号)', () => {
	it('gives three phone numbers as tel: links', () => {
		const doc = site.page('/interpretations/2022-12/温政办-2022-94/');
		expect(all(doc, 'ul.contacts a[href^="tel:"]').map((a) => [a.getAttribute('href'), text(a)])).toEqual([
			['tel:057788968050', '0577-88968050'],
			['tel:057789090302', '0577-89090302'],
			['tel:057788861005', '0577-88861005'],
		]);
	});
});

// ------------------------------------------------------------ personnel

describe(`personnel /issues/${MONTH}/personnel/`, () => {
	const doc = site.page(`/issues/${MONTH}/personnel/`);
	const changes = personnel.decisions.flatMap((d: { changes: unknown[] }) => d.changes) as {
		name: string;
		action: string;
		position: string;
		organisation: string;
		probation?: string;
	}[];

	it('prints the 5 decisions as sentences', () => {
		expect(text(doc.querySelector('h1'))).toBe(personnel.title);
		expect(text(doc.querySelector('main'))).toContain(`${personnel.decidedBy}：`);
		const items = all(doc, 'ol.decisions li').map(text);
		expect(items).toHaveLength(5);
		expect(items.map((t) => t.replace(/[；。]$/, ''))).toEqual(personnel.decisions.map((d: { text: string }) => d.text));
		expect(items.at(-1)).toMatch(/。$/);
	});

	it('tabulates the 6 changes, 李莉 twice, with probation for 余颖聪 and 魏葆春', () => {
		const table = doc.querySelector('main table')!;
		expect(text(table.querySelector('caption'))).not.toBe('');
		expect(all(table, 'thead th').map(text)).toEqual(['姓名', '任免', '职务', '单位', '试用期']);
		const rows = all(table, 'tbody tr').map((tr) => all(tr, 'th, td').map(text));
		expect(rows).toHaveLength(6);
		expect(rows).toEqual(
			changes.map((c) => [c.name, c.action === 'appoint' ? '任' : '免', c.position, c.organisation, c.probation ?? '—']),
		);
		expect(rows.filter((r) => r[0] === '李莉').map((r) => r[1])).toEqual(['任', '免']);
		expect(rows.filter((r) => r[4] === '一年').map((r) => r[0])).toEqual(['余颖聪', '魏葆春']);
		for (const th of all(table, 'tbody th')) expect(th.getAttribute('scope')).toBe('row');
	});
});

// ------------------------------------------------------------ briefs

describe('briefs', () => {
	it.each(briefs.map((b) => [b.id, b] as const))('%s has its title, date and text', (_id, b) => {
		const doc = site.page(`/briefs/${b.id}/`);
		expect(text(doc.querySelector('h1'))).toBe(b.data.title);
		const time = doc.querySelector(`main time[datetime="${b.data.date}"]`);
		expect(time?.textContent).toBe(chineseDate(b.data.date));
		expect(meta(doc, 'PubDate')).toBe(b.data.date);
		expect(meta(doc, 'ColumnName')).toBe('政务简讯');
		const mainText = squash(doc.querySelector('main')!.textContent);
		for (const block of markdownBlocks(b.body)) if (block.kind === 'paragraph') expect(mainText).toContain(squash(block.text));
	});

	it('are 6, listed in date order on the issue’s briefs page, chained by previous/next links', () => {
		expect(briefs).toHaveLength(6);
		const doc = site.page(`/issues/${MONTH}/briefs/`);
		const items = all(doc, 'main li');
		expect(items.map((li) => decodeURIComponent(li.querySelector('a')!.getAttribute('href')!))).toEqual(tocExpected.briefs);
		for (const li of items) {
			const b = briefs.find((x) => `/briefs/${x.id}/` === decodeURIComponent(li.querySelector('a')!.getAttribute('href')!))!;
			expect(text(li.querySelector('a'))).toBe(b.data.title);
			expect(li.querySelector('time')?.getAttribute('datetime')).toBe(b.data.date);
		}
		tocExpected.briefs.forEach((url, n) => {
			const related = all(site.page(url), 'nav.related a').map((a) => decodeURIComponent(a.getAttribute('href')!));
			if (n > 0) expect(related).toContain(tocExpected.briefs[n - 1]);
			if (n < tocExpected.briefs.length - 1) expect(related).toContain(tocExpected.briefs[n + 1]);
		});
	});
});

// ------------------------------------------------------------ chronicle

describe(`chronicle /issues/${MONTH}/chronicle/`, () => {
	const doc = site.page(`/issues/${MONTH}/chronicle/`);
	const days = chronicle.days as { date: string; entries: string[] }[];

	it('has a section per day, in order, and no other', () => {
		expect(text(doc.querySelector('h1'))).toBe(chronicle.title);
		expect(all(doc, 'main section.day').map((s) => s.id)).toEqual(days.map((d) => `day-${d.date}`));
	});

	it.each(days.map((d) => [d.date, d] as const))('%s lists all its entries', (date, day) => {
		const section = doc.getElementById(`day-${date}`)!;
		expect(section).not.toBeNull();
		const time = section.querySelector('h2 time')!;
		expect(time.getAttribute('datetime')).toBe(date);
		expect(time.textContent).toBe(`${Number(date.slice(8))}日`);
		expect(all(section, 'li').map(text)).toEqual(day.entries);
		expect(doc.querySelector(`nav a[href="#day-${date}"]`)).not.toBeNull();
	});
});

// ------------------------------------------------------------ statistics

describe(`statistics /issues/${MONTH}/statistics/`, () => {
	const doc = site.page(`/issues/${MONTH}/statistics/`);
	const table = doc.querySelector('main table')!;
	const rows = statistics.rows as { indicator: string; unit: string; month: number | null; monthYoY: number | null; cumulative: number | null; cumulativeYoY: number | null; parent?: string }[];

	it('is a captioned table with column headers', () => {
		expect(text(table.querySelector('caption'))).toBe(statistics.title);
		const headers = all(table, 'thead th');
		expect(headers.map(text)).toEqual(['指标', '单位', '当月', '当月同比±%', '累计', '累计同比±%', '近期走势']);
		for (const th of headers) expect(th.getAttribute('scope')).toBe('col');
		expect(meta(doc, 'ContentSource')).toBe(statistics.source);
	});

	it('has the 9 rows with units, figures as written and —— for nulls', () => {
		const body = all(table, 'tbody tr');
		expect(body).toHaveLength(9);
		expect(body).toHaveLength(rows.length);
		let top = 0;
		const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
		rows.forEach((row, n) => {
			const th = body[n].querySelector('th')!;
			expect(th.getAttribute('scope')).toBe('row');
			expect(text(th)).toBe(row.parent ? `#${row.indicator}` : `${ordinals[top++]}、${row.indicator}`);
			// The trend column is checked in statistics-charts.test.ts.
			const cells = all(body[n], 'td:not(.trend)').map(text);
			expect(cells).toEqual([row.unit, ...[row.month, row.monthYoY, row.cumulative, row.cumulativeYoY].map((v) => (v === null ? '——' : String(v)))]);
		});
		const nulls = all(table, 'td').filter((td) => text(td) === '——');
		expect(nulls.length).toBe(rows.flatMap((r) => [r.month, r.monthYoY, r.cumulative, r.cumulativeYoY]).filter((v) => v === null).length);
	});

	it('prints the notes', () => {
		for (const note of statistics.notes) expect(text(doc.querySelector('main'))).toContain(`注：${note}`);
	});
});

// ------------------------------------------------------------ photos and features

function checkFigures(doc: Document, within: string, pictures: { caption: string; credit?: string; sample?: boolean }[]) {
	const figures = all(doc, `${within} figure`);
	expect(figures).toHaveLength(pictures.length);
	pictures.forEach((p, n) => {
		const caption = text(figures[n].querySelector('figcaption'));
		const img = figures[n].querySelector('img')!;
		expect(caption).toContain(p.caption);
		expect(img.getAttribute('alt')).toContain(p.caption);
		if (p.credit) expect(caption).toContain(`（${p.credit}/摄）`);
		else expect(caption).not.toContain('/摄');
		if (p.sample) {
			expect(text(figures[n].querySelector('.sample-badge'))).toBe('示例图片');
			expect(img.getAttribute('alt')).toMatch(/^示例图片/);
		}
		expect(img.getAttribute('src')).toMatch(/^\/_astro\//);
		expect(img.getAttribute('width')).toMatch(/^\d+$/);
		expect(img.getAttribute('height')).toMatch(/^\d+$/);
	});
}

describe(`photos /issues/${MONTH}/photos/`, () => {
	it('shows the 6 photos with captions and credits, marked as sample images', () => {
		const doc = site.page(`/issues/${MONTH}/photos/`);
		expect(photos.photos).toHaveLength(6);
		checkFigures(doc, 'main', photos.photos);
		expect(text(doc.querySelector('main'))).toContain('刘伟/摄');
		expect(all(doc, 'main .sample-badge')).toHaveLength(6);
	});
});

describe.each(features.map((f) => [f.id, f] as const))('feature %s', (id, f) => {
	const doc = site.page(`/features/${id}/`);

	it('has its title, subtitle and full text', () => {
		expect(squash(text(doc.querySelector('h1')))).toBe(squash(`${f.data.title}${f.data.subtitle ?? ''}`));
		expect(meta(doc, 'ColumnName')).toBe('县区风采');
		expect(meta(doc, 'Keywords')!.split(',')).toContain(f.data.place);
		const mainText = squash(doc.querySelector('main')!.textContent);
		for (const block of markdownBlocks(f.body)) if (block.kind !== 'table') expect(mainText).toContain(squash(block.text));
	});

	it('shows its 5 photos with captions', () => {
		expect(f.data.photos).toHaveLength(5);
		checkFigures(doc, 'main', f.data.photos);
	});
});

// ------------------------------------------------------------ API

describe('/api/documents.json', () => {
	const api = site.json<{ generated: string; documents: Record<string, unknown>[] }>('/api/documents.json');
	// The field list is the API schema's, so the test follows src/opendata/schemas.ts.
	const FIELDS = Object.keys(apiDocumentSchema.shape);

	it('is generated on the pinned build day and holds the 5 documents in printed order', () => {
		expect(Object.keys(api)).toEqual(['generated', 'documents']);
		expect(api.generated).toBe(SAMPLE_BUILD_DATE);
		expect(api.documents).toHaveLength(5);
		expect(api.documents.map((d) => d.docNumber)).toEqual(printedDocuments.map((d) => d.data.docNumber));
	});

	it('gives each document exactly the fields of its schema', () => {
		expect(FIELDS).toContain('unifiedNumber');
		expect(FIELDS.length).toBeGreaterThanOrEqual(15);
		for (const d of api.documents) expect(Object.keys(d)).toEqual(FIELDS);
	});

	it.each(documents.map((d) => [d.data.docNumber as string, d] as const))('%s matches its content file and its page', (docNumber, d) => {
		const entry = api.documents.find((x) => x.docNumber === docNumber)!;
		const data = d.data;
		expect(entry).toMatchObject({
			title: data.title,
			regulationTitle: data.regulationTitle,
			category: data.category,
			issuers: data.issuers,
			recipients: data.recipients,
			signedDate: data.signedDate,
			publishedDate: data.publishedDate,
			effectiveDate: data.effectiveDate,
			expiryDate: data.expiryDate ?? null,
			issue: data.issue,
			url: documentUrl(d),
			interpretations: interpretationOf(d).map(interpretationUrl),
		});
		// Printed with en dashes, served with ASCII hyphens.
		expect(entry.unifiedNumber).toBe(data.unifiedNumber ? data.unifiedNumber.replace(/–/g, '-') : null);
		if (entry.unifiedNumber !== null) expect(entry.unifiedNumber).toMatch(/^[A-Z]+\d+-\d{4}-\d+$/);
		expect(entry.status).toBe(STATUS_ON_BUILD_DAY[docNumber].status);
		expect(entry.status).toBe(site.page(entry.url as string).querySelector('table.doc-meta [data-validity]')!.getAttribute('data-status'));
		expect(site.fileFor(entry.url as string)).toBeDefined();
		for (const u of entry.interpretations as string[]) expect(site.fileFor(u), u).toBeDefined();
	});
});

// ------------------------------------------------------------ reproducibility

describe('reproducibility', () => {
	let second: BuildResult;
	beforeAll(async () => {
		second = await buildSite();
		if (second.code !== 0) throw new Error(`second build failed:\n${second.output}`);
	});
	afterAll(() => {
		if (!second) return;
		removeBuild(second.outDir);
	});

	it('a second build with the same GAZETTE_BUILD_DATE gives byte-identical HTML and JSON', () => {
		expect(second.outDir).not.toBe(site.dir);
		const files = (dir: string) => walk(dir).filter((f) => /\.(html|json)$/.test(f));
		const first = files(site.dir);
		expect(files(second.outDir)).toEqual(first);
		expect(first.length).toBeGreaterThanOrEqual(27);
		const different = first.filter((f) => !readFileSync(path.join(site.dir, f)).equals(readFileSync(path.join(second.outDir, f))));
		expect(different).toEqual([]);
		// The assets the pages reference exist in both, byte for byte (names carry content hashes).
		const assets = [...new Set(pages.flatMap((u) => references(site.page(u))).filter((r) => r.startsWith('/_astro/')))];
		expect(assets.length).toBeGreaterThan(0);
		for (const asset of assets) {
			expect(readFileSync(path.join(second.outDir, asset)).equals(readFileSync(path.join(site.dir, asset))), asset).toBe(true);
		}
	});
});
