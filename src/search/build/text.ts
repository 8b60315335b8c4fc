/**
 * How text is written into the search index and how queries are written to
 * match it, so that a query finds exactly the pages whose text contains it.
 *
 * Pagefind splits Chinese into dictionary words one way when indexing and
 * another when searching, which loses phrases that cross word boundaries.
 * Instead every character of a run (Han characters, letters and numbers
 * together, until punctuation) becomes one index word: itself plus the next
 * character of the run (overlapping bigrams). A run also has a start word and
 * an end word: its first and last character written with the punctuation mark
 * before or after it (startWord, endWord). A query of n ≥ 2 characters is then
 * the exact phrase of its n − 1 bigrams, which occurs exactly where the query
 * is a substring of the text, inside a longer figure or word too (500元 finds
 * 1500元, 2月 finds 12月, as the text contains them); a single character is
 * the exact word of itself, which every page holding it has
 * (toCharIndexText). Where a query has punctuation, the run ends or starts
 * there in the text too, next to the same mark: 30.人 is 30 0z(.) 人q(.), so
 * 30人 (30 0人) is not found in 30.人员, nor 通知》 in 通知（. Punctuation also
 * rides on the word before it, so the text can be read back for excerpts, and
 * Pagefind ignores it there. Whitespace is not text: a run goes on across
 * spacing, line and cell breaks, as a reader who copies a phrase from the
 * page types it.
 *
 * A record also carries its title and a document's own numbers in fixed-size
 * blocks of words before the text (toWordBlock), so that where a phrase first
 * matches tells whether the title holds it, or the document's own number is
 * the query, from the one search that finds the pages.
 */
import { findReferences } from '../../gazette/references/citations.ts';
import { parseCanonicalDocNumber } from '../../gazette/docNumber.ts';
import { DASHES, foldPunctuation, toHalfWidthAlnum } from '../../gazette/text.ts';

/**
 * A character that is part of a word: one Pagefind keeps in an index word
 * (letters, Han characters among them, numbers such as ① ² Ⅱ, and _).
 * Anything else is punctuation to it and is dropped, Kangxi radicals (⼈)
 * among them, so here it is a punctuation mark too.
 */
const WORD_CLASS = '\\p{Alphabetic}\\p{N}_';
const WORD_CHAR = new RegExp(`[${WORD_CLASS}]`, 'u');
const WORD_CHARS = new RegExp(`^[${WORD_CLASS}]*`, 'u');
const NOT_WORD_CHARS = new RegExp(`^[^${WORD_CLASS}]*`, 'u');
const HAN = /\p{Script=Han}/u;

/**
 * A percent sign is written as a letter Pagefind keeps and no gazette prints
 * (ꝑ), so it is a character of its run like a digit: Pagefind drops
 * punctuation, and 30% must not find every page with the number 30, nor 30%）
 * 30%以上.
 */
const PERCENT = 'ꝑ';
const PERCENT_SIGNS = /[%％]/gu;

/**
 * Text as index words are made of it: NFC, full-width letters, digits and
 * underscore as ASCII (Pagefind keeps _ in a word but drops ＿, and a reader
 * types either), percent signs as PERCENT.
 */
const wordForm = (text: string) => toHalfWidthAlnum(text.normalize('NFC')).replaceAll('＿', '_').replace(PERCENT_SIGNS, PERCENT);

// Mark a real space between Latin words, and a break between blocks (paragraphs,
// table cells), so that excerpts read as the page does; Pagefind drops both.
const SPACE = '\u2423';
const BREAK = '\u2424';

/** A character of a word, with what comes after it before the next one. */
interface Char {
	kind: 'han' | 'alnum';
	/** The character (a percent sign as PERCENT). */
	text: string;
	/** Punctuation and marks for spacing after it, kept to read the text back. */
	after: string;
	/** Whether the next character goes on its run: no punctuation between them. */
	joined: boolean;
	/** The punctuation mark right before it (the last of those between it and the character before), or ''. */
	markBefore: string;
	/** The punctuation mark right after it (the first of those between it and the next character), or ''. */
	markAfter: string;
}


/**
 * Splits text into its characters of words (a percent sign among them), and what is
 * before the first (`lead`). Whitespace is not text: a run goes on across it
 * (a phrase across two table cells or a print line is on the page with its
 * spacing removed), and it is kept only as a mark for reading back.
 */
function charsOf(text: string): { lead: string; chars: Char[] } {
	const chars: Char[] = [];
	let lead = '';
	let between = '';
	let markBefore = '';
	const settle = (next: Char['kind'] | undefined) => {
		const prev = chars.at(-1);
		// Most characters follow another directly: nothing between them to sort out.
		if (between === '' && prev) {
			prev.after = '';
			prev.markAfter = '';
			prev.joined = next !== undefined;
			markBefore = '';
			return;
		}
		// A line or cell break separates blocks; a space between two Latin words separates words;
		// other spacing inside Chinese text is print layout and goes.
		const latinGap = prev?.kind === 'alnum' && next === 'alnum';
		const kept = between.replace(/\s+/g, (ws) => (/[\n\t]/.test(ws) ? BREAK : latinGap ? SPACE : ''));
		const marks = [...between].filter((ch) => !/\s/u.test(ch));
		if (!prev) lead = kept;
		else {
			prev.after = kept;
			prev.markAfter = marks[0] ?? '';
			prev.joined = next !== undefined && marks.length === 0;
		}
		markBefore = marks.at(-1) ?? '';
		between = '';
	};
	for (const ch of wordForm(text)) {
		const kind = !WORD_CHAR.test(ch) ? undefined : HAN.test(ch) ? 'han' : 'alnum';
		if (kind === undefined) {
			between += ch;
			continue;
		}
		settle(kind);
		chars.push({ kind, text: ch, after: '', joined: false, markBefore, markAfter: '' });
	}
	settle(undefined);
	return { lead, chars };
}

/**
 * A punctuation mark in letters a–p (its code point in hex, one letter a
 * digit), 'x' for none: Pagefind drops punctuation, and 通知》 must not find
 * 通知（. Full-width and ASCII forms and every dash are one mark, as readers
 * type them either way (foldPunctuation).
 */
const markCode = (mark: string) => (mark === '' ? 'x' : [...foldPunctuation(mark).codePointAt(0)!.toString(16)].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join(''));

/**
 * The word for a run's first character, with the mark before it: 温 after 《
 * is 温qdaak. Three characters or more, so never a bigram; q or z second,
 * which no code has, so never each other.
 */
const startWord = (c: Char) => `${c.text}q${markCode(c.markBefore)}`;
/** The word for a run's last character, with the mark after it: 知 before 》 is 知zdaal. */
const endWord = (c: Char) => `${c.text}z${markCode(c.markAfter)}`;

/** Index words of `text`: a start word, bigrams and an end word for each run; punctuation attached. */
function indexWords(text: string): string[] {
	const { lead, chars } = charsOf(text);
	const words: string[] = [];
	let pending = lead;
	const push = (word: string) => {
		words.push(pending + word);
		pending = '';
	};
	chars.forEach((c, i) => {
		if (!chars[i - 1]?.joined) push(startWord(c));
		push(c.joined ? c.text + chars[i + 1].text + c.after : endWord(c) + c.after);
	});
	if (pending) words.push(pending);
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

const PRINTED_UNIFIED_NUMBER = new RegExp(`([A-Za-zＡ-Ｚａ-ｚ]{2,6}[0-9０-９]{1,4})\\s*[${DASHES}]\\s*([0-9０-９]{4})\\s*[${DASHES}]\\s*([0-9０-９]{1,6})`, 'gu');

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
	const words = indexWords(title);
	// On the page the text goes on after the title (the h1 is part of it), so a run at the
	// title's end does not end there: no end word (a page whose title ends in 通知 and whose
	// text goes on with 温政办 must not match 通知 at a run's end).
	const last = charsOf(title).chars.at(-1);
	if (last && last.markAfter === '') words.pop();
	return [...words, ...lonelyChars(title)].join(' ');
}

/**
 * Every character of `text` (Han, Latin letter, digit) that is not already an
 * index word on its own, once each: the text's words never are (a run's edges
 * are start and end words). A lone character is then an exact word search, answered from the
 * one index chunk that holds it: a prefix search over a large index reads
 * only the chunk where the character sorts and misses the bigrams beyond it.
 */
export function toCharIndexText(text: string): string {
	return lonelyChars(text).join(' ');
}

/**
 * The characters of words in `text`, lower case, once each. None of them is
 * an index word of the text already: every index word holds two characters of
 * words or more (a bigram, or a start or end word with its mark's letters).
 * They may stand next to each other: a query holds a character alone only
 * when it is that one character (queryWords), so no phrase runs across them.
 */
function lonelyChars(text: string): string[] {
	const chars = new Set<string>();
	for (const c of wordForm(text)) if (WORD_CHAR.test(c)) chars.add(c.toLowerCase());
	return [...chars];
}

/** A word of ASCII punctuation alone: Pagefind gives it a position and indexes nothing for it. */
const GAP = '-';

/** Reads the original text back from its index form: block breaks as one newline, other whitespace aside. */
export function fromIndexText(indexText: string): string {
	let out = '';
	for (const word of indexText.split(' ')) {
		const lead = NOT_WORD_CHARS.exec(word)![0];
		out += lead;
		let rest = word.slice(lead.length);
		const core = WORD_CHARS.exec(rest)![0];
		const [first, marker] = [...core];
		// A run's start word is read from the words after it; an end word, a bigram or a character is read by its first.
		if (first !== undefined && !([...core].length >= 3 && marker === 'q')) out += first === PERCENT ? '%' : first;
		rest = rest.slice(core.length);
		out += rest.replaceAll(SPACE, ' ');
	}
	// A block break reads as a space between Latin words or figures (cells of a table row), else as a line break.
	return out
		.replace(new RegExp(`(?<=[A-Za-z0-9%])${BREAK}+(?=[A-Za-z0-9+-])`, 'g'), ' ')
		.replace(new RegExp(`${BREAK}+`, 'g'), '\n')
		.trim();
}

/**
 * The index words a query term must match, in order. Where the term has
 * punctuation (or a percent sign) after a character, the run ends there in the
 * page too, before the same mark: its end word; at the end of the term the
 * page may go on. Where it has punctuation before a character, the run starts
 * there in the page too, after the same mark: its start word （试行） is
 * 试q(（) 试行 行z(）), 试行 as a whole run in brackets, not 试行办法 nor 试行。
 */
function queryWords(term: string): string[] {
	const words: string[] = [];
	const { lead, chars } = charsOf(term);
	chars.forEach((c, i) => {
		const [prev, next] = [chars[i - 1], chars[i + 1]];
		const startsRun = prev === undefined ? lead !== '' : !prev.joined;
		if (startsRun) words.push(startWord(c).toLowerCase());
		if (c.joined) words.push((c.text + next.text).toLowerCase());
		else if (next !== undefined || c.markAfter !== '') words.push(endWord(c).toLowerCase());
		// A lone character, nothing around it: the word every page holding it has (toCharIndexText).
		else if (prev === undefined && !startsRun) words.push(c.text.toLowerCase());
	});
	return words;
}

/**
 * What every occurrence of `term` in an index text starts with: its first
 * character and, where its run goes on, the next (a bigram), lower case; ''
 * when it has no character of a word. Cheap to look for in a record's content
 * before reading any of it back.
 */
export function termProbe(term: string): string {
	const [first, second] = charsOf(term).chars;
	if (!first) return '';
	return (first.joined ? first.text + second.text : first.text).toLowerCase();
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
