/**
 * Backports the fix of withastro/astro#15672 to the pinned Astro 5.18.2 at
 * `npm install` (the package's postinstall).
 *
 * Astro keeps parsed and rendered content in a store in the build's cache, so a
 * build reads only the files that changed. In 5.18.2 a save of that store
 * requested while an earlier save is still being written writes the earlier
 * data again and reports the save complete before it is on disk: at 12,000
 * pages the monthly publication's build lost the new issue's entries. Astro
 * fixed it later (a save waits for the one in progress, then writes the store
 * as it is then); this script makes the same change to the installed file.
 *
 * Run as `tsx src/validate/astroStore.ts`; idempotent; when the installed
 * Astro is neither the one this fix was written for nor fixed upstream, it
 * says so, naming the file, and leaves it. The build keeps the store only
 * when the fix is in place (contentCheck.ts asks `astroStoreSavesSafely`),
 * and reads all content afresh otherwise.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeKey } from '../cache/codeKey.ts';
import { contentDir } from '../gazette/paths.ts';
import { SITE_FILE } from '../gazette/site.ts';
import { UNITS_FILE } from '../schemas/collections.ts';

export const MARKER = '/* gazette: saves serialised, withastro/astro#15672 */';

/** The installed file holding Astro's content store. */
export function storeFile(): string {
	const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
	return path.join(path.dirname(astroPackage), 'dist/content/mutable-data-store.js');
}

/** Each change as [what 5.18.2 has, what it becomes]. */
export const CHANGES: [string, string][] = [
	[
		'  #dirty = false;\n',
		`  #dirty = false;\n  ${MARKER}\n  #writeInProgress = false;\n  #writeQueued = false;\n`,
	],
	[
		'    if (!this.#saveTimeout && !this.#assetsSaveTimeout && !this.#modulesSaveTimeout && this.#savePromiseResolve) {',
		'    if (!this.#saveTimeout && !this.#assetsSaveTimeout && !this.#modulesSaveTimeout && !this.#writeInProgress && !this.#writeQueued && this.#savePromiseResolve) {',
	],
	[
		`    try {
      this.#dirty = false;
      await this.#writeFileAtomic(this.#file, this.toString());
    } catch (err) {
      throw new AstroError(AstroErrorData.UnknownFilesystemError, { cause: err });
    }
  }`,
		`    if (this.#writeInProgress) {
      this.#writeQueued = true;
      return;
    }
    try {
      this.#dirty = false;
      this.#writeInProgress = true;
      await this.#writeFileAtomic(this.#file, this.toString());
    } catch (err) {
      throw new AstroError(AstroErrorData.UnknownFilesystemError, { cause: err });
    } finally {
      this.#writeInProgress = false;
      if (this.#writeQueued) {
        this.#writeQueued = false;
        await this.writeToDisk();
      }
    }
  }`,
	],
];

/** The fixed text of the store's module, or an error naming what was not found. */
export function fixStoreSource(source: string, file: string): string {
	if (source.includes(MARKER)) return source;
	let fixed = source;
	for (const [from, to] of CHANGES) {
		if (fixed.split(from).length !== 2) {
			throw new Error(`${file}: not the Astro 5.18.2 this fix was written for (expected exactly once:\n${from}\n). Install the Astro version package.json pins (npm ci).`);
		}
		fixed = fixed.replace(from, () => to);
	}
	return fixed;
}

/** Whether the installed Astro saves its content store safely (fixed here, or fixed upstream). */
export function astroStoreSavesSafely(file = storeFile()): boolean {
	const source = readFileSync(file, 'utf8');
	return source.includes(MARKER) || source.includes('#writeInProgress');
}

/**
 * The key of what Astro's store holds besides the files' own text: Astro
 * clears it when its config text, content.config.ts or its version changes,
 * but not when the Markdown plugins (which make the stored HTML and its
 * anchors), the schemas, the content folder or the site's settings and 责任单位
 * table change. The build removes the store when this key differs from the
 * one it was made under.
 */
export async function contentStoreKey(): Promise<string> {
	const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
	const hash = createHash('sha256').update(await codeKey([path.join(src, 'content.config.ts'), path.join(src, 'plugins', 'markdown.ts')], src)).update(`\0${contentDir()}\0`);
	for (const name of [SITE_FILE, UNITS_FILE]) hash.update(await readFile(path.join(contentDir(), name)).catch(() => '')).update('\0');
	return hash.digest('hex');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const file = storeFile();
	if (!astroStoreSavesSafely(file)) {
		try {
			writeFileSync(file, fixStoreSource(readFileSync(file, 'utf8'), file));
			console.log(`fixed Astro's content store saves (withastro/astro#15672) in ${path.relative(process.cwd(), file)}`);
		} catch (error) {
			// Not fatal: without the fix every build reads all content afresh, and says so.
			console.warn(`${error instanceof Error ? error.message : error}\nBuilds will read all content afresh.`);
		}
	}
}
