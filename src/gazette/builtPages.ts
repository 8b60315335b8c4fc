/** The HTML pages a build wrote, for the steps that read them after the build. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface BuiltPage {
	/** Absolute path of the file. */
	file: string;
	/** Its address on the site: /documents/温政办-2022-94/ for documents/温政办-2022-94/index.html. */
	url: string;
}

/** Every .html file under outDir, in a stable order. */
export async function builtPages(outDir: string): Promise<BuiltPage[]> {
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.join(e.parentPath, e.name))
		.sort()
		.map((file) => ({ file, url: `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1') }));
}

/**
 * Every built page with its HTML, read one file at a time: an archive has
 * tens of thousands of pages, more than the files a process may hold open at
 * once (24,000 content pages failed with EMFILE when read all together).
 */
export async function readBuiltPages(outDir: string): Promise<(BuiltPage & { html: string })[]> {
	const out: (BuiltPage & { html: string })[] = [];
	for (const page of await builtPages(outDir)) out.push({ ...page, html: await readFile(page.file, 'utf8') });
	return out;
}
