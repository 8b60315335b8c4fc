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
 * The page title is written a second time after the text in a form no text
 * word can take (Han bigram 火灾 → 火火灾灾, lone Han 定 → 定定定, Latin or
 * digits doubled), so that "the title contains the query" is a search too.
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

/** The title's own words, in the form no text word can take. */
export function toTitleIndexText(title: string): string {
	const words = queryWords(title, true).map((w) => titleWord(w));
	return [...words, ...missingSingles(title, words, (c) => c.repeat(3))].join(' ');
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

function titleWord(word: string): string {
	const chars = [...word];
	if (!HAN.test(chars[0])) return word + word;
	return chars.length === 1 ? word.repeat(3) : chars.map((c) => c + c).join('');
}

/** Reads the original text back from its index form (whitespace aside). */
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
	// A block break reads as a space between Latin words or figures; Chinese needs none.
	return out
		.replace(new RegExp(`(?<=[A-Za-z0-9%])${BREAK}+(?=[A-Za-z0-9+-])`, 'g'), ' ')
		.replaceAll(BREAK, '')
		.trim();
}

/**
 * The index words a query term must match, in order. Inside a term a Han run
 * that is followed by Latin text, digits or punctuation ends there in the page
 * too, so its last character is its own word; at the end of the term the page
 * may go on. A run that follows them starts there in the page too, so its
 * first character is its own word as well. `whole` treats the text as
 * complete (a title), so every run starts and ends.
 */
function queryWords(term: string, whole = false): string[] {
	const words: string[] = [];
	const us = units(term);
	us.forEach((u, i) => {
		if (u.kind === 'other') return;
		if (u.kind === 'alnum') return void words.push(u.text.toLowerCase());
		const [prev, next] = [us[i - 1], us[i + 1]];
		const starts = prev ? prev.kind !== 'han' : whole;
		if (next?.kind === 'han') {
			if (starts) words.push(u.text);
			words.push(u.text + next.text);
		} else if (next !== undefined || whole || prev?.kind !== 'han') words.push(u.text);
	});
	return words;
}

/** One term of a query, in the forms Pagefind is asked for it. */
export interface QueryTerm {
	/** What the reader typed for this term (a 文号 in its canonical spelling). */
	text: string;
	/** Pages whose text contains the term: an exact phrase (a lone character is a one-word phrase). */
	anywhere: string;
	/** Pages whose title contains the term. */
	inTitle: string;
}

/** Turns one term into Pagefind queries; null when nothing in it is searchable. */
export function toQueryTerm(text: string): QueryTerm | null {
	const words = queryWords(text);
	if (words.length === 0) return null;
	const single = words.length === 1 && [...words[0]].length === 1 && HAN.test(words[0]);
	return {
		text,
		// Every character a page holds is an index word alone (toCharIndexText), so a lone character is exact too.
		anywhere: `"${words.join(' ')}"`,
		// In the title a lone character is tripled (火火火), see toTitleIndexText.
		inTitle: single ? `"${words[0].repeat(3)}"` : `"${words.map(titleWord).join(' ')}"`,
	};
}
