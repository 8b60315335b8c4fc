/**
 * The whole issue on paper (/issues/YYYY-MM/print/). Browsers cannot print a
 * page number into a table of contents (Chromium has no target-counter()),
 * so every item gets a number in printed order: the contents give it where
 * print gives a page, and the running head of each printed page repeats it,
 * the way a dictionary's guide words do. Pure: the page renders what this
 * computes.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Section } from './sections.ts';

/** An item of the contents as the issue page lists it. */
export interface ContentsItem {
	url: string;
	title: string;
	meta?: string;
}

export interface PrintItem extends ContentsItem {
	/** 第N篇: its number in printed order, from 1. */
	number: number;
	/** Its element's id on the print page, item-N; its own ids are prefixed with it. */
	anchor: string;
	section: Section;
	/** The page style it prints on (a CSS named page); items of a flowing section share one. */
	sheet: string;
	/** False for a brief after the first: briefs run on, as print sets them. */
	breakBefore: boolean;
}

export interface PrintSection {
	section: Section;
	label: string;
	items: PrintItem[];
}

/** Sections whose items run on one after another instead of each starting a page. */
const FLOWING: ReadonlySet<Section> = new Set(['briefs']);

/** Numbers an issue's contents in printed order and gives each item its page style. */
export function printContents(toc: { section: Section; label: string; items: ContentsItem[] }[]): PrintSection[] {
	let number = 0;
	return toc.map(({ section, label, items }) => {
		const first = number + 1;
		return {
			section,
			label,
			items: items.map((item, i) => {
				number += 1;
				const flowing = FLOWING.has(section) && i > 0;
				return { ...item, number, anchor: `item-${number}`, section, sheet: `item-${flowing ? first : number}`, breakBefore: !flowing };
			}),
		};
	});
}

/** 第7篇, or 第12—15篇 for a run of items on one page style. */
export function itemNumbers(first: number, last: number): string {
	return first === last ? `第${first}篇` : `第${first}—${last}篇`;
}

/** A CSS string literal holding `text` as text, whatever it contains. */
export function cssString(text: string): string {
	return `"${[...text].map((c) => (/^[\p{L}\p{N}\p{Zs}\p{P}\p{S}]$/u.test(c) && !'"\\'.includes(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/**
 * The issue's print stylesheet: paper size and margins, the page number at the
 * foot, and per page style a running head naming the issue and the item
 * numbers and section it carries. The cover page has neither.
 */
export function printStylesheet(masthead: string, sections: PrintSection[]): string {
	const sheets = new Map<string, { first: number; last: number; label: string }>();
	for (const { label, items } of sections) {
		for (const item of items) {
			const sheet = sheets.get(item.sheet);
			if (sheet) sheet.last = item.number;
			else sheets.set(item.sheet, { first: item.number, last: item.number, label });
		}
	}
	const margin = 'font-size: 9pt; color: #444;';
	return [
		'/* Generated for this issue: its page styles and running heads. */',
		`@page { size: A4; margin: 18mm 16mm 20mm; @top-left { content: ${cssString(masthead)}; ${margin} } @bottom-center { content: "— " counter(page) " —"; ${margin} } }`,
		'@page :first { @top-left { content: none; } @bottom-center { content: none; } }',
		...[...sheets].flatMap(([name, { first, last, label }]) => [
			`.print-item[data-sheet="${name}"] { page: ${name}; }`,
			`@page ${name} { @top-right { content: ${cssString(`${itemNumbers(first, last)}　${label}`)}; ${margin} } }`,
		]),
		'',
	].join('\n');
}

/** The id of the print view's cover. */
export const COVER = 'cover';

/** What a link on the print page points at: another item printed on it, or an address to print beside it. */
export interface PrintLinks {
	/** The site's address, to print links in full. */
	origin: string;
	/** The issue's own page: on paper, the issue in hand. */
	issue: string;
	/** Paths of the pages the site makes to browse by (units, people, indicators): aids on screen, not part of the text, so no address is printed for them. */
	browse: readonly string[];
	/** Items printed on the page, by their page's path: their anchor and number. */
	items: ReadonlyMap<string, { anchor: string; number: number }>;
}

/** Decoded for reading on paper; left as it is if it is not valid percent-encoding. */
const readable = (text: string, decode: (s: string) => string) => {
	try {
		return decode(text);
	} catch {
		return text;
	}
};

const ID_LIST_ATTRIBUTES = ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor', 'headers'] as const;

/** The id of an item's number line (第N篇 and its section) on the print view. */
export const numberLineId = (anchor: string) => `${anchor}-number`;

/** Elements that are landmarks when named: their names must differ between items. */
const isLandmark = (node: Element) => ['section', 'nav', 'aside', 'form'].includes(node.tagName) || node.properties.role === 'region';

/**
 * An item's rendered page made to sit on the print page among the others:
 * headings one level down (the issue is the page's h1), every id and in-page
 * reference prefixed with the item's anchor so that no two items clash, links
 * to items printed on the page turned into links to them (第N篇 printed
 * beside them), links to the issue itself into links to its cover, and every
 * other link but those to pages to browse by given its full address to print.
 * Its landmarks' names say which item they belong to (every document has an
 * 印发通知), so that none is named like another's.
 */
export function printItemHtml(html: string, item: Pick<PrintItem, 'anchor' | 'number'>, links: PrintLinks): string {
	const { anchor } = item;
	const tree: Root = fromHtml(html, { fragment: true });
	const prefix = (id: string) => `${anchor}-${id}`;
	visit(tree, 'element', (node: Element) => {
		const heading = /^h([1-5])$/.exec(node.tagName);
		if (heading) node.tagName = `h${Number(heading[1]) + 1}`;
		const p = node.properties;
		if (typeof p.id === 'string') p.id = prefix(p.id);
		for (const name of ID_LIST_ATTRIBUTES) {
			// hast gives a list for aria-labelledby and headers, a string for `for`.
			const value = p[name];
			if (Array.isArray(value)) p[name] = value.map((v) => prefix(String(v)));
			else if (typeof value === 'string') (p as Record<string, unknown>)[name] = prefix(value);
		}
		if (isLandmark(node)) {
			if (typeof p.ariaLabel === 'string') p.ariaLabel = `${p.ariaLabel}（第${item.number}篇）`;
			if (Array.isArray(p.ariaLabelledBy)) p.ariaLabelledBy = [...p.ariaLabelledBy, numberLineId(anchor)];
		}
		if (node.tagName === 'a' && typeof p.href === 'string') {
			const href = p.href;
			if (href.startsWith('#')) {
				if (href.length > 1) p.href = `#${prefix(href.slice(1))}`;
				return;
			}
			// A link that is not an address (http:// alone) is left as it is, not the build's failure.
			if (!/^(\/|https?:)/.test(href) || !URL.canParse(href, links.origin)) return;
			const url = new URL(href, links.origin);
			const own = url.origin === new URL(links.origin).origin;
			const path = readable(url.pathname, decodeURI);
			const target = own ? links.items.get(path) : undefined;
			if (own && path === links.issue) {
				p.href = `#${COVER}`;
			} else if (own && links.browse.some((prefix) => path.startsWith(prefix))) {
				return;
			} else if (target) {
				p.href = `#${url.hash ? `${target.anchor}-${readable(url.hash.slice(1), decodeURIComponent)}` : target.anchor}`;
				p.dataPrintRef = `见第${target.number}篇`;
			} else {
				p.dataPrintUrl = readable(url.href, decodeURI);
			}
		}
	});
	return toHtml(tree);
}
