import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { proposeUnit } from './unitProposals.ts';
import { unitResolver, type UnitEntry } from './units.ts';

const TABLE: UnitEntry[] = [
	{ name: '温州市住房和城乡建设局', aliases: [] },
	{ name: '温州市市场监督管理局', aliases: [] },
	{ name: '温州市卫生健康委员会', aliases: [] },
	{ name: '温州市妇女联合会', aliases: [] },
	{ name: '温州市人民政府外事办公室', aliases: [] },
	{ name: '温州市人民政府国有资产监督管理委员会', aliases: [] },
	{ name: '温州市科学技术局', aliases: [] },
	{ name: '温州市科学技术协会', aliases: [] },
	{ name: '中共温州市委宣传部', aliases: [] },
	{ name: '温州市财政局', aliases: ['市财政局'] },
	{ name: '温州市自然资源和规划局', aliases: [] },
	{ name: '温州市生态环境局', aliases: [] },
];
const propose = (printed: string) => proposeUnit(printed, TABLE, '温州市');

describe('proposeUnit: a short name the table lacks, matched by print’s patterns', () => {
	it.each([
		['市住建局', '温州市住房和城乡建设局'],
		['市市场监管局', '温州市市场监督管理局'],
		['市卫健委', '温州市卫生健康委员会'],
		['市卫生健康委', '温州市卫生健康委员会'],
		['市妇联', '温州市妇女联合会'],
		['市外办', '温州市人民政府外事办公室'],
		['市国资委', '温州市人民政府国有资产监督管理委员会'],
		['市科技局', '温州市科学技术局'],
		['市科协', '温州市科学技术协会'],
		['市委宣传部', '中共温州市委宣传部'],
		['市资源规划局', '温州市自然资源和规划局'],
		['温州市住建局', '温州市住房和城乡建设局'],
		['市 住建局', '温州市住房和城乡建设局'],
	])('%s → %s, a unit the table lists', (printed, name) => {
		expect(propose(printed)).toEqual({ name, listed: true });
	});

	it('proposes the city’s X局 for 市X局 when the table has nothing like it', () => {
		expect(propose('市档案局')).toEqual({ name: '温州市档案局', listed: false });
		expect(propose('市海洋与渔业局')).toEqual({ name: '温州市海洋与渔业局', listed: false });
	});

	it('proposes nothing when it cannot tell, rather than guess', () => {
		// 市科 fits 科学技术局 and 科学技术协会 alike.
		expect(propose('市科')).toBeUndefined();
		expect(propose('各县（市、区）政府')).toBeUndefined();
		expect(propose('在温通信运营商')).toBeUndefined();
		// A Party department is not matched with a government one.
		expect(propose('市委住建部')).toBeUndefined();
	});

	it('takes the city from the site settings, not from the code', () => {
		expect(proposeUnit('市住建局', [{ name: '嘉兴市住房和城乡建设局', aliases: [] }], '嘉兴市')).toEqual({ name: '嘉兴市住房和城乡建设局', listed: true });
		expect(proposeUnit('市档案局', [], '嘉兴市')).toEqual({ name: '嘉兴市档案局', listed: false });
	});
});

describe('the sample city’s table (content/units.yaml)', () => {
	const table = yaml.load(readFileSync(new URL('../../content/units.yaml', import.meta.url), 'utf8')) as Record<string, { aliases: string[] }>;
	const entries = Object.entries(table).map(([name, { aliases }]) => ({ name, aliases }));
	const resolve = unitResolver(entries);

	it('knows the short names print uses for the city’s departments, Party bodies and mass organisations', () => {
		const printed = [
			'市市场监管局', '市住建局', '市卫生健康委', '市卫健委', '市教育局', '市科技局', '市民政局', '市司法局', '市资源规划局', '市生态环境局',
			'市水利局', '市农业农村局', '市文化广电旅游局', '市退役军人事务局', '市审计局', '市外办', '市国资委', '市统计局', '市信访局', '市机关事务局',
			'市人防办', '市委宣传部', '市委组织部', '市委政法委', '市委网信办', '市委编办', '市纪委市监委', '市科协', '市残联', '市红十字会', '市侨联', '市文联',
			'市社科联', '团市委', '市妇联', '市总工会', '市工商联', '市税务局', '市医保局', '市应急管理局', '市发展改革委', '市经信局', '市人力社保局',
		];
		expect(printed.filter((p) => resolve(p) === undefined)).toEqual([]);
	});
});
