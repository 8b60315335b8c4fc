/**
 * How Chinese text is written into the search index and how queries are
 * written to match it, so that a query finds exactly the pages containing it.
 *
 * Pagefind splits Chinese into words one way when indexing and another when
 * searching, which loses phrases that cross word boundaries. Instead every Han
 * character becomes one index word: itself plus the next character when that
 * is Han too (overlapping bigrams), the last of a run alone. A query of n ≥ 2
 * Han characters is then the exact phrase of its n − 1 bigrams, which occurs
 * exactly where the query is a substring of the text; a single character is a
 * prefix search, and every occurrence of a character starts some index word.
 * Latin letters and digits stay whole words. Punctuation rides along on the
 * word before it so that the original text can be read back for excerpts.
 */
import { toHalfWidthAlnum } from './text.ts';

const HAN = /\p{Script=Han}/u;
const ALNUM = /[A-Za-z0-9]/;

type Unit = { kind: 'han' | 'alnum'; text: string } | { kind: 'other'; text: string };

/** Splits text into Han characters, runs of Latin letters/digits, and everything else. */
function units(text: string): Unit[] {
	const out: Unit[] = [];
	for (const ch of toHalfWidthAlnum(text.normalize('NFC'))) {
		const kind = HAN.test(ch) ? 'han' : ALNUM.test(ch) ? 'alnum' : 'other';
		const last = out.at(-1);
		if (kind !== 'han' && last && last.kind === kind) last.text += ch;
		else out.push({ kind, text: ch });
	}
	return out;
}

/** The index form of `text`: space-separated words as described above. */
export function toIndexText(text: string): string {
	const us = units(text);
	const words: string[] = [];
	let prefix = '';
	us.forEach((u, i) => {
		if (u.kind === 'other') {
			const punct = u.text.replace(/\s+/g, ' ');
			// Whitespace between two Latin words is kept as a word break; other spacing is print layout.
			const mark = /\s/.test(u.text) && us[i - 1]?.kind === 'alnum' && us[i + 1]?.kind === 'alnum' ? SPACE : '';
			const kept = punct.replace(/ /g, '') + mark;
			if (words.length === 0) prefix += kept;
			else words[words.length - 1] += kept;
			return;
		}
		const next = us[i + 1];
		const core = u.kind === 'han' && next?.kind === 'han' ? u.text + next.text : u.text;
		words.push(prefix + core);
		prefix = '';
	});
	if (prefix) words.push(prefix);
	return words.join(' ');
}

// Marks a real space between Latin words; Pagefind drops it as punctuation.
const SPACE = '\u2423';

/** Reads the original text back from its index form (whitespace aside). */
export function fromIndexText(indexText: string): string {
	let out = '';
	for (const word of indexText.split(' ')) {
		let rest = word;
		const lead = /^[^\p{Script=Han}A-Za-z0-9]*/u.exec(rest)![0];
		out += lead;
		rest = rest.slice(lead.length);
		const first = [...rest][0];
		if (first !== undefined && HAN.test(first)) {
			out += first;
			rest = rest.slice(first.length);
			const second = [...rest][0];
			if (second !== undefined && HAN.test(second)) rest = rest.slice(second.length);
		} else {
			const run = /^[A-Za-z0-9]*/.exec(rest)![0];
			out += run;
			rest = rest.slice(run.length);
		}
		out += rest.replaceAll(SPACE, ' ');
	}
	return out;
}

/** One term of a query, in the form Pagefind is asked for it. */
export interface QueryTerm {
	/** What the reader typed for this term. */
	text: string;
	/** The Pagefind query string: an exact phrase, or a bare word for prefix search. */
	pagefind: string;
}

/**
 * Turns what a reader typed into Pagefind terms; several space-separated terms
 * must all match. Returns [] for a query with nothing searchable in it.
 */
export function toQueryTerms(query: string): QueryTerm[] {
	return query
		.split(/[\s\u3000]+/)
		.filter(Boolean)
		.map((text) => ({ text, pagefind: termToPagefind(text) }))
		.filter((t): t is QueryTerm => t.pagefind !== '');
}

function termToPagefind(term: string): string {
	const words: string[] = [];
	const us = units(term).filter((u) => u.kind !== 'other');
	us.forEach((u, i) => {
		if (u.kind !== 'han') return void words.push(u.text.toLowerCase());
		const next = us[i + 1];
		if (next?.kind === 'han') words.push(u.text + next.text);
		// A lone Han character, or the last of a run that is followed by Latin text.
		else if (us[i - 1]?.kind !== 'han') words.push(u.text);
	});
	if (words.length === 0) return '';
	// A single character or a single Latin word is a prefix search; anything longer an exact phrase.
	return words.length === 1 && [...words[0]].length === 1 ? words[0] : `"${words.join(' ')}"`;
}
