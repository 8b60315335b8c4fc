/**
 * How Chinese text is written into the search index and how queries are
 * written to match it, so that a query finds exactly the pages containing it.
 *
 * Pagefind splits Chinese into dictionary words one way when indexing and
 * another when searching, which loses phrases that cross word boundaries.
 * Instead every Han character becomes one index word: itself plus the next
 * character when that is Han too (overlapping bigrams), the last of a run
 * alone; the first of a run of two or more is also a word alone, before its
 * bigram. A query of n ≥ 2 Han characters is then the exact phrase of its
 * n − 1 bigrams, which occurs exactly where the query is a substring of the
 * text; a single character is the exact word of itself, which every page
 * holding it has (toCharIndexText adds the ones the bigrams lack). Where a
 * query has Latin letters, digits or
 * punctuation before a Han character, the run starts there in the text too,
 * so its first character alone is the next word, whatever follows it in the
 * text (500元 finds 500元的). Latin letters and digits stay whole words.
 * Punctuation rides on the word before it, so the text can be read back for
 * excerpts, and Pagefind ignores it; it still ends a Han run. Spacing between
 * two Han characters on one line is print layout and does not.
 *
 * A record also carries its title and a document's own numbers in fixed-size
 * blocks of words before the text (toWordBlock), so that where a phrase first
 * matches tells whether the title holds it, or the document's own number is
 * the query, from the one search that finds the pages.
 */
import { toHalfWidthAlnum } from './text.ts';

const HAN = /\p{Script=Han}/u;
const ALNUM = /[A-Za-z0-9]/;

type Unit = { kind: 'han' | 'alnum' | 'other'; text: string };

/**
 * A percent sign is a word of its own, spelt in letters: Pagefind drops
 * punctuation, and 30% must not find every page with the number 30.
 */
const PERCENT = 'percentsign';
const PERCENT_SIGNS = /^[%％]$/u;

/** Splits text into Han characters, runs of Latin letters/digits, and everything else. */
function units(text: string): Unit[] {
	const out: Unit[] = [];
	for (const ch of toHalfWidthAlnum(text.normalize('NFC'))) {
		if (PERCENT_SIGNS.test(ch)) {
			out.push({ kind: 'alnum', text: PERCENT });
			continue;
		}
		const kind = HAN.test(ch) ? 'han' : ALNUM.test(ch) ? 'alnum' : 'other';
		const last = out.at(-1);
		if (kind !== 'han' && last && last.kind === kind && last.text !== PERCENT) last.text += ch;
		else out.push({ kind, text: ch });
	}
	// Spacing between two Han characters on one line is print layout: they stay one run.
	return out.filter((u, i) => !(u.kind === 'other' && /^[^\S\n\t]+$/.test(u.text) && out[i - 1]?.kind === 'han' && out[i + 1]?.kind === 'han'));
}

// Mark a real space between Latin words, and a break between blocks (paragraphs,
// table cells), so that excerpts read as the page does; Pagefind drops both.
const SPACE = '\u2423';
const BREAK = '\u2424';

/** Index words of `text`: one per Han character, one per Latin/digit run; punctuation attached. */
function indexWords(text: string): string[] {
	const us = units(text);
	const words: string[] = [];
	let prefix = '';
	us.forEach((u, i) => {
		if (u.kind === 'other') {
			// A line or cell break separates blocks; a space between two Latin words separates words;
			// other spacing inside Chinese text is print layout and goes.
			const latinGap = us[i - 1]?.kind === 'alnum' && us[i + 1]?.kind === 'alnum';
			const kept = u.text.replace(/\s+/g, (ws) => (/[\n\t]/.test(ws) ? BREAK : latinGap ? SPACE : ''));
			if (words.length === 0) prefix += kept;
			else words[words.length - 1] += kept;
			return;
		}
		const next = us[i + 1];
		if (u.kind === 'han' && next?.kind === 'han') {
			// The first character of a run is a word alone too, for queries that end on it.
			if (us[i - 1]?.kind !== 'han') {
				words.push(prefix + u.text);
				prefix = '';
			}
			words.push(prefix + u.text + next.text);
		} else words.push(prefix + u.text);
		prefix = '';
	});
	if (prefix) words.push(prefix);
	return words;
}

/** The index form of `text`: space-separated words as described above. */
export function toIndexText(text: string): string {
	return indexWords(text).join(' ');
}

/**
 * `indexText` as exactly `size` words: cut to leave at least one gap, then
 * padded with gaps, which hold positions but are not index words, so no
 * phrase runs from one block into the next.
 */
export function toWordBlock(indexText: string, size: number): string {
	const words = indexText === '' ? [] : indexText.split(' ').slice(0, size - 1);
	return [...words, ...Array<string>(size - words.length).fill(GAP)].join(' ');
}

/** Index texts one after another with a gap between each two, so no phrase runs from one into the next. */
export function joinApart(indexTexts: string[]): string {
	return indexTexts.filter(Boolean).join(` ${GAP} `);
}

/** A title's words: its text form and its lone characters, so every query the title holds matches in it. */
export function toTitleIndexText(title: string): string {
	return [toIndexText(title), toCharIndexText(title)].filter(Boolean).join(' ');
}

/**
 * Every Han character of `text` that is not already an index word on its own,
 * once each. A lone character is then an exact word search, answered from the
 * one index chunk that holds it: a prefix search over a large index reads
 * only the chunk where the character sorts and misses the bigrams beyond it.
 */
export function toCharIndexText(text: string): string {
	// Each after a word of punctuation only, which holds a position but no index word: no two
	// of these characters, nor the text's last word and the first of them, are adjacent, so
	// they never make a phrase the text does not have ("央、国" is the phrase 央 国).
	return missingSingles(text, indexWords(text), (c) => c)
		.map((c) => `${GAP} ${c}`)
		.join(' ');
}

/** A word of ASCII punctuation alone: Pagefind gives it a position and indexes nothing for it. */
const GAP = '-';

function missingSingles(text: string, words: string[], form: (c: string) => string): string[] {
	const have = new Set(words.map((w) => [...w].filter((c) => HAN.test(c) || ALNUM.test(c)).join('')));
	const chars = new Set([...text.normalize('NFC')].filter((c) => HAN.test(c)));
	return [...chars].map(form).filter((w) => !have.has(w));
}

/** Reads the original text back from its index form: block breaks as one newline, other whitespace aside. */
export function fromIndexText(indexText: string): string {
	let out = '';
	const words = indexText.split(' ');
	words.forEach((word, k) => {
		let rest = word;
		const lead = /^[^\p{Script=Han}A-Za-z0-9]*/u.exec(rest)![0];
		out += lead;
		rest = rest.slice(lead.length);
		const [first, second] = [...rest];
		if (first !== undefined && HAN.test(first)) {
			// The lone first character of a run, before the run's first bigram: read once.
			if (rest === first && words[k + 1]?.startsWith(first)) return;
			out += first;
			rest = rest.slice(first.length + (second !== undefined && HAN.test(second) ? second.length : 0));
		} else {
			const run = /^[A-Za-z0-9]*/.exec(rest)![0];
			out += run === PERCENT ? '%' : run;
			rest = rest.slice(run.length);
		}
		out += rest.replaceAll(SPACE, ' ');
	});
	// A block break reads as a space between Latin words or figures (cells of a table row), else as a line break.
	return out
		.replace(new RegExp(`(?<=[A-Za-z0-9%])${BREAK}+(?=[A-Za-z0-9+-])`, 'g'), ' ')
		.replace(new RegExp(`${BREAK}+`, 'g'), '\n')
		.trim();
}

/**
 * The index words a query term must match, in order. Inside a term a Han run
 * that is followed by Latin text, digits or punctuation ends there in the page
 * too, so its last character is its own word; at the end of the term the page
 * may go on. A run that follows them starts there in the page too, so its
 * first character is its own word as well.
 */
function queryWords(term: string): string[] {
	const words: string[] = [];
	const us = units(term);
	us.forEach((u, i) => {
		if (u.kind === 'other') return;
		if (u.kind === 'alnum') return void words.push(u.text.toLowerCase());
		const [prev, next] = [us[i - 1], us[i + 1]];
		const starts = prev !== undefined && prev.kind !== 'han';
		if (next?.kind === 'han') {
			if (starts) words.push(u.text);
			words.push(u.text + next.text);
		} else if (next !== undefined || prev?.kind !== 'han') words.push(u.text);
	});
	return words;
}

/** One term of a query, as Pagefind is asked for it. */
export interface QueryTerm {
	/** What the reader typed for this term (a 文号 in its canonical spelling). */
	text: string;
	/** The exact phrase of its index words (a lone character is a one-word phrase). */
	phrase: string;
}

/** Turns one term into a Pagefind query; null when nothing in it is searchable. */
export function toQueryTerm(text: string): QueryTerm | null {
	const words = queryWords(text);
	if (words.length === 0) return null;
	// Every character a page holds is an index word alone (toCharIndexText), so a lone character is exact too.
	return { text, phrase: `"${words.join(' ')}"` };
}
