/**
 * The editors' tool's command line: exit 2 and a message for anything
 * mistyped, help listing every command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDir, filesUnder, removeScratch, runCli } from './testkit.ts';

const COMMANDS = ['new-issue', 'publish', 'import', 'check', 'preview', 'help'];

let dir: string;
beforeAll(() => {
	dir = emptyDir();
});
afterAll(removeScratch);

describe('gazette help', () => {
	it.each([['help'], ['--help']])('%s lists every command with exit 0', async (arg) => {
		const run = await runCli([arg], dir);
		expect(run.code).toBe(0);
		expect(run.err).toEqual([]);
		const help = run.out.join('\n');
		for (const command of COMMANDS) expect(help).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
		for (const option of ['--issue', '--published', '--force', '--dry-run']) expect(help).toContain(option);
		expect(help).toContain('Exit codes: 0 done; 1 problems found; 2 the command line was wrong.');
		expect(help).toContain('GAZETTE_CONTENT_DIR');
	});

	it('with no command prints the help and exits 2', async () => {
		const run = await runCli([], dir);
		expect(run.code).toBe(2);
		expect(run.out.join('\n')).toContain('Commands:');
	});
});

describe('mistyped command lines: exit 2, a message, nothing written', () => {
	it.each([
		[['frobnicate'], 'unknown command frobnicate'],
		[['chek'], 'unknown command chek'],
		[['check', '--verbose'], 'unknown option --verbose'],
		[['new-issue', '2023-01', '--forse'], 'unknown option --forse'],
		[['import', 'samples/2022-12.txt', '--issue'], '--issue needs a value'],
		[['import', 'samples/2022-12.txt'], 'import needs --issue YYYY-MM'],
		[['import', 'samples/2022-12.txt', '--issue', '2022-13'], 'import needs --issue YYYY-MM'],
		[['import', '--issue', '2022-12'], 'import needs the file to read'],
		[['import', 'samples/2022-12.txt', '--issue', '2022-12', '--published', '2022-12-32'], '--published takes the publication date, YYYY-MM-DD'],
		[['new-issue'], 'new-issue needs the issue month'],
		[['publish', '2023/01'], 'publish needs the issue month'],
	])('%j', async (argv, message) => {
		const run = await runCli(argv, dir);
		expect(run.code).toBe(2);
		expect(run.out).toEqual([]);
		expect(run.err).toHaveLength(1);
		expect(run.err[0].startsWith(`gazette: ${message}`), run.err[0]).toBe(true);
		expect(run.err[0]).toMatch(/\nRun `npm run gazette -- help` for the commands\.$/);
		expect(filesUnder(dir)).toEqual([]);
	});
});
