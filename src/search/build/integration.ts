/**
 * Astro integration: after every build, indexes each content page's text with
 * Pagefind (through its Node API) into <outDir>/pagefind/, so that search is
 * part of `npm run build` with no separate step to remember.
 */
import type { AstroIntegration } from 'astro';
import { transformWithEsbuild, type Plugin } from 'vite';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { addSiteToIndex } from './indexSite.ts';

/**
 * The search page starts its worker from <head> (search.astro), so the
 * worker is bundled with the pages, which Astro leaves unminified.
 */
const minifyWorker = (): Plugin => ({
	name: 'gazette-minify-search-worker',
	renderChunk: (code, chunk) => transformWithEsbuild(code, chunk.fileName, { minify: true }),
});

export default function searchIndex(): AstroIntegration {
	return {
		name: 'gazette-search-index',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { worker: { plugins: () => [minifyWorker()] } } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const outDir = fileURLToPath(dir);
				const bundle = path.join(outDir, 'pagefind');
				await rm(bundle, { recursive: true, force: true });
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const { pages } = await addSiteToIndex(outDir, index);
				const written = await index.writeFiles({ outputPath: bundle });
				if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`indexed ${pages} pages for search in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
