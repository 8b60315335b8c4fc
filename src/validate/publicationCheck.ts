/**
 * Astro integration: after the pages are written, checks that nothing was
 * lost or broken on the way (src/gazette/publication.ts): every content file
 * has its one page, listed in its issue's table of contents, and every link
 * on every page leads to a page, file and anchor the site has. Reads the
 * content files and the built HTML, not the code that made one from the other.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readContent } from './files.ts';
import { contentDir } from '../gazette/paths.ts';
import { brokenLinks, publishedEntry, unpublished, type PublishedEntry } from './publication.ts';
import { archiveUrl, resolveSiteLink } from '../gazette/urls.ts';
import { builtPages } from '../gazette/builtPages.ts';
import { refuseBuild } from './refuseBuild.ts';

export default function publicationCheck(): AstroIntegration {
	return {
		name: 'gazette-publication-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages = await builtPages(outDir);
				const files = new Map(pages.map((p) => [p.url, p.file]));
				const read = (url: string) => readFile(files.get(url)!, 'utf8');
				const entries = readContent(contentDir())
					.map((f) => (f.data && typeof f.data === 'object' ? publishedEntry(f.file, f.collection, f.id, f.data as Record<string, unknown>) : undefined))
					.filter((e): e is PublishedEntry => e !== undefined);
				const listed = async (listing: string) => {
					// An issue's table of contents; the archive lists issues anywhere in its main text.
					const selector = listing === archiveUrl() ? 'main a[href]' : 'nav.toc a[href]';
					const anchors = selectAll(selector, fromHtml(files.has(listing) ? await read(listing) : ''));
					return new Set(anchors.map((a) => resolveSiteLink(String(a.properties.href), listing)).flatMap((r) => (typeof r === 'object' ? [r.pathname] : [])));
				};
				const listings = new Map<string, Set<string>>();
				for (const l of new Set(entries.map((e) => e.listedOn))) listings.set(l, await listed(l));
				const owners = new Map(entries.map((e) => [e.url, e.file]));
				// Every page links the same style sheets and scripts: look each file up once.
				const fileSeen = new Map<string, boolean>();
				const fileExists = (sitePath: string) => {
					if (!fileSeen.has(sitePath)) fileSeen.set(sitePath, existsSync(path.join(outDir, sitePath)) && statSync(path.join(outDir, sitePath)).isFile());
					return fileSeen.get(sitePath)!;
				};
				const problems = [
					...unpublished(entries, { pages: new Set(files.keys()), links: (listing) => listings.get(listing) ?? new Set() }),
					...(await brokenLinks(pages, read, fileExists, (url) => owners.get(url))),
				];
				if (problems.length > 0) refuseBuild(logger, `The built site lost or broke ${problems.length} thing${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
				logger.info(`every one of ${entries.length} content entries has its page and is listed in its issue; every link of ${pages.length} pages leads somewhere`);
			},
		},
	};
}
