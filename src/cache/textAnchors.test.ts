import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { textAnchors } from '../gazette/markdownAnchors.ts';
import { fileURLToPath } from 'node:url';
import { sourcesOf } from './codeKey.ts';
import { openTextAnchorsCache, textAnchorsCode } from './textAnchors.ts';

const PLAN = '一、总体要求\n\n1.稳定生产。（责任单位：市经信局、市财政局）\n\n2.保障用工。（责任单位：市人力社保局）\n';
const RULES = '第一条　为了规范管理，制定本办法。\n\n第二条　本办法自发布之日起施行。\n';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function cacheFile() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'gazette-anchors-'));
	dirs.push(dir);
	return path.join(dir, 'cache', 'gazette-text-anchors.json');
}

describe('the text anchors cache', () => {
	it('gives what reading the Markdown gives, and the next build takes it from the file without reading again', async () => {
		const file = cacheFile();
		const first = await openTextAnchorsCache({ file, key: 'code-1' });
		expect(first.anchors(PLAN)).toEqual(textAnchors(PLAN));
		expect(first.anchors(PLAN).measures.map((m) => m.units)).toEqual([['市经信局', '市财政局'], ['市人力社保局']]);
		expect(first.anchors(RULES).ids).toEqual(['article-1', 'article-2']);
		expect([first.read, first.reused]).toEqual([2, 0]);
		await first.save();

		const next = await openTextAnchorsCache({ file, key: 'code-1' });
		expect(next.anchors(PLAN)).toEqual(textAnchors(PLAN));
		expect(next.anchors(RULES)).toEqual(textAnchors(RULES));
		expect([next.read, next.reused]).toEqual([0, 2]);
	});

	it('reads a changed text again', async () => {
		const file = cacheFile();
		const first = await openTextAnchorsCache({ file, key: 'code-1' });
		first.anchors(PLAN);
		await first.save();
		const changed = PLAN.replace('市人力社保局', '市人力社保局、市医保局');
		const next = await openTextAnchorsCache({ file, key: 'code-1' });
		expect(next.anchors(changed).measures[1].units).toEqual(['市人力社保局', '市医保局']);
		expect([next.read, next.reused]).toEqual([1, 0]);
	});

	it('keeps only the texts of the last build: a removed text leaves the file', async () => {
		const file = cacheFile();
		const first = await openTextAnchorsCache({ file, key: 'code-1' });
		first.anchors(PLAN);
		first.anchors(RULES);
		await first.save();
		const next = await openTextAnchorsCache({ file, key: 'code-1' });
		next.anchors(RULES);
		await next.save();
		expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).texts)).toHaveLength(1);
		const third = await openTextAnchorsCache({ file, key: 'code-1' });
		third.anchors(PLAN);
		expect(third.read).toBe(1);
	});

	it('starts empty when the code that reads anchors changed, or the file is not a cache', async () => {
		const file = cacheFile();
		const first = await openTextAnchorsCache({ file, key: 'code-1' });
		first.anchors(PLAN);
		await first.save();
		const otherCode = await openTextAnchorsCache({ file, key: 'code-2' });
		otherCode.anchors(PLAN);
		expect(otherCode.read).toBe(1);

		writeFileSync(file, '{"key":"code-1","texts":');
		const cut = await openTextAnchorsCache({ file, key: 'code-1' });
		expect(cut.anchors(PLAN)).toEqual(textAnchors(PLAN));
		expect(cut.read).toBe(1);
	});

	it("keys the code by the anchor reader's sources, as far as its imports reach", async () => {
		const files = (await sourcesOf(fileURLToPath(new URL('../gazette/markdownAnchors.ts', import.meta.url)))).map((f) => path.basename(f));
		expect(files).toEqual(expect.arrayContaining(['markdownAnchors.ts', 'anchors.ts', 'units.ts', 'numerals.ts']));
		expect(await textAnchorsCode()).toMatch(/^[0-9a-f]{64}$/);
	});
});
