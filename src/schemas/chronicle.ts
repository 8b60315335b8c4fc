/** 政府记事: the month's chronicle, day by day. File: content/chronicle/YYYY-MM.yaml */
import { z } from 'astro/zod';
import { calendarDate, issueRef, strictObject, text } from './common.ts';

const day = strictObject({
	/** The calendar day, e.g. 2022-12-01 for 1日. */
	date: calendarDate,
	/** Each △ entry of the day as printed, without the △. */
	entries: z.array(text('chronicle entry')).min(1),
});

export const chronicleSchema = strictObject({
	/** 标题 as printed, e.g. 12月份市政府记事. */
	title: text('title'),
	/** Days in printed order; only days with entries are printed. */
	days: z.array(day).min(1),
	/** The issue it appeared in, `YYYY-MM`. */
	issue: issueRef,
}).superRefine((c, ctx) => {
	c.days.forEach((d, i) => {
		if (i > 0 && d.date <= c.days[i - 1].date) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['days', i, 'date'], message: `day ${d.date} is not after the day before it (${c.days[i - 1].date})` });
		}
	});
});
export type ChronicleData = z.infer<typeof chronicleSchema>;
