/**
 * The excerpt shown under a search result: the stretch of the page's text
 * around the first match, every match in it marked, as HTML.
 */
import { textSpan } from './searchRecord.ts';
import { fromIndexText, termProbe } from './searchText.ts';
import { foldPunctuation } from './text.ts';

/** Text made safe to put into HTML. */
export const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
// Same length as its input, so positions found in the folded text hold in the original.
// Full-width ASCII reads as ASCII and every dash as a hyphen, as search reads them (（试行） finds (试行));
// brackets of every style read alike, so the canonical 温政办〔2022〕94号 marks 温政办【2022】94号 too.
const fold = (s: string) =>
	foldPunctuation(s)
		// One code unit at a time: İ lower-cases to two, which would shift every position after it.
		.replace(/[^]/g, (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c))
		.replace(/[[【(（［{｛〔]/g, '〔')
		.replace(/[\]】)）］}｝〕]/g, '〕');

/**
 * Where each term occurs in `text`, as [start, end) ranges that do not
 * overlap. Whitespace is not text, as in the index: a term is found across a
 * line break (two table cells, two paragraphs) or print spacing.
 */
export function matchRanges(text: string, terms: string[]): [number, number][] {
	const folded = fold(text);
	// The text without whitespace, and where each of its code units is in `text`.
	const at: number[] = [];
	let haystack = '';
	for (let i = 0; i < folded.length; i++) {
		if (/\s/u.test(folded[i])) continue;
		at.push(i);
		haystack += folded[i];
	}
	const ranges: [number, number][] = [];
	for (const term of [...new Set(terms.map((t) => fold(t).replace(/\s+/gu, '')))].filter(Boolean).sort((a, b) => b.length - a.length)) {
		for (let i = haystack.indexOf(term); i >= 0; i = haystack.indexOf(term, i + term.length)) {
			const [start, end] = [at[i], at[i + term.length - 1] + 1];
			if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
		}
	}
	return ranges.sort((a, b) => a[0] - b[0]);
}

/**
 * A line break of the text (between paragraphs or table cells) as an empty
 * element the page's style shows as a gap: no space enters the Chinese text.
 */
const BREAK_HTML = '<span class="excerpt-break"></span>';
const plain = (s: string) => escapeHtml(s).replaceAll('\n', BREAK_HTML);

/** What lies outside the text given to excerptHtml: whether the page's text goes on before or after it. */
export interface Beyond {
	before: boolean;
	after: boolean;
}

/** About `length` characters of text around the first match, matches in <mark>, line breaks as gaps. */
export function excerptHtml(text: string, terms: string[], length = 110, beyond: Beyond = { before: false, after: false }): string {
	const ranges = matchRanges(text, terms);
	const first = ranges[0]?.[0] ?? 0;
	let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
	// Not from a line break: the excerpt starts with text.
	while (text[start] === '\n' && start < first) start += 1;
	// A match the window would cut in two is shown whole.
	const cut = ranges.find(([s, e]) => s < start + length && e > start + length);
	const end = Math.min(text.length, cut ? cut[1] : start + length);
	let html = start > 0 || beyond.before ? '…' : '';
	let at = start;
	for (const [s, e] of ranges) {
		if (e <= start || s >= end) continue;
		const from = Math.max(s, start);
		const to = Math.min(e, end);
		html += plain(text.slice(at, from)) + `<mark>${plain(text.slice(from, to))}</mark>`;
		at = to;
	}
	html += plain(text.slice(at, end)) + (end < text.length || beyond.after ? '…' : '');
	return html;
}

// Characters of index text read back before and after a match: enough for the
// excerpt's share of text even where every character is a run of its own
// between punctuation (1、2、3、: up to about 20 characters of index text each).
const WINDOW_BEFORE = 1200;
const WINDOW_AFTER = 1600;
const INDEX_CHARS_PER_CHAR = 20;
// Places to try where a term's first characters are but the term may not be, before reading the whole text.
const TRIES = 8;

/** The whole words of the text span that offsets `start` to `end` fall in or between. */
function wholeWords(content: string, start: number, end: number, [from, to]: [number, number]): [number, number] {
	const s = start <= from ? from : content.lastIndexOf(' ', start) + 1;
	const e = end >= to ? to : content.indexOf(' ', end);
	return [Math.max(from, s), e < 0 || e > to ? to : e];
}

/**
 * The excerpt of a search result from its Pagefind record: excerptHtml of the
 * record's text read back, but reading back only the stretch around the first
 * match, found in the index text itself. A page's text is thousands of index
 * words, and the search page shows ten excerpts at once.
 */
export function recordExcerpt(content: string, meta: Record<string, string>, terms: string[], length = 110): string {
	const span = textSpan(content, meta);
	const readBack = ([s, e]: [number, number]) => fromIndexText(content.slice(s, e));
	const whole = () => excerptHtml(readBack(span), terms, length);
	const lower = content.toLowerCase();
	// Lower case must keep every offset (İ does not), and every term needs a probe; else read it all.
	if (lower.length !== content.length) return whole();
	let first: number | undefined;
	for (const term of terms) {
		const probe = termProbe(term);
		if (!probe) return whole();
		const reach = probe.length + INDEX_CHARS_PER_CHAR * term.length;
		let tries = 0;
		// Every match is where its probe is, with the punctuation it starts with on the two words before
		// (the run before it ends there, this one starts there): the first stretch around a probe that
		// holds the term holds its first match.
		for (let at = lower.indexOf(probe, span[0]); at >= 0 && at < span[1]; at = lower.indexOf(probe, at + 1)) {
			if (++tries > TRIES) return whole();
			if (matchRanges(readBack(wholeWords(content, at - INDEX_CHARS_PER_CHAR * 2 - term.length, at + reach, span)), [term]).length > 0) {
				first = Math.min(first ?? at, at);
				break;
			}
		}
	}
	// No term in the text (only in the title, say): the excerpt is the text's beginning, as from the whole text.
	const at = first ?? span[0];
	const reach = INDEX_CHARS_PER_CHAR * Math.max(...terms.map((t) => t.length));
	const [s, e] = wholeWords(content, at - WINDOW_BEFORE, at + reach + WINDOW_AFTER, span);
	return excerptHtml(readBack([s, e]), terms, length, { before: s > span[0], after: e < span[1] });
}
