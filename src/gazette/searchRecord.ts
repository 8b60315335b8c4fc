/**
 * One page of the gazette as a Pagefind record: its text in index form, the
 * facts search results show, the filters and the sort key. Pure, so the
 * build and the benchmark make records the same way.
 */
import { toCharIndexText, toIndexText, toTitleIndexText } from './searchText.ts';

/** What a content page declares about itself for search (the data-search attribute). */
export interface SearchInfo {
	/** 栏目 label, e.g. 市政府办公室文件. */
	section: string;
	/** The issue it appeared in, `YYYY-MM`. */
	issue: string;
	/** The date the item carries (signed, event or publication date), `YYYY-MM-DD`. */
	date: string;
	/** 发文机关 or 解读单位, for the issuer filter. */
	issuers?: string[];
	/** For documents: the 文号, canonical. */
	docNumber?: string;
	/** For documents: the unified number, ASCII hyphens. */
	unifiedNumber?: string;
	/** For documents (and their interpretations): the dates validity is computed from. */
	effectiveDate?: string;
	expiryDate?: string;
	repealedDate?: string;
	/** 有效性 on the build day, for the validity filter. */
	status?: string;
}

export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/** The language tag the records are indexed under: Pagefind must not segment them again. */
export const SEARCH_LANGUAGE = 'und';

export function toSearchRecord(page: { url: string; title: string; text: string; info: SearchInfo }): SearchRecord {
	const { info } = page;
	const title = toTitleIndexText(page.title);
	// Words appended after the text: its lone characters, then the title's own words.
	const appended = [toCharIndexText(page.text), title].filter(Boolean).join(' ');
	const meta: Record<string, string> = {
		title: page.title,
		section: info.section,
		issue: info.issue,
		date: info.date,
		// How many words at the end of the content are not the text, to cut before display.
		appendedWords: String(appended === '' ? 0 : appended.split(' ').length),
	};
	for (const key of ['docNumber', 'unifiedNumber', 'effectiveDate', 'expiryDate', 'repealedDate'] as const) {
		if (info[key]) meta[key] = info[key]!;
	}
	const filters: Record<string, string[]> = { year: [info.issue.slice(0, 4)], section: [info.section] };
	if (info.issuers?.length) filters.issuer = info.issuers;
	if (info.status) filters.validity = [info.status];
	return {
		url: page.url,
		content: [toIndexText(page.text), appended].filter(Boolean).join(' '),
		language: SEARCH_LANGUAGE,
		meta,
		filters,
		// Newest issue first, then the item's own date.
		sort: { issue: `${info.issue}/${info.date}` },
	};
}
