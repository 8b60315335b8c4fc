/**
 * What `npm install` may run: every installed package with an install script
 * is reviewed in package.json's `allowScripts`, so the install prints no
 * advisory today and does the same when npm blocks unreviewed scripts.
 */
import { readFileSync } from 'node:fs';
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
