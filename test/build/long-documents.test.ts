/**
 * Long documents in the built sample: the in-page contents (本文目录) lists
 * the blocks the page anchors, in page order, each label the start of its
 * block; the citation names the title, 文号 and permanent address.
 */
import { describe, expect, inject, it } from 'vitest';
import { OUTLINE_MIN_ENTRIES } from '../../src/gazette/outline.ts';
import { all, docSlug, readCollection, readYaml, Site, squash } from './helpers.ts';

const site = new Site(inject('sampleSite'));
const documents = readCollection('documents');
const siteConfig = readYaml<{ url: string }>('site.yaml');

describe.each(documents.map((d) => [d.data.docNumber as string, d] as const))('%s', (docNumber, d) => {
	const url = `/documents/${docSlug(docNumber)}/`;
	const page = site.page(url);
	const links = all(page, 'nav.doc-outline a');

	it('lists its parts, articles or measures in the order of the text, each linking the block it names', () => {
		const anchored = all(page, 'section[aria-labelledby="regulation-title"] [id]').map((el) => el.id).filter((id) => /^(part|article|measure|attachment)-/.test(id));
		if (anchored.length < OUTLINE_MIN_ENTRIES) return expect(links).toEqual([]);
		expect(links.length).toBeGreaterThanOrEqual(OUTLINE_MIN_ENTRIES);
		const ids = links.map((a) => a.getAttribute('href')!.slice(1));
		// In page order, every one an anchor of the text.
		expect(ids.every((id) => anchored.includes(id))).toBe(true);
		expect(ids).toEqual(anchored.filter((id) => ids.includes(id)));
		for (const a of links) {
			const target = page.getElementById(a.getAttribute('href')!.slice(1))!;
			const label = squash(a.textContent).replace(/…$/, '');
			expect(squash(target.textContent).startsWith(label), `${a.textContent} → ${target.textContent?.slice(0, 30)}`).toBe(true);
		}
	});

	it('is cited as 《title》（文号） with its permanent address', () => {
		expect(page.querySelector('[data-citation]')?.textContent).toBe(`《${d.data.title}》（${docNumber}），${decodeURI(new URL(`/d/${docNumber}/`, siteConfig.url).href)}`);
		expect(page.querySelector('.cite-this a.to-top')?.getAttribute('href')).toBe('#main');
	});
});

it('the sample has long documents with contents and the longest lists its measures among its parts', () => {
	const counts = documents.map((d) => all(site.page(`/documents/${docSlug(d.data.docNumber)}/`), 'nav.doc-outline a').length);
	expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
	const withMeasures = documents.filter((d) => all(site.page(`/documents/${docSlug(d.data.docNumber)}/`), 'nav.doc-outline a[href^="#measure-"]').length > 0);
	expect(withMeasures.length).toBeGreaterThan(0);
});
