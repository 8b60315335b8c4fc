/**
 * The monthly workflow end to end: a new printed issue is imported into the
 * sample gazette with one command, then two more months at once from a
 * folder (one citing and repealing the first, one repealing the second's),
 * checked with no errors, and built; nothing of the content already there
 * changes, and the issues' cross-references resolve on the built pages.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_ISSUE, syntheticIssue } from '../../src/importer/testkit.ts';
import { ROOT, buildSite, removeBuild, type BuildResult } from '../support/build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'gazette-import-'));
const content = path.join(work, 'content');
const input = path.join(work, '2023-01.txt');
const folder = path.join(work, 'back-issues');

function gazette(...args: string[]) {
	const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'src/cli/gazette.ts'), ...args], {
		cwd: ROOT,
		// A cache of its own: the test's texts stay out of the developer's node_modules/.astro.
		env: { ...process.env, GAZETTE_CONTENT_DIR: content, GAZETTE_CACHE_DIR: `${content}.cache` },
		encoding: 'utf8',
	});
	return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Every file under a folder with its content hash. */
function snapshot(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
	return new Map(files.map((e) => {
		const file = path.join(e.parentPath, e.name);
		return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
	}));
}

let before: Map<string, string>;
let imported: ReturnType<typeof gazette>;
let importedFolder: ReturnType<typeof gazette>;
let checked: ReturnType<typeof gazette>;
let build: BuildResult;

beforeAll(async () => {
	cpSync(path.join(ROOT, 'content'), content, { recursive: true });
	writeFileSync(input, SYNTHETIC_ISSUE);
	before = snapshot(content);
	imported = gazette('import', input, '--issue', '2023-01', '--published', '2023-01-31');
	mkdirSync(folder);
	writeFileSync(path.join(folder, '温州市人民政府公报2023年第2期.txt'), syntheticIssue({ month: 2, subject: '检测', extra: ['根据《温州市测试资金办法》（温财发〔2023〕5号），做好检测资金保障。', '《温州市测试管理办法》（温政发〔2023〕1号）同时废止。'] }));
	writeFileSync(path.join(folder, '2023-03.txt'), syntheticIssue({ month: 3, subject: '监测', extra: ['《温州市检测资金办法》（温财发〔2023〕6号）同时废止。'] }));
	importedFolder = gazette('import', folder);
	checked = gazette('check');
	build = await buildSite({ contentDir: content });
}, 240_000);

afterAll(() => {
	if (build) removeBuild(build.outDir);
	rmSync(work, { recursive: true, force: true });
});

describe('importing a new issue into the sample gazette', () => {
	it('imports with one command and says what it found and what to check', () => {
		expect(imported.code, imported.output).toBe(0);
		expect(imported.output).toMatch(/documents\s+2\s+温政发〔2023〕1号；温财发〔2023〕5号/);
		expect(imported.output).toMatch(/WARNING .*2023-01\.txt:\d+/);
	});

	it('leaves every file that was there untouched', () => {
		const after = snapshot(content);
		for (const [file, hash] of before) expect(after.get(file), file).toBe(hash);
		expect(after.size).toBeGreaterThan(before.size);
	});

	it('passes check with no errors', () => {
		expect(checked.code, checked.output).toBe(0);
		expect(checked.output).toMatch(/\n0 error\(s\)/);
	});

	it('builds, with the new issue, its documents and its interpretations', () => {
		expect(build.code, build.output).toBe(0);
		for (const page of ['issues/2023-01', 'documents/温政发-2023-1', 'documents/温财发-2023-5', 'issues/2023-01/personnel', 'issues/2023-01/chronicle', 'issues/2023-01/statistics']) {
			expect(existsSync(path.join(build.outDir, page, 'index.html')), page).toBe(true);
		}
		const api = JSON.parse(readFileSync(path.join(build.outDir, 'api/documents.json'), 'utf8')) as { documents: { docNumber: string; interpretations: string[]; issuers: string[] }[] };
		const joint = api.documents.find((d) => d.docNumber === '温财发〔2023〕5号')!;
		expect(joint.issuers).toEqual(['温州市财政局', '温州市审计局']);
		expect(joint.interpretations).toHaveLength(1);
		expect(api.documents.filter((d) => d.docNumber.includes('2022'))).toHaveLength(5);
	});

	it('imports two more months from a folder with one command, and their pages resolve the issues’ references to each other', () => {
		expect(importedFolder.code, importedFolder.output).toBe(0);
		for (const page of ['issues/2023-02', 'issues/2023-03', 'documents/温政发-2023-3', 'documents/温财发-2023-7']) expect(existsSync(path.join(build.outDir, page, 'index.html')), page).toBe(true);
		const page = (slug: string) => readFileSync(path.join(build.outDir, 'documents', slug, 'index.html'), 'utf8');
		// February cites January's 资金办法 and repeals its 管理办法; March repeals February's 资金办法.
		expect(page('温政发-2023-3')).toContain('href="/documents/温财发-2023-5/"');
		expect(page('温政发-2023-1')).toMatch(/data-status="repealed"/);
		expect(page('温政发-2023-1')).toContain('href="/documents/温政发-2023-3/">温政发〔2023〕3号</a>废止');
		expect(page('温财发-2023-6')).toContain('href="/documents/温政发-2023-5/">温政发〔2023〕5号</a>废止');
		expect(page('温财发-2023-5')).not.toMatch(/data-status="repealed"/);
	});

	it('refuses to import the same issue again without --force, writing nothing', () => {
		const again = gazette('import', input, '--issue', '2023-01');
		expect(again.code).toBe(1);
		expect(again.output).toMatch(/exist already; nothing was written/);
	});
});
