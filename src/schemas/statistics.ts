/** 统计数据: the month's main economic indicators. File: content/statistics/YYYY-MM.yaml */
import { z } from 'astro/zod';
import { issueRef, pageName, strictObject, text } from './common.ts';

/** A figure, or null where the table prints ——. */
const figure = z.number().nullable();

const row = strictObject({
	/** 指标 as printed, without the ordinal or the # mark; it also names its data files (/api/statistics/<指标>.csv). */
	indicator: pageName('indicator'),
	/** 单位, e.g. 亿元 or %. */
	unit: text('unit'),
	/** 当月 value. */
	month: figure,
	/** 当月同比±%. */
	monthYoY: figure,
	/** 累计 value. */
	cumulative: figure,
	/** 累计同比±%. */
	cumulativeYoY: figure,
	/** For a # row (其中), the indicator of the row it belongs to. */
	parent: z.string().min(1).optional(),
});

export const statisticsSchema = strictObject({
	/** 标题 as printed, e.g. 温州市2022年12月份国民经济主要统计指标. */
	title: text('title'),
	/** Who compiled it, e.g. 温州市统计局. */
	source: text('source'),
	/** The month the figures cover, `YYYY-MM`. */
	month: issueRef,
	/** Rows in printed order. */
	rows: z.array(row).min(1),
	/** 注 under the table, each as printed. */
	notes: z.array(text('note')).default([]),
	/** The issue it appeared in, `YYYY-MM`. */
	issue: issueRef,
}).superRefine((s, ctx) => {
	s.rows.forEach((r, i) => {
		if (r.parent !== undefined && !s.rows.slice(0, i).some((p) => p.indicator === r.parent && p.parent === undefined)) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['rows', i, 'parent'], message: `parent "${r.parent}" is not a top-level row above this one` });
		}
	});
});
export type StatisticsData = z.infer<typeof statisticsSchema>;
