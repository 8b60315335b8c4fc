/**
 * The search index is built in parts, one per period of the archive (a
 * calendar year of issues, ../parts.ts), so that the indexer's memory is bounded by one
 * period rather than by the archive, parts can be built in parallel, and a
 * part whose pages did not change is reused from the cache instead of being
 * indexed again. The browser searches all parts together (client/pagefind.ts).
 *
 * A part is keyed by the bytes of its pages and by the code that turns pages
 * into records, never by timestamps: a page that changed, appeared or went
 * away changes its period's key.
 */
import { createHash } from 'node:crypto';
import { periodOf } from '../parts.ts';

/** A page to index, as the build found it. */
export interface PageToIndex {
	/** Absolute path of the HTML file. */
	file: string;
	/** Its address on the site. */
	url: string;
	/** The issue it belongs to, `YYYY-MM`. */
	issue: string;
	/** SHA-256 of the file's bytes. */
	hash: string;
}

export interface Period {
	/** `YYYY`. */
	name: string;
	pages: PageToIndex[];
	/** What the part is cached under: its pages' addresses and bytes, and the indexing code. */
	key: string;
}

/** Pages grouped by period, newest period first, each with its cache key; `code` identifies the indexing code. */
export function periodsOf(pages: PageToIndex[], code: string): Period[] {
	const byPeriod = new Map<string, PageToIndex[]>();
	for (const page of pages) {
		const name = periodOf(page.issue);
		const list = byPeriod.get(name);
		if (list) list.push(page);
		else byPeriod.set(name, [page]);
	}
	return [...byPeriod.entries()]
		.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
		.map(([name, list]) => {
			const sorted = [...list].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
			const hash = createHash('sha256').update(code).update('\0').update(name);
			for (const page of sorted) hash.update('\0').update(page.url).update('\0').update(page.hash);
			return { name, pages: sorted, key: `${name}-${hash.digest('hex').slice(0, 24)}` };
		});
}
