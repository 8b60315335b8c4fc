/**
 * Malformed content (test/fixtures/bad-content.ts), one mistake at a time on a
 * copy of the sample: `gazette check` reports exactly the expected errors, and
 * the build refuses the same content with the same lines, before Astro reads
 * a file, and without a stack trace. Input that is read as if clean (a BOM,
 * CRLF) passes both, and builds the same pages.
 *
 * Builds run one after another: every build of this project shares
 * <repo>/.astro (Astro's generated content modules), so two at once can break each other.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validate/check.ts';
import { formatProblem } from '../../src/cli/report.ts';
import { BAD_CONTENT, expectedErrors, type BadContent } from '../fixtures/bad-content.ts';
import { buildSite, removeBuild } from '../support/build.ts';
import { CONTENT, Site, squash, text } from './helpers.ts';

const temporary: string[] = [];
afterAll(() => {
	for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the sample content with the case's change, in a folder of its own (cases put files beside content/). */
function fixture(bad: BadContent): string {
	const parent = mkdtempSync(path.join(tmpdir(), 'gazette-bad-'));
	temporary.push(parent);
	const dir = path.join(parent, 'content');
	mkdirSync(dir);
	cpSync(CONTENT, dir, { recursive: true });
	bad.change(dir);
	return dir;
}

const shown = (absolute: string) => path.relative(process.cwd(), absolute);
/** The log as a reader sees it: no colour codes. */
const readable = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

const refused = BAD_CONTENT.filter((c) => c.errors.length > 0);
const readAsClean = BAD_CONTENT.filter((c) => c.errors.length === 0);

describe('bad content: the cases', () => {
	it('cover at least thirty kinds of refused input, each named once', () => {
		expect(refused.length).toBeGreaterThanOrEqual(30);
		expect(new Set(BAD_CONTENT.map((c) => c.name)).size).toBe(BAD_CONTENT.length);
	});
});

describe('gazette check reports exactly the expected errors', () => {
	it.each(BAD_CONTENT)('$name', async (bad) => {
		const dir = fixture(bad);
		const report = await checkContent(dir);
		expect(report.errors).toEqual(expectedErrors(bad, dir, shown));
	});
});

describe('the build refuses the same content with the same lines', () => {
	it.each(refused)('$name', async (bad) => {
		const dir = fixture(bad);
		const result = await buildSite({ contentDir: dir });
		temporary.push(result.outDir, `${result.outDir}.cache`);
		const log = readable(result.output);
		expect(result.code, log).toBe(1);
		expect(log).toContain(`The gazette content has ${bad.errors.length} error${bad.errors.length === 1 ? '' : 's'}; nothing was built:`);
		for (const problem of expectedErrors(bad, dir, shown)) expect(log).toContain(formatProblem('ERROR', problem));
		expect(log).not.toMatch(/Stack trace|^\s+at /m);
		expect(log).not.toContain('[build] Complete!');
	});
});

describe('input read as if it were clean builds the same pages', () => {
	let sample: Site;
	it.each(readAsClean)('$name', async (bad) => {
		if (!sample) {
			const built = await buildSite();
			temporary.push(built.outDir, `${built.outDir}.cache`);
			expect(built.code, built.output).toBe(0);
			sample = new Site(built.outDir);
		}
		const result = await buildSite({ contentDir: fixture(bad) });
		temporary.push(result.outDir, `${result.outDir}.cache`);
		expect(result.code, readable(result.output)).toBe(0);
		const site = new Site(result.outDir);
		for (const url of ['/documents/温政办-2022-94/', '/documents/温政办-2022-96/', '/issues/2022-12/', '/issues/2022-12/chronicle/']) {
			expect(squash(text(site.page(url).querySelector('main'))), url).toBe(squash(text(sample.page(url).querySelector('main'))));
		}
		removeBuild(result.outDir);
	});
});
