import { describe, expect, it } from 'vitest';
import type { StatisticsData } from '../schemas/statistics.ts';
import { CSV_BOM, indicatorSeries, monthCsv, monthJson, seriesCsv, toCsv } from './statistics.ts';

const month = (m: string, rows: Partial<StatisticsData['rows'][number]>[]): StatisticsData => ({
	title: `温州市${m}国民经济主要统计指标`,
	source: '温州市统计局',
	month: m,
	issue: m,
	notes: [],
	rows: rows.map((r) => ({ indicator: '规模以上工业增加值', unit: '亿元', month: null, monthYoY: null, cumulative: null, cumulativeYoY: null, ...r })),
});

describe('toCsv', () => {
	it('starts with the byte-order mark and ends lines with CRLF', () => {
		const csv = toCsv(['指标', '单位'], [['财政总收入', '亿元']]);
		expect(csv.startsWith(CSV_BOM)).toBe(true);
		expect(csv).toBe(`${CSV_BOM}指标,单位\r\n财政总收入,亿元\r\n`);
	});

	it('keeps text a spreadsheet would run as a formula as text, and negative figures as numbers', () => {
		expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', '@SUM', -2.6]])).toBe(`${CSV_BOM}a,b,c\r\n"'=HYPERLINK(""x"")",'@SUM,-2.6\r\n`);
	});

	it('quotes fields with commas, quotes or line breaks; leaves —— figures empty', () => {
		expect(toCsv(['a', 'b', 'c'], [['甲,乙', '说"明"', null]])).toBe(`${CSV_BOM}a,b,c\r\n"甲,乙","说""明""",\r\n`);
	});
});

describe('a month', () => {
	const stats = month('2022-12', [
		{ indicator: '财政总收入', cumulative: 918.81, cumulativeYoY: -2.7 },
		{ indicator: '一般公共预算收入', parent: '财政总收入', month: 22.85, monthYoY: -23.2, cumulative: 573.85, cumulativeYoY: -2.6 },
	]);

	it('as CSV: rows in printed order, the parent of a 其中 row, negative figures as written', () => {
		expect(monthCsv(stats).split('\r\n')).toEqual([
			`${CSV_BOM}指标,所属指标,单位,当月,当月同比±%,累计,累计同比±%`,
			'财政总收入,,亿元,,,918.81,-2.7',
			'一般公共预算收入,财政总收入,亿元,22.85,-23.2,573.85,-2.6',
			'',
		]);
	});

	it('as JSON: null for an absent parent and for —— figures', () => {
		const json = monthJson(stats, '/issues/2022-12/statistics/');
		expect(json.rows[0]).toEqual({ indicator: '财政总收入', parent: null, unit: '亿元', month: null, monthYoY: null, cumulative: 918.81, cumulativeYoY: -2.7 });
		expect(json.url).toBe('/issues/2022-12/statistics/');
	});
});

describe('indicatorSeries', () => {
	it('follows each indicator across months, oldest first, a 其中 row known by its parent too', () => {
		const series = indicatorSeries([
			month('2022-12', [{ indicator: '住户存款', parent: '金融机构人民币存款余额', cumulative: 11199.89 }]),
			month('2022-11', [{ indicator: '住户存款', parent: '金融机构人民币存款余额', cumulative: 11000.5 }, { indicator: '住户存款', cumulative: 1 }]),
		]);
		expect(series.map((s) => [s.key, s.points.map((p) => [p.period, p.cumulative])])).toEqual([
			['金融机构人民币存款余额：住户存款', [['2022-11', 11000.5], ['2022-12', 11199.89]]],
			['住户存款', [['2022-11', 1]]],
		]);
		expect(seriesCsv(series[0]).split('\r\n')[1]).toBe('2022-11,亿元,,,11000.5,,2022-11');
	});
});
