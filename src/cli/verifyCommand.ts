/**
 * `gazette verify <folder or address>`: checks a copy of the gazette (a built
 * folder, a download, or the deployed site) against the integrity manifests
 * it carries, and names every file that differs or is missing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { verifyCopy, type ReadFile } from '../opendata/manifest.ts';
import { UsageError } from './report.ts';

/** Reads site paths from a folder, or over HTTP(S) from an address. */
export function copyReader(where: string): ReadFile {
	if (/^https?:\/\//i.test(where)) {
		return async (sitePath) => {
			const response = await fetch(new URL(sitePath, where.endsWith('/') ? where : `${where}/`));
			if (response.status === 404) return undefined;
			if (!response.ok) throw new Error(`${sitePath}: the server answered ${response.status} ${response.statusText}`);
			return new Uint8Array(await response.arrayBuffer());
		};
	}
	const root = path.resolve(where);
	return async (sitePath) => {
		const file = path.join(root, ...decodeURI(sitePath).split('/'));
		if (!file.startsWith(root + path.sep)) return undefined;
		try {
			return await readFile(file);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw error;
		}
	};
}

export async function runVerify(where: string | undefined): Promise<number> {
	if (!where) throw new UsageError('verify needs a folder (e.g. dist) or an address (e.g. https://gazette.example.org)');
	console.log(`Verifying ${where} against its integrity manifests …`);
	const { problems, checked } = await verifyCopy(copyReader(where));
	for (const p of problems) console.log(`${p.problem.toUpperCase().padEnd(8)} ${p.path}: ${p.detail}`);
	console.log(problems.length === 0 ? `All ${checked} files are as published.` : `${problems.length} of ${checked} files are not as published.`);
	return problems.length === 0 ? 0 : 1;
}
