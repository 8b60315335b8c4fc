/**
 * Astro integration: after the build (and after the security policy has been
 * put into every page), fills in the SHA-256 of every file each issue's
 * manifest lists, then of each manifest in /api/manifests.json. A listed file
 * the build did not write stops the build, naming it.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { refuseBuild } from '../validate/refuseBuild.ts';
import { MANIFESTS_INDEX, sha256Hex, siteFile, type IssueManifest, type ManifestFile, type ManifestsIndex } from './manifest.ts';

export default function integrityManifests(): AstroIntegration {
	return {
		name: 'gazette-integrity-manifests',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const fileOf = (sitePath: string) => siteFile(outDir, sitePath) ?? refuseBuild(logger, `the integrity manifest lists ${sitePath}, which is not a path on the site`);
				const hashed = async (file: ManifestFile): Promise<ManifestFile> => {
					let bytes: Buffer;
					try {
						bytes = await readFile(fileOf(file.path));
					} catch {
						return refuseBuild(logger, `the integrity manifest lists ${file.path}, which the build did not write`);
					}
					return { path: file.path, sha256: sha256Hex(bytes), bytes: bytes.length };
				};
				const indexFile = fileOf(MANIFESTS_INDEX);
				const index = JSON.parse(await readFile(indexFile, 'utf8')) as ManifestsIndex;
				let files = 0;
				for (const entry of index.manifests) {
					const manifest = JSON.parse(await readFile(fileOf(entry.path), 'utf8')) as IssueManifest;
					const filled: IssueManifest = { ...manifest, files: [] };
					for (const file of manifest.files) filled.files.push(await hashed(file));
					files += filled.files.length;
					const text = `${JSON.stringify(filled, null, 2)}\n`;
					await writeFile(fileOf(entry.path), text);
					entry.sha256 = sha256Hex(Buffer.from(text));
				}
				const indexText = `${JSON.stringify(index, null, 2)}\n`;
				await writeFile(indexFile, indexText);
				// The one number to publish with the issue: readers check a copy against it (gazette verify --manifests-sha256).
				logger.info(`integrity manifests for ${index.manifests.length} issue(s): ${files} files with their SHA-256; ${MANIFESTS_INDEX} SHA-256 ${sha256Hex(Buffer.from(indexText))}`);
			},
		},
	};
}
