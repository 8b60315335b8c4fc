/**
 * Astro integration: `npm run build` starts with `gazette check`, so the build
 * refuses exactly what the editors' tool reports, with the same words, before
 * Astro reads a file. Astro's own schema errors stay behind it as a second line.
 *
 * Astro keeps parsed and rendered content in a store in the build's cache and
 * reads only changed files on the next build. Astro 5.18.2 can lose the last
 * save of a large store (withastro/astro#15672: at 12,000 pages a build that
 * kept the store missed the month's new entries); `npm install` applies the
 * fix (astroStore.ts). Where the fix is not in place, the build removes the
 * store and reads all content afresh, saying so.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TEXT_ANCHORS_CACHE_ENV, textAnchorsCacheIn } from '../cache/textAnchors.ts';
import { astroStoreSavesSafely, contentStoreKey } from './astroStore.ts';
import type { AstroIntegration } from 'astro';
import { checkContent } from './check.ts';
import { formatProblem } from '../cli/report.ts';
import { contentDir } from '../gazette/paths.ts';
import { refuseBuild } from './refuseBuild.ts';

/** Beside Astro's store in the cache folder: the key of the code and settings it was made under. */
const STORE_KEY_FILE = 'gazette-content-store.key';

/** The build's error for a report with errors: every problem on its own line, as `check` prints it. */
export function buildRefusal(errors: Parameters<typeof formatProblem>[1][]): string {
	const lines = errors.map((p) => formatProblem('ERROR', p));
	return [`The gazette content has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was built:`, ...lines, 'Fix them and build again (`npm run gazette -- check` lists them without building).'].join('\n');
}

export default function contentCheck(): AstroIntegration {
	let building = false;
	return {
		name: 'gazette-content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				building = command === 'build';
				if (!building) return;
				const started = Date.now();
				// Texts' anchors as the last build read them, for the check and then the query module.
				const { location, cache: texts } = await textAnchorsCacheIn(fileURLToPath(config.cacheDir));
				const report = await checkContent(contentDir(), { anchors: texts.anchors });
				if (report.errors.length > 0) refuseBuild(logger, buildRefusal(report.errors));
				await texts.save();
				process.env[TEXT_ANCHORS_CACHE_ENV] = JSON.stringify(location);
				logger.info(`content checked in ${((Date.now() - started) / 1000).toFixed(1)} s: no errors, ${report.warnings.length} warning(s) (npm run gazette -- check lists them); ${texts.read} texts read, ${texts.reused} unchanged (from the cache)`);
			},
			'astro:config:done': async ({ config, logger }) => {
				// Builds only: `astro dev` keeps its own store, which a build must not take away.
				if (!building) return;
				const store = new URL('data-store.json', config.cacheDir);
				if (!astroStoreSavesSafely()) {
					logger.warn("Astro's content store is not saved safely by the installed Astro (withastro/astro#15672); reading all content afresh. Run npm install to apply the fix.");
					await rm(store, { force: true });
					return;
				}
				// A store made by other plugins, schemas or settings holds pages they would not make.
				const stampFile = new URL(STORE_KEY_FILE, config.cacheDir);
				const key = await contentStoreKey();
				if ((await readFile(stampFile, 'utf8').catch(() => '')) !== key) {
					await rm(store, { force: true });
					await mkdir(config.cacheDir, { recursive: true });
					await writeFile(stampFile, key);
				}
			},
		},
	};
}
