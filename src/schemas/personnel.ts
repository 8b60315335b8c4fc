/** 人事任免: one notice of appointments and removals per issue. File: content/personnel/YYYY-MM.yaml */
import { z } from 'astro/zod';
import { issueRef, pageName, strictObject, text } from './common.ts';

const change = strictObject({
	/** 姓名. */
	name: pageName('name'),
	/** 任 (appoint) or 免 (remove). */
	action: z.enum(['appoint', 'remove'], { errorMap: () => ({ message: 'action must be appoint (任) or remove (免)' }) }),
	/** 职务, e.g. 局长. */
	position: text('position'),
	/** 单位, e.g. 温州市林业局. */
	organisation: text('organisation'),
	/** 试用期 as printed, e.g. 一年; only for appointments on probation. */
	probation: z.string().min(1).optional(),
});

const decision = strictObject({
	/** The decision as printed, one sentence, e.g. 瞿自杰任温州市林业局局长. */
	text: text('decision text'),
	/** What the sentence decides, one change per person and post. */
	changes: z.array(change).min(1),
});

export const personnelSchema = strictObject({
	/** 标题 as printed, e.g. 12月份市政府人事任免. */
	title: text('title'),
	/** The deciding body's opening words, e.g. 市人民政府决定. */
	decidedBy: text('decidedBy'),
	/** Decisions in printed order. */
	decisions: z.array(decision).min(1),
	/** The issue it appeared in, `YYYY-MM`. */
	issue: issueRef,
});
export type PersonnelData = z.infer<typeof personnelSchema>;
