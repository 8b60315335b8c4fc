#!/usr/bin/env node
/**
 * Our search indexing, standalone, over an already built site:
 *
 *   node scripts/bench/index-ours.mjs <site> <outputPath>
 *
 * Does what src/search/build/integration.ts does after a build (same order,
 * same modules: readSearchPage, toSearchRecord, inIndexOrder, Pagefind's addCustomRecord,
 * writeFiles), compiled from src/ with esbuild, but writes to <outputPath> and
 * times its phases: reading and parsing the HTML into records, handing the
 * records to Pagefind, and writing the bundle. Prints one JSON line: times in
 * ms, pages, and the peak resident memory of this process and of the Pagefind
 * service process it talks to.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { compile, pagefindBackendPid, searchSourceFingerprint, writeIndex } from './lib.mjs';

const [site, outputPath] = process.argv.slice(2).map((p) => path.resolve(p));
if (!site || !outputPath) throw new Error('usage: index-ours.mjs <site> <outputPath>');
const searchCode = searchSourceFingerprint();

const modules = await import(
	pathToFileURL(
		compile(
			'search-modules',
			`export { readSearchPage } from './src/search/build/page.ts';\nexport { inIndexOrder, toSearchRecord } from './src/search/build/record.ts';\n`,
		),
	).href
);

// As in the integration.
async function htmlFiles(dir) {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.join(e.parentPath, e.name))
		.sort();
}
function pageUrl(outDir, file) {
	const rel = path.relative(outDir, file).split(path.sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

const t0 = performance.now();
await rm(outputPath, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const backend = pagefindBackendPid();
let parseMs = 0;
let addMs = 0;
let contentChars = 0;
const files = await htmlFiles(site);
const records = [];
for (const file of files) {
	const a = performance.now();
	const page = modules.readSearchPage(await readFile(file, 'utf8'), path.relative(process.cwd(), file));
	if (page) records.push(modules.toSearchRecord({ url: pageUrl(site, file), ...page }));
	parseMs += performance.now() - a;
}
const b = performance.now();
const ordered = modules.inIndexOrder(records);
parseMs += performance.now() - b;
for (const [n, record] of ordered.entries()) {
	const a = performance.now();
	const added = await index.addCustomRecord(record);
	addMs += performance.now() - a;
	if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
	contentChars += record.content.length;
	if ((n + 1) % 1000 === 0) console.log(`[progress] ${n + 1} pages`);
}
const pages = ordered.length;
const { writeMs, backendPeakRss } = await writeIndex(pagefind, index, outputPath, backend);
const totalMs = performance.now() - t0;
console.log(
	JSON.stringify({
		searchCode,
		pages,
		htmlFiles: files.length,
		recordChars: contentChars,
		totalMs,
		parseMs,
		addMs,
		writeMs,
		nodePeakRss: process.resourceUsage().maxRSS * 1024,
		backendPeakRss,
	}),
);
