/**
 * Permalinks by number: /d/温政办〔2022〕96号/ and /d/ZJCC01-2022-0022/ lead to
 * the document, on any static host. Each canonical address is a page of its
 * own (a redirect with a canonical link); any other spelling search accepts
 * reaches the site's 404 page, which reads the address with `permalinkFor`
 * and forwards to the canonical one. Pure: the build and the 404 page's
 * script share it.
 */
import { formatDocNumber, parseCanonicalDocNumber, parseDocNumber } from '../gazette/docNumber.ts';
import { parseUnifiedNumber, unifiedNumberAscii } from '../gazette/unifiedNumber.ts';
import { PERMALINK_ROOT, permalinkUrl } from '../gazette/urls.ts';

/** Whether a site path is a permalink page (a redirect, kept out of the sitemap), not the list at /d/ itself. */
export const isPermalinkPage = (pathname: string) => pathname.startsWith(PERMALINK_ROOT) && pathname !== PERMALINK_ROOT;

/** What an address under /d/ names, in the spelling of its permalink. */
export interface PermalinkTarget {
	/** The canonical 文号 or the unified number in ASCII. */
	number: string;
	kind: 'docNumber' | 'unifiedNumber';
	/** Its permalink. */
	url: string;
}

/**
 * The permalink that an address under /d/ means, however the number in it is
 * spelled (percent-encoded or not, brackets, 年, full-width digits, without
 * the trailing slash, a unified number in lower case); null for an address
 * outside /d/ or one that names no number.
 */
export function permalinkFor(pathname: string): PermalinkTarget | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (!decoded.startsWith(PERMALINK_ROOT)) return null;
	const typed = decoded.slice(PERMALINK_ROOT.length).replace(/\/+$/, '');
	if (!typed || typed.includes('/')) return null;
	const docNumber = parseDocNumber(typed);
	if (docNumber) {
		const number = formatDocNumber(docNumber);
		return { number, kind: 'docNumber', url: permalinkUrl(number) };
	}
	const unified = parseUnifiedNumber(typed);
	if (unified) {
		const number = unifiedNumberAscii(unified);
		return { number, kind: 'unifiedNumber', url: permalinkUrl(number) };
	}
	return null;
}

/**
 * What the 404 page does at `pathname`: forward to the canonical permalink, or
 * (already there, so the gazette has no such document) say which number is
 * missing; null when the address names no number.
 */
export function notFoundPermalink(pathname: string): { forward: string } | { missing: PermalinkTarget } | null {
	const target = permalinkFor(pathname);
	if (!target) return null;
	let here = pathname;
	try {
		here = decodeURIComponent(pathname);
	} catch {
		// permalinkFor has decoded it already.
	}
	return here === target.url ? { missing: target } : { forward: target.url };
}

/** A document as the permalinks see it. */
export interface PermalinkDocument {
	/** Canonical 文号. */
	docNumber: string;
	/** Unified number in ASCII, when it has one. */
	unifiedNumber?: string | undefined;
	title: string;
	/** Its page. */
	url: string;
}

/** One permalink page: the number in its address and the document it leads to. */
export interface Permalink {
	/** getStaticPaths params. */
	params: { number: string };
	url: string;
	number: string;
	kind: PermalinkTarget['kind'];
	document: PermalinkDocument;
}

/** Every permalink of the gazette's documents: one per 文号, one per unified number. */
export function permalinksOf(documents: PermalinkDocument[]): Permalink[] {
	return documents.flatMap((document) => {
		const numbers: [string, PermalinkTarget['kind']][] = [[document.docNumber, 'docNumber']];
		if (document.unifiedNumber) numbers.push([document.unifiedNumber, 'unifiedNumber']);
		return numbers.map(([number, kind]) => ({ params: { number }, url: permalinkUrl(number), number, kind, document }));
	});
}

/** The list of every 文号: by issuer code, then by year, newest year first, serials in order. */
export interface DocNumberIndex {
	issuerCode: string;
	years: { year: number; documents: PermalinkDocument[] }[];
}

/** Every 文号 of the gazette grouped by issuer code (in the order of `issuerOrder`, then by code) and year. */
export function docNumberIndex(documents: PermalinkDocument[], issuerOrder: string[] = []): DocNumberIndex[] {
	const byIssuer = new Map<string, Map<number, { serial: number; doc: PermalinkDocument }[]>>();
	for (const doc of documents) {
		const n = parseCanonicalDocNumber(doc.docNumber);
		if (!n) throw new Error(`not a canonical 文号: ${doc.docNumber}`);
		const years = byIssuer.get(n.issuerCode) ?? new Map<number, { serial: number; doc: PermalinkDocument }[]>();
		byIssuer.set(n.issuerCode, years);
		const year = years.get(n.year) ?? [];
		years.set(n.year, year);
		year.push({ serial: n.serial, doc });
	}
	const rank = (code: string) => (issuerOrder.includes(code) ? issuerOrder.indexOf(code) : issuerOrder.length);
	return [...byIssuer.keys()]
		.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-CN'))
		.map((issuerCode) => ({
			issuerCode,
			years: [...byIssuer.get(issuerCode)!.entries()]
				.sort(([a], [b]) => b - a)
				.map(([year, docs]) => ({
					year,
					documents: docs.sort((a, b) => a.serial - b.serial).map(({ doc }) => doc),
				})),
		}));
}
