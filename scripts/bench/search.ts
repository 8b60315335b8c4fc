#!/usr/bin/env node
/**
 * Search benchmark: our Pagefind custom-record index (src/search/build/integration.ts,
 * queried by src/search/client/worker.ts) against a plain Pagefind index of the same
 * pages, on a synthetic gazette of 10,000+ content pages.
 *
 *   npm run bench:search -- [--pages 10500] [--repeat 3] [--regenerate] [--rebuild]
 *                           [--reuse-indexes] [--reuse-runs] [--only 1,5,消防]
 *
 * --reuse-indexes keeps the index measurements and <site>/pagefind-plain of the
 * last run, --reuse-runs its timed browser runs (tmp/bench/search-results.runs.json),
 * --only limits the queries (by number or text), for trying changes quickly.
 *
 * Steps (each reports to stderr; results go to tmp/bench/search-results.json,
 * a Markdown summary to stdout):
 *  1. content: scripts/bench/synthetic-gazette.ts → tmp/bench/synthetic-content
 *     (kept when its manifest matches --pages/--seed, unless --regenerate);
 *  2. build: scripts/bench/build-site.ts → tmp/bench/site (build time, peak RSS;
 *     kept when it was built from this content, unless --rebuild). The build
 *     writes our index to <site>/pagefind;
 *  3. indexes, each in its own Node process, timed, memory sampled: ours again
 *     standalone (index-ours.ts → tmp/bench/site.ours-rerun) and plain Pagefind
 *     (index-plain.ts → <site>/pagefind-plain);
 *  4. ground truth from the pages' text (test/support/search-truth.ts, as the search tests use);
 *  5. Chromium on loopback (test/support/serve.ts: static-server.mjs as a child
 *     process, stopped by its PID): every query in a fresh browser context (cold cache),
 *     --repeat times, ours through the real search page /search/?q=…, plain
 *     through a harness page written into the site (bench/plain.html) that
 *     imports /pagefind-plain/pagefind.js, searches and loads the first 10
 *     results' data(). Bytes per request (Playwright's request sizes, from
 *     Chromium's encodedDataLength), split into Pagefind's fixed files, per-query
 *     files and the page's own files; times from the page's performance clock;
 *  6. every result of every query, to score recall and precision against the
 *     ground truth: ours from the real search page, whose worker is asked for
 *     all pages of results after the first ten, plain by loading every
 *     result's data() in the harness.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseCommandLine } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { todayInShanghai } from '../../src/gazette/dates.ts';
import { chromiumPath, launchChromium } from '../../test/support/browser.ts';
import { matching, readTruthPages, type TruthPage } from '../../test/support/search-truth.ts';
import { startServer } from '../../test/support/serve.ts';
import { buildSite } from './build-site.ts';
import { folderStats, manifestFileFor, median, pagefindKind, quantile, gitCommit, ROOT, runStep, searchSourceFingerprint, type FolderStats, type PagefindKind } from './lib.ts';
import type { SyntheticManifest } from './synthetic-gazette.ts';

// ---------------------------------------------------------------- options

interface Options {
	pages: number;
	seed: number;
	/** Synthetic content folder (its manifest beside it). */
	content: string;
	/** Built site folder. */
	site: string;
	/** Results file. */
	out: string;
	/** Timed runs per query and engine. */
	repeat: number;
	regenerate: boolean;
	rebuild: boolean;
	reuseIndexes: boolean;
	reuseRuns: boolean;
	/** Query numbers or texts to run, all when undefined. */
	only?: string[];
}

function parseArgs(argv: string[]): Options {
	const { values } = parseCommandLine({
		args: argv,
		options: {
			pages: { type: 'string', default: '10500' },
			seed: { type: 'string', default: '20261128' },
			content: { type: 'string', default: path.join(ROOT, 'tmp/bench/synthetic-content') },
			site: { type: 'string', default: path.join(ROOT, 'tmp/bench/site') },
			out: { type: 'string', default: path.join(ROOT, 'tmp/bench/search-results.json') },
			repeat: { type: 'string', default: '3' },
			regenerate: { type: 'boolean', default: false },
			rebuild: { type: 'boolean', default: false },
			'reuse-indexes': { type: 'boolean', default: false },
			'reuse-runs': { type: 'boolean', default: false },
			only: { type: 'string' },
		},
	});
	const o: Options = {
		pages: Number(values.pages),
		seed: Number(values.seed),
		content: path.resolve(values.content),
		site: path.resolve(values.site),
		out: path.resolve(values.out),
		repeat: Number(values.repeat),
		regenerate: values.regenerate,
		rebuild: values.rebuild || values.regenerate,
		reuseIndexes: values['reuse-indexes'],
		reuseRuns: values['reuse-runs'],
		only: values.only?.split(','),
	};
	for (const key of ['pages', 'seed', 'repeat'] as const) if (!Number.isInteger(o[key]) || o[key] < 1) throw new Error(`--${key} must be a positive integer`);
	return o;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const sec = (ms: number) => ms / 1000;

// ---------------------------------------------------------------- steps 1–3

type Manifest = SyntheticManifest & { generateSeconds?: number };
type BuildInfo = Awaited<ReturnType<typeof buildSite>>;
type StepResult = Awaited<ReturnType<typeof runStep>>;
interface Indexes {
	ours: StepResult;
	plain: StepResult | { error: string };
}
type BundleSize = (FolderStats & { entry: { languages: Record<string, { page_count: number }> } }) | null;

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

async function prepare(o: Options): Promise<{ manifest: Manifest; build: BuildInfo; indexes: Indexes; sizes: Record<'ours' | 'oursRerun' | 'plain', BundleSize> }> {
	const manifestFile = manifestFileFor(o.content);
	let manifest = existsSync(manifestFile) ? readJson<Manifest>(manifestFile) : undefined;
	if (o.regenerate || !manifest || manifest.requestedPages !== o.pages || manifest.seed !== o.seed) {
		log(`1. generating ${o.pages} pages into ${path.relative(ROOT, o.content)}`);
		const started = performance.now();
		execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/synthetic-gazette.ts'), o.content, '--pages', String(o.pages), '--seed', String(o.seed)], { stdio: ['ignore', 2, 2] });
		manifest = readJson<Manifest>(manifestFile);
		manifest.generateSeconds = sec(performance.now() - started);
		o.rebuild = true;
	} else log(`1. reusing content in ${path.relative(ROOT, o.content)} (${manifest.contentPages} pages)`);

	const buildFile = `${o.site}.build.json`;
	let build = existsSync(buildFile) ? readJson<BuildInfo>(buildFile) : undefined;
	const sameContent = build && build.content?.contentBytes === manifest.contentBytes && build.content?.seed === manifest.seed && existsSync(path.join(o.site, 'pagefind/pagefind-entry.json'));
	if (o.rebuild || !build || !sameContent) {
		log(`2. building the site into ${path.relative(ROOT, o.site)} (astro build; ours is indexed at its end)`);
		build = await buildSite(o.content, o.site, { log: (s) => process.stderr.write(s) });
	} else log(`2. reusing the site built ${build.seconds.toFixed(0)} s long from this content`);

	const indexFile = `${o.site}.index.json`;
	const rerun = `${o.site}.ours-rerun`;
	let indexes = o.reuseIndexes && existsSync(indexFile) && existsSync(path.join(o.site, 'pagefind-plain/pagefind-entry.json')) ? readJson<Indexes>(indexFile) : undefined;
	if (!indexes) {
		// Harness pages from an earlier run must not be indexed.
		rmSync(path.join(o.site, 'bench'), { recursive: true, force: true });
		log(`3a. indexing again with our integration’s modules, standalone (${path.relative(ROOT, rerun)})`);
		const ours = await runStep(path.join(ROOT, 'scripts/bench/index-ours.ts'), [o.site, rerun], { label: 'ours' });
		log(`    ${ours.pages} pages in ${sec(ours.totalMs).toFixed(1)} s`);
		log('3b. indexing with plain Pagefind (addDirectory, the pages’ own lang="zh-CN") into <site>/pagefind-plain');
		let plain: Indexes['plain'];
		try {
			plain = await runStep(path.join(ROOT, 'scripts/bench/index-plain.ts'), [o.site, path.join(o.site, 'pagefind-plain')], { label: 'plain' });
			log(`    done in ${sec(plain.totalMs).toFixed(1)} s`);
		} catch (error) {
			plain = { error: error instanceof Error ? error.message : String(error) };
			log(`    FAILED: ${plain.error}`);
		}
		indexes = { ours, plain };
		mkdirSync(path.dirname(indexFile), { recursive: true });
		writeFileSync(indexFile, JSON.stringify(indexes, null, 2));
	} else log('3. reusing the index measurements of the last run (--reuse-indexes)');

	const size = (dir: string): BundleSize => (existsSync(dir) ? { ...folderStats(dir), entry: readJson(path.join(dir, 'pagefind-entry.json')) } : null);
	return { manifest, build, indexes, sizes: { ours: size(path.join(o.site, 'pagefind')), oursRerun: size(rerun), plain: size(path.join(o.site, 'pagefind-plain')) } };
}

// ---------------------------------------------------------------- queries

/**
 * The query set: what a reader types, and the strings a page must contain to
 * be a right answer (all of them; folded as in test/support/search-truth.ts).
 */
interface Query {
	id: number;
	kind: string;
	/** What the reader types. */
	q: string;
	/** Strings a right answer contains, all of them. */
	truth: string[];
}

function buildQueries(manifest: SyntheticManifest, pages: TruthPage[]): Query[] {
	const Q: Query[] = [];
	const add = (kind: string, q: string, truth = [q]) => Q.push({ id: Q.length + 1, kind, q, truth });

	// Two-character words, from very common to rare in the synthetic gazette.
	for (const w of ['工作', '企业', '补助', '消防', '养老', '春节', '招标', '慈善', '耕地', '氢能', '书房', '台风']) add('word-2', w);
	// Longer words and phrases.
	for (const w of ['留工稳产', '营商环境', '高质量发展', '城乡居民医疗保险', '农村生活污水治理', '招标代理机构', '一困一老一小', '消防安全专项治理']) add('phrase', w);
	// Substrings that cut across the words a segmenter would find.
	for (const w of ['防安', '量发', '员工留', '村生活污', '障局']) add('cross-word', w);
	// Single characters.
	for (const w of ['火', '氢', '鞋', '慈']) add('char', w);
	// People: names from the generator's pool by Zipf rank (rank 0 is the commonest), and one nobody has.
	for (const rank of [0, 20, 300, 2500]) add('name', manifest.names[rank]);
	add('name', '诸葛孔明');
	// Places and companies.
	add('place', manifest.towns[3]);
	add('place', manifest.villages[400]);
	add('place', manifest.companies[40]);
	// Numbers: a year, a figure with its unit, a telephone number printed in one interpretation.
	add('number', '2015');
	add('number', '500元');
	add('number', '30人');
	add('number', '2019年');
	const phonePage = pages.find((p) => p.url.startsWith('/interpretations/') && /0577-\d{8}/.test(p.text));
	const phone = phonePage && /0577-\d{8}/.exec(phonePage.text)?.[0];
	if (phone) add('number', phone);
	// 文号 as readers type it: the document of a mid-list interpretation, in eight spellings.
	const interp = pages.filter((p) => p.url.startsWith('/interpretations/'));
	const target = interp[Math.floor(interp.length / 2)];
	const slug = decodeURIComponent(target.url).split('/').filter(Boolean).at(-1);
	const doc = manifest.documents.find((d) => d.slug === slug);
	const m = doc && /^(\p{Script=Han}+)〔(\d{4})〕(\d+)号$/u.exec(doc.docNumber);
	if (!doc || !m) throw new Error(`the interpretation ${target.url} names no document of the synthetic gazette's manifest`);
	const [, code, year, serial] = m;
	const canonical = doc.docNumber;
	const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
	for (const spelling of [canonical, `${code}[${year}]${serial}号`, `${code}（${year}）${serial}号`, `${code}${year}年${serial}号`, `${code}〔${year}〕0${serial}号`, `${code} ${year} ${serial}`, fullWidth(canonical), `${code}【${year}】${serial}`]) {
		add('doc-number', spelling, [canonical]);
	}
	// Unified numbers: printed with en dashes, typed with hyphens or spaces.
	const numbered = manifest.documents.flatMap((d) => (d.unifiedNumber ? [d.unifiedNumber] : []));
	const unified = numbered[Math.floor(numbered.length / 3)];
	const ascii = unified.replace(/–/g, '-');
	add('unified-number', ascii, [unified]);
	add('unified-number', ascii.toLowerCase().replace(/-/g, ' '), [unified]);
	// Several terms.
	add('multi', '消防 火灾', ['消防', '火灾']);
	add('multi', '留工 补助', ['留工', '补助']);
	add('multi', `${manifest.towns[3]} 工作`, [manifest.towns[3], '工作']);
	return Q;
}

// ---------------------------------------------------------------- browser

/** Harness pages, written into the built site (never into src/). */
function writeHarness(site: string): { worker?: string; searchPage?: string } {
	const dir = path.join(site, 'bench');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	// The bundles the search page runs, named by content hash: they identify the code measured as "ours".
	const astro = readdirSync(path.join(site, '_astro')).filter((f) => f.endsWith('.js'));
	const worker = astro.find((f) => /^worker-.*\.js$/.test(f));
	const searchPage = astro.find((f) => f.startsWith('search.astro'));
	// Plain Pagefind as a reader's site would use it: imported in the page, lang="zh-CN" on <html>.
	// Its script is a file of its own, as the site's Content-Security-Policy (sent from _headers) allows.
	writeFileSync(
		path.join(dir, 'plain.html'),
		`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>plain Pagefind</title></head>
<body><p id="status"></p><ol id="results"></ol>
<script type="module" src="/bench/plain.js"></script></body></html>
`,
	);
	writeFileSync(
		path.join(dir, 'plain.js'),
		`const params = new URLSearchParams(location.search);
const q = params.get('q');
const all = params.has('all');
const b = (window.__bench = { start: performance.now() });
try {
	const pagefind = await import('/pagefind-plain/pagefind.js');
	const search = await pagefind.search(q);
	b.list = performance.now();
	b.total = search.results.length;
	document.getElementById('status').textContent = '找到 ' + b.total + ' 条';
	const list = document.getElementById('results');
	const first = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
	for (const d of first) {
		const li = document.createElement('li');
		li.innerHTML = '<h2><a></a></h2><p class="excerpt"></p>';
		li.querySelector('a').href = d.url;
		li.querySelector('a').textContent = d.meta.title;
		li.querySelector('.excerpt').innerHTML = d.excerpt;
		list.append(li);
	}
	b.ten = performance.now();
	b.first = first.slice(0, 3).map((d) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt }));
	if (all) {
		const urls = first.map((d) => d.url);
		for (let i = 10; i < search.results.length; i += 200) {
			const batch = await Promise.all(search.results.slice(i, i + 200).map((r) => r.data()));
			urls.push(...batch.map((d) => d.url));
		}
		b.urls = urls;
	}
} catch (e) {
	b.error = String(e && e.stack || e);
}
b.done = true;
`,
	);
	return { worker, searchPage };
}

/** What a search page records in window.__bench, for the benchmark to read. */
interface BenchState {
	start?: number;
	list?: number;
	ten?: number;
	total?: number;
	shown?: number;
	error?: string;
	done?: boolean;
	domContentLoaded?: number;
	first?: { url?: string | null; title?: string | null; excerpt?: string }[];
	urls?: string[];
}
declare global {
	interface Window {
		__bench?: BenchState;
	}
}

/** Added to every page the benchmark opens (a file: see its first lines). */
const OURS_PROBE = { path: path.join(ROOT, 'scripts/bench/search-probe.js') };

function categorise(url: string, bundle: string): PagefindKind | 'page' {
	const p = new URL(url).pathname;
	if (!p.startsWith(`/${bundle}/`)) return 'page';
	return pagefindKind(p.slice(bundle.length + 2));
}
const FIXED = new Set<string>(['loader', 'wasm', 'meta']);
const PER_QUERY = new Set<string>(['index', 'fragment', 'filter']);

type Engine = 'ours' | 'plain';
const ENGINES: Engine[] = ['ours', 'plain'];
interface Tally {
	fixed: number;
	perQuery: number;
	page: number;
	byKind: Record<string, number>;
}
type Run = Awaited<ReturnType<typeof measureOnce>>;

async function measureOnce(browser: Browser, base: string, engine: Engine, q: string) {
	const loadAverage = os.loadavg()[0];
	const context = await browser.newContext();
	await context.addInitScript(OURS_PROBE);
	const requests: { url: string; status?: number; failed?: string; body: number; transfer: number }[] = [];
	const pending: Promise<void>[] = [];
	context.on('requestfinished', (req) =>
		pending.push(
			(async () => {
				const sizes = await req.sizes().catch(() => null);
				const res = await req.response().catch(() => null);
				const length = Number(res?.headers()['content-length'] ?? 0);
				const body = sizes && sizes.responseBodySize > 0 ? sizes.responseBodySize : length;
				requests.push({ url: req.url(), status: res?.status(), body, transfer: body + (sizes?.responseHeadersSize ?? 0) });
			})(),
		),
	);
	context.on('requestfailed', (req) => requests.push({ url: req.url(), failed: req.failure()?.errorText, body: 0, transfer: 0 }));
	const page = await context.newPage();
	const bundle = engine === 'ours' ? 'pagefind' : 'pagefind-plain';
	const address = engine === 'ours' ? `${base}/search/?q=${encodeURIComponent(q)}` : `${base}/bench/plain.html?q=${encodeURIComponent(q)}`;
	let bench: BenchState;
	try {
		await page.goto(address);
		await page.waitForFunction(() => window.__bench?.done === true, null, { timeout: 180_000, polling: 50 });
		bench = (await page.evaluate(() => window.__bench)) ?? {};
		bench.domContentLoaded = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd);
	} catch (error) {
		bench = { error: (error instanceof Error ? error.message : String(error)).split('\n')[0] };
	}
	await page.waitForTimeout(100);
	await Promise.all(pending);
	await context.close();
	const bytes: Tally = { fixed: 0, perQuery: 0, page: 0, byKind: {} };
	const counts: Tally = { fixed: 0, perQuery: 0, page: 0, byKind: {} };
	for (const r of requests) {
		const kind = categorise(r.url, bundle);
		const group = FIXED.has(kind) ? 'fixed' : PER_QUERY.has(kind) ? 'perQuery' : 'page';
		bytes[group] += r.transfer;
		counts[group] += 1;
		bytes.byKind[kind] = (bytes.byKind[kind] ?? 0) + r.transfer;
		counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
	}
	const failed = requests.filter((r) => r.failed || (r.status ?? 0) >= 400);
	return {
		engine,
		q,
		total: bench.total ?? null,
		error: bench.error ?? (failed.length ? `failed requests: ${failed.map((r) => new URL(r.url).pathname).join(', ')}` : undefined),
		// From navigation start (performance.now() is 0 there).
		listFromNav: bench.list ?? null,
		tenFromNav: bench.ten ?? null,
		// From the moment the page started the search.
		listFromStart: bench.list != null && bench.start != null ? bench.list - bench.start : null,
		tenFromStart: bench.ten != null && bench.start != null ? bench.ten - bench.start : null,
		searchStart: bench.start ?? null,
		domContentLoaded: bench.domContentLoaded ?? null,
		bytes,
		requests: counts,
		loadAverage,
		first: bench.first,
	};
}

/**
 * Every result of a query. Plain: the harness loads data() of all results.
 * Ours: the real search page; once it shows its first ten, its own worker is
 * asked for the rest the way the 显示更多结果 button asks (a 'page' message for
 * the page's first search, seq 1), and the links of the rendered list are read.
 */
interface AllResults {
	urls: string[];
	error?: string;
	total?: number;
	first?: BenchState['first'];
}

async function allResults(page: Page, base: string, engine: Engine, q: string): Promise<AllResults> {
	const timeout = 900_000;
	if (engine === 'plain') {
		await page.goto(`${base}/bench/plain.html?all=1&q=${encodeURIComponent(q)}`);
		await page.waitForFunction(() => window.__bench?.done === true, null, { timeout, polling: 200 });
		const b = (await page.evaluate(() => window.__bench)) ?? {};
		return { urls: (b.urls ?? []).map((u) => decodeURI(new URL(u, base).pathname)), error: b.error, total: b.total, first: b.first };
	}
	await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
	await page.waitForFunction(() => window.__bench?.done === true, null, { timeout, polling: 200 });
	const b = (await page.evaluate(() => window.__bench)) ?? {};
	if (b.total !== undefined && b.shown !== undefined && b.total > b.shown) {
		const [worker] = page.workers();
		// In the worker, where onmessage is the search worker's own handler.
		await worker.evaluate(({ from, to }) => (self as unknown as { onmessage(e: { data: unknown }): void }).onmessage({ data: { type: 'page', seq: 1, from, to } }), { from: b.shown, to: b.total });
		await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length >= n, b.total, { timeout, polling: 500 });
	}
	const urls = await page.evaluate(() => [...document.querySelectorAll('[data-search-results] > li h2 a')].map((a) => a.getAttribute('href') ?? ''));
	return { urls: urls.map((u) => decodeURI(new URL(u, base).pathname)), error: b.error, total: b.total, first: b.first };
}

// ---------------------------------------------------------------- scoring and report

type Score = ReturnType<typeof score>;

function score(resultUrls: string[], truthUrls: string[]) {
	const truth = new Set(truthUrls);
	const results = new Set(resultUrls);
	const hit = [...results].filter((u) => truth.has(u)).length;
	return {
		results: results.size,
		truth: truth.size,
		hits: hit,
		recall: truth.size ? hit / truth.size : null,
		precision: results.size ? hit / results.size : null,
		missed: [...truth].filter((u) => !results.has(u)).slice(0, 5),
		wrong: [...results].filter((u) => !truth.has(u)).slice(0, 5),
	};
}

const fmtBytes = (b: number | null | undefined) => (b == null ? '–' : b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : b >= 1e3 ? `${(b / 1e3).toFixed(1)} kB` : `${Math.round(b)} B`);
const fmtMs = (ms: number | null | undefined) => (ms == null ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtPct = (x: number | null | undefined) => (x == null ? '–' : `${(x * 100).toFixed(1)}%`);
const mean = (xs: (number | null)[]) => {
	const v = xs.filter((x): x is number => x != null);
	return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
};

function quality(perQuery: PerQuery[], engine: Engine, key: 'score' | 'scoreAligned' | 'scoreBlockAware') {
	const rows = perQuery.map((p) => p[engine][key]);
	const sum = (f: (r: Score) => number) => rows.reduce((s, r) => s + f(r), 0);
	return {
		recallMacro: mean(rows.filter((r) => r.truth > 0).map((r) => r.recall)),
		precisionMacro: mean(rows.filter((r) => r.results > 0).map((r) => r.precision)),
		recallMicro: sum((r) => r.hits) / Math.max(1, sum((r) => r.truth)),
		precisionMicro: sum((r) => r.hits) / Math.max(1, sum((r) => r.results)),
		queriesPerfect: rows.filter((r) => r.hits === r.truth && r.results === r.truth).length,
		queriesRecallBelow1: rows.filter((r) => r.truth > 0 && (r.recall ?? 0) < 1).length,
		queriesPrecisionBelow1: rows.filter((r) => r.results > 0 && (r.precision ?? 0) < 1).length,
	};
}

function summarise(perQuery: PerQuery[], engine: Engine) {
	const rows = perQuery.map((p) => p[engine]);
	const pick = (f: (r: EngineResult) => number | null) => rows.map(f);
	const stat = (f: (r: EngineResult) => number | null) => ({ median: median(pick(f)), p90: quantile(pick(f), 0.9) });
	return {
		bytesPerQuery: stat((r) => r.bytes.perQuery),
		bytesPagefind: stat((r) => r.bytes.perQuery + r.bytes.fixed),
		bytesFixed: stat((r) => r.bytes.fixed),
		bytesWithPage: stat((r) => r.bytes.perQuery + r.bytes.fixed + r.bytes.page),
		requestsPerQuery: stat((r) => r.requests.perQuery),
		indexChunks: stat((r) => r.requests.byKind.index ?? 0),
		fragments: stat((r) => r.requests.byKind.fragment ?? 0),
		listFromStart: stat((r) => r.listFromStart),
		tenFromStart: stat((r) => r.tenFromStart),
		listFromNav: stat((r) => r.listFromNav),
		tenFromNav: stat((r) => r.tenFromNav),
		...quality(perQuery, engine, 'score'),
		aligned: quality(perQuery, engine, 'scoreAligned'),
		blockAware: quality(perQuery, engine, 'scoreBlockAware'),
		loadAverage: stat((r) => r.loadAverage),
		errors: rows.filter((r) => r.error).length,
	};
}

type Summary = ReturnType<typeof summarise>;

function markdown(results: Results): string {
	const { indexes, sizes, build, manifest, summary, perQuery } = results;
	const o = summary.ours;
	const p = summary.plain;
	const L: string[] = [];
	L.push(`## Search benchmark, ${results.contentPages} content pages (${results.date})`);
	L.push('');
	L.push(`Synthetic gazette: ${manifest.counts.issues} issues ${manifest.firstIssue} … ${manifest.lastIssue}; ${manifest.counts.documents} documents, ${manifest.counts.interpretations} interpretations, ${manifest.counts.briefs} briefs, ${manifest.counts.personnel} personnel, ${manifest.counts.chronicle} chronicle and ${manifest.counts.statistics} statistics pages; ${(results.truthChars / 1e6).toFixed(1)} M characters of page text (whitespace removed). Site built from commit ${results.commit}. ${results.machine}. Timings are wall-clock on a shared machine and noisy.`);
	L.push('');
	const sc = results.searchCode;
	L.push('Bytes are as sent by test/support/static-server.mjs, which does not compress: Pagefind’s pf_* files are gzip already, but pagefind.js, pagefind-worker.js, the wasm loader and the page’s own HTML/CSS/JS would shrink on a host that gzips.');
	L.push('');
	L.push(`Search code measured: the site's bundles ${results.harness.worker ?? '–'} and ${results.harness.searchPage ?? '–'}${sc.build ? ` (src fingerprint ${sc.build.hash} at build)` : ''}; standalone re-index: src fingerprint ${sc.standaloneIndex?.hash}${sc.build && sc.standaloneIndex && sc.build.hash !== sc.standaloneIndex.hash ? ' — DIFFERENT from the build: src/ changed in between, so the re-index measured other code than the browser ran' : ''}.`);
	L.push('');
	L.push(`Build (astro build incl. our indexing): ${build.seconds.toFixed(0)} s, peak RSS of the largest process ${fmtBytes(build.peakRssBytes)}${build.peakRssTreeBytes ? `, of all its processes together ${fmtBytes(build.peakRssTreeBytes)}` : ''}, ${build.astroPages} pages written; our indexing inside it logged ${build.indexLogSeconds} s. Load average (1 min) during the browser runs: median ${o.loadAverage.median?.toFixed(1)}, p90 ${o.loadAverage.p90?.toFixed(1)}.`);
	L.push('');
	L.push('### Index');
	L.push('');
	L.push('| | ours (custom records) | plain Pagefind |');
	L.push('|---|---|---|');
	const io = indexes.ours;
	const ip = indexes.plain;
	const pageCount = (size: BundleSize) => (size ? Object.values(size.entry.languages)[0]?.page_count : undefined) ?? '–';
	L.push(`| indexing time, standalone | ${sec(io.totalMs).toFixed(1)} s (parse HTML ${sec(io.parseMs).toFixed(1)} s, add records ${sec(io.addMs).toFixed(1)} s, write ${sec(io.writeMs).toFixed(1)} s) | ${'error' in ip ? `failed: ${ip.error}` : `${sec(ip.totalMs).toFixed(1)} s (read+index ${sec(ip.addMs).toFixed(1)} s, write ${sec(ip.writeMs).toFixed(1)} s)`} |`);
	const plainRss = (key: string) => fmtBytes('error' in ip ? null : ip[key]);
	L.push(`| peak RSS, Pagefind service | ${fmtBytes(io.backendPeakRss)} | ${plainRss('backendPeakRss')} |`);
	L.push(`| peak RSS, Node | ${fmtBytes(io.nodePeakRss)} | ${plainRss('nodePeakRss')} |`);
	L.push(`| peak RSS, both (sampled) | ${fmtBytes(io.treePeakRss)} | ${plainRss('treePeakRss')} |`);
	L.push(`| pages indexed | ${pageCount(sizes.ours)} | ${pageCount(sizes.plain)} |`);
	L.push(`| size on disk, all files | ${fmtBytes(sizes.ours?.bytes)} in ${sizes.ours?.files} files | ${fmtBytes(sizes.plain?.bytes)} in ${sizes.plain?.files} files |`);
	for (const kind of ['index', 'fragment', 'filter', 'meta', 'wasm', 'loader', 'ui'] as const) {
		const a = sizes.ours?.byKind[kind];
		const b = sizes.plain?.byKind[kind];
		L.push(`| — ${kind} | ${a ? `${fmtBytes(a.bytes)} / ${a.files}` : '–'} | ${b ? `${fmtBytes(b.bytes)} / ${b.files}` : '–'} |`);
	}
	L.push('');
	L.push(`### Per query (${perQuery.length} queries, cold cache, median of ${results.repeat} runs each; table shows median and p90 across queries)`);
	L.push('');
	L.push('| | ours median | plain median | ours p90 | plain p90 |');
	L.push('|---|---|---|---|---|');
	const row = (label: string, key: Exclude<keyof Summary, 'aligned' | 'blockAware' | `${string}Macro` | `${string}Micro` | `queries${string}` | 'errors'>, f: (x: number | null) => string) => L.push(`| ${label} | ${f(o[key].median)} | ${f(p[key].median)} | ${f(o[key].p90)} | ${f(p[key].p90)} |`);
	row('bytes, per-query files (index chunks, fragments, filters)', 'bytesPerQuery', fmtBytes);
	row('bytes, Pagefind fixed files (pagefind.js, entry, wasm, pf_meta)', 'bytesFixed', fmtBytes);
	row('bytes, Pagefind total', 'bytesPagefind', fmtBytes);
	row('bytes, with the page’s own HTML/CSS/JS', 'bytesWithPage', fmtBytes);
	row('requests, per-query files', 'requestsPerQuery', (x) => (x == null ? '–' : x.toFixed(0)));
	row('— index chunks', 'indexChunks', (x) => (x == null ? '–' : x.toFixed(0)));
	row('— fragments', 'fragments', (x) => (x == null ? '–' : x.toFixed(0)));
	row('time to result list, from search start', 'listFromStart', fmtMs);
	row('time to 10 excerpts shown, from search start', 'tenFromStart', fmtMs);
	row('time to result list, from navigation', 'listFromNav', fmtMs);
	row('time to 10 excerpts shown, from navigation', 'tenFromNav', fmtMs);
	L.push('');
	L.push('### Recall and precision against the pages’ text');
	L.push('');
	L.push('| | ours | plain |');
	L.push('|---|---|---|');
	L.push(`| recall, mean over queries | ${fmtPct(o.recallMacro)} | ${fmtPct(p.recallMacro)} |`);
	L.push(`| precision, mean over queries | ${fmtPct(o.precisionMacro)} | ${fmtPct(p.precisionMacro)} |`);
	L.push(`| recall, all hits / all relevant | ${fmtPct(o.recallMicro)} | ${fmtPct(p.recallMicro)} |`);
	L.push(`| precision, all hits / all returned | ${fmtPct(o.precisionMicro)} | ${fmtPct(p.precisionMicro)} |`);
	L.push(`| queries with exactly the right pages | ${o.queriesPerfect} / ${perQuery.length} | ${p.queriesPerfect} / ${perQuery.length} |`);
	L.push(`| queries missing pages / with wrong pages | ${o.queriesRecallBelow1} / ${o.queriesPrecisionBelow1} | ${p.queriesRecallBelow1} / ${p.queriesPrecisionBelow1} |`);
	L.push(`| same, digits and letters as whole runs (2015 not in 20150): recall / precision, mean | ${fmtPct(o.aligned.recallMacro)} / ${fmtPct(o.aligned.precisionMacro)} | ${fmtPct(p.aligned.recallMacro)} / ${fmtPct(p.aligned.precisionMacro)} |`);
	L.push(`| same, not across a block break: recall / precision, mean | ${fmtPct(o.blockAware.recallMacro)} / ${fmtPct(o.blockAware.precisionMacro)} | ${fmtPct(p.blockAware.recallMacro)} / ${fmtPct(p.blockAware.precisionMacro)} |`);
	L.push('');
	L.push('Relevant = pages whose text (data-pagefind-body, whitespace removed, full-width folded, lower case) contains every term of the query; a 文号 or unified number in any spelling counts as its printed form.');
	L.push('');
	L.push('### Every query');
	L.push('');
	L.push('| # | kind | query | relevant | ours found | ours R / P | plain found | plain R / P | ours bytes q / +fixed | plain bytes q / +fixed | ours list / 10 | plain list / 10 |');
	L.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
	for (const r of perQuery) {
		const a = r.ours;
		const b = r.plain;
		L.push(
			`| ${r.id} | ${r.kind} | ${r.q.replace(/\|/g, '\\|')} | ${r.truth.count}${r.truth.alignedCount !== r.truth.count ? ` (${r.truth.alignedCount} whole-number)` : ''}${r.truth.blockCount !== r.truth.count ? ` (${r.truth.blockCount} in one block)` : ''} | ${a.score.results} | ${fmtPct(a.score.recall)} / ${fmtPct(a.score.precision)} | ${b.score.results} | ${fmtPct(b.score.recall)} / ${fmtPct(b.score.precision)} | ${fmtBytes(a.bytes.perQuery)} / ${fmtBytes(a.bytes.perQuery + a.bytes.fixed)} | ${fmtBytes(b.bytes.perQuery)} / ${fmtBytes(b.bytes.perQuery + b.bytes.fixed)} | ${fmtMs(a.listFromStart)} / ${fmtMs(a.tenFromStart)} | ${fmtMs(b.listFromStart)} / ${fmtMs(b.tenFromStart)} |`,
		);
	}
	const errors = perQuery.flatMap((r) => ENGINES.filter((e) => r[e].error).map((e) => `- ${e} #${r.id} ${r.q}: ${r[e].error}`));
	if (errors.length) L.push('', '### Errors', '', ...errors);
	return L.join('\n');
}

// ---------------------------------------------------------------- main

interface EngineResult extends Run {
	listFromStart: number | null;
	tenFromStart: number | null;
	listFromNav: number | null;
	tenFromNav: number | null;
	runs: Omit<Run, 'first'>[];
	allResultsError?: string;
	score: Score;
	scoreBlockAware: Score;
	scoreAligned: Score;
	firstResults: BenchState['first'];
	totalMismatch?: { timed: number; all: number };
}
interface PerQuery {
	id: number;
	kind: string;
	q: string;
	truth: { terms: string[]; count: number; blockCount: number; alignedCount: number };
	ours: EngineResult;
	plain: EngineResult;
}
interface Results {
	date: string;
	commit: string;
	reportCommit: string;
	searchCode: { build: BuildInfo['searchCode'] | null; standaloneIndex: StepResult['searchCode'] | null; report: ReturnType<typeof searchSourceFingerprint> };
	machine: string;
	contentPages: number;
	truthChars: number;
	repeat: number;
	manifest: Omit<Manifest, 'names' | 'towns' | 'villages' | 'companies' | 'documents'>;
	build: BuildInfo;
	indexes: Indexes;
	sizes: Record<'ours' | 'oursRerun' | 'plain', BundleSize>;
	harness: ReturnType<typeof writeHarness>;
	summary: Record<Engine, Summary>;
	perQuery: PerQuery[];
}
type RunsByEngine = Record<Engine, Run[]>;

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const { manifest, build, indexes, sizes } = await prepare(o);

	log('4. reading every content page for the ground truth');
	let t = performance.now();
	const pages = readTruthPages(o.site);
	log(`    ${pages.length} pages in ${sec(performance.now() - t).toFixed(1)} s`);
	const only = o.only;
	const queries = buildQueries(manifest, pages)
		.filter((qq) => !only || only.includes(String(qq.id)) || only.includes(qq.q))
		.map((qq) => ({ ...qq, truthUrls: matching(pages, qq.truth), blockUrls: matching(pages, qq.truth, { keepBlocks: true }), alignedUrls: matching(pages, qq.truth, { aligned: true }) }));

	const harness = writeHarness(o.site);
	const server = await startServer(o.site);
	log(`5. Chromium against ${server.url} (static server pid ${server.pid}), ${queries.length} queries × ${o.repeat} runs × 2 engines, each in a fresh context`);
	const browser = await launchChromium();
	const runs = new Map<number, RunsByEngine>(queries.map((qq) => [qq.id, { ours: [], plain: [] }]));
	const full = new Map<number, Record<Engine, AllResults>>();
	try {
		const runsFile = `${o.out.replace(/\.json$/, '')}.runs.json`;
		const saved = o.reuseRuns && existsSync(runsFile) ? readJson<{ repeat: number; runs: Record<number, RunsByEngine & { q: string }> }>(runsFile) : undefined;
		if (saved && saved.repeat === o.repeat && queries.every((qq) => saved.runs[qq.id]?.q === qq.q)) {
			log(`    reusing the timed runs of ${path.relative(ROOT, runsFile)} (--reuse-runs)`);
			for (const qq of queries) runs.set(qq.id, saved.runs[qq.id]);
		} else {
			// Warm-up: the first context of a browser pays for starting it.
			await measureOnce(browser, server.url, 'ours', '工作');
			await measureOnce(browser, server.url, 'plain', '工作');
			for (let rep = 0; rep < o.repeat; rep++) {
				for (const qq of queries) {
					for (const engine of rep % 2 === 0 ? ENGINES : [...ENGINES].reverse()) runs.get(qq.id)![engine].push(await measureOnce(browser, server.url, engine, qq.q));
				}
				log(`    run ${rep + 1}/${o.repeat} done`);
			}
			// Kept, so that a failure in the next step does not cost the timed runs.
			writeFileSync(runsFile, JSON.stringify({ repeat: o.repeat, runs: Object.fromEntries(queries.map((qq) => [qq.id, { q: qq.q, ...runs.get(qq.id) }])) }));
		}
		log('6. every result of every query, for recall and precision');
		const context = await browser.newContext();
		await context.addInitScript(OURS_PROBE);
		const page = await context.newPage();
		for (const qq of queries) {
			const all = { ours: await allResults(page, server.url, 'ours', qq.q), plain: await allResults(page, server.url, 'plain', qq.q) };
			full.set(qq.id, all);
			log(`    #${qq.id} ${qq.q}: ours ${all.ours.urls.length}, plain ${all.plain.urls.length}, relevant ${qq.truthUrls.length}`);
		}
		await context.close();
	} finally {
		await browser.close();
		await server.stop();
	}

	// Per query: the run with the median time to 10 excerpts stands for the query (bytes do not vary between runs).
	const medianRun = (list: Run[]) => {
		const ok = list.filter((r): r is Run & { tenFromStart: number } => r.tenFromStart != null);
		const m = median(ok.map((r) => r.tenFromStart)) ?? 0;
		const chosen = ok.length ? ok.reduce((best, r) => (Math.abs(r.tenFromStart - m) < Math.abs(best.tenFromStart - m) ? r : best)) : list[0];
		const medOf = (f: (r: Run) => number | null) => median(list.map(f));
		return { ...chosen, listFromStart: medOf((r) => r.listFromStart), tenFromStart: medOf((r) => r.tenFromStart), listFromNav: medOf((r) => r.listFromNav), tenFromNav: medOf((r) => r.tenFromNav), runs: list.map(({ first, ...r }) => r) };
	};
	const perQuery = queries.map((qq): PerQuery => {
		const f = full.get(qq.id)!;
		const result = (engine: Engine): EngineResult => {
			const m = medianRun(runs.get(qq.id)![engine]);
			const out: EngineResult = {
				...m,
				allResultsError: f[engine].error,
				score: score(f[engine].urls, qq.truthUrls),
				scoreBlockAware: score(f[engine].urls, qq.blockUrls),
				scoreAligned: score(f[engine].urls, qq.alignedUrls),
				firstResults: f[engine].first ?? m.first,
			};
			const all = f[engine].total;
			if (all != null && m.total != null && all !== m.total) out.totalMismatch = { timed: m.total, all };
			return out;
		};
		return { id: qq.id, kind: qq.kind, q: qq.q, truth: { terms: qq.truth, count: qq.truthUrls.length, blockCount: qq.blockUrls.length, alignedCount: qq.alignedUrls.length }, ours: result('ours'), plain: result('plain') };
	});

	const commit = gitCommit();
	// The site measured was built from src/ as it was when its build started (build-site.ts copies it).
	const builtFrom = build.searchCode ? `${build.searchCode.commit}${build.searchCode.modified?.length ? ' (src/ modified)' : ''}` : commit;
	// The pools and the document list are the generator's working data, not results.
	const summaryOf = ({ names, towns, villages, companies, documents, ...rest }: Manifest) => rest;
	const results: Results = {
		date: todayInShanghai(),
		commit: builtFrom,
		reportCommit: commit,
		// The search code at each step: the build made the index and bundles the browser ran; the standalone re-index compiled src/ again.
		searchCode: { build: build.searchCode ?? null, standaloneIndex: indexes.ours.searchCode ?? null, report: searchSourceFingerprint() },
		machine: `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()}`,
		contentPages: pages.length,
		truthChars: pages.reduce((s, p) => s + p.text.length, 0),
		repeat: o.repeat,
		manifest: summaryOf(manifest),
		build,
		indexes,
		sizes,
		harness,
		summary: { ours: summarise(perQuery, 'ours'), plain: summarise(perQuery, 'plain') },
		perQuery,
	};
	mkdirSync(path.dirname(o.out), { recursive: true });
	writeFileSync(o.out, JSON.stringify(results, null, 2));
	log(`results: ${path.relative(ROOT, o.out)}`);
	console.log(markdown(results));
}


if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
