/**
 * How browsers, crawlers and feed readers find the gazette: the OpenSearch
 * description (add the gazette as a search engine, type a 文号 in the address
 * bar) and robots.txt pointing at the sitemap. Pure: endpoints render these.
 */
import { escapeXml } from '../gazette/text.ts';

/** OpenSearch allows at most 16 characters in ShortName. */
const SHORT_NAME_LENGTH = 16;

export interface OpenSearchSite {
	name: string;
	description: string;
	/** The site's origin, e.g. https://gazette.example.org. */
	url: string;
	/** Site path of the search page, which reads the query from `q`. */
	searchPath: string;
	/** Site path of the site's icon. */
	iconPath: string;
}

export function openSearchXml(site: OpenSearchSite): string {
	const search = new URL(site.searchPath, site.url).href;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
		`  <ShortName>${escapeXml([...site.name].slice(0, SHORT_NAME_LENGTH).join(''))}</ShortName>`,
		`  <Description>${escapeXml(site.description)}</Description>`,
		'  <InputEncoding>UTF-8</InputEncoding>',
		'  <Language>zh-CN</Language>',
		`  <Url type="text/html" method="get" template="${escapeXml(search)}?q={searchTerms}"/>`,
		`  <Image type="image/svg+xml">${escapeXml(new URL(site.iconPath, site.url).href)}</Image>`,
		'</OpenSearchDescription>',
		'',
	].join('\n');
}

/** robots.txt: everything may be crawled; where the sitemap is. */
export const robotsTxt = (sitemapUrl: string) => `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
