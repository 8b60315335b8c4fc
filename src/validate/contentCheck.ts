/**
 * Astro integration: `npm run build` starts with `gazette check`, so the build
 * refuses exactly what the editors' tool reports, with the same words, before
 * Astro reads a file. Astro's own schema errors stay behind it as a second line.
 *
 * It also removes Astro's content store from the cache before Astro reads
 * the content: Astro 5.18 can lose the last save of a large store when an
 * earlier save is still being written (withastro/astro#15672), and a build
 * that kept the store then missed the month's new entries (seen at 12,000
 * pages: the publication check refused the build). Every build reads the
 * content afresh; the search index's parts stay cached (src/search/build/).
 */
import { rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { checkContent } from './check.ts';
import { formatProblem } from '../cli/report.ts';
import { contentDir } from '../gazette/paths.ts';
import { refuseBuild } from './refuseBuild.ts';

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
			'astro:config:setup': async ({ command, logger }) => {
				building = command === 'build';
				if (!building) return;
				const started = Date.now();
				const report = await checkContent(contentDir());
				if (report.errors.length > 0) refuseBuild(logger, buildRefusal(report.errors));
				logger.info(`content checked in ${((Date.now() - started) / 1000).toFixed(1)} s: no errors, ${report.warnings.length} warning(s) (npm run gazette -- check lists them)`);
			},
			'astro:config:done': async ({ config }) => {
				// Builds only: `astro dev` keeps its own store, which a build must not take away.
				if (building) await rm(new URL('data-store.json', config.cacheDir), { force: true });
			},
		},
	};
}
