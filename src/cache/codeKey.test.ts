import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeKey, packageVersion, sourcesOf } from './codeKey.ts';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function project(files: Record<string, string>) {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-code-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
	return dir;
}

describe('codeKey', () => {
	it('follows relative imports and changes when any module it reaches changes', async () => {
		const dir = project({ 'a.ts': "import { b } from './b.ts';\nimport { x } from 'unified';\n", 'b.ts': "export { c } from './c.ts';\n", 'c.ts': 'export const c = 1;\n', 'd.ts': 'export const d = 1;\n' });
		expect((await sourcesOf(path.join(dir, 'a.ts'))).map((f) => path.basename(f))).toEqual(['a.ts', 'b.ts', 'c.ts']);
		const before = await codeKey(path.join(dir, 'a.ts'));
		writeFileSync(path.join(dir, 'd.ts'), 'export const d = 2;\n');
		expect(await codeKey(path.join(dir, 'a.ts'))).toBe(before);
		writeFileSync(path.join(dir, 'c.ts'), 'export const c = 2;\n');
		expect(await codeKey(path.join(dir, 'a.ts'))).not.toBe(before);
	});

	it('looks up the version of every package a module imports, passing over type-only imports', async () => {
		// mdast is a types package, not installed: a type-only import must not be looked up.
		const dir = project({ 'a.ts': "import type { Root } from 'mdast';\nimport { visit } from 'unist-util-visit';\n" });
		expect(await codeKey(path.join(dir, 'a.ts'))).toMatch(/^[0-9a-f]{64}$/);
		writeFileSync(path.join(dir, 'a.ts'), "import { thing } from 'no-such-package-of-the-gazette/sub';\n");
		await expect(codeKey(path.join(dir, 'a.ts'))).rejects.toThrow('no-such-package-of-the-gazette is not installed');
	});

	it('names a package that is not installed', async () => {
		await expect(packageVersion('no-such-package-of-the-gazette')).rejects.toThrow('no-such-package-of-the-gazette is not installed: run npm install');
	});
});
