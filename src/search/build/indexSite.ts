/**
 * Adds every content page of a built site to a Pagefind index, newest issue
 * first: what the build's search integration does after every build, and what
 * the search benchmark measures (scripts/bench/index-ours.ts) — one loop for both.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { builtPages } from '../../gazette/builtPages.ts';
import { readSearchPage } from './page.ts';
import { inIndexOrder, toSearchRecord, type SearchRecord } from './record.ts';

export interface IndexedSite {
	/** Content pages indexed. */
	pages: number;
	/** HTML files read. */
	htmlFiles: number;
	/** Characters of record content handed to Pagefind. */
	recordChars: number;
	/** Time reading the pages and making records, and handing them to Pagefind, in ms. */
	parseMs: number;
	addMs: number;
}

export async function addSiteToIndex(siteDir: string, index: PagefindIndex, progress?: (pages: number) => void): Promise<IndexedSite> {
	const files = await builtPages(siteDir);
	const records: SearchRecord[] = [];
	let parseMs = 0;
	for (const { file, url } of files) {
		const started = performance.now();
		const page = readSearchPage(await readFile(file, 'utf8'), path.relative(process.cwd(), file));
		if (page) records.push(toSearchRecord({ url, ...page }));
		parseMs += performance.now() - started;
	}
	const sorting = performance.now();
	const ordered = inIndexOrder(records);
	parseMs += performance.now() - sorting;
	let addMs = 0;
	let recordChars = 0;
	for (const [n, record] of ordered.entries()) {
		const started = performance.now();
		const added = await index.addCustomRecord(record);
		addMs += performance.now() - started;
		if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
		recordChars += record.content.length;
		if ((n + 1) % 1000 === 0) progress?.(n + 1);
	}
	return { pages: ordered.length, htmlFiles: files.length, recordChars, parseMs, addMs };
}
