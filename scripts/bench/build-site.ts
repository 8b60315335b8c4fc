#!/usr/bin/env node
/**
 * Builds a gazette from a content folder, the way test/support/build.ts does
 * (GAZETTE_CONTENT_DIR, GAZETTE_OUT_DIR, GAZETTE_CACHE_DIR, GAZETTE_BUILD_DATE),
 * and records how long it took and how much memory it used:
 *
 *   tsx scripts/bench/build-site.ts [contentDir] [siteDir]
 *
 * Defaults: tmp/bench/synthetic-content → tmp/bench/site. The build runs from
 * its own project root, tmp/bench/project (copies of src/, public/ and the
 * config files, a link to node_modules/), because Astro keeps scratch files
 * such as .astro/content-assets.mjs in the project root: a test build of the
 * sample running at the same time in the repo would overwrite them (we saw the
 * synthetic build fail with the sample's image imports, LocalImageUsedWrongly).
 *
 * Writes <siteDir>.build.json: { seconds, peakRssBytes (largest process),
 * peakRssTreeBytes (all processes of the build together, sampled every 250 ms),
 * indexLogSeconds (the search integration's own log line), pages, content
 * manifest summary }.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childPids, currentRss, manifestFileFor, ROOT, searchSourceFingerprint } from './lib.ts';

/** Every descendant of a process. */
function descendants(pid: number): number[] {
	const out: number[] = [];
	for (const child of childPids(pid)) out.push(child, ...descendants(child));
	return out;
}

export const BUILD_DATE = '2026-11-28';

function shadowProject() {
	const dir = path.join(ROOT, 'tmp/bench/project');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	// Copies, not links, of the code: through a link to src/ outside the project root the pages
	// were built without their style sheet. A copy also keeps edits made during a long build out of it.
	for (const name of ['src', 'public']) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
	for (const name of ['astro.config.ts', 'package.json', 'tsconfig.json']) copyFileSync(path.join(ROOT, name), path.join(dir, name));
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

export async function buildSite(contentDir: string, siteDir: string, { log = (s: string) => process.stderr.write(s) } = {}) {
	contentDir = path.resolve(contentDir);
	siteDir = path.resolve(siteDir);
	const project = shadowProject();
	rmSync(siteDir, { recursive: true, force: true });
	rmSync(`${siteDir}.cache`, { recursive: true, force: true });
	const env = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		GAZETTE_CONTENT_DIR: contentDir,
		GAZETTE_OUT_DIR: siteDir,
		GAZETTE_CACHE_DIR: `${siteDir}.cache`,
		GAZETTE_BUILD_DATE: BUILD_DATE,
	};
	const searchCode = searchSourceFingerprint();
	const started = performance.now();
	const peaks = { largest: 0, tree: 0 };
	const output = await new Promise<string>((resolve, reject) => {
		const child = spawn('/usr/bin/time', ['-f', 'BENCH_MAXRSS_KB=%M', process.execPath, '--max-old-space-size=8192', path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
			cwd: project,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		// /usr/bin/time sees Astro's Node process but not the Pagefind service it starts (never waited for):
		// sample every process of the build instead, the largest one and the sum.
		const sampler = setInterval(() => {
			let sum = 0;
			for (const pid of descendants(child.pid!)) {
				const rss = currentRss(pid) ?? 0;
				sum += rss;
				peaks.largest = Math.max(peaks.largest, rss);
			}
			peaks.tree = Math.max(peaks.tree, sum);
		}, 250);
		child.on('close', () => clearInterval(sampler));
		const take = (d: Buffer | string) => {
			out += d;
			for (const line of String(d).split('\n')) if (/\[build\]|\[gazette-search-index\]|error/i.test(line)) log(`  astro: ${line.trim()}\n`);
		};
		child.stdout.on('data', take);
		child.stderr.on('data', take);
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`astro build exited with ${code}:\n${out.slice(-4000)}`))));
	});
	const seconds = (performance.now() - started) / 1000;
	// The project is scratch: do not leave a second copy of src/ lying around for other tools.
	rmSync(project, { recursive: true, force: true });
	writeFileSync(`${siteDir}.build.log`, output);
	const manifestFile = manifestFileFor(contentDir);
	const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
	const info = {
		contentDir: path.relative(ROOT, contentDir),
		siteDir: path.relative(ROOT, siteDir),
		buildDate: BUILD_DATE,
		searchCode,
		seconds,
		// Largest single process (sampled every 250 ms), and the sum over all processes of the build.
		peakRssBytes: Math.max(peaks.largest, Number(/BENCH_MAXRSS_KB=(\d+)/.exec(output)?.[1] ?? 0) * 1024),
		peakRssTreeBytes: peaks.tree,
		peakRssAstroBytes: Number(/BENCH_MAXRSS_KB=(\d+)/.exec(output)?.[1] ?? NaN) * 1024,
		astroPages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN),
		indexedPages: Number(/indexed (\d+) pages for search/.exec(output)?.[1] ?? NaN),
		indexLogSeconds: Number(/indexed \d+ pages for search in ([\d.]+) s/.exec(output)?.[1] ?? NaN),
		content: { seed: manifest.seed, contentPages: manifest.contentPages, counts: manifest.counts, contentBytes: manifest.contentBytes },
	};
	writeFileSync(`${siteDir}.build.json`, JSON.stringify(info, null, 2));
	return info;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [content = path.join(ROOT, 'tmp/bench/synthetic-content'), site = path.join(ROOT, 'tmp/bench/site')] = process.argv.slice(2);
	const info = await buildSite(content, site);
	console.log(JSON.stringify(info, null, 2));
}
