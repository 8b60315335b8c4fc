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

/** `entry` and every module of ours it imports, followed through relative imports, sorted. */
export async function sourcesOf(entry: string): Promise<string[]> {
	const seen = new Set<string>();
	const visit = async (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = await readFile(file, 'utf8');
		for (const [, spec] of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)) await visit(path.resolve(path.dirname(file), spec));
	};
	await visit(entry);
	return [...seen].sort();
}

/** A package's version; its package.json is looked for where Node looks for the package (some export none). */
export async function packageVersion(name: string): Promise<string> {
	const file = (require.resolve.paths(name) ?? []).map((dir) => path.join(dir, name, 'package.json')).find((f) => existsSync(f));
	if (!file) throw new Error(`${name} is not installed: run npm install`);
	return JSON.parse(await readFile(file, 'utf8')).version as string;
}

/** The key of the code behind a cache: `entry`'s sources (named relative to `root`) and the packages' versions. */
export async function codeKey(entry: string, packages: string[], root = path.dirname(entry)): Promise<string> {
	const hash = createHash('sha256');
	for (const name of packages) hash.update(`${name}@${await packageVersion(name)}\0`);
	for (const file of await sourcesOf(entry)) hash.update(path.relative(root, file)).update('\0').update(await readFile(file)).update('\0');
	return hash.digest('hex');
}
