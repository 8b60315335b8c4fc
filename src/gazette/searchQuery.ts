/**
 * What a reader typed, as the searches to run: a 文号 or unified number in any
 * spelling becomes its canonical form (and a direct hit to look for); other
 * input becomes terms that must all occur.
 */
import { formatDocNumber, parseDocNumber } from './docNumber.ts';
import { toQueryTerm, type QueryTerm } from './searchText.ts';
import { parseUnifiedNumber, unifiedNumberAscii } from './unifiedNumber.ts';

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

/** The words of `query` as terms; a word that is a 文号 in its canonical spelling unless `asTyped`. */
function termsOf(query: string, asTyped = false): QueryTerm[] {
	return query
		.split(/[\s\u3000]+/)
		.filter(Boolean)
		.map((word) => {
			const number = asTyped ? null : parseDocNumber(word);
			return toQueryTerm(number ? formatDocNumber(number) : word);
		})
		.filter((t): t is QueryTerm => t !== null);
}

export function planSearch(query: string): SearchPlan {
	// Text that only looks like a number (产值2022年10) is searched as typed when the number finds nothing.
	const plain: SearchPlan = { terms: termsOf(query, true) };
	const docNumber = parseDocNumber(query);
	if (docNumber) {
		const canonical = formatDocNumber(docNumber);
		return { terms: [toQueryTerm(canonical)!], docNumber: canonical, fallback: plain };
	}
	const unified = parseUnifiedNumber(query);
	if (unified) {
		const ascii = unifiedNumberAscii(unified);
		return { terms: [toQueryTerm(ascii)!], unifiedNumber: ascii, fallback: plain };
	}
	return { terms: termsOf(query) };
}
