/**
 * Our search indexing, standalone, over an already built site:
 *
 *   node --import tsx scripts/bench/index-ours.ts <site> <outputPath>
 *
 * Runs the build integration's own indexing (addSiteToIndex in
 * src/search/build/indexSite.ts: the same pages, records, order and Pagefind
 * calls), but writes to <outputPath> and times its phases: reading and parsing
 * the HTML into records, handing the records to Pagefind, and writing the
 * bundle. Prints one JSON line: times in ms, pages, and the peak resident
 * memory of this process and of the Pagefind service process it talks to.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { addSiteToIndex } from '../../src/search/build/indexSite.ts';
import { pagefindBackendPid, searchSourceFingerprint, writeIndex } from './lib.ts';

const [site, outputPath] = process.argv.slice(2).map((p) => path.resolve(p));
if (!site || !outputPath) throw new Error('usage: index-ours.ts <site> <outputPath>');
const searchCode = searchSourceFingerprint();

const t0 = performance.now();
await rm(outputPath, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const backend = pagefindBackendPid();
const indexed = await addSiteToIndex(site, index, (n) => console.log(`[progress] ${n} pages`));
const { writeMs, backendPeakRss } = await writeIndex(pagefind, index, outputPath, backend);
const totalMs = performance.now() - t0;
console.log(
	JSON.stringify({
		searchCode,
		...indexed,
		totalMs,
		writeMs,
		nodePeakRss: process.resourceUsage().maxRSS * 1024,
		backendPeakRss,
	}),
);
