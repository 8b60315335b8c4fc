/**
 * One page of the gazette as a Pagefind record: its title, a document's own
 * numbers and its text in index form, the facts search results show, and the
 * filters. Pure, so the build and the benchmark make records the same way.
 *
 * The content starts with two blocks of fixed size, the title's words and a
 * document's own 文号 and unified number, then the text, then the text's lone
 * characters and numbers as single words. Pagefind reports
 * where on a page an exact phrase first matches, so the one search that finds
 * the pages also tells which have the query in their title, and which
 * document's own number it is (matchPlace). Records are added newest issue
 * first (inIndexOrder): Pagefind gives every exact match the same score and
 * keeps pages in the order they were added, so results need no sort.
 *
 * Worked example: 温政办〔2022〕96号, titled 火灾调查规定, whose text is 第一条　调查火灾。
 * Its content is 591 words (text.ts writes each character pair as a word, the
 * first and last character of a run also with the punctuation beside it, and
 * a 文号 as one word per ending of its issuer code); `-` fills each block:
 *
 *   title block, words 0–511:    火qx 火灾 灾调 调查 查规 规定 火 灾 调 查 规 定 - … -
 *   number block, words 512–575: 温政办202296 政办202296 办202296 - … -
 *   text, from word 576:         第qx 第一 一条 条调 调查 查火 火灾 灾zdaac。
 *   appended, the last 7 words:  第 一 条 调 查 火 灾
 *
 * A phrase first matching before word 512 is in the title, before 576 the
 * document's own number (matchPlace); excerpts read the text back between the
 * blocks and the appended words (textSpan). These two are the layout's only readers.
 */
import type { CalendarDate } from '../../gazette/dates.ts';
import { joinApart, toCharIndexText, toIndexText, toNumberIndexText, toTitleIndexText, toWordBlock } from './text.ts';
import type { ValidityDates } from '../../gazette/validity.ts';

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
	/** For documents: the dates 有效性 is computed from, on the reader's day. */
	effectiveDate?: string;
	expiryDate?: string;
	repealedDate?: string;
}

export interface SearchRecord {
	url: string;
	content: string;
	language: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** The language tag the records are indexed under: Pagefind must not segment them again. */
export const SEARCH_LANGUAGE = 'und';

/** Words in the title block: a title of up to about 150 characters fits whole. */
export const TITLE_WORDS = 512;
/** Words in the block of a document's own numbers. */
export const NUMBER_WORDS = 64;
/** Where the text starts in a record's content, in words. */
export const TEXT_START = TITLE_WORDS + NUMBER_WORDS;

/** What a phrase matched, from the position of its first match on the page. */
export type MatchPlace = 'title' | 'own-number' | 'text';

export function matchPlace(firstWord: number): MatchPlace {
	return firstWord < TITLE_WORDS ? 'title' : firstWord < TEXT_START ? 'own-number' : 'text';
}

const VALIDITY_SEPARATOR = '/';

/**
 * The validity filter's value: the dates 有效性 follows (施行, 有效期至, 废止),
 * so that the reader's browser picks the values whose status on its own day
 * is the one asked for, rather than the build day's.
 */
export function validityKey(dates: ValidityDates): string {
	return [dates.effectiveDate, dates.expiryDate ?? '', dates.repealedDate ?? ''].join(VALIDITY_SEPARATOR);
}

export function parseValidityKey(key: string): ValidityDates {
	const [effectiveDate, expiryDate, repealedDate] = key.split(VALIDITY_SEPARATOR) as CalendarDate[];
	return { effectiveDate, ...(expiryDate ? { expiryDate } : {}), ...(repealedDate ? { repealedDate } : {}) };
}

export function toSearchRecord(page: { url: string; title: string; text: string; info: SearchInfo }): SearchRecord {
	const { info } = page;
	// A document's own numbers, written as the text's numbers are (toNumberIndexText), so one word search finds both.
	const numbers = [info.docNumber, info.unifiedNumber].filter((n): n is string => Boolean(n)).map(toNumberIndexText);
	// The text's lone characters and its numbers go after it, to be cut before display.
	const appended = [toCharIndexText(page.text), toNumberIndexText(page.text)].filter(Boolean).join(' ');
	const meta: Record<string, string> = {
		title: page.title,
		section: info.section,
		issue: info.issue,
		date: info.date,
		// How many words at the end of the content are not the text.
		appendedWords: String(appended === '' ? 0 : appended.split(' ').length),
	};
	for (const key of ['docNumber', 'unifiedNumber', 'effectiveDate', 'expiryDate', 'repealedDate'] as const) {
		if (info[key]) meta[key] = info[key]!;
	}
	const filters: Record<string, string[]> = { year: [info.issue.slice(0, 4)], section: [info.section] };
	if (info.issuers?.length) filters.issuer = info.issuers;
	if (info.effectiveDate) {
		filters.validity = [validityKey({ effectiveDate: info.effectiveDate, expiryDate: info.expiryDate, repealedDate: info.repealedDate })];
	}
	return {
		url: page.url,
		content: [
			toWordBlock([toTitleIndexText(page.title), toNumberIndexText(page.title)].filter(Boolean).join(' '), TITLE_WORDS),
			toWordBlock(joinApart(numbers), NUMBER_WORDS),
			toIndexText(page.text),
			appended,
		]
			.filter(Boolean)
			.join(' '),
		language: SEARCH_LANGUAGE,
		meta,
		filters,
	};
}

/** Where a record's text is in its content, as [start, end) offsets: what excerpts read back. */
export function textSpan(content: string, meta: Record<string, string>): [number, number] {
	let start = 0;
	for (let i = 0; i < TEXT_START && start >= 0; i++) start = content.indexOf(' ', start) + 1 || -1;
	let end = content.length;
	for (let i = Number(meta.appendedWords ?? 0); i > 0 && end > 0; i--) end = content.lastIndexOf(' ', end - 1);
	return start < 0 ? [content.length, content.length] : [start, Math.max(start, end)];
}

/** Records in the order to add them: newest issue first, then the item's own date, newest first, then by address. */
export function inIndexOrder(records: SearchRecord[]): SearchRecord[] {
	const key = (r: SearchRecord) => `${r.meta.issue}/${r.meta.date}`;
	return [...records].sort((a, b) => key(b).localeCompare(key(a)) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
