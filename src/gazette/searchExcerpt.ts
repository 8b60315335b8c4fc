/**
 * The excerpt shown under a search result: the stretch of the page's text
 * around the first match, every match in it marked, as HTML.
 */
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
