/**
 * Integrity: what was published, file by file, so that anyone can check a
 * copy of the gazette. Each issue has a manifest (/issues/YYYY-MM/manifest.json)
 * listing its items' pages, data files and content sources with their SHA-256;
 * /api/manifests.json lists the manifests with theirs. The build writes the
 * lists (Astro endpoints), then fills in the hashes of the files as written
 * (manifestIntegration.ts), after every other step that changes pages.
 * `gazette verify` checks a folder or a deployed site against them. Pure.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { manifestsApiUrl } from '../gazette/urls.ts';

export const MANIFESTS_INDEX = manifestsApiUrl();

export interface ManifestFile {
	/** Site path of the file, e.g. /documents/温政办-2022-94/index.html. */
	path: string;
	/** Hex SHA-256 of its bytes; filled in after the build. */
	sha256?: string;
	bytes?: number;
}

export interface IssueManifest {
	/** `YYYY-MM`. */
	issue: string;
	files: ManifestFile[];
}

export interface ManifestsIndex {
	manifests: { issue: string; path: string; sha256?: string }[];
}

/** The file a site path names under a built folder; undefined for a path that is malformed or leads outside it. */
export function siteFile(root: string, sitePath: string): string | undefined {
	let decoded: string;
	try {
		decoded = decodeURI(sitePath);
	} catch {
		return undefined;
	}
	const base = path.resolve(root);
	const file = path.resolve(base, `.${decoded}`);
	return file.startsWith(base + path.sep) ? file : undefined;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The site path of a page's file: /documents/x/ → /documents/x/index.html. */
export const pageFile = (url: string) => (url.endsWith('/') ? `${url}index.html` : url);

/** A problem with a copy, naming the file. */
export interface VerifyProblem {
	path: string;
	problem: 'missing' | 'differs' | 'unlisted hash';
	detail: string;
}

/** Reads a file of the copy by site path; undefined when it is not there. */
export type ReadFile = (path: string) => Promise<Uint8Array | undefined>;

/** Checks every file a manifest lists against what `read` finds; [] when the copy is exactly what was published. */
export async function verifyFiles(files: ManifestFile[], read: ReadFile): Promise<VerifyProblem[]> {
	const problems: VerifyProblem[] = [];
	for (const file of files) {
		if (!file.sha256) {
			problems.push({ path: file.path, problem: 'unlisted hash', detail: 'the manifest gives no SHA-256 for it (the build did not finish writing the manifests)' });
			continue;
		}
		const bytes = await read(file.path);
		if (!bytes) problems.push({ path: file.path, problem: 'missing', detail: 'not in the copy' });
		else if (sha256Hex(bytes) !== file.sha256) problems.push({ path: file.path, problem: 'differs', detail: `SHA-256 ${sha256Hex(bytes)}, published ${file.sha256}` });
	}
	return problems;
}

/** Checks a whole copy: the index, each manifest against the index, each file against its manifest. */
export async function verifyCopy(read: ReadFile): Promise<{ problems: VerifyProblem[]; checked: number }> {
	const indexBytes = await read(MANIFESTS_INDEX);
	if (!indexBytes) return { problems: [{ path: MANIFESTS_INDEX, problem: 'missing', detail: 'no list of manifests: is this a copy of the gazette?' }], checked: 0 };
	const index = JSON.parse(new TextDecoder().decode(indexBytes)) as ManifestsIndex;
	const problems = await verifyFiles(index.manifests.map((m) => ({ path: m.path, sha256: m.sha256 })), read);
	let checked = index.manifests.length + 1;
	for (const entry of index.manifests) {
		if (problems.some((p) => p.path === entry.path)) continue;
		const manifest = JSON.parse(new TextDecoder().decode((await read(entry.path))!)) as IssueManifest;
		problems.push(...(await verifyFiles(manifest.files, read)));
		checked += manifest.files.length;
	}
	return { problems, checked };
}
