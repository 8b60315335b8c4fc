/** 期: one monthly issue of the gazette. File: content/issues/YYYY-MM.yaml */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { SECTIONS } from '../gazette/sections.ts';
import { calendarDate, issueRef, strictObject } from './common.ts';
import { pictureSchema } from './photo.ts';

export const issueSchema = ({ image }: SchemaContext) =>
	strictObject({
		/** 年份 of the issue, e.g. 2022. */
		year: z.number().int().min(1949).max(2200),
		/** 期 number within the year, 1–12 for a monthly gazette. */
		number: z.number().int().min(1).max(24),
		/** 总第N期, when the gazette prints it. */
		totalNumber: z.number().int().positive().optional(),
		/** The month the issue covers, `YYYY-MM`; also the issue's id. */
		month: issueRef,
		/** 出版日期: the day the issue was published. */
		publishedDate: calendarDate,
		/** 栏目 in the order printed in this issue's 目录. */
		sections: z
			.array(z.enum(SECTIONS))
			.min(1)
			.refine((s) => new Set(s).size === s.length, 'a section is listed twice'),
		/** 封面图片: the cover photo with its caption; the image path is relative to this file. */
		cover: pictureSchema(image),
	}).superRefine((issue, ctx) => {
		if (!issue.month.startsWith(`${issue.year}-`)) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['month'],
				message: `month "${issue.month}" is not in year ${issue.year}`,
			});
		}
	});
export type IssueData = z.infer<ReturnType<typeof issueSchema>>;
