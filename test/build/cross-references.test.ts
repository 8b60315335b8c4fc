/**
 * Cross-references across two issues: the sample content/ (2022-12) with the
 * second issue of test/fixtures/second-issue/ (2023-01) laid over it, built
 * once. Each link is checked from both ends: the citing page links to the
 * cited one, the cited page lists the citing one, and the API says the same.
 * Expectations come from the content and fixture files, read here with `yaml`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, SAMPLE_BUILD_DATE, buildSite, removeBuild, type BuildResult } from '../support/build.ts';
import { CONTENT, Site, all, brokenReferences, chineseDate, docSlug, readCollection, readYaml, squash, text } from './helpers.ts';

const FIXTURE = path.join(ROOT, 'test/fixtures/second-issue');

/** A Markdown file of the fixture: front matter and body. */
function fixtureMarkdown(relative: string): { data: Record<string, any>; body: string } {
	const source = readFileSync(path.join(FIXTURE, relative), 'utf8');
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	if (!m) throw new Error(`${relative}: no front matter`);
	return { data: parseYaml(m[1]), body: m[2] };
}
const fixtureYaml = (relative: string) => parseYaml(readFileSync(path.join(FIXTURE, relative), 'utf8'));

// ------------------------------------------------------------ the content

const NEW = fixtureMarkdown('documents/2023-01/温政办-2023-1.md');
const NEW_NUMBER: string = NEW.data.docNumber;
const NEW_URL = `/documents/${docSlug(NEW_NUMBER)}/`;
const BRIEF_ID = '2023-01/01-市政府常务会议';
const BRIEF_URL = `/briefs/${BRIEF_ID}/`;
const brief = fixtureMarkdown(`briefs/${BRIEF_ID}.md`);

const sampleDocuments = readCollection('documents');
const sample = (docNumber: string) => {
	const d = sampleDocuments.find((x) => x.data.docNumber === docNumber);
	if (!d) throw new Error(`content/ has no ${docNumber}: update the fixture`);
	return { ...d, url: `/documents/${docSlug(docNumber)}/` };
};
const FIRE = sample('温政办〔2022〕96号');
const HEALTH = sample('温政办〔2022〕98号');
const POSTS = sample('温人社发〔2022〕73号');
const PLAN = sample('温政办〔2022〕94号');

/** The repeal the fixture declares of a document the gazette does not hold. */
const OUTSIDE: { docNumber: string; title: string } = NEW.data.repeals.find((r: { docNumber: string }) => r.docNumber !== PLAN.data.docNumber);

/** The fixture's numbered measures with the units they print. */
const measures = [...NEW.body.matchAll(/^(\d+)\.([^。\n]*。)[^\n]*（责任单位：([^）]+)）$/gm)].map((m) => ({
	anchor: `measure-${m[1]}`,
	heading: `${m[1]}.${m[2]}`,
	units: m[3].split('、'),
}));

const chronicles = [readYaml(`chronicle/2022-12.yaml`), fixtureYaml('chronicle/2023-01.yaml')] as { days: { date: string; entries: string[] }[] }[];
const interpretations = [...readCollection('interpretations').map((i) => i.data), fixtureMarkdown('interpretations/2023-01/温政办-2023-1.md').data];

// ------------------------------------------------------------ the build

let build: BuildResult;
let site: Site;
let contentDir: string;

beforeAll(async () => {
	contentDir = mkdtempSync(path.join(tmpdir(), 'gazette-second-issue-'));
	cpSync(CONTENT, contentDir, { recursive: true });
	cpSync(FIXTURE, contentDir, { recursive: true, filter: (src) => path.basename(src) !== 'README.md' });
	build = await buildSite({ contentDir });
	if (build.code !== 0) throw new Error(`building the two issues failed:\n${build.output}`);
	site = new Site(build.outDir);
});

afterAll(() => {
	if (build) removeBuild(build.outDir);
	if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

/** The section of a document page's 关联信息 headed by the h3 with this id. */
const related = (url: string, id: string) => site.page(url).querySelector(`section[aria-labelledby="${id}"]`);
/** The regulation's text on a document page. */
const regulationText = (url: string) => site.page(url).querySelector('section[aria-labelledby="regulation-title"]')!;
const links = (root: ParentNode | null, href: string) => (root ? all(root, 'a').filter((a) => decodeURIComponent(a.getAttribute('href') ?? '') === href) : []);
const api = () => site.json<{ generated: string; documents: Record<string, any>[] }>('/api/documents.json');
const apiDoc = (docNumber: string) => api().documents.find((d) => d.docNumber === docNumber)!;

// ------------------------------------------------------------ tests

describe('the build of two issues', () => {
	it('built both issues and the new document', () => {
		expect(site.fileFor('/issues/2023-01/')).toBeDefined();
		expect(site.fileFor('/issues/2022-12/')).toBeDefined();
		expect(site.fileFor(NEW_URL)).toBeDefined();
		expect(api().generated).toBe(SAMPLE_BUILD_DATE);
		expect(api().documents.map((d) => d.docNumber)).toContain(NEW_NUMBER);
	});

	it('warns about the unit content/units.yaml does not list, naming document and measure', () => {
		const unknown = measures.find((m) => m.units.includes('市新设局'))!;
		const line = build.output.split('\n').find((l) => l.includes('市新设局'));
		expect(line, build.output).toBeDefined();
		expect(line).toContain('warning');
		expect(line).toContain(NEW_NUMBER);
		expect(line).toContain(unknown.anchor);
	});
});

describe('a citation 《title》（文号）: 温政办〔2022〕96号', () => {
	it('is a link in the citing text', () => {
		const a = links(regulationText(NEW_URL), FIRE.url);
		expect(a).toHaveLength(1);
		expect(text(a[0])).toBe(`《${FIRE.data.regulationTitle}》（${FIRE.data.docNumber}）`);
	});

	it('lists the citing document under 引用本文件的文件', () => {
		const section = related(FIRE.url, 'rel-cited-by');
		expect(text(section!.querySelector('h3'))).toBe('引用本文件的文件');
		const a = links(section, NEW_URL);
		expect(a).toHaveLength(1);
		expect(text(a[0])).toBe(NEW.data.title);
		expect(text(section)).toContain(chineseDate(String(NEW.data.signedDate)));
	});

	it('is in the citing document’s 本文件引用, and in the API both ways', () => {
		expect(links(related(NEW_URL, 'rel-cites'), FIRE.url)).toHaveLength(1);
		expect(apiDoc(FIRE.data.docNumber).citedBy).toContain(NEW_URL);
		expect(apiDoc(NEW_NUMBER).cites).toContainEqual({ docNumber: FIRE.data.docNumber, title: FIRE.data.regulationTitle, url: FIRE.url });
	});
});

describe('a bare 文号 in running text: 温政办【2022】98号', () => {
	it('is a link with the brackets as printed', () => {
		const a = links(regulationText(NEW_URL), HEALTH.url);
		expect(a).toHaveLength(1);
		expect(text(a[0])).toBe('温政办【2022】98号');
		expect(NEW.body).toContain(`按照${text(a[0])}`);
	});

	it('is cited from the other end', () => {
		expect(links(related(HEALTH.url, 'rel-cited-by'), NEW_URL)).toHaveLength(1);
		expect(apiDoc(HEALTH.data.docNumber).citedBy).toContain(NEW_URL);
		expect(apiDoc(NEW_NUMBER).cites).toContainEqual({ docNumber: HEALTH.data.docNumber, title: null, url: HEALTH.url });
	});
});

describe('a title broken over two lines: 温人社发〔2022〕73号', () => {
	it('is one link in the citing text', () => {
		expect(NEW.body).toMatch(/《[^》]*\n[^》]*》/);
		const a = links(regulationText(NEW_URL), POSTS.url);
		expect(a).toHaveLength(1);
		expect(squash(a[0].textContent)).toBe(`《${POSTS.data.regulationTitle}》`);
	});

	it('lists the citing document, and the brief that names it under 提及本文件 with 研究审议', () => {
		expect(links(related(POSTS.url, 'rel-cited-by'), NEW_URL)).toHaveLength(1);
		const mentioned = related(POSTS.url, 'rel-mentioned');
		expect(text(mentioned!.querySelector('h3'))).toBe('提及本文件');
		const a = links(mentioned, BRIEF_URL);
		expect(a).toHaveLength(1);
		expect(text(a[0])).toBe(brief.data.title);
		const item = a[0].closest('li')!;
		expect(brief.body).toContain(`研究审议《${POSTS.data.regulationTitle}》`);
		expect(text(item)).toContain('研究审议');
		expect(text(item)).toContain('政务简讯');
		expect(apiDoc(POSTS.data.docNumber).mentionedIn).toContain(BRIEF_URL);
	});

	it('the brief links to the document it names', () => {
		const a = links(site.page(BRIEF_URL).querySelector('main'), POSTS.url);
		expect(a).toHaveLength(1);
		expect(text(a[0])).toBe(`《${POSTS.data.regulationTitle}》`);
	});
});

describe('a repeal: 温政办〔2023〕1号 repeals 温政办〔2022〕94号', () => {
	const repealDate = () => String(NEW.data.effectiveDate);

	it('the fixture repeals from its effective date, 2023-01-20', () => {
		expect(repealDate()).toBe('2023-01-20');
		expect(NEW.data.repeals.map((r: { docNumber: string }) => r.docNumber)).toContain(PLAN.data.docNumber);
	});

	it('shows 已废止 on the repealed document, with the date and a link to the repealing one', () => {
		const validity = site.page(PLAN.url).querySelector('[data-validity]')!;
		expect(text(validity)).toBe('已废止');
		expect(validity.getAttribute('data-status')).toBe('repealed');
		expect(validity.getAttribute('data-repealed')).toBe(repealDate());
		const cell = validity.closest('td')!;
		expect(text(cell)).toContain(chineseDate(repealDate()));
		expect(links(cell, NEW_URL)).toHaveLength(1);
		expect(cell.querySelector(`time[datetime="${repealDate()}"]`)).not.toBeNull();
	});

	it('says so under 废止 too', () => {
		const section = related(PLAN.url, 'rel-repeal');
		expect(text(section)).toContain(`本文件自${chineseDate(repealDate())}起由${NEW_NUMBER}废止`);
		expect(links(section, NEW_URL)).toHaveLength(1);
	});

	it('the API says repealed, by whom, and what the new document repeals', () => {
		expect(apiDoc(PLAN.data.docNumber)).toMatchObject({ status: 'repealed', repealedBy: NEW_NUMBER });
		expect(apiDoc(NEW_NUMBER)).toMatchObject({ status: 'in-force', repealedBy: null, repeals: NEW.data.repeals.map((r: { docNumber: string }) => r.docNumber) });
	});

	it('the repealing document links the repealed one, and names the one outside the gazette without a link', () => {
		const section = related(NEW_URL, 'rel-repeal')!;
		expect(links(section, PLAN.url)).toHaveLength(1);
		const outside = all(section, 'li').find((li) => text(li).includes(OUTSIDE.docNumber))!;
		expect(outside).toBeDefined();
		expect(text(outside)).toContain(`《${OUTSIDE.title}》`);
		expect(text(outside)).toContain('未收录于本公报');
		expect(all(outside, 'a')).toHaveLength(0);
		// Nowhere on the site is it a link: the gazette has no page for it.
		for (const url of site.htmlPages()) {
			for (const a of all(site.page(url), 'a')) expect(text(a), `${url}: ${a.outerHTML}`).not.toContain(OUTSIDE.docNumber);
		}
	});
});

describe('责任单位: /units/温州市财政局/', () => {
	const UNIT = '/units/温州市财政局/';
	const own = () => measures.filter((m) => m.units.includes('市财政局'));

	it('the fixture has measures for 市财政局, one ending （责任单位：市财政局、市人力社保局）', () => {
		expect(own().length).toBeGreaterThanOrEqual(2);
		expect(NEW.body).toMatch(/（责任单位：市财政局、市人力社保局）$/m);
	});

	it('lists the new document’s measures with their anchors, which exist on the document page', () => {
		const page = site.page(UNIT);
		const listed = all(page.querySelector('main')!, 'a')
			.map((a) => decodeURIComponent(a.getAttribute('href')!))
			.filter((href) => href.startsWith(`${NEW_URL}#`));
		expect(listed).toEqual(own().map((m) => `${NEW_URL}#${m.anchor}`));
		for (const m of own()) {
			const target = site.page(NEW_URL).getElementById(m.anchor);
			expect(target, m.anchor).not.toBeNull();
			expect(target!.textContent!.startsWith(m.heading)).toBe(true);
			const a = links(page.querySelector('main'), `${NEW_URL}#${m.anchor}`)[0];
			expect(text(a)).toBe(m.heading);
		}
	});

	it('keeps the sample’s measures for the unit as well', () => {
		expect(all(site.page(UNIT), 'a').some((a) => decodeURIComponent(a.getAttribute('href')!).startsWith(`${PLAN.url}#measure-`))).toBe(true);
	});

	it('the measure on the document page links the unit', () => {
		const p = site.page(NEW_URL).getElementById(own()[0].anchor)!;
		expect(links(p, UNIT).map((a) => text(a))).toEqual(['市财政局']);
	});
});

describe('people', () => {
	it('/people/瞿自杰/ shows the 2022-12 appointment, then the 2023-01 removal', () => {
		const items = all(site.page('/people/瞿自杰/').querySelector('main')!, 'li');
		expect(items).toHaveLength(2);
		expect(text(items[0])).toBe('2022年12月：任温州市林业局局长');
		expect(text(items[1])).toBe('2023年1月：免去温州市林业局局长职务');
		expect(links(items[0], '/issues/2022-12/personnel/')).toHaveLength(1);
		expect(links(items[1], '/issues/2023-01/personnel/')).toHaveLength(1);
	});

	it('/people/张振丰/ lists every chronicle day that names him, in both issues, in order', () => {
		const days = chronicles.flatMap((c) => c.days.filter((d) => d.entries.some((e) => e.includes('张振丰'))).map((d) => String(d.date)));
		expect(days.some((d) => d.startsWith('2023-01'))).toBe(true);
		const page = site.page('/people/张振丰/');
		const headings = all(page, 'section.day h3');
		expect(headings.map((h) => h.querySelector('time')!.getAttribute('datetime'))).toEqual(days);
		for (const [i, h] of headings.entries()) {
			const href = h.querySelector('a')!.getAttribute('href')!;
			expect(decodeURIComponent(href)).toBe(`/issues/${days[i].slice(0, 7)}/chronicle/#day-${days[i]}`);
			expect(site.resolves(href), href).toBe(true);
		}
		const entries = chronicles.flatMap((c) => c.days.flatMap((d) => d.entries.filter((e) => e.includes('张振丰'))));
		expect(all(page, 'section.day li').map((li) => text(li))).toEqual(entries);
	});
});

describe('/interpretations/contacts/', () => {
	it('lists every interpreting body with its contacts and tel: links', () => {
		const page = site.page('/interpretations/contacts/');
		const bodies = [...new Set(interpretations.flatMap((i) => i.contacts.map((c: { body: string }) => c.body)))];
		expect(all(page, 'main h2').map((h) => text(h)).sort()).toEqual([...bodies].sort());
		for (const i of interpretations) {
			for (const c of i.contacts as { body: string; name: string; phone: string }[]) {
				const section = page.querySelector(`section[aria-labelledby="body-${c.body}"]`)!;
				const tel = all(section, 'a[href^="tel:"]').find((a) => text(a) === c.phone);
				expect(tel, `${c.body} ${c.phone}`).toBeDefined();
				expect(tel!.getAttribute('href')).toBe(`tel:${c.phone.replace(/\D/g, '')}`);
				expect(text(section)).toContain(c.name);
			}
		}
	});
});

describe('/expiring/', () => {
	it('is rendered with every document that has an expiry date, for the build day, but for those repealed before they expire', () => {
		const page = site.page('/expiring/');
		expect(text(page.querySelector('h1'))).toBe('即将到期的文件');
		expect(page.querySelector('[data-expiring-today]')!.getAttribute('datetime')).toBe(SAMPLE_BUILD_DATE);
		// 94号 (expiry 2023-06-30) is repealed by 温政办〔2023〕1号 from 2023-01-20: it never expires.
		const expiring = [...sampleDocuments.map((d) => d.data), NEW.data]
			.filter((d) => d.expiryDate && d.docNumber !== '温政办〔2022〕94号')
			.map((d) => String(d.expiryDate))
			.sort();
		expect(expiring).not.toContain('2023-06-30');
		for (const list of all(page, '[data-expiring-list]')) {
			expect(all(list, 'li[data-expiry]').map((li) => li.getAttribute('data-expiry'))).toEqual(expiring);
		}
		expect(all(page, '[data-expiring-list]').map((l) => l.getAttribute('data-expiring-list'))).toEqual(['expiring', 'expired']);
	});
});

describe('every page of the two issues', () => {
	it('links only to files that were built and to ids that exist', () => {
		const pages = site.htmlPages();
		expect(pages).toContain('/units/温州市财政局/');
		expect(pages).toContain('/people/瞿自杰/');
		const { broken, checked } = brokenReferences(site);
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(500);
	});
});
