/**
 * Our search indexing, standalone, over an already built site:
 *
 *   node --import tsx scripts/bench/index-ours.ts <site> <outputPath>
 *
 * Runs the build integration's own indexing (indexSite in
 * src/search/build/indexSite.ts: the same pages, records, periods and Pagefind
 * calls) into <outputPath>, cold (with an empty cache of its own), and prints
 * one JSON line: times in ms (reading the pages, indexing the periods in their
 * processes, assembling the bundle; parse/add/write summed over the periods),
 * pages, periods. Memory is sampled by the caller over this process and every
 * process it starts (runStep's treePeakRss): the periods' indexers and their
 * Pagefind services.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { indexSite } from '../../src/search/build/indexSite.ts';
import { searchSourceFingerprint } from './lib.ts';

const [site, outputPath] = process.argv.slice(2).map((p) => path.resolve(p));
if (!site || !outputPath) throw new Error('usage: index-ours.ts <site> <outputPath>');
const searchCode = searchSourceFingerprint();

const t0 = performance.now();
const cacheDir = `${outputPath}.cache`;
await rm(cacheDir, { recursive: true, force: true });
const indexed = await indexSite(site, outputPath, { cacheDir, progress: (part, done, total) => console.log(`[progress] ${part.period}: ${part.pages} pages (${done}/${total})`) });
await rm(cacheDir, { recursive: true, force: true });
console.log(
	JSON.stringify({
		searchCode,
		...indexed,
		totalMs: performance.now() - t0,
		nodePeakRss: process.resourceUsage().maxRSS * 1024,
		backendPeakRss: null,
	}),
);
