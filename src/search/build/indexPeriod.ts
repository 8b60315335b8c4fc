/**
 * Indexes one period's pages into a Pagefind bundle of its own, in a process
 * of its own: the Pagefind service it starts holds only this period, and goes
 * away with it, so the memory of indexing is bounded by one period of the
 * archive. indexSite.ts starts one such process per period to index (several
 * at a time), through tsx:
 *
 *   node --import tsx src/search/build/indexPeriod.ts < request.json
 *
 * The request is a PeriodRequest as JSON on stdin; the answer one line of JSON
 * on stdout (PeriodStats), or a message on stderr and exit code 1.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readSearchPage } from './page.ts';
import { periodOf } from '../parts.ts';
import { inIndexOrder, toSearchRecord, type SearchRecord } from './record.ts';

export interface PeriodRequest {
	period: string;
	pages: { file: string; url: string }[];
	/** Folder to write the period's bundle to (emptied by Pagefind). */
	outputPath: string;
}

export interface PeriodStats {
	period: string;
	pages: number;
	/** Characters of record content handed to Pagefind. */
	recordChars: number;
	/** Reading the pages and making records, handing them to Pagefind, writing the bundle, in ms. */
	parseMs: number;
	addMs: number;
	writeMs: number;
}

export async function indexPeriod({ period, pages, outputPath }: PeriodRequest): Promise<PeriodStats> {
	let started = performance.now();
	const records: SearchRecord[] = [];
	for (const { file, url } of pages) {
		const name = path.relative(process.cwd(), file);
		const page = readSearchPage(await readFile(file, 'utf8'), name);
		if (!page) throw new Error(`${name}: has no searchable part, though it was listed for search`);
		if (periodOf(page.info.issue) !== period) throw new Error(`${name}: belongs to issue ${page.info.issue}, not to the period ${period} it was listed in`);
		records.push(toSearchRecord({ url, ...page }));
	}
	const parseMs = performance.now() - started;

	started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	let recordChars = 0;
	for (const record of inIndexOrder(records)) {
		const added = await index.addCustomRecord(record);
		if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
		recordChars += record.content.length;
	}
	const addMs = performance.now() - started;

	started = performance.now();
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw new Error(`Pagefind could not write the index of ${period}: ${written.errors.join('; ')}`);
	await pagefind.close();
	return { period, pages: records.length, recordChars, parseMs, addMs, writeMs: performance.now() - started };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	let input = '';
	for await (const chunk of process.stdin) input += chunk;
	try {
		console.log(JSON.stringify(await indexPeriod(JSON.parse(input) as PeriodRequest)));
	} catch (error) {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		await pagefind.close().catch(() => undefined);
		process.exit(1);
	}
}
