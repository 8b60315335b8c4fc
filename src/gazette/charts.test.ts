import { describe, expect, it } from 'vitest';
import { chartSummary, lineChart, sparkline } from './charts.ts';

const months = (values: (number | null)[], start = 2021) =>
	values.map((value, i) => ({ period: `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value }));

describe('lineChart', () => {
	it('draws every value inside the plot, higher values higher, and breaks the line at a missing value', () => {
		const chart = lineChart(months([1467.79, 1500, null, 1600.5, 1550]));
		expect(chart.dots.map((d) => d.period)).toEqual(['2021-01', '2021-02', '2021-04', '2021-05']);
		for (const d of chart.dots) {
			expect(d.x).toBeGreaterThanOrEqual(chart.plot.left);
			expect(d.x).toBeLessThanOrEqual(chart.plot.right);
			expect(d.y).toBeGreaterThanOrEqual(chart.plot.top);
			expect(d.y).toBeLessThanOrEqual(chart.plot.bottom);
		}
		expect(chart.dots[2].y).toBeLessThan(chart.dots[0].y);
		expect(chart.path.match(/M/g)).toHaveLength(2);
		expect(chart.path.match(/L/g)).toHaveLength(2);
	});

	it('puts round values on the value axis that enclose the data, negative ones too', () => {
		const chart = lineChart(months([-23.2, -3.4, 4.7, 8.1]));
		const labels = chart.yTicks.map((t) => Number(t.label));
		expect(Math.min(...labels)).toBeLessThanOrEqual(-23.2);
		expect(Math.max(...labels)).toBeGreaterThanOrEqual(8.1);
		expect(labels.every((v) => Number.isInteger(v / 5) || Number.isInteger(v / 2) || Number.isInteger(v))).toBe(true);
	});

	it('labels each January of a long archive, about eight at most', () => {
		const chart = lineChart(months(Array.from({ length: 26 * 12 }, (_, i) => 100 + (i % 12))));
		expect(chart.xTicks.length).toBeLessThanOrEqual(9);
		expect(chart.xTicks[0].label).toBe('2021-01');
	});

	it('draws a single value in the middle, with a sensible axis', () => {
		const chart = lineChart(months([102.4]));
		expect(chart.dots).toHaveLength(1);
		expect(chart.dots[0].x).toBe((chart.plot.left + chart.plot.right) / 2);
		expect(chart.yTicks.length).toBeGreaterThan(1);
	});
});

describe('sparkline', () => {
	it('needs two values; stays inside its box', () => {
		expect(sparkline([5])).toBe('');
		const d = sparkline([1, 3, null, 2], { width: 80, height: 20 });
		const numbers = d.match(/-?[\d.]+/g)!.map(Number);
		expect(numbers.every((n) => n >= 0 && n <= 80)).toBe(true);
		expect(d.startsWith('M1 ')).toBe(true);
	});
});

describe('chartSummary', () => {
	it('says the span, the lowest, the highest and the latest value in Chinese', () => {
		expect(chartSummary(months([1, 3, null, 2]), '亿元')).toBe('2021年1月至2021年4月共3个月的数据；最低1亿元（2021年1月），最高3亿元（2021年2月），最近2亿元（2021年4月）。');
		expect(chartSummary(months([102.4]), '%')).toBe('2021年1月：102.4%。');
		expect(chartSummary(months([null]), '%')).toBe('没有数据。');
	});
});
