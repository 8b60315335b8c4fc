/**
 * `gazette verify <folder or address> [--manifests-sha256 HEX]`: checks a
 * copy of the gazette (a built folder, a download, or the deployed site)
 * against the integrity manifests it carries, and names every file that
 * differs or is missing. A copy's own manifests prove it whole, not genuine:
 * whoever changes a file can change its manifest too. With the SHA-256 of
 * /api/manifests.json as the gazette office published it (the build prints
 * it), the check also proves the copy is the one published.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFESTS_INDEX, sha256Hex, siteFile, verifyCopy, type ReadFile } from '../opendata/manifest.ts';
import { UsageError } from './report.ts';

/** Reads site paths from a folder, or over HTTP(S) under an address (which may have a path, e.g. a mirror's folder). */
export function copyReader(where: string): ReadFile {
	if (/^https?:\/\//i.test(where)) {
		const base = new URL(where.endsWith('/') ? where : `${where}/`);
		return async (sitePath) => {
			const url = new URL(sitePath.replace(/^\/+/, ''), base);
			// A manifest names paths on the site: never another host or a place above the address.
			if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return undefined;
			const response = await fetch(url);
			if (response.status === 404) return undefined;
			if (!response.ok) throw new Error(`${sitePath}: the server answered ${response.status} ${response.statusText}`);
			return new Uint8Array(await response.arrayBuffer());
		};
	}
	const root = path.resolve(where);
	return async (sitePath) => {
		const file = siteFile(root, sitePath);
		if (!file) return undefined;
		try {
			return await readFile(file);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
			throw error;
		}
	};
}

export async function runVerify(where: string | undefined, expected?: string | true): Promise<number> {
	if (!where) throw new UsageError('verify needs a folder (e.g. dist) or an address (e.g. https://gazette.example.org)');
	if (expected === true || (expected !== undefined && !/^[0-9a-f]{64}$/i.test(expected))) throw new UsageError('--manifests-sha256 needs the 64 hex digits the gazette office published');
	console.log(`Verifying ${where} against its integrity manifests …`);
	const read = copyReader(where);
	if (expected) {
		const index = await read(MANIFESTS_INDEX);
		const actual = index ? sha256Hex(index) : undefined;
		if (actual?.toLowerCase() !== expected.toLowerCase()) {
			console.log(`DIFFERS  ${MANIFESTS_INDEX}: SHA-256 ${actual ?? '(missing)'}, published ${expected.toLowerCase()}: this is not the copy that was published`);
			return 1;
		}
	}
	const { problems, checked } = await verifyCopy(read);
	for (const p of problems) console.log(`${p.problem.toUpperCase().padEnd(8)} ${p.path}: ${p.detail}`);
	console.log(problems.length === 0 ? `All ${checked} files are as published${expected ? ', and the manifests are the ones published' : ''}.` : `${problems.length} of ${checked} files are not as published.`);
	return problems.length === 0 ? 0 : 1;
}
