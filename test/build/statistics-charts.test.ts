/**
 * Statistics drawn, in the built sample: every indicator has a page with its
 * chart (an SVG with a title and a description in words, one mark per value)
 * and the table of its values beside it; each row of the month's table links
 * its indicator's page and carries its recent trend, described in words.
 */
import { describe, expect, inject, it } from 'vitest';
import { all, readYaml, Site } from './helpers.ts';

const site = new Site(inject('sampleSite'));
const stats = readYaml<{ month: string; rows: { indicator: string; parent?: string; unit: string; month: number | null; cumulative: number | null }[] }>('statistics/2022-12.yaml');
const key = (r: { indicator: string; parent?: string }) => (r.parent ? `${r.parent}：${r.indicator}` : r.indicator);

describe.each(stats.rows.map((r) => [key(r), r] as const))('%s', (name, row) => {
	const url = `/statistics/${name}/`;

	it('has a page whose chart is described in words and marks each value the table lists', () => {
		const page = site.page(url);
		const svg = page.querySelector('figure.indicator-chart svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.querySelector('title')?.textContent).toContain(name);
		const charted = row.month !== null ? row.month : row.cumulative;
		const described = svg.querySelector('desc')?.textContent ?? '';
		if (charted === null) expect(described).toContain('没有数据');
		else expect(described).toContain(`${charted}${row.unit}`);
		expect(all(svg, 'circle.dot')).toHaveLength(charted === null ? 0 : 1);
		const cells = all(page, 'table.data tbody tr').map((tr) => all(tr, 'th, td').map((c) => c.textContent?.trim()));
		expect(cells).toEqual([[stats.month, row.unit, ...['month', 'monthYoY', 'cumulative', 'cumulativeYoY'].map((f) => ((row as Record<string, unknown>)[f] ?? null) === null ? '——' : String((row as Record<string, unknown>)[f]))]]);
		expect(page.querySelector(`table.data tbody a[href="/issues/${stats.month}/statistics/"]`)).not.toBeNull();
	});

	it('is linked from the month’s table, whose row tells its trend in words', () => {
		const month = site.page(`/issues/${stats.month}/statistics/`);
		const link = all(month, 'table.data tbody th a').find((a) => a.getAttribute('href') === url);
		expect(link?.textContent).toBe(row.indicator);
		const trend = link!.closest('tr')!.querySelector('td.trend')!;
		// One month of figures draws no line; the words still say what there is.
		expect(trend.querySelector('svg')).toBeNull();
		expect(trend.textContent).toMatch(/^(当月|累计)，/);
	});
});
