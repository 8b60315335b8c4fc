/**
 * 统计数据 as open data: each month's table and each indicator across all
 * months, as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs
 * in China open it as UTF-8) and as JSON. Pure: endpoints write these.
 */
import type { StatisticsData } from '../schemas/statistics.ts';

type Row = StatisticsData['rows'][number];

/** The byte-order mark Excel and WPS need to read a CSV file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180); null as an empty field, as printed ——. */
function csvField(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	// Text a spreadsheet would run as a formula (=, +, -, @) is kept as text by a leading apostrophe; numbers stay numbers.
	const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a BOM and CRLF line ends, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
	return CSV_BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** An indicator's name across months: a 其中 row is known by its parent too (住户存款 under 金融机构人民币存款余额). */
export const indicatorKey = (row: Pick<Row, 'indicator' | 'parent'>) => (row.parent ? `${row.parent}：${row.indicator}` : row.indicator);

const FIGURE_HEADER = ['当月', '当月同比±%', '累计', '累计同比±%'];
const figures = (r: Pick<Row, 'month' | 'monthYoY' | 'cumulative' | 'cumulativeYoY'>) => [r.month, r.monthYoY, r.cumulative, r.cumulativeYoY];

/** One month's table as CSV, rows in printed order. */
export function monthCsv(stats: StatisticsData): string {
	return toCsv(['指标', '所属指标', '单位', ...FIGURE_HEADER], stats.rows.map((r) => [r.indicator, r.parent, r.unit, ...figures(r)]));
}

/** One month's table as JSON data. */
export function monthJson(stats: StatisticsData, url: string) {
	return {
		month: stats.month,
		title: stats.title,
		source: stats.source,
		issue: stats.issue,
		url,
		rows: stats.rows.map((r) => ({ indicator: r.indicator, parent: r.parent ?? null, unit: r.unit, month: r.month, monthYoY: r.monthYoY, cumulative: r.cumulative, cumulativeYoY: r.cumulativeYoY })),
		notes: stats.notes,
	};
}

export interface IndicatorSeries {
	/** indicatorKey of its rows. */
	key: string;
	indicator: string;
	parent: string | null;
	/** Oldest first: the month the figures cover (`period`), and the row's unit and figures under the content's own names. */
	points: ({ period: string; issue: string } & Pick<Row, 'unit' | 'month' | 'monthYoY' | 'cumulative' | 'cumulativeYoY'>)[];
}

/** Every indicator across every month's table, in the order indicators first appear (oldest month first). */
export function indicatorSeries(months: StatisticsData[]): IndicatorSeries[] {
	const series = new Map<string, IndicatorSeries>();
	for (const stats of [...months].sort((a, b) => a.month.localeCompare(b.month) || a.issue.localeCompare(b.issue))) {
		for (const r of stats.rows) {
			const key = indicatorKey(r);
			const s = series.get(key) ?? { key, indicator: r.indicator, parent: r.parent ?? null, points: [] };
			series.set(key, s);
			s.points.push({ period: stats.month, unit: r.unit, month: r.month, monthYoY: r.monthYoY, cumulative: r.cumulative, cumulativeYoY: r.cumulativeYoY, issue: stats.issue });
		}
	}
	return [...series.values()];
}

/** One indicator across all months as CSV, oldest month first. */
export function seriesCsv(s: IndicatorSeries): string {
	return toCsv(['月份', '单位', ...FIGURE_HEADER, '刊载期'], s.points.map((p) => [p.period, p.unit, ...figures(p), p.issue]));
}

/** One indicator across all months as JSON data. */
export const seriesJson = (s: IndicatorSeries) => ({ indicator: s.indicator, parent: s.parent, points: s.points });
