/**
 * Ground truth for search tests, read from a built site and nothing else (no
 * code from src/): which pages a query should find.
 *
 * A page is searchable when it has an element marked data-pagefind-body; its
 * text is that element's textContent without its [data-pagefind-ignore]
 * descendants. Text and queries are compared after the same normalisation:
 * all whitespace removed, full-width ASCII (！ to ～) made half-width, lower case.
 * A page is expected for a query when its text contains every term of it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

import type { SearchInfo } from '../../src/search/build/record.ts';

/** What a content page tells search about itself (its data-search attribute). */
export type PageInfo = SearchInfo;

export interface SitePage {
	/** URL path, decoded: /documents/温政办-2022-94/. */
	url: string;
	/** The h1 inside the searchable part. */
	title: string;
	/** The searchable text, as the page shows it (not normalised). */
	text: string;
	info: PageInfo;
}

export interface BuiltSite {
	/** Pages with data-pagefind-body: the only ones search may find. */
	pages: SitePage[];
	/** Every built HTML page: URL path and the whole body's textContent. */
	all: { url: string; text: string }[];
}

/** Whitespace out, full-width ASCII to half-width, lower case. */
export function normalise(s: string): string {
	return s
		.normalize('NFC')
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/\s+/gu, '')
		.toLowerCase();
}

/** 文号 brackets in any style ([2022], 【2022】, (2022)…) as 〔2022〕, after normalise(). */
export const foldDocNumberBrackets = (s: string) => s.replace(/[[【(〔{［｛]/g, '〔').replace(/[\]】)〕}］｝]/g, '〕');

/** Dashes of every kind as an ASCII hyphen, after normalise(). */
export const foldDashes = (s: string) => s.replace(/[‐‑‒–—―−－]/g, '-');

/** How a kind of query is compared: the same fold on text and query. */
export type Fold = 'plain' | 'doc-number' | 'unified-number';

const FOLDS: Record<Fold, (s: string) => string> = {
	plain: (s) => s,
	'doc-number': foldDocNumberBrackets,
	'unified-number': foldDashes,
};

export function foldFor(kind: Fold): (s: string) => string {
	const fold = FOLDS[kind];
	return (s: string) => fold(normalise(s));
}

function urlOf(site: string, file: string): string {
	const rel = path.relative(site, file).split(path.sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function readBuiltSite(site: string): BuiltSite {
	const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('pagefind'))
		.map((f) => path.join(site, f))
		.sort();
	const pages: SitePage[] = [];
	const all: BuiltSite['all'] = [];
	for (const file of files) {
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		const url = urlOf(site, file);
		all.push({ url, text: document.body?.textContent ?? '' });
		const body = document.querySelector('[data-pagefind-body]');
		if (!body) continue;
		const info = JSON.parse(body.getAttribute('data-search') ?? 'null') as PageInfo;
		const copy = body.cloneNode(true) as Element;
		for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
		pages.push({ url, title: copy.querySelector('h1')?.textContent?.trim() ?? '', text: copy.textContent ?? '', info });
	}
	return { pages, all };
}

/** The terms a page must contain for `query`, normalised and folded. */
export function truthTerms(query: string, fold: Fold, canonical?: string): string[] {
	const f = foldFor(fold);
	if (canonical) return [f(canonical)];
	return query
		.split(/\s+/u)
		.filter(Boolean)
		.map(f)
		.filter(Boolean);
}

/** Pages whose text contains every term, by URL. */
export function expectedPages(pages: SitePage[], terms: string[], fold: Fold, field: 'text' | 'title' = 'text'): Set<string> {
	const f = foldFor(fold);
	return new Set(pages.filter((p) => terms.length > 0 && terms.every((t) => f(p[field]).includes(t))).map((p) => p.url));
}

