/**
 * Statistics drawn at build time: the geometry of an indicator's line chart
 * and of the small trend beside each row of a month's table, as plain
 * numbers and SVG path data. Components draw them as SVG (no script); the
 * values stay in a table beside every chart, and each chart says in words
 * what it shows (chartSummary).
 */

export interface ChartPoint {
	/** The month the value covers, `YYYY-MM`. */
	period: string;
	/** null where the table prints ——: the line breaks there. */
	value: number | null;
}

export interface LineChart {
	width: number;
	height: number;
	/** SVG path data of the line, broken where a value is missing. */
	path: string;
	/** Where each value is drawn. */
	dots: { x: number; y: number; period: string; value: number }[];
	/** Value axis: a few round values and where they fall. */
	yTicks: { y: number; label: string }[];
	/** Time axis: the first month of each year shown (or the first month). */
	xTicks: { x: number; label: string }[];
	/** The plotting area. */
	plot: { left: number; right: number; top: number; bottom: number };
}

/** A round step for about `count` ticks over `span` (1, 2 or 5 × a power of ten). */
function niceStep(span: number, count: number): number {
	const raw = span / Math.max(count, 1);
	const power = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/** Enough decimals to tell the ticks apart. */
const tickLabel = (value: number, step: number) => value.toFixed(Math.max(0, -Math.floor(Math.log10(step))));

export function lineChart(points: ChartPoint[], { width = 640, height = 280 } = {}): LineChart {
	const plot = { left: 64, right: width - 16, top: 16, bottom: height - 36 };
	const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
	let [min, max] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];
	if (min === max) [min, max] = [min - Math.abs(min || 1) * 0.1, max + Math.abs(max || 1) * 0.1];
	const step = niceStep(max - min, 4);
	const low = Math.floor(min / step) * step;
	const high = Math.ceil(max / step) * step;
	const x = (i: number) => (points.length === 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (points.length - 1));
	const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * (v - low)) / (high - low);
	const round = (n: number) => Math.round(n * 10) / 10;
	const dots = points.flatMap((p, i) => (p.value === null ? [] : [{ x: round(x(i)), y: round(y(p.value)), period: p.period, value: p.value }]));
	let path = '';
	points.forEach((p, i) => {
		if (p.value === null) return;
		const move = i === 0 || points[i - 1].value === null;
		path += `${move ? 'M' : 'L'}${round(x(i))} ${round(y(p.value))}`;
	});
	const yTicks: LineChart['yTicks'] = [];
	for (let v = low; v <= high + step / 2; v += step) yTicks.push({ y: round(y(v)), label: tickLabel(v, step) });
	const xTicks = points.flatMap((p, i) => (i === 0 || p.period.endsWith('-01') ? [{ x: round(x(i)), label: i === 0 || points.length <= 12 ? p.period : p.period.slice(0, 4) }] : []));
	// Every year's label would crowd a long archive: keep about eight.
	const every = Math.ceil(xTicks.length / 8);
	return { width, height, path, dots, yTicks, xTicks: xTicks.filter((_, i) => i % every === 0), plot };
}

/** The small trend beside a table row: path data of the last values, in a box of the given size. */
export function sparkline(values: (number | null)[], { width = 80, height = 20 } = {}): string {
	const known = values.filter((v): v is number => v !== null);
	if (known.length < 2) return '';
	const [min, max] = [Math.min(...known), Math.max(...known)];
	const x = (i: number) => Math.round(((width - 2) * i * 10) / (values.length - 1)) / 10 + 1;
	const y = (v: number) => (max === min ? height / 2 : Math.round((height - 2 - ((height - 2) * (v - min)) / (max - min)) * 10) / 10 + 1);
	let path = '';
	values.forEach((v, i) => {
		if (v === null) return;
		path += `${i === 0 || values[i - 1] === null ? 'M' : 'L'}${x(i)} ${y(v)}`;
	});
	return path;
}

/** A chart in words, for readers who cannot see it: the span, the lowest, the highest and the latest value. */
export function chartSummary(points: ChartPoint[], unit: string): string {
	const known = points.filter((p): p is ChartPoint & { value: number } => p.value !== null);
	if (known.length === 0) return '没有数据。';
	const low = known.reduce((a, b) => (b.value < a.value ? b : a));
	const high = known.reduce((a, b) => (b.value > a.value ? b : a));
	const last = known.at(-1)!;
	const month = (p: string) => `${p.slice(0, 4)}年${Number(p.slice(5, 7))}月`;
	if (known.length === 1) return `${month(last.period)}：${last.value}${unit}。`;
	return `${month(points[0].period)}至${month(points.at(-1)!.period)}共${known.length}个月的数据；最低${low.value}${unit}（${month(low.period)}），最高${high.value}${unit}（${month(high.period)}），最近${last.value}${unit}（${month(last.period)}）。`;
}

/** Figures of a statistics row as a series over months. */
export interface IndicatorFigures {
	period: string;
	month: number | null;
	cumulative: number | null;
}

/** Which figure an indicator's chart follows: 当月 where most months print one, else 累计 (a fiscal total printed only year to date). */
export function chartedFigure(points: IndicatorFigures[]): { field: 'month' | 'cumulative'; label: string } {
	const months = points.filter((p) => p.month !== null).length;
	return months * 2 >= points.length && months > 0 ? { field: 'month', label: '当月' } : { field: 'cumulative', label: '累计' };
}

/** Months of trend beside each row of a month's table. */
export const TREND_MONTHS = 12;
