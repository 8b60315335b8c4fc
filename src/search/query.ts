/**
 * What a reader typed, as the searches to run: a 文号 or unified number in any
 * spelling becomes its canonical form (and a direct hit to look for); other
 * input becomes terms that must all occur.
 */
import { formatDocNumber, parseDocNumber, type DocNumber } from '../gazette/docNumber.ts';
import { docNumberWord, toQueryTerm, unifiedNumberWord, type QueryTerm } from './build/text.ts';
import { parseUnifiedNumber, unifiedNumberAscii } from '../gazette/unifiedNumber.ts';

export interface SearchPlan {
	/** Terms that must all occur in a page. */
	terms: QueryTerm[];
	/** When the whole query is a 文号: its canonical spelling, to show that document first. */
	docNumber?: string;
	/** When the whole query is a unified number: its ASCII spelling. */
	unifiedNumber?: string;
	/** The plain reading of the query, to fall back on when the number finds nothing. */
	fallback?: SearchPlan;
}

/** A 文号 as a term: its canonical spelling, searched as the one word the index writes for it. */
function docNumberTerm(n: DocNumber): QueryTerm {
	return { text: formatDocNumber(n), phrase: `"${docNumberWord(n.issuerCode, String(n.year), String(n.serial))}"` };
}

/** The words of `query` as terms; a word that is a 文号 as the 文号 unless `asTyped`. */
function termsOf(query: string, asTyped = false): QueryTerm[] {
	return query
		.split(/[\s\u3000]+/)
		.filter(Boolean)
		.map((word) => {
			const number = asTyped ? null : parseDocNumber(word);
			return number ? docNumberTerm(number) : toQueryTerm(word);
		})
		.filter((t): t is QueryTerm => t !== null);
}

export function planSearch(query: string): SearchPlan {
	// Text that only looks like a number (产值2022年10) is searched as typed when the number finds nothing.
	const plain: SearchPlan = { terms: termsOf(query, true) };
	const docNumber = parseDocNumber(query);
	if (docNumber) {
		const term = docNumberTerm(docNumber);
		return { terms: [term], docNumber: term.text, fallback: plain };
	}
	const unified = parseUnifiedNumber(query);
	if (unified) {
		const ascii = unifiedNumberAscii(unified);
		return { terms: [{ text: ascii, phrase: `"${unifiedNumberWord(unified.prefix, String(unified.year), unified.serial)}"` }], unifiedNumber: ascii, fallback: plain };
	}
	return { terms: termsOf(query) };
}
