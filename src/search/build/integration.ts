/**
 * Astro integration: after every build, indexes each content page's text with
 * Pagefind (through its Node API) into <outDir>/pagefind/, so that search is
 * part of `npm run build` with no separate step to remember. The index is
 * built in parts, one per period, and parts whose pages did not change are
 * taken from Astro's cache folder (indexSite.ts).
 */
import type { AstroIntegration } from 'astro';
import { transformWithEsbuild, type Plugin } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite } from './indexSite.ts';

/**
 * The search page starts its worker from <head> (search.astro), so the
 * worker is bundled with the pages, which Astro leaves unminified.
 */
const minifyWorker = (): Plugin => ({
	name: 'gazette-minify-search-worker',
	renderChunk: (code, chunk) => transformWithEsbuild(code, chunk.fileName, { minify: true }),
});

export default function searchIndex(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'gazette-search-index',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { worker: { plugins: () => [minifyWorker()] } } });
			},
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const outDir = fileURLToPath(dir);
				const indexed = await indexSite(outDir, path.join(outDir, 'pagefind'), {
					cacheDir,
					progress: (part, done, total) => logger.debug(`indexed ${part.pages} pages of ${part.period} (${done}/${total})`),
				});
				const reused = indexed.periods - indexed.indexedPeriods;
				logger.info(
					`indexed ${indexed.pages} pages for search in ${((Date.now() - started) / 1000).toFixed(1)} s: ${indexed.periods} periods, ${indexed.indexedPeriods} indexed${reused ? `, ${reused} unchanged (from the cache)` : ''}`,
				);
			},
		},
	};
}
