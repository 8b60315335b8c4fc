/** 政务简讯: a short news item. File: content/briefs/YYYY-MM/<slug>.md */
import { z } from 'astro/zod';
import { calendarDate, issueRef, strictObject, text } from './common.ts';

export const briefSchema = strictObject({
	/** 标题 as printed (the headline may span two printed lines). */
	title: text('title'),
	/** The day the event took place. */
	date: calendarDate,
	/** The issue it appeared in, `YYYY-MM`. */
	issue: issueRef,
});
export type BriefData = z.infer<typeof briefSchema>;
