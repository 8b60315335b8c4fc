/**
 * `gazette import`: only what does not depend on how well the importer reads
 * the text: the input must exist, --dry-run writes nothing, and without
 * --force nothing is written when any target exists.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
