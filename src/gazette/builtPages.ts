/**
 * The HTML pages a build wrote, for the steps that read them after the build.
 * Those steps read one page at a time: an archive's pages together are
 * gigabytes, and more files than a process may hold open at once.
 */
import { readdir } from 'node:fs/promises';
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
