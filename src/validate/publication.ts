/**
 * Nothing lost between content and site: every content entry has exactly one
 * page of its own, and every item appears in its issue's table of contents
 * (every issue in the archive). The build checks this over what it wrote, as
 * a reader would find it. Pure: takes entries and what the built pages link to.
 */
import { isIssueMonth } from '../gazette/dates.ts';
import { parseCanonicalDocNumber } from '../gazette/docNumber.ts';
import * as urls from '../gazette/urls.ts';
import { resolveSiteLink } from '../gazette/urls.ts';
import { LINK_PROTOCOLS } from './markup.ts';

export interface PublishedEntry {
	/** The content file, as messages name it. */
	file: string;
	/** Its collection, e.g. documents. */
	collection: string;
	/** The page it must have. */
	url: string;
	/** The page whose table of contents must link to it. */
	listedOn: string;
}

/** The page a content entry gets and the page that lists it, from its collection, id and fields. */
export function publishedEntry(file: string, collection: string, id: string, data: Record<string, unknown>): PublishedEntry | undefined {
	const issue = String(data.issue ?? data.month ?? '');
	if (!isIssueMonth(issue)) return undefined;
	const listedOn = collection === 'issues' ? urls.archiveUrl() : urls.issueUrl(issue);
	switch (collection) {
		case 'issues':
			return { file, collection, url: urls.issueUrl(issue), listedOn };
		case 'documents': {
			const docNumber = String(data.docNumber);
			return parseCanonicalDocNumber(docNumber) ? { file, collection, url: urls.documentUrl(docNumber), listedOn } : undefined;
		}
		case 'interpretations':
			return { file, collection, url: urls.interpretationUrl(id), listedOn };
		case 'briefs':
			return { file, collection, url: urls.briefUrl(id), listedOn };
		case 'features':
			return { file, collection, url: urls.featureUrl(id), listedOn };
		case 'personnel':
		case 'chronicle':
		case 'statistics':
		case 'photos':
			return { file, collection, url: urls.issuePageUrl(issue, collection), listedOn };
		default:
			return undefined;
	}
}

export interface BuiltSite {
	/** Every page written, as site paths (/documents/温政办-2022-94/). */
	pages: ReadonlySet<string>;
	/** For each listing page, the site paths its table of contents links to. */
	links: (listing: string) => ReadonlySet<string>;
}

/** Why each entry is not published as it should be; [] when nothing is lost. */
export function unpublished(entries: PublishedEntry[], site: BuiltSite): string[] {
	const problems: string[] = [];
	const owners = new Map<string, string>();
	for (const entry of entries) {
		const other = owners.get(entry.url);
		if (other) problems.push(`${entry.file}: has the same page ${entry.url} as ${other}, so one of them would not be published`);
		owners.set(entry.url, entry.file);
		if (!site.pages.has(entry.url)) problems.push(`${entry.file}: no page ${entry.url} was built for this ${entry.collection} entry`);
		else if (!site.links(entry.listedOn).has(entry.url)) problems.push(`${entry.file}: ${entry.listedOn} does not list ${entry.url} in its table of contents`);
	}
	return problems;
}

/** Schemes a page may link to outside the site: those a text may link to. */
const EXTERNAL = new RegExp(`^(?:${LINK_PROTOCOLS.join('|')}):`, 'i');

const decodeAttribute = (value: string) =>
	value.replace(/&(?:amp|#38);/g, '&').replace(/&(?:quot|#34);/g, '"').replace(/&(?:#39|apos);/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The ids of a built page's elements, read from Astro's double-quoted attributes. */
export function pageIds(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeAttribute(m[1])));
}

/** The references of a built page (href, src, srcset, action), read from Astro's double-quoted attributes. */
export function pageRefs(html: string): string[] {
	return [...html.matchAll(/\s(href|src|srcset|action)="([^"]*)"/g)].flatMap(([, name, value]) =>
		name === 'srcset' ? decodeAttribute(value).split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean) : [decodeAttribute(value)],
	);
}

/**
 * Every link on the built pages that leads nowhere: a page or file the site
 * does not have, an id the target page does not have, or a scheme other than
 * http(s), mailto and tel. `pageOwner` names the content file behind a page.
 * Reads each page twice (its ids, then its links), never holding more than one
 * page's HTML: an archive's pages together are gigabytes.
 */
export async function brokenLinks(
	pages: { url: string }[],
	read: (url: string) => string | Promise<string>,
	fileExists: (sitePath: string) => boolean,
	pageOwner: (url: string) => string | undefined,
): Promise<string[]> {
	const ids = new Map<string, Set<string>>();
	for (const { url } of pages) ids.set(url, pageIds(await read(url)));
	const problems: string[] = [];
	for (const { url } of pages) {
		const where = pageOwner(url) ? `${pageOwner(url)}: its page ${url}` : `the page ${url}`;
		for (const ref of pageRefs(await read(url))) {
			if (/^[a-z][a-z\d+.-]*:/i.test(ref) && !EXTERNAL.test(ref)) {
				problems.push(`${where} links to ${ref}, a scheme pages may not use`);
				continue;
			}
			const resolved = resolveSiteLink(ref, url);
			if (resolved === 'elsewhere') continue;
			if (resolved === 'malformed') {
				problems.push(`${where} links to ${ref}, whose percent-encoding is broken; correct the link`);
				continue;
			}
			const { pathname, id } = resolved;
			const page = ids.get(pathname);
			if (!page && !fileExists(pathname)) problems.push(`${where} links to ${pathname}, which the site does not have; correct the link`);
			else if (page && id && !page.has(id)) problems.push(`${where} links to ${pathname}#${id}, but that page has no such anchor; correct the link`);
		}
	}
	return problems;
}
