/**
 * The excerpt shown under a search result: the stretch of the page's text
 * around the first match, every match in it marked, as HTML.
 */
import { textSpan } from './build/record.ts';
import { fromIndexText, termProbe } from './build/text.ts';
import { foldPunctuation } from '../gazette/text.ts';

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

/** About `length` characters of text around the first match, matches in <mark>, line breaks as gaps. */
export function excerptHtml(text: string, terms: string[], length = 110): string {
	const ranges = matchRanges(text, terms);
	const first = ranges[0]?.[0] ?? 0;
	let start = Math.max(0, Math.min(first - Math.floor(length / 3), text.length - length));
	// Not from a line break: the excerpt starts with text.
	while (text[start] === '\n' && start < first) start += 1;
	// A match the window would cut in two is shown whole.
	const cut = ranges.find(([s, e]) => s < start + length && e > start + length);
	const end = Math.min(text.length, cut ? cut[1] : start + length);
	let html = start > 0 ? '…' : '';
	let at = start;
	for (const [s, e] of ranges) {
		if (e <= start || s >= end) continue;
		const from = Math.max(s, start);
		const to = Math.min(e, end);
		html += plain(text.slice(at, from)) + `<mark>${plain(text.slice(from, to))}</mark>`;
		at = to;
	}
	html += plain(text.slice(at, end)) + (end < text.length ? '…' : '');
	return html;
}

// Characters of index text a character of text takes at most: where every
// character is a run of its own between punctuation (1、2、3、), its start word
// and its end word, each with the mark's code.
const INDEX_CHARS_PER_CHAR = 20;

/**
 * How far before its probe a match of `term` may start: a match starts at an
 * index word (a character's bigram, or its start or end word), with the
 * punctuation it starts with on the two words before (the run before ends
 * there, its own starts there).
 */
const lead = (term: string) => INDEX_CHARS_PER_CHAR * 2 + term.length;

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
	// Probes are found in the content lower-cased as a whole, matches lower-cased a character at a
	// time: the two agree unless a character grows (İ) or a sigma ends a word (Σ → ς, not σ).
	if (terms.length === 0 || lower.length !== content.length || /[Σσς]/u.test(content)) return whole();
	// Looking for a term where its probe is but the term is not costs reading back; past half the text, read it all.
	let budget = (span[1] - span[0]) / 2;
	let first: number | undefined;
	for (const term of terms) {
		const probe = termProbe(term);
		if (!probe) return whole();
		const after = probe.length + INDEX_CHARS_PER_CHAR * term.length;
		for (let at = lower.indexOf(probe, span[0]); at >= 0 && at < span[1]; at = lower.indexOf(probe, at + 1)) {
			if (at > span[0] && content[at - 1] !== ' ') continue;
			const stretch = wholeWords(content, at - lead(term), at + after, span);
			budget -= stretch[1] - stretch[0];
			if (budget < 0) return whole();
			// Every match starts where its probe starts a word: the first such place with the term is its first match.
			if (matchRanges(readBack(stretch), [term]).length > 0) {
				first = Math.min(first ?? at, at);
				break;
			}
		}
	}
	// Enough text around the first match for the excerpt's share before it (a third) and after it, and
	// some, so that where the page's text goes on past the stretch, the excerpt shows an ellipsis too.
	// No term in the text (only in the title, say): the text's beginning, as from the whole text.
	const at = first ?? span[0];
	const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
	const stretch = wholeWords(content, at - lead(longest) - INDEX_CHARS_PER_CHAR * (Math.ceil(length / 3) + 2), at + INDEX_CHARS_PER_CHAR * (length + longest.length + 2), span);
	return excerptHtml(readBack(stretch), terms, length);
}
