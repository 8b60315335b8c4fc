/**
 * `gazette import`: only what does not depend on how well the importer reads
 * the text: the input must exist, --dry-run writes nothing, and without
 * --force nothing is written when any target exists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticIssue } from '../importer/testkit.ts';
import { contentCopy, emptyDir, filesUnder, put, removeScratch, runCli, shown, type CliRun } from './testkit.ts';

const SAMPLE = 'samples/2022-12.txt';

afterAll(removeScratch);

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Map<string, string> {
	return new Map(filesUnder(dir).map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]));
}

describe('gazette import', () => {
	it('a missing input file: exit 1, nothing written', async () => {
		const dir = emptyDir();
		const run = await runCli(['import', 'samples/no-such-issue.txt', '--issue', '2023-01'], dir);
		expect(run.code).toBe(1);
		expect(run.err).toEqual(['samples/no-such-issue.txt: no such file']);
		expect(filesUnder(dir)).toEqual([]);
	});

	it('without --issue: exit 2 and a usage message', async () => {
		const dir = emptyDir();
		const run = await runCli(['import', SAMPLE], dir);
		expect(run.code).toBe(2);
		expect(run.err.join('\n')).toContain('import needs --issue YYYY-MM');
		expect(filesUnder(dir)).toEqual([]);
	});

	it('into a content folder without site.yaml: says the issuer codes are needed, and writes nothing', async () => {
		const dir = emptyDir();
		const run = await runCli(['import', SAMPLE, '--issue', '2022-12'], dir);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toContain('The importer files documents by the issuer codes in site.yaml (issuerCodes); create or correct it first');
		expect(filesUnder(dir)).toEqual([]);
	});

	describe('--dry-run into a content folder holding only site.yaml', () => {
		let dir: string;
		let run: CliRun;
		beforeAll(async () => {
			dir = emptyDir();
			put(dir, 'site.yaml', readFileSync('content/site.yaml'));
			run = await runCli(['import', SAMPLE, '--issue', '2022-12', '--dry-run'], dir);
		});

		it('exits 0 and writes nothing', () => {
			expect(run.code).toBe(0);
			expect(filesUnder(dir)).toEqual(['site.yaml']);
			expect(run.out.at(-1)).toBe('\nDry run: nothing was written.');
		});

		it('names what it would write, all inside the content folder', () => {
			const would = run.out.filter((l) => l.startsWith('would write '));
			expect(would.length).toBeGreaterThan(0);
			for (const line of would) {
				const target = path.resolve(line.replace(/^would write (placeholder )?/, ''));
				expect(path.relative(dir, target).startsWith('..'), line).toBe(false);
			}
			expect(run.out.filter((l) => /^(wrote|overwrote) /.test(l))).toEqual([]);
		});
	});

	describe('into a content folder that already holds the issue, without --force', () => {
		let dir: string;
		let before: Map<string, string>;
		let run: CliRun;
		beforeAll(async () => {
			dir = contentCopy();
			before = snapshot(dir);
			run = await runCli(['import', SAMPLE, '--issue', '2022-12'], dir);
		});

		it('exits 1 and writes nothing', () => {
			expect(run.code).toBe(1);
			expect(snapshot(dir)).toEqual(before);
			expect(run.out.filter((l) => /^(wrote|overwrote|would write) /.test(l))).toEqual([]);
		});

		it('lists the files that exist already, and says how to overwrite them', () => {
			const message = run.err.find((l) => l.includes('These files exist already'));
			expect(message).toBeDefined();
			expect(message).toContain('nothing was written (use --force to overwrite them)');
			const listed = message!.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
			expect(listed.length).toBeGreaterThan(0);
			for (const file of listed) expect(before.has(path.relative(dir, path.resolve(file))), file).toBe(true);
			// The issue file is one of them: every import writes content/issues/<month>.yaml.
			expect(listed).toContain(shown(path.join(dir, 'issues/2022-12.yaml')));
		});

		it('--dry-run refuses in the same way', async () => {
			const dry = await runCli(['import', SAMPLE, '--issue', '2022-12', '--dry-run'], dir);
			expect(dry.code).toBe(1);
			expect(dry.err.join('\n')).toContain('These files exist already');
			expect(snapshot(dir)).toEqual(before);
		});
	});
});

describe('gazette import FOLDER: several issues at once', () => {
	// January as the importer's tests know it; February cites and repeals a January document; March repeals one of February's and one the gazette never held.
	const MONTHS = {
		'2023-01.txt': syntheticIssue(),
		'温州市人民政府公报2023年第2期.txt': syntheticIssue({ month: 2, subject: '检测', extra: ['根据《温州市测试资金办法》（温财发〔2023〕5号），做好检测资金保障。', '《温州市测试管理办法》（温政发〔2023〕1号）同时废止。'] }),
		'2023-03.txt': syntheticIssue({ month: 3, subject: '监测', extra: ['《温州市检测资金办法》（温财发〔2023〕6号）同时废止。', '《温州市旧监测规定》（温政办〔2019〕88号）同时废止。'] }),
	};
	const folderWith = (files: Record<string, string>) => {
		const folder = emptyDir('gazette-issues-');
		for (const [name, text] of Object.entries(files)) put(folder, name, text);
		return folder;
	};

	describe('into a copy of the sample gazette', () => {
		let dir: string;
		let before: Map<string, string>;
		let run: CliRun;
		let check: CliRun;
		beforeAll(async () => {
			dir = contentCopy();
			before = snapshot(dir);
			run = await runCli(['import', folderWith(MONTHS)], dir);
			check = await runCli(['check'], dir);
		});

		it('imports every issue in month order, with a progress line each', () => {
			expect(run.code, run.all).toBe(0);
			expect(run.out.filter((l) => /^\[\d\/3\]/.test(l)).map((l) => l.slice(0, 14))).toEqual(['[1/3] 2023-01 ', '[2/3] 2023-02 ', '[3/3] 2023-03 ']);
			for (const month of ['2023-01', '2023-02', '2023-03']) expect(filesUnder(dir)).toContain(`issues/${month}.yaml`);
			expect(filesUnder(dir)).toEqual(expect.arrayContaining(['documents/2023-01/温政发-2023-1.md', 'documents/2023-02/温政发-2023-3.md', 'documents/2023-03/温政发-2023-5.md', 'documents/2023-03/温财发-2023-7.md']));
		});

		it('writes the repeals of documents the gazette holds, and warns to confirm them, naming the input file and line', () => {
			const feb = readFileSync(path.join(dir, 'documents/2023-02/温政发-2023-3.md'), 'utf8');
			expect(feb).toContain('repeals:\n  - docNumber: 温政发〔2023〕1号\n');
			const mar = readFileSync(path.join(dir, 'documents/2023-03/温政发-2023-5.md'), 'utf8');
			expect(mar).toContain('repeals:\n  - docNumber: 温财发〔2023〕6号\n');
			expect(mar).not.toContain('温政办〔2019〕88号\n');
			const warning = run.out.find((l) => l.includes('温政发〔2023〕3号 repeals: 温政发〔2023〕1号 written as repealed'));
			expect(warning).toMatch(/WARNING .*温州市人民政府公报2023年第2期\.txt:\d+ /);
			expect(run.out.some((l) => /WARNING .*2023-03\.txt:\d+ .*温政办〔2019〕88号, which the gazette does not hold: nothing written/.test(l))).toBe(true);
		});

		it('gives one summary and one list of warnings for all the issues', () => {
			expect(run.out.filter((l) => l === '\nFound:')).toHaveLength(1);
			expect(run.out.filter((l) => /field\(s\) to check by hand/.test(l))).toHaveLength(1);
			expect(run.out.at(-1)).toBe('\nDone: 3 issues. Next: npm run gazette -- check');
		});

		it('leaves what was there untouched, and check finds no error', () => {
			const after = snapshot(dir);
			for (const [file, bytes] of before) expect(after.get(file), file).toBe(bytes);
			expect(check.code, check.out.filter((l) => l.startsWith('ERROR')).join('\n')).toBe(0);
		});
	});

	it('writes nothing for any issue when one file has no month, naming it', async () => {
		const dir = contentCopy();
		const before = snapshot(dir);
		const run = await runCli(['import', folderWith({ '2023-01.txt': MONTHS['2023-01.txt'], 'scan-0042.txt': MONTHS['2023-03.txt'] })], dir);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toContain('scan-0042.txt:1: no issue month in its name or masthead; name the file after the month it covers');
		expect(snapshot(dir)).toEqual(before);
	});

	it('writes nothing when two files are one month, or one document is printed in two issues', async () => {
		const dir = contentCopy();
		const before = snapshot(dir);
		const twice = await runCli(['import', folderWith({ '2023-01.txt': MONTHS['2023-01.txt'], '2023年1月.txt': MONTHS['2023-01.txt'] })], dir);
		expect(twice.code).toBe(1);
		expect(twice.err.join('\n')).toMatch(/2023-01\.txt and .*2023年1月\.txt are both issue 2023-01; keep one/);
		const reprinted = await runCli(['import', folderWith({ '2023-01.txt': MONTHS['2023-01.txt'], '2023-04.txt': MONTHS['2023-01.txt'].replaceAll('2023年1月', '2023年4月') })], dir);
		expect(reprinted.code).toBe(1);
		expect(reprinted.err.join('\n')).toMatch(/温政发〔2023〕1号 is printed as a document in .*2023-01\.txt:\d+ and in .*2023-04\.txt:\d+; one issue carries each document/);
		expect(snapshot(dir)).toEqual(before);
	});

	it('takes no --issue: each file says its own month', async () => {
		const run = await runCli(['import', folderWith(MONTHS), '--issue', '2023-01'], contentCopy());
		expect(run.code).toBe(2);
	});
});
