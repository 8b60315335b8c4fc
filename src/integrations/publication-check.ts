/**
 * Astro integration: after the pages are written, checks that nothing was
 * lost on the way (src/gazette/publication.ts): every content file has its one
 * page, listed in its issue's table of contents. Reads the content files and
 * the built HTML, not the code that made one from the other.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readContent } from '../cli/contentFiles.ts';
import { contentDir } from '../gazette/paths.ts';
import { publishedEntry, unpublished, type PublishedEntry } from '../gazette/publication.ts';
import { archiveUrl } from '../gazette/urls.ts';
import { refuseBuild } from './refuse.ts';

/** /issues/2022-12/index.html → /issues/2022-12/ */
const sitePath = (outDir: string, file: string) => `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

export default function publicationCheck(): AstroIntegration {
	return {
		name: 'gazette-publication-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html'));
				const pages = new Set(files.map((e) => sitePath(outDir, path.join(e.parentPath, e.name))));
				const entries = readContent(contentDir())
					.map((f) => (f.data && typeof f.data === 'object' ? publishedEntry(f.file, f.collection, f.id, f.data as Record<string, unknown>) : undefined))
					.filter((e): e is PublishedEntry => e !== undefined);
				const listings = new Map<string, Set<string>>();
				for (const listing of new Set(entries.map((e) => e.listedOn))) {
					const file = path.join(outDir, listing, 'index.html');
					const html = pages.has(listing) ? await readFile(file, 'utf8') : '';
					// An issue's table of contents; the archive lists issues anywhere in its main text.
					const selector = listing === archiveUrl() ? 'main a[href]' : 'nav.toc a[href]';
					const hrefs = selectAll(selector, fromHtml(html)).map((a) => decodeURI(new URL(String(a.properties.href), 'https://site.invalid').pathname));
					listings.set(listing, new Set(hrefs));
				}
				const problems = unpublished(entries, { pages, links: (listing) => listings.get(listing) ?? new Set() });
				if (problems.length > 0) refuseBuild(logger, `${problems.length} content entr${problems.length === 1 ? 'y was' : 'ies were'} not published as written:\n${problems.join('\n')}`);
				logger.info(`every one of ${entries.length} content entries has its page and is listed in its issue`);
			},
		},
	};
}
