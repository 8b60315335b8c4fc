import { describe, expect, it } from 'vitest';
import { statisticsSchema } from './statistics.ts';

const row = (indicator: string, parent?: string) => ({
	indicator,
	unit: '亿元',
	month: null,
	monthYoY: null,
	cumulative: 918.81,
	cumulativeYoY: -2.7,
	...(parent === undefined ? {} : { parent }),
});

function valid(): Record<string, unknown> {
	return {
		title: '温州市2022年12月份国民经济主要统计指标',
		source: '温州市统计局',
		month: '2022-12',
		rows: [
			{ indicator: '规模以上工业增加值', unit: '亿元', month: 137.74, monthYoY: -3.4, cumulative: 1467.79, cumulativeYoY: 4.7 },
			row('财政总收入'),
			row('一般公共预算收入', '财政总收入'),
			row('金融机构人民币存款余额'),
			row('住户存款', '金融机构人民币存款余额'),
			row('非金融企业存款', '金融机构人民币存款余额'),
		],
		notes: ['规模以上工业增加值增速按可比价计算。'],
		issue: '2022-12',
	};
}

function only(data: Record<string, unknown>) {
	const result = statisticsSchema.safeParse(data);
	expect(result.success, 'expected the statistics to be rejected').toBe(false);
	expect(result.error!.issues, JSON.stringify(result.error!.issues)).toHaveLength(1);
	return result.error!.issues[0];
}

describe('statisticsSchema', () => {
	it('accepts the December 2022 table, with null for ——', () => {
		const data = statisticsSchema.parse(valid());
		expect(data.rows).toHaveLength(6);
		expect(data.rows[1].month).toBeNull();
		expect(data.rows[2].parent).toBe('财政总收入');
	});

	it('defaults notes to []', () => {
		const data = valid();
		delete data.notes;
		expect(statisticsSchema.parse(data).notes).toEqual([]);
	});

	it('rejects a parent that is not a row at all', () => {
		const rows = [row('财政总收入'), row('一般公共预算收入', '财政收入')];
		const issue = only({ ...valid(), rows });
		expect(issue.path).toEqual(['rows', 1, 'parent']);
		expect(issue.message).toContain('"财政收入"');
		expect(issue.message).toContain('top-level row above');
	});

	it('rejects a parent printed below its sub-row', () => {
		const rows = [row('一般公共预算收入', '财政总收入'), row('财政总收入')];
		const issue = only({ ...valid(), rows });
		expect(issue.path).toEqual(['rows', 0, 'parent']);
	});

	it('rejects a parent that is itself a sub-row', () => {
		const rows = [row('财政总收入'), row('一般公共预算收入', '财政总收入'), row('税收收入', '一般公共预算收入')];
		const issue = only({ ...valid(), rows });
		expect(issue.path).toEqual(['rows', 2, 'parent']);
		expect(issue.message).toContain('"一般公共预算收入"');
	});

	it('rejects a figure written as text (e.g. —— instead of null)', () => {
		const rows = [{ ...row('财政总收入'), month: '——' }];
		const issue = only({ ...valid(), rows });
		expect(issue.path).toEqual(['rows', 0, 'month']);
	});

	it('rejects an unknown field in a row', () => {
		const issue = only({ ...valid(), rows: [{ ...row('财政总收入'), yoy: 1 }] });
		expect(issue.path).toEqual(['rows', 0, 'yoy']);
		expect(issue.message).toMatch(/^unknown field "yoy"; /);
	});

	it('rejects a missing unit, naming the field', () => {
		const { unit: _unit, ...noUnit } = row('财政总收入');
		const issue = only({ ...valid(), rows: [noUnit] });
		expect(issue.path).toEqual(['rows', 0, 'unit']);
		expect(issue.message).toBe('unit is required');
	});
});
