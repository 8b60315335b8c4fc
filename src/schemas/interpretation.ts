/** 政策解读: a plain-language interpretation of one document. File: content/interpretations/YYYY-MM/<slug>.md */
import { z } from 'astro/zod';
import { calendarDate, docNumber, issueRef, strictObject, text } from './common.ts';

/** A telephone number as content writes it: digits, hyphens or spaces, a leading +. */
export const PHONE_NUMBER = /^[\d+][\d -]{5,}\d$/;

const contact = strictObject({
	/** 解读单位 this contact speaks for. */
	body: text('contact body'),
	/** 联系人 / 解读人; absent when the print gives only a number. */
	name: text('contact name').optional(),
	/** 联系电话, e.g. 0577-89090171; absent when the print gives only a name. */
	phone: z.string().regex(PHONE_NUMBER, 'phone must be digits with optional hyphens, e.g. 0577-89090171').optional(),
}).refine((c) => c.name !== undefined || c.phone !== undefined, 'a contact needs a name or a phone, or both');

export const interpretationSchema = strictObject({
	/** 标题 as printed, e.g. 关于《…》的政策解读. */
	title: text('title'),
	/** 文号 of the document it interprets; that document must be in the gazette. */
	interprets: docNumber,
	/** 解读机关 / 解读单位. */
	interpretingBodies: z.array(text('interpreting body')).min(1),
	/** Who answers questions: body, name, phone. */
	contacts: z.array(contact).min(1, 'an interpretation names at least one contact'),
	/** 发布日期; defaults to the interpreted document's publishedDate. */
	publishedDate: calendarDate.optional(),
	/** The issue it appeared in, `YYYY-MM`. */
	issue: issueRef,
});
export type InterpretationData = z.infer<typeof interpretationSchema>;
