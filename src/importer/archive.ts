/**
 * Back issues at once: a folder of printed issues' texts, each issue's month
 * from its file name or its masthead, parsed in month order, all of them
 * before anything is written; and what ties issues together that print
 * states in words: `…同时废止` of a document the gazette holds becomes
 * `repeals:` (with a warning to confirm). Pure: the command reads and writes.
 */
import { parseCanonicalDocNumber } from '../gazette/docNumber.ts';
import { findReferences, regulationTitleKey } from '../gazette/references/citations.ts';
import { toHalfWidthAlnum } from '../gazette/text.ts';

/** A document the gazette holds, or that an import brings, as far as repeals need it. */
export interface KnownDocument {
	docNumber: string;
	title: string;
	regulationTitle: string;
}

/** The issue month a printed issue's text is for: from its file name, else its masthead (2023年第1期). */
export function issueMonthOf(fileName: string, text: string): { month: string } | { problem: string } {
	const month = (year: string, n: string) => {
		const m = Number(toHalfWidthAlnum(n));
		return m >= 1 && m <= 12 ? `${toHalfWidthAlnum(year)}-${String(m).padStart(2, '0')}` : undefined;
	};
	const base = fileName.replace(/^.*[\\/]/u, '');
	const named = /([0-9０-９]{4})\s*年\s*第\s*([0-9０-９]{1,2})\s*期/u.exec(base) ?? /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月/u.exec(base) ?? /(?<![0-9])([0-9]{4})[-_.]([0-9]{1,2})(?![0-9])/u.exec(base);
	const head = text.split('\n').slice(0, 80).join('\n');
	const printed = /([0-9０-９]{4})\s*年\s*第\s*([0-9０-９]{1,2})\s*期/u.exec(head);
	const fromName = named ? month(named[1], named[2]) : undefined;
	const fromMasthead = printed ? month(printed[1], printed[2]) : undefined;
	if (fromName && fromMasthead && fromName !== fromMasthead) {
		return {
			problem: `its name says issue ${fromName} and its masthead ${printed![0]} (${fromMasthead}); rename the file or check that it is the right text`,
		};
	}
	const found = fromName ?? fromMasthead;
	if (found) return { month: found };
	return {
		problem: 'no issue month in its name or masthead; name the file after the month it covers, e.g. 2023-01.txt or …2023年第1期.txt',
	};
}

/** What follows a reference that the sentence repeals: at most a closing bracket and 同时/予以/即行/一并, then 废止. */
const REPEALED_AFTER = /^[）)》\s]*(?:同时|予以|即行|一并|亦)?废止/u;
/** …or before it: 废止《…》（文号）, not 不予废止 or 已废止. */
const REPEALED_BEFORE = /(?<![不未已被])废止[：:\s]*$/u;

/** A document that a text declares void: the 文号 and the sentence that says so. */
export interface FoundRepeal {
	docNumber: string;
	sentence: string;
}

/**
 * What a document's text repeals: the documents named, by 文号 or by title, in
 * a sentence that says 废止. `held` are those the gazette holds (they become
 * `repeals:`); `elsewhere` the numbers it does not, which only get a warning.
 */
export function repealsIn(text: string, self: string, gazette: readonly KnownDocument[], knownCodes: ReadonlySet<string>): { held: FoundRepeal[]; elsewhere: FoundRepeal[] } {
	const byNumber = new Map(gazette.map((d) => [d.docNumber, d]));
	const byTitle = new Map<string, string[]>();
	for (const d of gazette) {
		for (const t of new Set([regulationTitleKey(d.title), regulationTitleKey(d.regulationTitle)])) byTitle.set(t, [...(byTitle.get(t) ?? []), d.docNumber]);
	}
	const held = new Map<string, FoundRepeal>();
	const elsewhere = new Map<string, FoundRepeal>();
	for (const raw of text.replace(/\s*\n\s*/gu, '').split(/(?<=[。；;])/u)) {
		const sentence = raw.trim();
		if (!sentence.includes('废止')) continue;
		for (const ref of findReferences(sentence, knownCodes)) {
			// Only what the sentence itself repeals: the reference right before (同时|予以|…)废止 or right after 废止,
			// not one kept (不予废止), repealed before (已被废止), a part of it (第五条同时废止), or 废止 inside a cited title.
			if (!REPEALED_AFTER.test(sentence.slice(ref.end)) && !REPEALED_BEFORE.test(sentence.slice(0, ref.start))) continue;
			let n = ref.docNumber;
			if (!n && ref.title) {
				const matches = [...new Set(byTitle.get(regulationTitleKey(ref.title)) ?? [])];
				if (matches.length === 1) n = matches[0];
			}
			if (!n || n === self || !parseCanonicalDocNumber(n)) continue;
			(byNumber.has(n) ? held : elsewhere).set(n, { docNumber: n, sentence });
		}
	}
	return { held: [...held.values()], elsewhere: [...elsewhere.values()] };
}
