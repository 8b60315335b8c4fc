import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { responsibleUnitsOf, unitResolver, type UnitEntry } from './units.ts';

describe('responsibleUnitsOf', () => {
	it.each([
		['full-width colon', '1.鼓励市外员工留温。对企业发放补助。（责任单位：市人力社保局、市财政局）', ['市人力社保局', '市财政局']],
		['ASCII colon', '9.强化企业安全生产。指导企业落实责任。（责任单位:市应急管理局）', ['市应急管理局']],
		['a trailing 。', '4.保障职工合法权益。及时化解纠纷。（责任单位：市人力社保局）。', ['市人力社保局']],
		['a trailing ASCII full stop', '4.保障职工合法权益。（责任单位：市人力社保局）.', ['市人力社保局']],
		['white space after the closing parenthesis', '4.保障职工合法权益。（责任单位：市人力社保局） ', ['市人力社保局']],
		['half-width parentheses and spaces', '4.保障职工合法权益。(责任单位 : 市人力社保局 )', ['市人力社保局']],
		['several separators: 、，,；;', '（责任单位：市经信局、市财政局，市商务局,市税务局；市公安局;团市委）', ['市经信局', '市财政局', '市商务局', '市税务局', '市公安局', '团市委']],
		['white space around names', '（责任单位： 市经信局 、 市财政局 ）', ['市经信局', '市财政局']],
		['empty parts dropped', '（责任单位：市经信局、、市财政局）', ['市经信局', '市财政局']],
	])('%s', (_name, paragraph, units) => {
		expect(responsibleUnitsOf(paragraph)).toEqual(units);
	});

	it.each([
		['no 责任单位', '1.鼓励市外员工留温。对企业发放补助。'],
		['责任单位 not at the end of the measure', '（责任单位：市财政局）负责资金兑付。'],
		['another parenthesis', '（试行）'],
		['no units named', '（责任单位：）'],
	])('null for %s', (_name, paragraph) => {
		expect(responsibleUnitsOf(paragraph)).toBeNull();
	});
});

describe('unitResolver', () => {
	const entries: UnitEntry[] = [
		{ name: '温州市人力资源和社会保障局', aliases: ['市人力社保局', '市人社局'] },
		{ name: '温州市财政局', aliases: ['市财政局'] },
		{ name: '在温通信运营商', aliases: [] },
	];

	it('finds a unit by its full name or any alias', () => {
		const resolve = unitResolver(entries);
		expect(resolve('温州市人力资源和社会保障局')).toBe('温州市人力资源和社会保障局');
		expect(resolve('市人力社保局')).toBe('温州市人力资源和社会保障局');
		expect(resolve('市人社局')).toBe('温州市人力资源和社会保障局');
		expect(resolve('市财政局')).toBe('温州市财政局');
		expect(resolve('在温通信运营商')).toBe('在温通信运营商');
	});

	it('ignores white space in the printed name', () => {
		expect(unitResolver(entries)(' 市财 政局\n')).toBe('温州市财政局');
	});

	it('is undefined for a unit the table does not know', () => {
		expect(unitResolver(entries)('市新设局')).toBeUndefined();
		expect(unitResolver(entries)('财政局')).toBeUndefined();
	});

	it('refuses an alias listed for two units, naming both', () => {
		const conflicting = [...entries, { name: '温州市人民政府', aliases: ['市财政局'] }];
		expect(() => unitResolver(conflicting)).toThrow('unit name 市财政局 is listed for both 温州市财政局 and 温州市人民政府');
	});

	it('refuses a full name that is another unit’s alias', () => {
		expect(() => unitResolver([...entries, { name: '市人社局', aliases: [] }])).toThrow(/市人社局 is listed for both 温州市人力资源和社会保障局 and 市人社局/);
	});

	it('accepts an alias that repeats the unit’s own name', () => {
		expect(unitResolver([{ name: '温州市财政局', aliases: ['温州市财政局', '市财政局'] }])('温州市财政局')).toBe('温州市财政局');
	});

	it('resolves every name in content/units.yaml to its unit, without conflicts', () => {
		const table = parseYaml(readFileSync(new URL('../../content/units.yaml', import.meta.url), 'utf8')) as Record<string, { aliases: string[] }>;
		const units = Object.entries(table).map(([name, u]) => ({ name, aliases: u.aliases ?? [] }));
		expect(units.length).toBeGreaterThan(0);
		const resolve = unitResolver(units);
		for (const u of units) for (const n of [u.name, ...u.aliases]) expect(resolve(n), n).toBe(u.name);
	});
});
