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
 * manifest summary }, and the build's whole output to <siteDir>.build.log.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFileFor, ROOT, runMeasured, searchSourceFingerprint } from './lib.ts';

export const BUILD_DATE = '2026-11-28';

/** A project root of its own for a build: copies of the code, a link to node_modules/. */
function shadowProject(dir: string) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	// Copies, not links, of the code: through a link to src/ outside the project root the pages
	// were built without their style sheet. A copy also keeps edits made during a long build out of it.
	for (const name of ['src', 'public']) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
	for (const name of ['astro.config.ts', 'package.json', 'tsconfig.json']) copyFileSync(path.join(ROOT, name), path.join(dir, name));
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	return dir;
}

export interface BuildOptions {
	/** Progress lines from the build. */
	log?: (s: string) => void;
	/**
	 * Keep <siteDir>.cache (Astro's cache and the gazette's own) from the last build of
	 * this site, as a gazette office's machine or CI cache keeps it between months.
	 * Without it the build is cold.
	 */
	keepCache?: boolean;
	/** V8's old-space limit for Astro's process in MB; Node's default when undefined. */
	heapMB?: number;
}

export async function buildSite(contentDir: string, siteDir: string, { log = (s: string) => process.stderr.write(s), keepCache = false, heapMB = 8192 }: BuildOptions = {}) {
	contentDir = path.resolve(contentDir);
	siteDir = path.resolve(siteDir);
	const project = shadowProject(path.join(ROOT, 'tmp/bench/project'));
	rmSync(siteDir, { recursive: true, force: true });
	// Astro builds into the project and the site is moved out afterwards: with its outDir outside
	// the project root, Astro left its scratch files (content-assets.mjs, collections/) among the pages.
	const outDir = path.join(project, 'dist');
	if (!keepCache) rmSync(`${siteDir}.cache`, { recursive: true, force: true });
	const env = {
		...process.env,
		ASTRO_TELEMETRY_DISABLED: '1',
		GAZETTE_CONTENT_DIR: contentDir,
		GAZETTE_OUT_DIR: outDir,
		GAZETTE_CACHE_DIR: `${siteDir}.cache`,
		GAZETTE_BUILD_DATE: BUILD_DATE,
	};
	const searchCode = searchSourceFingerprint();
	const heap = heapMB ? [`--max-old-space-size=${heapMB}`] : [];
	let pending = '';
	const run = await runMeasured(process.execPath, [...heap, path.join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
		cwd: project,
		env,
		onOutput: (text) => {
			pending += text;
			const lines = pending.split('\n');
			pending = lines.pop() ?? '';
			for (const line of lines) if (/\[build\]|\[content\]|\[gazette|error/i.test(line)) log(`  astro: ${line.trim()}\n`);
		},
	});
	if (run.code === 0) renameSync(outDir, siteDir);
	// The project is scratch: do not leave a second copy of src/ lying around for other tools.
	rmSync(project, { recursive: true, force: true });
	writeFileSync(`${siteDir}.build.log`, run.output);
	if (run.code !== 0) throw new Error(`astro build ${run.stopped ?? `exited with ${run.code}`}:\n${run.output.slice(-4000)}`);
	const { output } = run;
	const manifestFile = manifestFileFor(contentDir);
	const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
	const info = {
		contentDir: path.relative(ROOT, contentDir),
		siteDir: path.relative(ROOT, siteDir),
		buildDate: BUILD_DATE,
		searchCode,
		heapMB: heapMB ?? null,
		keptCache: keepCache,
		seconds: run.seconds,
		// Largest single process and the sum over all processes of the build, sampled every 250 ms.
		peakRssBytes: run.peakLargestRss,
		peakRssTreeBytes: run.peakTreeRss,
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
