/** Every URL of the site, in one place, so pages and the API never disagree. */
import { docNumberSlug, parseCanonicalDocNumber } from './docNumber.ts';
import type { Section } from './sections.ts';

/** /documents/温政办-2022-94/: derived from the 文号, stable for as long as it is. */
export function documentUrl(docNumber: string): string {
	const parsed = parseCanonicalDocNumber(docNumber);
	if (!parsed) throw new Error(`not a canonical 文号: ${docNumber}`);
	return `/documents/${docNumberSlug(parsed)}/`;
}

export const issueUrl = (month: string) => `/issues/${month}/`;
/** The whole issue on one page, to print: /issues/2022-12/print/. */
export const issuePrintUrl = (month: string) => `${issueUrl(month)}print/`;
/** Its page styles and running heads. */
export const issuePrintStylesheetUrl = (month: string) => `${issuePrintUrl(month)}print.css`;
export const archiveUrl = (year?: number) => (year === undefined ? '/issues/' : `/issues/#year-${year}`);
export const interpretationUrl = (id: string) => `/interpretations/${id}/`;
export const briefUrl = (id: string) => `/briefs/${id}/`;
export const featureUrl = (id: string) => `/features/${id}/`;

/** Sections printed as one page per issue. */
export type IssuePage = Extract<Section, 'photos' | 'personnel' | 'briefs' | 'chronicle' | 'statistics'>;
export const issuePageUrl = (month: string, page: IssuePage) => `/issues/${month}/${page}/`;

/** A day in the chronicle: /issues/2022-12/chronicle/#day-2022-12-09. */
export const chronicleDayUrl = (date: string) => `${issuePageUrl(date.slice(0, 7), 'chronicle')}#day-${date}`;

/** A 责任单位's page, by its full name. */
export const unitUrl = (name: string) => `/units/${name}/`;
/** A person's page, by name. */
export const personUrl = (name: string) => `/people/${name}/`;
export const expiringUrl = () => '/expiring/';
export const contactsUrl = () => '/interpretations/contacts/';
/** A telephone number as a tel: link: its digits (and a leading +) only, 0577-89090171 → tel:057789090171. */
export const telUrl = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
export const homeUrl = () => '/';
/** The site's icon (public/favicon.svg). */
export const iconUrl = () => '/favicon.svg';
export const searchUrl = () => '/search/';
export const unitsUrl = () => '/units/';
export const peopleUrl = () => '/people/';
export const documentsApiUrl = () => '/api/documents.json';
/** Every issue with its table of contents. */
export const issuesApiUrl = () => '/api/issues.json';
/** A document's or interpretation's data, beside its page: /documents/温政办-2022-94/data.json. */
export const itemDataUrl = (pageUrl: string) => `${pageUrl}data.json`;
/** A month's statistics table as data, beside its page. */
export const statisticsDataUrl = (month: string, format: 'json' | 'csv') => `${issuePageUrl(month, 'statistics')}data.${format}`;
/** Every statistics indicator, with its files. */
export const indicatorsApiUrl = () => '/api/statistics.json';
/** An indicator's page: its chart across all months and the table of them. */
export const indicatorUrl = (key: string) => `/statistics/${key}/`;
/** One indicator across all months. */
export const indicatorDataUrl = (key: string, format: 'json' | 'csv') => `/api/statistics/${key}.${format}`;
/** The list of integrity manifests. */
export const manifestsApiUrl = () => '/api/manifests.json';
/** An issue's integrity manifest. */
export const manifestUrl = (month: string) => `${issueUrl(month)}manifest.json`;
/** The page documenting the data files, feeds and permalinks. */
export const apiPageUrl = () => '/api/';
/** The OpenSearch description, so that a browser can search the gazette from its address bar. */
export const openSearchUrl = () => '/opensearch.xml';
/** The sitemap index @astrojs/sitemap writes. */
export const sitemapUrl = () => '/sitemap-index.xml';
/** A feed: /feeds/documents.xml, /feeds/issues.xml, /feeds/<section>.xml. */
export const feedUrl = (id: string) => `/feeds/${id}.xml`;
/** Where permalinks by number live, and the list of every 文号. */
export const PERMALINK_ROOT = '/d/';
/** The permalink of a 文号 in canonical spelling, or of a unified number in ASCII: /d/温政办〔2022〕96号/. */
export const permalinkUrl = (number: string) => `${PERMALINK_ROOT}${number}/`;

/** Pages made from what the texts say (units from measures, people from notices and the chronicle), checked after the build. */
export const DERIVED_PAGES = [unitsUrl(), peopleUrl()];
/** Pages to browse by (units, people, indicators): on paper their links print no address, as they are not part of the text. */
export const BROWSE_PAGES = [...DERIVED_PAGES, indicatorUrl('').slice(0, -1)];

/** The main navigation: the site's own pages, with the labels they go by. */
export const NAVIGATION = [
	{ href: homeUrl(), label: '首页' },
	{ href: archiveUrl(), label: '往期公报' },
	{ href: expiringUrl(), label: '即将到期' },
	{ href: unitsUrl(), label: '责任单位' },
	{ href: peopleUrl(), label: '人物' },
	{ href: contactsUrl(), label: '解读联系人' },
	{ href: searchUrl(), label: '检索' },
	{ href: PERMALINK_ROOT, label: '文号索引' },
	{ href: apiPageUrl(), label: '数据接口' },
];

/**
 * A link written on the page at `pageUrl`, as a path and fragment on this site,
 * percent-decoded: `elsewhere` for another origin or scheme, `malformed` when
 * its percent-encoding is broken (no page can have that address).
 */
export function resolveSiteLink(ref: string, pageUrl: string): { pathname: string; id: string } | 'elsewhere' | 'malformed' {
	if (/^[a-z][a-z\d+.-]*:/i.test(ref)) return 'elsewhere';
	const target = new URL(ref, `https://site.invalid${encodeURI(pageUrl)}`);
	if (target.host !== 'site.invalid') return 'elsewhere';
	try {
		return { pathname: decodeURI(target.pathname), id: decodeURIComponent(target.hash.slice(1)) };
	} catch {
		return 'malformed';
	}
}

/** Pages every gazette has, whatever its content: those the navigation leads to. */
export const SITE_PAGES = NAVIGATION.map((item) => item.href);
