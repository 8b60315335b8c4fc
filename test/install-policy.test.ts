/**
 * What `npm install` may run: every installed package with an install script
 * is reviewed in package.json's `allowScripts`, so the install prints no
 * advisory today and does the same when npm blocks unreviewed scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build.ts';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; hasInstallScript?: boolean; optional?: boolean }> };

/** Installed packages with an install script, as name@version. */
const withScripts = Object.entries(lock.packages)
	.filter(([where, p]) => where !== '' && p.hasInstallScript)
	.map(([where, p]) => `${where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${p.version}`);

/** The allowScripts entry that covers a package: `name@version` or `name`. */
const decision = (id: string) => {
	const name = id.slice(0, id.lastIndexOf('@'));
	return manifest.allowScripts?.[id] ?? manifest.allowScripts?.[name];
};

describe('install scripts', () => {
	it('the lock file lists the packages that have one', () => {
		expect(withScripts.length).toBeGreaterThan(0);
	});

	it.each(withScripts)('%s is reviewed in allowScripts', (id) => {
		expect(typeof decision(id)).toBe('boolean');
	});

	it('none is allowed to run: the project needs no dependency’s install script', () => {
		expect(withScripts.filter((id) => decision(id) === true)).toEqual([]);
	});
});

describe('declared packages', () => {
	/** Every package a source, test or script file imports (types included), by name. */
	const imported = () => {
		const files = ['src', 'test', 'scripts'].flatMap((dir) =>
			readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
				.filter((f) => /\.(ts|mts|mjs|astro)$/.test(f))
				.map((f) => path.join(ROOT, dir, f)),
		);
		const names = new Set<string>();
		for (const file of [...files, path.join(ROOT, 'astro.config.ts'), path.join(ROOT, 'vitest.config.ts')]) {
			const source = readFileSync(file, 'utf8');
			const specifiers = [
				...source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
				...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
				...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
			].map((m) => m[1]);
			for (const specifier of specifiers) {
				if (/^(node|astro):|^[./]/.test(specifier)) continue;
				names.add(/^(@[^/]+\/[^/]+|[^/]+)/.exec(specifier)![1]);
			}
		}
		return [...names].sort();
	};
	const manifestAll = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
	const declared = new Set([...Object.keys(manifestAll.dependencies), ...Object.keys(manifestAll.devDependencies)]);
	/** A type-only package is declared as its @types package. */
	const isDeclared = (name: string) => declared.has(name) || declared.has(`@types/${name}`);

	it('every package the code and tests import is in package.json', () => {
		const names = imported();
		expect(names).toContain('astro');
		expect(names.filter((n) => !isDeclared(n))).toEqual([]);
	});
});
