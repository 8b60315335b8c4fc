/**
 * Reads a built page the way search should see it: the text of the element
 * marked data-pagefind-body (no navigation, no page furniture), without
 * anything marked data-pagefind-ignore, and the facts in its data-search
 * attribute. Pages without such an element are not content and are not indexed.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { SearchInfo } from './record.ts';

export interface SearchPage {
	title: string;
	text: string;
	info: SearchInfo;
}

export function readSearchPage(html: string, file: string): SearchPage | null {
	const tree: Root = fromHtml(html);
	const body = select('[data-pagefind-body]', tree);
	if (!body) return null;
	const raw = body.properties.dataSearch;
	if (typeof raw !== 'string') throw new Error(`${file}: the data-pagefind-body element has no data-search attribute`);
	const info = parseSearchInfo(raw, file);
	for (const ignored of selectAll('[data-pagefind-ignore]', body)) detach(body, ignored);
	const h1 = select('h1', body);
	if (!h1) throw new Error(`${file}: the searchable part of the page has no h1 to use as its title`);
	return { title: clean(toText(h1)), text: toText(body), info };
}

function detach(root: Element, target: Element): void {
	for (const child of root.children) {
		if (child.type !== 'element') continue;
		const index = child.children.indexOf(target);
		if (index >= 0) child.children.splice(index, 1);
		else detach(child, target);
	}
	const own = root.children.indexOf(target);
	if (own >= 0) root.children.splice(own, 1);
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** An attribute value as written in HTML, entities decoded. */
const decodeAttribute = (value: string) =>
	value.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|quot|lt|gt|apos));/gi, (whole, dec: string, hex: string, name: string) =>
		dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name.toLowerCase()] ?? whole),
	);

/** A page's data-search attribute, decoded: its facts, with the issue they must name. */
function parseSearchInfo(raw: string, file: string): SearchInfo {
	let info: SearchInfo;
	try {
		info = JSON.parse(raw) as SearchInfo;
	} catch {
		throw new Error(`${file}: data-search is not JSON: ${raw.slice(0, 80)}`);
	}
	if (typeof info.issue !== 'string' || !/^\d{4}-\d{2}$/.test(info.issue)) throw new Error(`${file}: data-search names no issue (YYYY-MM)`);
	return info;
}

/**
 * The issue a built page belongs to, read from its data-search attribute without
 * parsing the page: what the search build needs to put each page in its period
 * before deciding whether the period must be indexed at all. Null for pages
 * without a searchable part. It reads the first data-pagefind-body in the file,
 * which in the gazette's pages is the Searchable component's element (no script
 * or text before it holds those words); readSearchPage, which parses the page,
 * confirms the period of every page indexed.
 */
export function searchIssueOf(html: string, file: string): string | null {
	const at = html.indexOf('data-pagefind-body');
	if (at < 0) return null;
	const quoted = /^[^>]*?\sdata-search=(?:"([^"]*)"|'([^']*)')/.exec(html.slice(at));
	const value = quoted?.[1] ?? quoted?.[2];
	if (value === undefined) throw new Error(`${file}: the data-pagefind-body element has no data-search attribute`);
	const info = parseSearchInfo(decodeAttribute(value), file);
	return info.issue;
}

