#!/usr/bin/env node
/**
 * A plain Pagefind index of a built site, for comparison with ours:
 *
 *   tsx scripts/bench/index-plain.ts <site> <outputPath>
 *
 * Pagefind's Node API with its defaults (createIndex({}), addDirectory over the
 * whole site, writeFiles): it reads each page's lang="zh-CN" and segments the
 * Chinese itself, and because our content pages carry data-pagefind-body it
 * indexes only those elements (and skips data-pagefind-ignore inside them),
 * like any site that adds Pagefind after its build. Prints one JSON line:
 * times in ms, pages, and the peak resident memory of this process and of the
 * Pagefind service process.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindBackendPid, writeIndex } from './lib.ts';

const [site, outputPath] = process.argv.slice(2).map((p) => path.resolve(p));
if (!site || !outputPath) throw new Error('usage: index-plain.ts <site> <outputPath>');

const t0 = performance.now();
await rm(outputPath, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const backend = pagefindBackendPid();
const a = performance.now();
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
const addMs = performance.now() - a;
const { writeMs, backendPeakRss } = await writeIndex(pagefind, index, outputPath, backend);
console.log(
	JSON.stringify({
		pages: added.page_count,
		totalMs: performance.now() - t0,
		addMs,
		writeMs,
		nodePeakRss: process.resourceUsage().maxRSS * 1024,
		backendPeakRss,
	}),
);
