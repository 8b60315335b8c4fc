import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addUnitAlias } from './unitsCommand.ts';
import { contentCopy, put, removeScratch, runCli } from './testkit.ts';

afterAll(removeScratch);

const TABLE = `# 责任单位 and their short names.
温州市财政局:
  aliases: [市财政局]
# Print uses only the full name.
在温通信运营商:
  aliases: []
温州市商务局:
  aliases:
    - 市商务局
温州市总工会:
  aliases: [市总工会] # as printed
`;

describe('addUnitAlias', () => {
	it('adds a short name to an entry’s list, keeping every other line as written', () => {
		const { text, added } = addUnitAlias(TABLE, '市财局', '温州市财政局', 'content/units.yaml');
		expect(added).toBe(true);
		expect(text).toBe(TABLE.replace('aliases: [市财政局]', 'aliases: [市财政局, 市财局]'));
	});

	it('fills an empty list, extends a block list and a list with a comment after it', () => {
		expect(addUnitAlias(TABLE, '通信运营商', '在温通信运营商', 'u.yaml').text).toBe(TABLE.replace('aliases: []', 'aliases: [通信运营商]'));
		expect(addUnitAlias(TABLE, '市商务部门', '温州市商务局', 'u.yaml').text).toBe(TABLE.replace('    - 市商务局\n', '    - 市商务局\n    - 市商务部门\n'));
		expect(addUnitAlias(TABLE, '市工会', '温州市总工会', 'u.yaml').text).toBe(TABLE.replace('aliases: [市总工会] # as printed', 'aliases: [市总工会, 市工会] # as printed'));
	});

	it('adds a unit the table lacks at the end', () => {
		expect(addUnitAlias(TABLE, '市档案局', '温州市档案局', 'u.yaml').text).toBe(`${TABLE}温州市档案局:\n  aliases: [市档案局]\n`);
		expect(addUnitAlias(TABLE.trimEnd(), '市档案局', '温州市档案局', 'u.yaml').text).toBe(`${TABLE}温州市档案局:\n  aliases: [市档案局]\n`);
	});

	it('quotes a name a flow list would misread', () => {
		const { text } = addUnitAlias(TABLE, '市财政局,国库处', '温州市财政局', 'u.yaml');
		expect(text).toContain('aliases: [市财政局, "市财政局,国库处"]');
	});

	it('changes nothing when the short name stands for that unit already', () => {
		expect(addUnitAlias(TABLE, '市财政局', '温州市财政局', 'u.yaml')).toEqual({ text: TABLE, added: false });
	});

	it('refuses a short name that stands for another unit, naming the file and the line', () => {
		expect(() => addUnitAlias(TABLE, '市财政局', '温州市商务局', 'content/units.yaml')).toThrow(
			'content/units.yaml:2: 市财政局 stands for 温州市财政局 already; change that entry first if print now means 温州市商务局 by it',
		);
	});
});

describe('gazette units', () => {
	const UNKNOWN = '### 一、工作措施\n\n1.做好测试工作。（责任单位：市住建局、市档案局）\n\n2.加强测试保障。（责任单位：某某工作专班）\n';
	const withMeasures = () => {
		const dir = contentCopy();
		const doc = readFileSync(path.join(dir, 'documents/2022-12/温政办-2022-96.md'), 'utf8');
		// The sample's 96号 with its body replaced by measures naming units the table lacks.
		put(dir, 'documents/2022-12/温政办-2022-96.md', doc.replace(/\n---\n[\s\S]*$/u, `\n---\n${UNKNOWN}`));
		return dir;
	};

	it('lists the short names the table lacks with the likely full names', async () => {
		const dir = withMeasures();
		put(dir, 'units.yaml', readFileSync(path.join(dir, 'units.yaml'), 'utf8').replace(/\n温州市住房和城乡建设局:\n  aliases: \[[^\]]*\]/u, '\n温州市住房和城乡建设局:\n  aliases: []'));
		const run = await runCli(['units'], dir);
		expect(run.code).toBe(0);
		expect(run.out.join('\n')).toContain('市住建局  →  温州市住房和城乡建设局');
		expect(run.out.join('\n')).toContain('市档案局  →  温州市档案局（新单位）');
		expect(run.out.join('\n')).toContain('某某工作专班  →  ?');
	});

	it('records one proposal with one command, and check no longer warns of it', async () => {
		const dir = withMeasures();
		const before = readFileSync(path.join(dir, 'units.yaml'), 'utf8');
		const run = await runCli(['units', 'add', '市档案局'], dir);
		expect(run.code).toBe(0);
		expect(readFileSync(path.join(dir, 'units.yaml'), 'utf8')).toBe(`${before}温州市档案局:\n  aliases: [市档案局]\n`);
		const check = await runCli(['check'], dir);
		expect(check.out.join('\n')).not.toContain('"市档案局"');
		expect(check.out.join('\n')).toContain('"某某工作专班" is not in content/units.yaml; add it with its full name: npm run gazette -- units add 某某工作专班 <full name>');
	});

	it('records every proposal with --all and names what it could not', async () => {
		const dir = withMeasures();
		const run = await runCli(['units', 'add', '--all'], dir);
		expect(run.code).toBe(0);
		const table = readFileSync(path.join(dir, 'units.yaml'), 'utf8');
		// 市档案局 → 温州市档案局 is a unit the table does not list: a guess at a name, left to the editor.
		expect(table).not.toContain('温州市档案局');
		expect(run.out.join('\n')).toContain('not recorded, a unit the table does not list: 市档案局 → 温州市档案局?');
		expect(run.out.join('\n')).toContain('not recorded, no full name is likely: 某某工作专班');
	});

	it('says so, and writes nothing, when no full name is likely and none is given', async () => {
		const dir = withMeasures();
		const before = readFileSync(path.join(dir, 'units.yaml'), 'utf8');
		const run = await runCli(['units', 'add', '某某工作专班'], dir);
		expect(run.code).toBe(1);
		expect(run.err.join('\n')).toBe('某某工作专班: no full name is likely for it; give it: npm run gazette -- units add 某某工作专班 <full name>');
		expect(readFileSync(path.join(dir, 'units.yaml'), 'utf8')).toBe(before);
	});

	it('is a usage error without a short name', async () => {
		expect((await runCli(['units', 'add'], contentCopy())).code).toBe(2);
		expect((await runCli(['units', 'remove', 'x'], contentCopy())).code).toBe(2);
	});
});
