#!/usr/bin/env node
/**
 * Build benchmark: what a whole archive costs to build, and what the monthly
 * publication costs once it is built, against Astro's own cost for the same
 * content and Pagefind's own CLI.
 *
 *   npm run bench:build -- [--pages 12000,24000] [--seed 20261128] [--out tmp/bench/build-results.json]
 *
 * For each size, in tmp/bench/build-<pages>/ (deterministic content: the same
 * arguments give the same bytes):
 *  1. content/: the synthetic gazette (scripts/bench/synthetic-gazette.ts), its
 *     newest issue 2026-09;
 *  2. cold build of it (`astro build` as `npm run build` runs it, Node's default
 *     heap, no cache) → site/; time, peak memory summed over every process of the
 *     build (Astro and the Pagefind services it starts), sampled every 250 ms;
 *  3. the minimal Astro site over the same Markdown (one glob collection over
 *     documents, interpretations and briefs, one page per entry, no gazette
 *     features, no search), measured the same way;
 *  4. Pagefind's own CLI over the built pages (into a folder of its own), measured
 *     the same way; stopped and recorded as failed, with its peak, when the
 *     machine runs short of memory;
 *  5. the monthly publication: issue 2026-10 (the generator's next issue) added to
 *     content/; the minimal Astro site built again with its cache (Astro's own
 *     share of a publication: the floor under ours), then the gazette built again,
 *     keeping the build's cache;
 *  6. a cold build of the same content (the archive and the new issue) into
 *     site-cold/, and the published site compared with it file by file.
 *
 * Prints a table and writes the results to --out (see the README's "Scale").
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { differingFiles } from '../../test/support/compare.ts';
import { buildSite } from './build-site.ts';
import { folderStats, gitCommit, ROOT, runMeasured } from './lib.ts';

const MB = 2 ** 20;
const LAST_ISSUE = '2026-09';
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Run {
	/** Content pages asked of the generator. */
	pages: number;
	/** HTML files of the cold build. */
	htmlPages: number;
	coldSeconds: number;
	/** Peak memory of the cold build, all its processes together. */
	peakRssMB: number;
	/** The search integration's own time for indexing, from its log line. */
	indexSeconds: number;
	/** Size of the search bundle on disk. */
	indexMB: number;
	/** Null when the publication did not build (see publishError). */
	publishSeconds: number | null;
	publishPeakRssMB: number | null;
	publishError?: string;
	/** Whether the published site is byte-identical to a cold build of the same content. */
	publishIdentical: boolean;
	/** Files that differ between the two, when they do (at most 20). */
	publishDifferences?: string[];
	minimalAstroSeconds: number | null;
	minimalAstroPeakRssMB: number | null;
	/** The minimal site built again with its cache after the new issue is added: Astro's own share of a publication. */
	minimalAstroPublishSeconds: number | null;
	/** Null when it failed (see plainPagefindError); its peak is still recorded. */
	plainPagefindSeconds: number | null;
	plainPagefindPeakRssMB: number | null;
	plainPagefindError?: string;
}

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

function generate(out: string, pages: number, seed: number, nextIssues = 0): void {
	execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/bench/synthetic-gazette.ts'), out, '--pages', String(pages), '--seed', String(seed), '--last-issue', LAST_ISSUE, '--next-issues', String(nextIssues)], { stdio: ['ignore', 2, 2] });
}

/** Copies into `archive` every file of `next` that it lacks: the new issue, as an editor adds it. */
function addNewIssue(archive: string, next: string): string[] {
	const added: string[] = [];
	for (const entry of readdirSync(next, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const rel = path.relative(next, path.join(entry.parentPath, entry.name));
		if (existsSync(path.join(archive, rel))) continue;
		mkdirSync(path.dirname(path.join(archive, rel)), { recursive: true });
		cpSync(path.join(next, rel), path.join(archive, rel));
		added.push(rel);
	}
	return added;
}

/**
 * The minimal Astro site: the same Markdown through one glob collection, one
 * page per entry with its title and body, nothing else. Written into a project
 * folder of its own (not under src/, so that it is no part of the gazette).
 */
async function minimalAstro(content: string, dir: string) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'minimal-astro', private: true, type: 'module' }));
	writeFileSync(path.join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\n// A cache of its own, removed with the project: the baseline's first build is always cold.\nexport default defineConfig({ outDir: './dist', cacheDir: './.cache', trailingSlash: 'always', build: { format: 'directory' } });\n`);
	writeFileSync(
		path.join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
			`export const collections = { items: defineCollection({ loader: glob({ pattern: '{documents,interpretations,briefs}/**/*.md', base: ${JSON.stringify(content)} }) }) };\n`,
	);
	writeFileSync(
		path.join(dir, 'src/pages/[...id].astro'),
		`---\nimport { getCollection, render } from 'astro:content';\n` +
			`export async function getStaticPaths() {\n\treturn (await getCollection('items')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
			`const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n` +
			`<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
	);
	return { ...(await buildMinimalAstro(dir)), pages: htmlFiles(path.join(dir, 'dist')) };
}

/** Builds the minimal Astro site in `dir` as it stands, keeping its cache (the publication's floor: Astro's own work). */
async function buildMinimalAstro(dir: string) {
	const run = await runMeasured(process.execPath, [path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (run.code !== 0) throw new Error(`the minimal Astro site did not build (${run.stopped ?? `exit ${run.code}`}):\n${run.output.slice(-3000)}`);
	return run;
}

async function sizeRun(pages: number, seed: number, root: string): Promise<Run> {
	const content = path.join(root, 'content');
	const next = path.join(root, 'content-next');
	const site = path.join(root, 'site');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	log(`\n## ${pages} content pages, in ${path.relative(ROOT, root)}`);
	generate(content, pages, seed);
	generate(next, pages, seed, 1);

	log('cold build …');
	const cold = await buildSite(content, site, { heapMB: undefined, log: (s) => process.stderr.write(s) });
	const htmlPages = htmlFiles(site);
	const indexMB = folderStats(path.join(site, 'pagefind')).bytes / MB;
	log(`cold build: ${cold.seconds.toFixed(1)} s, peak ${(cold.peakRssTreeBytes / 1e9).toFixed(2)} GB, ${htmlPages} HTML pages`);

	log('minimal Astro site over the same Markdown …');
	let minimal: Awaited<ReturnType<typeof minimalAstro>> | undefined;
	try {
		minimal = await minimalAstro(content, path.join(root, 'minimal-astro'));
		log(`minimal Astro: ${minimal.seconds.toFixed(1)} s, peak ${(minimal.peakTreeRss / 1e9).toFixed(2)} GB, ${minimal.pages} pages`);
	} catch (error) {
		log(`minimal Astro FAILED: ${error instanceof Error ? error.message : error}`);
	}

	log("Pagefind's CLI over the built pages …");
	const plain = await runMeasured(path.join(ROOT, 'node_modules/.bin/pagefind'), ['--site', site, '--output-path', path.join(root, 'pagefind-plain'), '--quiet']);
	const plainError = plain.code === 0 ? undefined : (plain.stopped ?? `exit ${plain.code}: ${plain.output.slice(-500)}`);
	log(`Pagefind CLI: ${plainError ? `FAILED (${plainError})` : `${plain.seconds.toFixed(1)} s`}, peak ${(plain.peakTreeRss / 1e9).toFixed(2)} GB`);
	rmSync(path.join(root, 'pagefind-plain'), { recursive: true, force: true });

	const minimalDir = path.join(root, 'minimal-astro');
	const added = addNewIssue(content, next);
	let minimalPublish: Awaited<ReturnType<typeof buildMinimalAstro>> | undefined;
	if (minimal) {
		log('minimal Astro site, the new issue added, built again with its cache …');
		try {
			minimalPublish = await buildMinimalAstro(minimalDir);
			log(`minimal Astro publication: ${minimalPublish.seconds.toFixed(1)} s, peak ${(minimalPublish.peakTreeRss / 1e9).toFixed(2)} GB`);
		} catch (error) {
			log(`minimal Astro publication FAILED: ${error instanceof Error ? error.message : error}`);
		}
	}
	rmSync(minimalDir, { recursive: true, force: true });
	log(`publication: ${added.length} files of the next issue added; building again with the cache …`);
	let publish: Awaited<ReturnType<typeof buildSite>> | undefined;
	let publishError: string | undefined;
	try {
		publish = await buildSite(content, site, { heapMB: undefined, keepCache: true, log: (s) => process.stderr.write(s) });
		log(`publication: ${publish.seconds.toFixed(1)} s, peak ${(publish.peakRssTreeBytes / 1e9).toFixed(2)} GB`);
	} catch (error) {
		publishError = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
		log(`publication FAILED: ${publishError}`);
	}

	log('cold build of the same content, to compare …');
	await buildSite(content, path.join(root, 'site-cold'), { heapMB: undefined, log: (s) => process.stderr.write(s) });
	const differ = publish ? differingFiles(site, path.join(root, 'site-cold')) : ['(the publication did not build)'];
	log(differ.length ? `published site differs from a cold build in ${differ.length} files: ${differ.slice(0, 5).join(', ')}` : 'published site is byte-identical to a cold build');
	rmSync(path.join(root, 'site-cold'), { recursive: true, force: true });
	rmSync(path.join(root, 'site-cold.cache'), { recursive: true, force: true });

	return {
		pages,
		htmlPages,
		coldSeconds: cold.seconds,
		peakRssMB: cold.peakRssTreeBytes / MB,
		indexSeconds: cold.indexLogSeconds,
		indexMB,
		publishSeconds: publish?.seconds ?? null,
		publishPeakRssMB: publish ? publish.peakRssTreeBytes / MB : null,
		...(publishError ? { publishError } : {}),
		publishIdentical: differ.length === 0,
		...(differ.length ? { publishDifferences: differ.slice(0, 20) } : {}),
		minimalAstroSeconds: minimal?.seconds ?? null,
		minimalAstroPeakRssMB: minimal ? minimal.peakTreeRss / MB : null,
		minimalAstroPublishSeconds: minimalPublish?.seconds ?? null,
		plainPagefindSeconds: plainError ? null : plain.seconds,
		plainPagefindPeakRssMB: plain.peakTreeRss / MB,
		...(plainError ? { plainPagefindError: plainError } : {}),
	};
}

function table(runs: Run[]): string {
	const n = (x: number | null, digits = 0) => (x == null || Number.isNaN(x) ? '–' : x.toLocaleString('zh-CN', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
	const ratio = (a: number | null, b: number | null) => (a == null || b == null ? '–' : `${(a / b).toFixed(2)} ×`);
	const lines = [
		'| content pages | HTML pages | cold build | peak memory | search index | publication | publication peak | identical | minimal Astro | minimal Astro peak | minimal Astro publication | cold ÷ minimal | peak ÷ minimal | Pagefind CLI | Pagefind CLI peak |',
		'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
	];
	for (const r of runs) {
		lines.push(
			`| ${n(r.pages)} | ${n(r.htmlPages)} | ${n(r.coldSeconds, 1)} s | ${n(r.peakRssMB)} MB | ${n(r.indexSeconds, 1)} s, ${n(r.indexMB, 1)} MB | ${r.publishSeconds == null ? 'failed' : `${n(r.publishSeconds, 1)} s (${((r.publishSeconds / r.coldSeconds) * 100).toFixed(0)}%)`} | ${n(r.publishPeakRssMB)} MB | ${r.publishIdentical ? 'yes' : 'NO'} | ${n(r.minimalAstroSeconds, 1)} s | ${n(r.minimalAstroPeakRssMB)} MB | ${r.minimalAstroPublishSeconds == null ? '–' : `${n(r.minimalAstroPublishSeconds, 1)} s (${((r.minimalAstroPublishSeconds / r.coldSeconds) * 100).toFixed(0)}% of our cold)`} | ${ratio(r.coldSeconds, r.minimalAstroSeconds)} | ${ratio(r.peakRssMB, r.minimalAstroPeakRssMB)} | ${r.plainPagefindSeconds == null ? 'failed' : `${n(r.plainPagefindSeconds, 1)} s`} | ${n(r.plainPagefindPeakRssMB)} MB |`,
		);
	}
	if (runs.length >= 2) {
		const [a, b] = [runs.at(-2)!, runs.at(-1)!];
		lines.push('', `From ${n(a.pages)} to ${n(b.pages)} content pages the cold build took ${(b.coldSeconds / a.coldSeconds).toFixed(2)} × the time.`);
	}
	return lines.join('\n');
}

async function main() {
	const { values } = parseArgs({
		options: {
			pages: { type: 'string', default: '12000,24000' },
			seed: { type: 'string', default: '20261128' },
			out: { type: 'string', default: path.join(ROOT, 'tmp/bench/build-results.json') },
		},
	});
	const sizes = values.pages.split(',').map(Number);
	if (sizes.some((p) => !Number.isInteger(p) || p < 50)) throw new Error('--pages takes whole numbers of at least 50, separated by commas');
	const seed = Number(values.seed);
	const commit = gitCommit();
	const runs: Run[] = [];
	const out = path.resolve(values.out);
	for (const pages of sizes) {
		runs.push(await sizeRun(pages, seed, path.join(ROOT, `tmp/bench/build-${pages}`)));
		mkdirSync(path.dirname(out), { recursive: true });
		// Written after every size, so that a later size that fails keeps the earlier ones.
		writeFileSync(out, JSON.stringify({ commit, machine: `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`, runs }, null, 2));
	}
	console.log(table(runs));
	log(`results: ${path.relative(ROOT, out)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
