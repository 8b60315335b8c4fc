/**
 * The key of what the build caches for the next build: the sources of the
 * modules that compute it and the versions of the packages they use. A
 * change to any of them changes the key, so nothing is ever reused from
 * code that would compute it differently; timestamps play no part.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Where `file`'s relative and package imports lead. */
function importsOf(source: string): { relative: string[]; packages: string[] } {
	// Type-only imports leave no code behind (and name type packages such as mdast, which are not installed as such).
	const specs = [...source.matchAll(/^\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
	return {
		relative: specs.filter((s) => s.startsWith('./') || s.startsWith('../')),
		// A package's name is its first segment, or its first two when scoped; node: and astro: modules are no packages.
		packages: specs.filter((s) => !s.startsWith('.') && !/^(node|astro):/.test(s)).map((s) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/')),
	};
}

/** `entries` and every module of ours they import, followed through relative imports, sorted; and the packages those import. */
export async function sourcesOf(entries: string | string[]): Promise<string[]> {
	return (await reach([entries].flat())).files;
}

async function reach(entries: string[]): Promise<{ files: string[]; packages: string[] }> {
	const seen = new Set<string>();
	const packages = new Set<string>();
	const visit = async (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const imports = importsOf(await readFile(file, 'utf8'));
		for (const name of imports.packages) packages.add(name);
		for (const spec of imports.relative) await visit(path.resolve(path.dirname(file), spec));
	};
	for (const entry of entries) await visit(entry);
	return { files: [...seen].sort(), packages: [...packages].sort() };
}

/** A package's version; its package.json is looked for where Node looks for the package (some export none). */
export async function packageVersion(name: string): Promise<string> {
	const file = (require.resolve.paths(name) ?? []).map((dir) => path.join(dir, name, 'package.json')).find((f) => existsSync(f));
	if (!file) throw new Error(`${name} is not installed: run npm install`);
	return JSON.parse(await readFile(file, 'utf8')).version as string;
}

/** The project's package-lock.json above `dir`, which pins the packages' own dependencies (a parser's tokenizer, say). */
function lockFileAbove(dir: string): string | undefined {
	for (let d = dir; ; d = path.dirname(d)) {
		if (existsSync(path.join(d, 'package-lock.json'))) return path.join(d, 'package-lock.json');
		if (path.dirname(d) === d) return undefined;
	}
}

/**
 * The key of the code behind a cache: the sources `entries` reach (named
 * relative to `root`), the versions of the packages they import, and the
 * project's lock file.
 */
export async function codeKey(entries: string | string[], root = path.dirname([entries].flat()[0])): Promise<string> {
	const reached = await reach([entries].flat());
	const hash = createHash('sha256');
	for (const name of reached.packages) hash.update(`${name}@${await packageVersion(name)}\0`);
	for (const file of reached.files) hash.update(path.relative(root, file)).update('\0').update(await readFile(file)).update('\0');
	const lock = lockFileAbove(root);
	if (lock) hash.update(await readFile(lock));
	return hash.digest('hex');
}
