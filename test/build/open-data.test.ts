/**
 * Open data of the built sample gazette, scored against the built files: the
 * permalinks, feeds, sitemap, per-item data, statistics files, JSON Schema,
 * API page, JSON-LD, OpenSearch and the integrity manifests. Each document's
 * metadata is compared across its page, its data.json, the API and its feed
 * entry, so that none of them can say something the others do not.
 */
import Ajv from 'ajv';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT, SAMPLE_BUILD_DATE } from '../support/build.ts';
import { startServer } from '../support/serve.ts';
import { all, CONTENT, docSlug, meta, metaProperty, readCollection, readYaml, Site } from './helpers.ts';

const site = new Site(inject('sampleSite'));
const documents = readCollection('documents');
const interpretations = readCollection('interpretations');
const siteConfig = readYaml<{ name: string; url: string }>('site.yaml');
const docUrl = (docNumber: string) => `/documents/${docSlug(docNumber)}/`;
const xml = (url: string) => new DOMParser().parseFromString(site.read(url), 'text/xml') as unknown as Document;
const childText = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? undefined;
const childTexts = (el: Element, name: string) => [...el.getElementsByTagName(name)].map((e) => e.textContent ?? '');
const unifiedAscii = (printed: string | undefined) => (printed ? printed.replace(/–/g, '-') : null);

// ------------------------------------------------------------ permalinks

describe('permalinks by number', () => {
	it.each(documents.map((d) => [d.data.docNumber as string, d] as const))('/d/%s/ leads to the document, without JavaScript', (docNumber, d) => {
		const numbers = [docNumber, ...(d.data.unifiedNumber ? [unifiedAscii(d.data.unifiedNumber)!] : [])];
		for (const number of numbers) {
			const page = site.page(`/d/${number}/`);
			expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(docUrl(docNumber), siteConfig.url).href);
			expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${encodeURI(docUrl(docNumber))}`);
			expect(page.querySelector('a')?.getAttribute('href')).toBe(docUrl(docNumber));
			expect(page.documentElement.getAttribute('lang')).toBe('zh-CN');
		}
	});

	it('the list at /d/ names every 文号 under its issuer code and year, linking its document', () => {
		const page = site.page('/d/');
		for (const d of documents) {
			const docNumber = d.data.docNumber as string;
			const [, code, year] = /^(.+?)〔(\d{4})〕/.exec(docNumber)!;
			const section = page.getElementById(code)!.closest('section')!;
			const link = all(section, 'a').find((a) => a.textContent === docNumber);
			expect(link?.getAttribute('href'), docNumber).toBe(docUrl(docNumber));
			expect(section.textContent).toContain(`${year}年`);
		}
	});

	it('each document page shows its permalink', () => {
		for (const d of documents) {
			const link = site.page(docUrl(d.data.docNumber)).querySelector('.permalink a');
			expect(link?.getAttribute('href')).toBe(`/d/${d.data.docNumber}/`);
		}
	});
});

// ------------------------------------------------------------ feeds

const FEED_PATHS = [...site.page('/').querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href')!);

describe('feeds', () => {
	it('every page advertises the same feeds, among them issues and documents', () => {
		expect(FEED_PATHS).toContain('/feeds/issues.xml');
		expect(FEED_PATHS).toContain('/feeds/documents.xml');
		for (const url of site.htmlPages().filter((u) => !u.startsWith('/d/') || u === '/d/')) {
			expect([...site.page(url).querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) => l.getAttribute('href')), url).toEqual(FEED_PATHS);
		}
	});

	it.each(FEED_PATHS)('%s is RSS 2.0 whose every entry has the title, description and date of the page it links', (feed) => {
		const channel = xml(feed).getElementsByTagName('channel')[0];
		expect(childText(channel, 'language')).toBe('zh-CN');
		for (const item of channel.getElementsByTagName('item')) {
			const link = new URL(childText(item, 'link')!);
			expect(link.origin).toBe(new URL(siteConfig.url).origin);
			const page = site.page(decodeURI(link.pathname));
			expect(childText(item, 'title')).toBe(meta(page, 'ArticleTitle'));
			expect(childText(item, 'description')).toBe(meta(page, 'Description'));
			// The page's date, as the first instant of that day in Shanghai.
			expect(new Date(childText(item, 'pubDate')!).toISOString()).toBe(new Date(`${meta(page, 'PubDate')}T00:00:00+08:00`).toISOString());
			expect(childText(item, 'category')).toBe(meta(page, 'ColumnName'));
		}
	});

	it('the issues feed has the sample issue', () => {
		const items = [...xml('/feeds/issues.xml').getElementsByTagName('item')];
		expect(items.map((i) => new URL(childText(i, 'link')!).pathname)).toEqual(['/issues/2022-12/']);
	});
});

// ------------------------------------------------------------ one document, five ways

describe('a document’s metadata is the same on its page, in its data.json, in the API and in its feed entry', () => {
	const api = site.json<{ documents: Record<string, any>[] }>('/api/documents.json');
	const feedItems = [...xml('/feeds/documents.xml').getElementsByTagName('item')];

	it.each(documents.map((d) => [d.data.docNumber as string] as const))('%s', (docNumber) => {
		const url = docUrl(docNumber);
		const page = site.page(url);
		const data = site.json<Record<string, any>>(`${url}data.json`);
		const fromApi = api.documents.find((d) => d.docNumber === docNumber)!;
		const item = feedItems.find((i) => childText(i, 'gazette:docNumber') === docNumber)!;
		const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);

		// The API's record is data.json's, field for field.
		for (const [key, value] of Object.entries(fromApi)) expect(data[key], key).toEqual(value);
		// The page.
		expect(metaProperty(page, 'eli:id_local')[0].getAttribute('content')).toBe(data.docNumber);
		expect(meta(page, 'ArticleTitle')).toBe(data.title);
		expect(metaProperty(page, 'eli:passed_by').map((m) => m.getAttribute('content'))).toEqual(data.issuers);
		expect(metaProperty(page, 'eli:date_document')[0].getAttribute('content')).toBe(data.signedDate);
		expect(metaProperty(page, 'eli:date_publication')[0].getAttribute('content')).toBe(data.publishedDate);
		expect(metaProperty(page, 'eli:first_date_entry_in_force')[0].getAttribute('content')).toBe(data.effectiveDate);
		expect(metaProperty(page, 'eli:date_no_longer_in_force')[0]?.getAttribute('content') ?? null).toBe(data.expiryDate);
		expect(page.querySelector('[data-validity]')!.getAttribute('data-status')).toBe(data.status);
		// The feed entry.
		expect(item, `${docNumber} in the documents feed`).toBeDefined();
		expect(childText(item, 'title')).toBe(data.title);
		expect(childText(item, 'gazette:unifiedNumber') ?? null).toBe(data.unifiedNumber);
		expect(childTexts(item, 'gazette:issuer')).toEqual(data.issuers);
		for (const key of ['signedDate', 'publishedDate', 'effectiveDate', 'status']) expect(childText(item, `gazette:${key}`), key).toBe(data[key]);
		expect(childText(item, 'gazette:expiryDate') ?? null).toBe(data.expiryDate);
		// The JSON-LD, and its agreement with the ELI tags.
		expect(ld).toMatchObject({ '@type': 'Legislation', legislationIdentifier: data.docNumber, name: data.title, legislationDate: data.signedDate, datePublished: data.publishedDate });
		expect(ld.legislationPassedBy.map((p: { name: string }) => p.name)).toEqual(data.issuers);
		const eliInForce = metaProperty(page, 'eli:in_force')[0].getAttribute('resource')!.endsWith('InForce-inForce');
		expect(ld.legislationLegalForce['@id'] === 'https://schema.org/InForce').toBe(eliInForce);
		expect(ld.legislationRepeals?.map((r: { legislationIdentifier: string }) => r.legislationIdentifier) ?? []).toEqual(data.repeals);
	});

	it('data.json carries the text as the editor wrote it and as the page shows it', () => {
		for (const d of documents) {
			const data = site.json<Record<string, any>>(`${docUrl(d.data.docNumber)}data.json`);
			expect(data.text.markdown.trim()).toBe(d.body.trim());
			// As the page holds it, byte for byte.
			expect(site.read(docUrl(d.data.docNumber))).toContain(data.text.html);
			expect(data.generated).toBe(SAMPLE_BUILD_DATE);
			expect(data.notice).toBe(d.data.notice);
		}
	});

	it('an interpretation’s data.json names its document and carries its text', () => {
		for (const i of interpretations) {
			const url = `/interpretations/${i.file.replace(/^interpretations\//, '').replace(/\.md$/, '')}/`;
			const data = site.json<Record<string, any>>(`${url}data.json`);
			expect(data.interprets).toEqual({ docNumber: i.data.interprets, url: docUrl(i.data.interprets) });
			expect(data.title).toBe(meta(site.page(url), 'ArticleTitle'));
			expect(data.text.markdown.trim()).toBe(i.body.trim());
		}
	});
});

// ------------------------------------------------------------ issues, statistics

describe('/api/issues.json', () => {
	it('lists each issue with the table of contents its page shows', () => {
		const { issues } = site.json<{ issues: { url: string; label: string; sections: { section: string; label: string; items: { url: string; title: string }[] }[] }[] }>('/api/issues.json');
		expect(issues.map((i) => i.url)).toEqual(['/issues/2022-12/']);
		const page = site.page('/issues/2022-12/');
		const toc = all(page, 'nav.toc > section').map((s) => ({ section: s.id, label: s.querySelector('h2')!.textContent, items: all(s, 'li > a').map((a) => ({ url: a.getAttribute('href'), title: a.textContent })) }));
		expect(issues[0].sections.map(({ section, label, items }) => ({ section, label, items: items.map(({ url, title }) => ({ url, title })) }))).toEqual(toc);
		// The issue's description names exactly the sections it carries.
		expect(meta(page, 'Description')).toBe(`${issues[0].label}目录，收录2022年12月的${toc.map((t) => t.label).join('、')}。`);
	});
});

describe('statistics as data', () => {
	const stats = readYaml<{ month: string; rows: Record<string, any>[] }>('statistics/2022-12.yaml');

	it('the month’s CSV starts with a byte-order mark and holds every row as printed', () => {
		const csv = readFileSync(site.fileFor('/issues/2022-12/statistics/data.csv')!, 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(stats.rows.length + 1);
		stats.rows.forEach((r, i) => expect(lines[i + 1].split(',')).toEqual([r.indicator, r.parent ?? '', r.unit, ...['month', 'monthYoY', 'cumulative', 'cumulativeYoY'].map((k) => (r[k] === null ? '' : String(r[k])))]));
	});

	it('each indicator has its series, listed in /api/statistics.json', () => {
		const { indicators } = site.json<{ indicators: { indicator: string; parent: string | null; json: string; csv: string }[] }>('/api/statistics.json');
		expect(indicators.map((i) => i.indicator)).toEqual(stats.rows.map((r) => r.indicator));
		for (const i of indicators) {
			const series = site.json<{ points: { period: string; cumulative: number | null }[] }>(i.json);
			const row = stats.rows.find((r) => r.indicator === i.indicator && (r.parent ?? null) === i.parent)!;
			expect(series.points).toEqual([expect.objectContaining({ period: '2022-12', cumulative: row.cumulative })]);
			expect(readFileSync(site.fileFor(i.csv)!, 'utf8').charCodeAt(0)).toBe(0xfeff);
		}
	});
});

// ------------------------------------------------------------ schemas and the API page

describe('JSON Schema and the API page', () => {
	const apiPage = site.page('/api/');
	const compile = (id: string) => new Ajv({ allErrors: true, strict: false }).compile(site.json(`/api/schemas/${id}.schema.json`));
	const samples: [string, string[]][] = [
		['documents', ['/api/documents.json']],
		['document', documents.map((d) => `${docUrl(d.data.docNumber)}data.json`)],
		['interpretation', site.htmlPages().filter((u) => /^\/interpretations\/\d{4}-\d{2}\//.test(u)).map((u) => `${u}data.json`)],
		['issues', ['/api/issues.json']],
		['statistics-month', ['/issues/2022-12/statistics/data.json']],
		['indicators', ['/api/statistics.json']],
		['indicator', site.json<{ indicators: { json: string }[] }>('/api/statistics.json').indicators.map((i) => i.json)],
		['manifests', ['/api/manifests.json']],
		['manifest', ['/issues/2022-12/manifest.json']],
	];

	it.each(samples)('every %s file validates against its published schema, and the API page documents each field it holds', (id, files) => {
		expect(files.length).toBeGreaterThan(0);
		const validate = compile(id);
		const section = apiPage.getElementById(id)!.closest('section')!;
		const documented = new Set(all(section, 'table.api-fields tbody tr td:first-child code').map((c) => c.textContent));
		expect(section.querySelector(`a[href="/api/schemas/${id}.schema.json"]`)).not.toBeNull();
		for (const file of files) {
			const value = site.json(file);
			expect(validate(value) ? [] : validate.errors, file).toEqual([]);
			for (const p of fieldPaths(value)) expect(documented.has(p), `${file}: ${p} on the API page`).toBe(true);
		}
	});

	it('a schema refuses a field the API does not have', () => {
		const validate = compile('documents');
		const api = site.json<{ documents: Record<string, unknown>[] }>('/api/documents.json');
		api.documents[0].secret = '<script>';
		expect(validate(api)).toBe(false);
	});
});

/** Field paths of a JSON value, written as the API page writes them (documents[].cites[].url). */
function fieldPaths(value: unknown, prefix = ''): string[] {
	if (Array.isArray(value)) return [...new Set(value.flatMap((v) => fieldPaths(v, prefix)))];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...fieldPaths(v, `${prefix}${k}${Array.isArray(v) ? '[]' : ''}.`)]);
}

// ------------------------------------------------------------ discovery

describe('sitemap, robots.txt and OpenSearch', () => {
	it('the sitemap lists every page but the 404 page and the permalinks, and robots.txt names it', () => {
		expect(site.read('/robots.txt')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', siteConfig.url).href}`);
		const sitemaps = [...xml('/sitemap-index.xml').getElementsByTagName('loc')].map((l) => new URL(l.textContent!).pathname);
		const listed = sitemaps.flatMap((s) => [...xml(s).getElementsByTagName('loc')].map((l) => decodeURI(new URL(l.textContent!).pathname)));
		const pages = site.htmlPages().filter((u) => u !== '/404.html' && !(u.startsWith('/d/') && u !== '/d/'));
		expect(new Set(listed)).toEqual(new Set(pages));
	});

	it('every page advertises the OpenSearch description, which searches the gazette', () => {
		expect(site.page('/documents/' + docSlug(documents[0].data.docNumber) + '/').querySelector('link[rel="search"]')?.getAttribute('href')).toBe('/opensearch.xml');
		const url = xml('/opensearch.xml').getElementsByTagName('Url')[0];
		expect(url.getAttribute('template')).toBe(new URL('/search/?q={searchTerms}', siteConfig.url).href.replace('%7BsearchTerms%7D', '{searchTerms}'));
	});
});

// ------------------------------------------------------------ integrity

describe('integrity manifests and gazette verify', () => {
	const copies: string[] = [];
	afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	const verify = (where: string, ...options: string[]) => spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/gazette.ts'), 'verify', where, ...options], { cwd: ROOT, encoding: 'utf8' });
	const verifyAsync = (where: string) =>
		new Promise<{ status: number | null; stdout: string }>((resolve) => {
			const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/gazette.ts'), 'verify', where], { cwd: ROOT });
			let stdout = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.on('close', (status) => resolve({ status, stdout }));
		});

	it('the issue’s manifest lists every item’s page, data file and source, and the sources are the content files', () => {
		const manifest = site.json<{ files: { path: string; sha256: string }[] }>('/issues/2022-12/manifest.json');
		const paths = new Set(manifest.files.map((f) => f.path));
		for (const d of documents) {
			const url = docUrl(d.data.docNumber);
			for (const file of ['index.html', 'data.json', 'source.md']) expect(paths.has(`${url}${file}`), `${url}${file}`).toBe(true);
			expect(site.read(`${url}source.md`)).toBe(readFileSync(path.join(CONTENT, d.file), 'utf8'));
		}
		expect(paths.has('/issues/2022-12/statistics/source.yaml')).toBe(true);
		expect(manifest.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
	});

	it('verifies the built site, then names the one page whose byte was changed (exit 1)', () => {
		const ok = verify(site.dir);
		expect(ok.stdout).toMatch(/All \d+ files are as published/);
		expect(ok.status).toBe(0);

		const copy = mkdtempSync(path.join(tmpdir(), 'gazette-copy-'));
		copies.push(copy);
		cpSync(site.dir, copy, { recursive: true });
		const page = `${docUrl(documents[0].data.docNumber)}index.html`;
		const file = path.join(copy, decodeURI(page));
		const bytes = readFileSync(file);
		bytes[bytes.length - 2] ^= 0x20;
		writeFileSync(file, bytes);
		rmSync(path.join(copy, decodeURI(`${docUrl(documents[1].data.docNumber)}data.json`)));
		const bad = verify(copy);
		expect(bad.status).toBe(1);
		expect(bad.stdout).toContain(`DIFFERS  ${page}: SHA-256`);
		expect(bad.stdout).toContain(`MISSING  ${docUrl(documents[1].data.docNumber)}data.json: not in the copy`);
		expect(bad.stdout).toContain('2 of');
	});

	it('with the SHA-256 of the manifests as published, tells the published copy from a copy whose manifests were rewritten', () => {
		const published = createHash('sha256').update(readFileSync(path.join(site.dir, 'api/manifests.json'))).digest('hex');
		const ok = verify(site.dir, '--manifests-sha256', published);
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('and the manifests are the ones published');
		const forged = verify(site.dir, '--manifests-sha256', '0'.repeat(64));
		expect(forged.status).toBe(1);
		expect(forged.stdout).toContain(`DIFFERS  /api/manifests.json: SHA-256 ${published}, published ${'0'.repeat(64)}: this is not the copy that was published`);
		expect(verify(site.dir, '--manifests-sha256', 'xyz').status).toBe(2);
	});

	it('verifies a deployed copy over HTTP, names a changed page, and says when an address holds no gazette', async () => {
		const copy = mkdtempSync(path.join(tmpdir(), 'gazette-served-'));
		copies.push(copy);
		cpSync(site.dir, copy, { recursive: true });
		const server = await startServer(copy);
		try {
			const ok = await verifyAsync(server.url);
			expect(ok.stdout).toMatch(/All \d+ files are as published/);
			expect(ok.status).toBe(0);
			const page = '/issues/2022-12/statistics/data.csv';
			writeFileSync(path.join(copy, page), readFileSync(path.join(copy, page), 'utf8').replace('137.74', '137.75'));
			const bad = await verifyAsync(`${server.url}/`);
			expect(bad.status).toBe(1);
			expect(bad.stdout).toContain(`DIFFERS  ${page}: SHA-256`);
		} finally {
			await server.stop();
		}
		const empty = mkdtempSync(path.join(tmpdir(), 'gazette-empty-'));
		copies.push(empty);
		const none = verify(empty);
		expect(none.status).toBe(1);
		expect(none.stdout).toContain('MISSING  /api/manifests.json: no list of manifests: is this a copy of the gazette?');
	});
});
