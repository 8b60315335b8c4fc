/**
 * Ground truth for search, read from a built site and nothing else (no code
 * from src/): which pages a query should find. The search tests and the search
 * benchmark (scripts/bench/search.ts) both score against it.
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
	/** The same text with a line break between blocks (paragraphs, headings, list items, table cells). */
	blocks: string;
	info: PageInfo;
}

export interface BuiltSite {
	/** Pages with data-pagefind-body: the only ones search may find. */
	pages: SitePage[];
	/** Every built HTML page: URL path and the whole body's textContent. */
	all: { url: string; text: string }[];
}

const BLOCK = new Set([
	...['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'],
	...['HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL'],
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** An element's text with '\n' around every block. */
function blockText(node: Node): string {
	let out = '';
	const walk = (n: Node) => {
		for (const child of n.childNodes) {
			if (child.nodeType === 3) out += child.nodeValue;
			else if (child.nodeType === 1) {
				const tag = (child as Element).tagName;
				if (SKIP.has(tag)) continue;
				if (BLOCK.has(tag)) out += '\n';
				walk(child);
				if (BLOCK.has(tag)) out += '\n';
			}
		}
	};
	walk(node);
	return out;
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
		pages.push({ url, title: copy.querySelector('h1')?.textContent?.trim() ?? '', text: copy.textContent ?? '', blocks: blockText(copy), info });
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


// ---------------------------------------------------------------- the benchmark's view of the same truth

/**
 * The benchmark compares every query the way search folds it: normalise(),
 * every dash as '-'; with `keepBlocks`, one '\n' stays at each block break, so
 * that a term found only across two blocks can be told apart.
 */
export function truthText(s: string, { keepBlocks = false } = {}): string {
	if (!keepBlocks) return foldDashes(normalise(s));
	return s
		.split(/\n+/)
		.map((part) => foldDashes(normalise(part)))
		.filter(Boolean)
		.join('\n');
}

export interface TruthPage {
	url: string;
	title: string;
	info: PageInfo;
	/** truthText of the page's text. */
	text: string;
	/** truthText with block breaks kept. */
	blocks: string;
}

/** Every searchable page of a built site, its text folded for the benchmark. */
export function readTruthPages(site: string): TruthPage[] {
	return readBuiltSite(site).pages.map((p) => ({ url: p.url, title: p.title, info: p.info, text: truthText(p.text), blocks: truthText(p.blocks, { keepBlocks: true }) }));
}

const ALNUM = /[a-z0-9]/;

/** Whether `term` occurs in `text` without cutting a run of letters or digits (30人 is not in 64930人次). */
function includesAligned(text: string, term: string): boolean {
	const cutsStart = ALNUM.test(term[0]);
	const cutsEnd = ALNUM.test(term.at(-1)!);
	for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
		if (cutsStart && at > 0 && ALNUM.test(text[at - 1])) continue;
		if (cutsEnd && ALNUM.test(text[at + term.length] ?? '')) continue;
		return true;
	}
	return false;
}

/**
 * URLs of the pages that contain every term. `keepBlocks`: not across a block
 * break. `aligned`: letters and digits as whole runs, so 2015 is not found in 20150.
 */
export function matching(pages: TruthPage[], terms: string[], { keepBlocks = false, aligned = false } = {}): string[] {
	const folded = terms.map((t) => truthText(t));
	return pages
		.filter((p) => {
			const text = keepBlocks ? p.blocks : p.text;
			return folded.every((t) => (aligned ? includesAligned(text, t) : text.includes(t)));
		})
		.map((p) => p.url);
}
