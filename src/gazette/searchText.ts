/**
 * How text is written into the search index and how queries are written to
 * match it, so that a query finds exactly the pages whose text contains it.
 *
 * Pagefind splits Chinese into dictionary words one way when indexing and
 * another when searching, which loses phrases that cross word boundaries.
 * Instead every character of a run of Han characters, or of Latin letters and
 * digits, becomes one index word: itself plus the next character of the run
 * (overlapping bigrams), the last of a run alone; the first of a run of two or
 * more is also a word alone, before its bigram. A query of n ≥ 2 characters
 * is then the exact phrase of its n − 1 bigrams, which occurs exactly where the
 * query is a substring of the text, inside a longer figure or word too (500元
 * finds 1500元, 2月 finds 12月, as the text contains them); a single
 * character is the exact word of itself, which every page holding it has
 * (toCharIndexText adds the ones the bigrams lack). Where a query goes on past
 * the end of a run, or a run starts after something else in the query, the
 * run ends or starts there in the text too, so its last or first character
 * alone is the word (500元 is 50 00 0 元, and finds 1500元的). Han characters
 * and Latin letters or digits are runs of their own: 第3条 is the runs 第, 3, 条.
 * Punctuation rides on the word before it, so the text can be read back for
 * excerpts, and Pagefind ignores it; it still ends a run. Spacing between two
 * Han characters on one line is print layout and does not.
 *
 * A record also carries its title and a document's own numbers in fixed-size
 * blocks of words before the text (toWordBlock), so that where a phrase first
 * matches tells whether the title holds it, or the document's own number is
 * the query, from the one search that finds the pages.
 */
import { findReferences } from './citations.ts';
import { parseCanonicalDocNumber } from './docNumber.ts';
import { toHalfWidthAlnum } from './text.ts';

const HAN = /\p{Script=Han}/u;
const ALNUM = /[A-Za-z0-9]/;
/** A character that is part of a word: Han, or a Latin letter or digit. */
const WORD_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;

type Unit = { kind: 'han' | 'alnum' | 'percent' | 'other'; text: string };

/**
 * A percent sign is a word of its own, spelt in letters: Pagefind drops
 * punctuation, and 30% must not find every page with the number 30. A text's
 * own letters are never one word this long, only bigrams.
 */
const PERCENT = 'percentsign';
const PERCENT_SIGNS = /^[%％]$/u;

/** Splits text into characters of words (Han, Latin/digit), percent signs, and runs of everything else. */
function units(text: string): Unit[] {
	const out: Unit[] = [];
	for (const ch of toHalfWidthAlnum(text.normalize('NFC'))) {
		if (PERCENT_SIGNS.test(ch)) {
			out.push({ kind: 'percent', text: PERCENT });
			continue;
		}
		const kind = HAN.test(ch) ? 'han' : ALNUM.test(ch) ? 'alnum' : 'other';
		const last = out.at(-1);
		if (kind === 'other' && last?.kind === 'other') last.text += ch;
		else out.push({ kind, text: ch });
	}
	// Spacing between two Han characters on one line is print layout: they stay one run.
	return out.filter((u, i) => !(u.kind === 'other' && /^[^\S\n\t]+$/.test(u.text) && out[i - 1]?.kind === 'han' && out[i + 1]?.kind === 'han'));
}

/** Whether two units are characters of one run. */
const sameRun = (a: Unit | undefined, b: Unit | undefined) => a !== undefined && b !== undefined && a.kind === b.kind && (a.kind === 'han' || a.kind === 'alnum');

// Mark a real space between Latin words, and a break between blocks (paragraphs,
// table cells), so that excerpts read as the page does; Pagefind drops both.
const SPACE = '\u2423';
const BREAK = '\u2424';

/** Index words of `text`: one per character of a run, one per percent sign; punctuation attached. */
function indexWords(text: string): string[] {
	const us = units(text);
	const words: string[] = [];
	let prefix = '';
	us.forEach((u, i) => {
		if (u.kind === 'other') {
			// A line or cell break separates blocks; a space between two Latin words separates words;
			// other spacing inside Chinese text is print layout and goes.
			const latin = (v: Unit | undefined) => v?.kind === 'alnum' || v?.kind === 'percent';
			const latinGap = latin(us[i - 1]) && latin(us[i + 1]);
			const kept = u.text.replace(/\s+/g, (ws) => (/[\n\t]/.test(ws) ? BREAK : latinGap ? SPACE : ''));
			if (words.length === 0) prefix += kept;
			else words[words.length - 1] += kept;
			return;
		}
		const next = us[i + 1];
		if (sameRun(u, next)) {
			// The first character of a run is a word alone too, for queries that end on it.
			if (!sameRun(us[i - 1], u)) {
				words.push(prefix + u.text);
				prefix = '';
			}
			words.push(prefix + u.text + next!.text);
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

/**
 * A 文号 as one index word: the issuer code, the year and the serial
 * (温政办〔2022〕94号 → 温政办202294). No text word is that long, so
 * a 文号 query reads one small entry of the index rather than the pairs of
 * its figures, which every date on every page shares.
 */
export function docNumberWord(issuerCode: string, year: string, serial: string): string {
	// 094号 is 94号: one 文号, however the serial is printed.
	return `${issuerCode}${toHalfWidthAlnum(year)}${Number(toHalfWidthAlnum(serial))}`;
}

/** A unified number as one index word: ZJCC01–2022–0021 → zjcc0120220021. */
export function unifiedNumberWord(prefix: string, year: string, serial: string): string {
	return toHalfWidthAlnum(`${prefix}${year}${serial}`).toLowerCase();
}

const DASH = '‐‑‒–—―−－-';
const PRINTED_UNIFIED_NUMBER = new RegExp(`([A-Za-zＡ-Ｚａ-ｚ]{2,6}[0-9０-９]{1,4})\\s*[${DASH}]\\s*([0-9０-９]{4})\\s*[${DASH}]\\s*([0-9０-９]{1,6})`, 'gu');

/**
 * The 文号 and unified numbers `text` prints, as index words, each once. The
 * 文号 are those findReferences reads in running text, but for 第94号, which
 * the measure of a 文号 query does not count. A 文号 is written once for every
 * ending of the Han run before its bracket: running text runs into the code
 * (经温政办〔2022〕94号), and the page then holds 温政办〔2022〕94号 and
 * 政办〔2022〕94号 alike.
 */
export function toNumberIndexText(text: string): string {
	const words = new Set<string>();
	for (const ref of findReferences(text)) {
		const number = ref.docNumber && !ref.printedNumber!.includes('第') ? parseCanonicalDocNumber(ref.docNumber) : null;
		if (!number) continue;
		const chars = [...number.issuerCode];
		for (let i = 0; i < chars.length; i++) words.add(docNumberWord(chars.slice(i).join(''), String(number.year), String(number.serial)));
	}
	for (const [, prefix, year, serial] of text.matchAll(PRINTED_UNIFIED_NUMBER)) words.add(unifiedNumberWord(prefix, year, serial));
	return [...words].join(' ');
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

/** A word's characters of words, lower case, as Pagefind indexes it. */
const indexed = (word: string) => [...word].filter((c) => WORD_CHAR.test(c)).join('').toLowerCase();

function missingSingles(text: string, words: string[], form: (c: string) => string): string[] {
	const have = new Set(words.map(indexed));
	const chars = new Set([...toHalfWidthAlnum(text.normalize('NFC'))].filter((c) => WORD_CHAR.test(c)).map((c) => c.toLowerCase()));
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
		if (rest.startsWith(PERCENT)) {
			out += '%';
			rest = rest.slice(PERCENT.length);
		} else {
			const [first, second] = [...rest];
			if (first !== undefined) {
				// The lone first character of a run, before the run's first bigram: read once.
				if (rest === first && words[k + 1]?.startsWith(first) && !words[k + 1].startsWith(PERCENT)) return;
				out += first;
				rest = rest.slice(first.length + (second !== undefined && WORD_CHAR.test(second) ? second.length : 0));
			}
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
 * The index words a query term must match, in order. Inside a term a run that
 * is followed by something else (another kind of run, punctuation, a percent
 * sign) ends there in the page too, so its last character is its own word; at
 * the end of the term the page may go on. A run that follows something else
 * starts there in the page too, so its first character is its own word as well.
 */
function queryWords(term: string): string[] {
	const words: string[] = [];
	const us = units(term);
	us.forEach((u, i) => {
		if (u.kind === 'other') return;
		if (u.kind === 'percent') return void words.push(PERCENT);
		const [prev, next] = [us[i - 1], us[i + 1]];
		const text = u.text.toLowerCase();
		if (sameRun(u, next)) {
			if (prev !== undefined && !sameRun(prev, u)) words.push(text);
			words.push(text + next!.text.toLowerCase());
		} else if (next !== undefined || !sameRun(prev, u)) words.push(text);
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
