import { promises as fsp, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sourcesOf } from '../cache/codeKey.ts';
import { astroStoreSavesSafely, CHANGES, contentStoreKey, fixStoreSource, MARKER, storeFile } from './astroStore.ts';

interface Store {
	set(collection: string, key: string, value: unknown): void;
	get(collection: string, key: string): unknown;
	waitUntilSaveComplete(): Promise<void>;
}
interface StoreClass {
	fromFile(file: string): Promise<Store>;
}

const dirs: string[] = [];
afterEach(() => {
	vi.restoreAllMocks();
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("Astro's content store, as installed", () => {
	it('carries the fix (npm install ran the postinstall)', () => {
		expect(astroStoreSavesSafely()).toBe(true);
		expect(readFileSync(storeFile(), 'utf8')).toContain(MARKER);
	});

	it('keeps a save requested while an earlier one is being written, and reports the save complete only once it is on disk', async () => {
		const { MutableDataStore } = (await import(pathToFileURL(storeFile()).href)) as { MutableDataStore: StoreClass };
		const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-store-'));
		dirs.push(dir);
		const file = path.join(dir, 'data-store.json');
		const store = await MutableDataStore.fromFile(file);

		// Hold the first save at its last step, as a large store's write is held by the disk.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		let firstWriteStarted!: () => void;
		const started = new Promise<void>((resolve) => (firstWriteStarted = resolve));
		const rename = fsp.rename.bind(fsp);
		let renames = 0;
		vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
			if (renames++ === 0) {
				firstWriteStarted();
				await held;
			}
			return rename(from, to);
		});

		store.set('documents', 'old', { title: '一' });
		await started; // the debounced save of 'old' is being written
		store.set('documents', 'new', { title: '二' });
		const saved = store.waitUntilSaveComplete();
		let done = false;
		void saved.then(() => (done = true));
		await new Promise((r) => setTimeout(r, 50));
		expect(done).toBe(false); // not complete while the first write is held
		release();
		await saved;

		const reread = await MutableDataStore.fromFile(file);
		expect(reread.get('documents', 'old')).toEqual({ title: '一' });
		expect(reread.get('documents', 'new')).toEqual({ title: '二' });
	});
});

describe('fixStoreSource', () => {
	it('changes a fixed file no further', () => {
		const fixed = fixStoreSource(readFileSync(storeFile(), 'utf8'), 'x.js');
		expect(fixed).toContain(MARKER);
		expect(fixStoreSource(fixed, 'x.js')).toBe(fixed);
	});

	it("turns Astro 5.18.2's text into the installed one", () => {
		const installed = readFileSync(storeFile(), 'utf8');
		const original = CHANGES.reduceRight((text, [from, to]) => text.replace(to, () => from), installed);
		expect(original).not.toContain(MARKER);
		expect(original).not.toContain('#writeInProgress');
		expect(fixStoreSource(original, 'x.js')).toBe(installed);
	});

	it('refuses a file it was not written for, naming it', () => {
		expect(() => fixStoreSource('export class MutableDataStore {}', '/n/astro/dist/content/mutable-data-store.js')).toThrow(
			/^\/n\/astro\/dist\/content\/mutable-data-store\.js: not the Astro 5\.18\.2 this fix was written for/,
		);
	});
});

describe("the key of Astro's kept store", () => {
	it('covers the Markdown plugins, the anchors they write and the schemas, which Astro does not watch', async () => {
		const src = fileURLToPath(new URL('..', import.meta.url));
		const files = (await sourcesOf([path.join(src, 'content.config.ts'), path.join(src, 'plugins', 'markdown.ts')])).map((f) => path.relative(src, f));
		expect(files).toEqual(expect.arrayContaining(['plugins/remark-gazette-anchors.ts', 'plugins/rehype-gazette-sanitize.ts', 'gazette/anchors.ts', 'schemas/document.ts', 'schemas/collections.ts']));
	});

	it('changes with the content folder', async () => {
		const saved = process.env.GAZETTE_CONTENT_DIR;
		try {
			process.env.GAZETTE_CONTENT_DIR = 'content';
			const here = await contentStoreKey();
			process.env.GAZETTE_CONTENT_DIR = 'test/fixtures/other-city';
			expect(await contentStoreKey()).not.toBe(here);
		} finally {
			if (saved === undefined) delete process.env.GAZETTE_CONTENT_DIR;
			else process.env.GAZETTE_CONTENT_DIR = saved;
		}
	});
});
