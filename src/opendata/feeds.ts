/**
 * The gazette's feeds: issues, documents (with each document's 文号, issuers,
 * dates and 有效性) and one per section. Entries take their title, description
 * and date from the page's own head (heads.ts), so a feed reader and the page
 * never word an item differently. Pure: the feed endpoint renders these with
 * @astrojs/rss.
 */
import type { CalendarDate } from '../gazette/dates.ts';
import type { PageHead } from '../gazette/heads.ts';
import { SECTION_LABEL, SECTIONS, type Section } from '../gazette/sections.ts';
import { feedUrl } from '../gazette/urls.ts';
import type { DocumentFacts } from './api.ts';
import { escapeXml } from '../gazette/text.ts';
import { DOCUMENT_CATEGORIES } from '../schemas/document.ts';

/** Entries in each feed: the newest, as feed readers expect; the archive is on the site and in the API. */
export const FEED_LENGTH = 50;

/** The namespace of the gazette's own elements in the documents feed. */
export const FEED_NAMESPACE_PREFIX = 'gazette';

export interface FeedEntry {
	/** The page's address, a site path. */
	url: string;
	head: PageHead;
	/** 栏目 label. */
	column: string;
	/** For documents: their metadata. */
	document?: DocumentFacts;
}

export type FeedId = 'issues' | 'documents' | Section;

export interface Feed {
	id: FeedId;
	url: string;
	title: string;
	description: string;
	/** Newest first, at most FEED_LENGTH. */
	entries: FeedEntry[];
}

/** What the feeds are made from: every page that can be an entry, by section. */
export interface FeedSources {
	/** The gazette's name, for feed titles. */
	siteName: string;
	issues: FeedEntry[];
	/** Every section's entries, documents' with their metadata. */
	sections: Record<Section, FeedEntry[]>;
}

/** The feeds every gazette has, in the order pages advertise them. */
export const FEED_IDS: FeedId[] = ['issues', 'documents', ...SECTIONS];

/** Feed titles and descriptions, without the gazette's name. */
export function feedLabel(id: FeedId): { title: string; description: string } {
	if (id === 'issues') return { title: '每期公报', description: '每期公报出版时的目录页。' };
	if (id === 'documents') return { title: '文件', description: '新刊载的文件，附文号、发文机关、日期和有效性。' };
	return { title: SECTION_LABEL[id], description: `“${SECTION_LABEL[id]}”栏目的新内容。` };
}

/** A feed's title, as the feed and the pages advertising it give it. */
export const feedTitle = (siteName: string, id: FeedId) => `${siteName} · ${feedLabel(id).title}`;

/** Newest first by date, then by address so that equal dates keep one order. */
const newestFirst = (a: FeedEntry, b: FeedEntry) => b.head.pubDate.localeCompare(a.head.pubDate) || a.url.localeCompare(b.url);

export function feedsOf(sources: FeedSources): Feed[] {
	const documents = DOCUMENT_CATEGORIES.flatMap((c) => sources.sections[c]);
	const entriesOf = (id: FeedId) => (id === 'issues' ? sources.issues : id === 'documents' ? documents : sources.sections[id]);
	return FEED_IDS.map((id) => {
		return {
			id,
			url: feedUrl(id),
			title: feedTitle(sources.siteName, id),
			description: feedLabel(id).description,
			entries: [...entriesOf(id)].sort(newestFirst).slice(0, FEED_LENGTH),
		};
	});
}


/** A document's metadata as elements of the gazette's namespace, for an RSS item's customData. */
export function documentFeedElements(d: DocumentFacts): string {
	const element = (name: string, value: string) => `<${FEED_NAMESPACE_PREFIX}:${name}>${escapeXml(value)}</${FEED_NAMESPACE_PREFIX}:${name}>`;
	return [
		element('docNumber', d.docNumber),
		...(d.unifiedNumber ? [element('unifiedNumber', d.unifiedNumber)] : []),
		...d.issuers.map((issuer) => element('issuer', issuer)),
		element('signedDate', d.signedDate),
		element('publishedDate', d.publishedDate),
		element('effectiveDate', d.effectiveDate),
		...(d.expiryDate ? [element('expiryDate', d.expiryDate)] : []),
		element('status', d.status),
	].join('');
}

/** A calendar date in Asia/Shanghai as the instant it begins, for an RSS pubDate. */
export const startOfDayInShanghai = (date: CalendarDate) => new Date(`${date}T00:00:00+08:00`);
