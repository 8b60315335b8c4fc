/**
 * Astro integration: after the build, puts the site's Content-Security-Policy
 * (policy.ts) into every page as <meta http-equiv>, so that it holds on any
 * static host, and writes the same policy with the headers a meta element
 * cannot carry to `_headers`. The hashes are of the inline scripts the built
 * pages actually hold, so a changed script can never be silently blocked.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../gazette/builtPages.ts';
import { refuseBuild } from '../validate/refuseBuild.ts';
import { headersFile, inlineScripts, metaPolicy, OWN_INLINE_SCRIPT, scriptHash, securityHeaders, withPolicyMeta } from './policy.ts';

export default function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'gazette-content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// Two passes, one page in memory at a time: the inline scripts' hashes first, then the policy into every page.
				const pages = await builtPages(outDir);
				const hashes = new Set<string>();
				for (const page of pages) {
					for (const script of inlineScripts(await readFile(page.file, 'utf8'))) {
						if (!script.own) {
							refuseBuild(logger, `${path.relative(outDir, page.file)} holds an inline script that is not the site's own (${OWN_INLINE_SCRIPT}); the Content-Security-Policy allows only the site's scripts: remove it, or give a script of the site's templates that attribute`);
						}
						hashes.add(scriptHash(script.source));
					}
				}
				const policy = metaPolicy(hashes);
				for (const page of pages) {
					const html = withPolicyMeta(await readFile(page.file, 'utf8'), policy);
					if (html === undefined) refuseBuild(logger, `${path.relative(outDir, page.file)} has no <meta charset="utf-8"> to put the Content-Security-Policy after; every page must be rendered through layouts/Base.astro`);
					await writeFile(page.file, html);
				}
				await writeFile(path.join(outDir, '_headers'), headersFile(securityHeaders(hashes)));
				logger.info(`Content-Security-Policy in ${pages.length} pages and _headers (${hashes.size} inline script${hashes.size === 1 ? '' : 's'} allowed by hash)`);
			},
		},
	};
}
