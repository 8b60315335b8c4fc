/**
 * Indexes every content page of a built site for search, a part per period
 * (periods.ts says why): what the build's search integration does after every
 * build, and what the search benchmark measures (scripts/bench/index-ours.ts).
 *
 * 1. Each built page is read once as bytes: its issue (from data-search) puts
 *    it in a period, its SHA-256 goes into the period's key.
 * 2. A period whose key is in the cache is taken from there as it is; the
 *    others are indexed, each in its own process (indexPeriod.ts), `parallel`
 *    at a time, and stored in the cache under their key.
 * 3. The bundle is assembled: the newest period at its root (where Pagefind's
 *    loader finds it), each older one in a folder named after its period, and
 *    parts.json listing them newest first for the browser. Cache entries this
 *    build did not use are removed, so the cache holds one archive's parts.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../../gazette/builtPages.ts';
import { codeKey, sourcesOf } from '../../cache/codeKey.ts';
import type { PeriodRequest, PeriodStats } from './indexPeriod.ts';
import { searchIssueOf } from './page.ts';
import { PARTS_FILE, partPath, type PartsList } from '../parts.ts';
import { periodsOf, type PageToIndex, type Period } from './periods.ts';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every module of ours that a part depends on: indexPeriod.ts and what it
 * imports (text.ts reads 文号 through src/gazette/, for instance). A change to
 * any of them changes every key.
 */
export const indexingSources = () => sourcesOf(path.join(here, 'indexPeriod.ts'));

/** The sources of the modules that make a part and the versions of the packages they import (Pagefind, the page readers), as one string for the parts' keys. */
const indexingCode = () => codeKey(path.join(here, 'indexPeriod.ts'));

/** Files of a part that the browser does not need: Pagefind's own UIs, and in older parts the loader, which the newest part carries. */
const UI_FILE = /^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/;
const LOADER_FILE = /^pagefind(-worker)?\.js$|^wasm\./;

export interface IndexedSite {
	/** Content pages in the index. */
	pages: number;
	/** HTML files read. */
	htmlFiles: number;
	/** Periods in the index, and how many of them were indexed (the rest came from the cache). */
	periods: number;
	indexedPeriods: number;
	/** Time summed over the periods indexed (in their processes, several at a time), in ms. */
	parseMs: number;
	addMs: number;
	writeMs: number;
	/** Wall-clock time reading the pages, indexing, and assembling the bundle, in ms. */
	readMs: number;
	indexMs: number;
	assembleMs: number;
}

export interface IndexSiteOptions {
	/** Where indexed parts are kept between builds (the build's cache folder). */
	cacheDir: string;
	/** Periods indexed at the same time, each in its own process with its own Pagefind service. */
	parallel?: number;
	/** Called when a period has been indexed. */
	progress?: (stats: PeriodStats, done: number, total: number) => void;
}

/** Runs indexPeriod.ts in a process of its own; `signal` stops it (and with it its Pagefind service). */
function indexInProcess(request: PeriodRequest, signal: AbortSignal): Promise<PeriodStats> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', require.resolve('tsx'), path.join(here, 'indexPeriod.ts')], { stdio: ['pipe', 'pipe', 'pipe'], signal, killSignal: 'SIGKILL' });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		// A child that dies before reading its request: 'close' says why.
		child.stdin.on('error', () => undefined);
		child.on('error', (error) => {
			if (error.name !== 'AbortError') reject(error);
		});
		child.on('close', (code, killed) => {
			if (code !== 0) return reject(new Error(`indexing the search part for ${request.period} failed: ${stderr.trim() || (killed ? `stopped by ${killed}` : `exit code ${code}`)}`));
			try {
				resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as PeriodStats);
			} catch {
				reject(new Error(`indexing the search part for ${request.period} gave no result: ${stdout.slice(-500)}`));
			}
		});
		child.stdin.end(JSON.stringify(request));
	});
}

/**
 * Runs `jobs` with at most `limit` at a time. On the first failure it starts
 * no more and aborts those running (their processes are stopped), then rejects.
 */
async function pool<T>(jobs: ((signal: AbortSignal) => Promise<T>)[], limit: number): Promise<T[]> {
	const results: T[] = [];
	const stop = new AbortController();
	let next = 0;
	const worker = async () => {
		while (next < jobs.length && !stop.signal.aborted) {
			const i = next++;
			try {
				results[i] = await jobs[i](stop.signal);
			} catch (error) {
				stop.abort();
				throw error;
			}
		}
	};
	const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, jobs.length) }, worker));
	const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
	if (failure) throw failure.reason;
	return results;
}

async function readPages(siteDir: string): Promise<{ pages: PageToIndex[]; htmlFiles: number }> {
	const files = await builtPages(siteDir);
	const pages: PageToIndex[] = [];
	for (const { file, url } of files) {
		const bytes = await readFile(file);
		const issue = searchIssueOf(bytes.toString('utf8'), path.relative(process.cwd(), file));
		if (issue) pages.push({ file, url, issue, hash: createHash('sha256').update(bytes).digest('hex') });
	}
	return { pages, htmlFiles: files.length };
}

/** Copies a cached part into the bundle, without the files this part does not need. */
async function placePart(from: string, to: string, newest: boolean): Promise<void> {
	await mkdir(to, { recursive: true });
	for (const entry of await readdir(from, { withFileTypes: true })) {
		if (entry.isFile() && (UI_FILE.test(entry.name) || (!newest && LOADER_FILE.test(entry.name)))) continue;
		await cp(path.join(from, entry.name), path.join(to, entry.name), { recursive: true });
	}
}

// Two at a time: each part's Pagefind service holds about 170 MB + 1.7 MB a page, and on two cores
// two parts run 1.4 × as fast as one (Pagefind's writing already uses more than one core).
export async function indexSite(siteDir: string, bundleDir: string, { cacheDir, parallel = Math.min(2, os.availableParallelism()), progress }: IndexSiteOptions): Promise<IndexedSite> {
	let started = performance.now();
	const { pages, htmlFiles } = await readPages(siteDir);
	const periods: Period[] = periodsOf(pages, await indexingCode());
	const readMs = performance.now() - started;

	started = performance.now();
	const partsCache = path.join(cacheDir, 'gazette-search');
	await mkdir(partsCache, { recursive: true });
	const missing = periods.filter((p) => !existsSync(path.join(partsCache, p.key)));
	let done = 0;
	const stats = await pool(
		missing.map((period) => async (signal: AbortSignal) => {
			const scratch = path.join(partsCache, `${period.key}.partial`);
			await rm(scratch, { recursive: true, force: true });
			const result = await indexInProcess({ period: period.name, pages: period.pages.map(({ file, url }) => ({ file, url })), outputPath: scratch }, signal);
			// Only a whole part ever carries its key.
			await rename(scratch, path.join(partsCache, period.key));
			progress?.(result, ++done, missing.length);
			return result;
		}),
		parallel,
	);
	const indexMs = performance.now() - started;

	started = performance.now();
	await rm(bundleDir, { recursive: true, force: true });
	await mkdir(bundleDir, { recursive: true });
	const newest = periods[0]?.name;
	for (const period of periods) await placePart(path.join(partsCache, period.key), path.join(bundleDir, partPath(period.name, newest!)), period.name === newest);
	// A gazette with nothing searchable yet still gets Pagefind's loader and an empty index, so its search page answers 没有找到.
	if (!newest) await indexInProcess({ period: '', pages: [], outputPath: bundleDir }, new AbortController().signal);
	const list: PartsList = { parts: periods.map((p) => ({ period: p.name, path: partPath(p.name, newest!) })) };
	await writeFile(path.join(bundleDir, PARTS_FILE), JSON.stringify(list));
	const used = new Set(periods.map((p) => p.key));
	for (const name of await readdir(partsCache)) if (!used.has(name)) await rm(path.join(partsCache, name), { recursive: true, force: true });
	const assembleMs = performance.now() - started;

	const sum = (key: 'parseMs' | 'addMs' | 'writeMs') => stats.reduce((s, x) => s + x[key], 0);
	return { pages: pages.length, htmlFiles, periods: periods.length, indexedPeriods: missing.length, parseMs: sum('parseMs'), addMs: sum('addMs'), writeMs: sum('writeMs'), readMs, indexMs, assembleMs };
}
