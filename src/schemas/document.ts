/**
 * 文件: a notice (通知) and the regulation, plan or measures it issues.
 * File: content/documents/YYYY-MM/<文号 slug>.md; the Markdown body is the issued text.
 */
import { z } from 'astro/zod';
import { UNIFIED_NUMBER_EXPECTED, formatUnifiedNumber, parseUnifiedNumber } from '../gazette/unifiedNumber.ts';
import { calendarDate, docNumber, fullWidthHint, issueRef, strictObject, text } from './common.ts';

/** Which 栏目 a document is printed in. */
export const DOCUMENT_CATEGORIES = ['municipal-government', 'general-office', 'department'] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

const attachment = strictObject({
	/** 附件 label as printed, e.g. 附件1 or 附表. */
	label: text('attachment label'),
	/** The attachment's title. */
	title: text('attachment title'),
	/** Id of the heading in the body where the attachment starts. */
	anchor: z.string().regex(/^[\w-]+$/u, 'anchor must be letters, digits or hyphens'),
});

export const documentSchema = strictObject({
	/** 标题: the full notice title, e.g. 温州市人民政府办公室关于印发…的通知. */
	title: text('title'),
	/** Title of the regulation, plan or measures the notice issues, as printed. */
	regulationTitle: text('regulationTitle'),
	/** 文号, canonical spelling, e.g. 温政办〔2022〕94号; a joint document uses the first issuer's. */
	docNumber,
	/** 规范性文件统一编号, printed with en dashes, e.g. ZJCC01–2022–0021; absent for non-normative documents. */
	unifiedNumber: z
		.string()
		.refine(
			(v) => parseUnifiedNumber(v) !== null,
			(v) => ({ message: `"${v}" is not a unified number (${UNIFIED_NUMBER_EXPECTED})${fullWidthHint(v)}` }),
		)
		.transform((v) => formatUnifiedNumber(parseUnifiedNumber(v)!))
		.optional(),
	/** 栏目 the document is printed in. */
	category: z.enum(DOCUMENT_CATEGORIES, {
		errorMap: () => ({ message: `category must be one of ${DOCUMENT_CATEGORIES.join(', ')}` }),
	}),
	/** 发文机关, in printed order; the first is the lead issuer. */
	issuers: z.array(text('issuer')).min(1, 'at least one issuer is required'),
	/** 主送机关 as printed, e.g. 各县（市、区）人民政府，市政府直属各单位. */
	recipients: text('recipients'),
	/** The cover notice's own text, paragraphs separated by blank lines, without addressees and signature. */
	notice: text('notice'),
	/** 成文日期: the date under the issuer's name. */
	signedDate: calendarDate,
	/** 发布日期: the date it was published. */
	publishedDate: calendarDate,
	/** 施行日期: the first day in force. */
	effectiveDate: calendarDate,
	/** The words that set the effective date, e.g. 自印发之日起施行. */
	effectiveBasis: text('effectiveBasis'),
	/** 有效期至: the last day in force; absent when the document states none. */
	expiryDate: calendarDate.optional(),
	/** The words that set the expiry, e.g. 有效期10年. */
	expiryBasis: z.string().min(1).optional(),
	/** 废止: earlier documents this one declares void, from its effectiveDate on. */
	repeals: z
		.array(
			strictObject({
				/** 文号 of the repealed document. */
				docNumber,
				/** Its title, for a document the gazette does not hold. */
				title: z.string().min(1).optional(),
			}),
		)
		.default([]),
	/** 附件 printed with the document, in order. */
	attachments: z.array(attachment).default([]),
	/** The issue it appeared in, `YYYY-MM`. */
	issue: issueRef,
}).superRefine((doc, ctx) => {
	if (doc.expiryDate !== undefined && doc.expiryDate < doc.effectiveDate) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: ['expiryDate'],
			message: `expiryDate ${doc.expiryDate} is before effectiveDate ${doc.effectiveDate}; the last day in force cannot precede the first`,
		});
	}
	doc.repeals.forEach((r, i) => {
		if (r.docNumber === doc.docNumber) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['repeals', i, 'docNumber'], message: 'a document cannot repeal itself' });
		}
	});
	if ((doc.expiryDate === undefined) !== (doc.expiryBasis === undefined)) {
		ctx.addIssue({
			code: z.ZodIssueCode.custom,
			path: ['expiryBasis'],
			message: 'expiryDate and expiryBasis go together: give both (the date and the words that set it) or neither',
		});
	}
});
export type DocumentData = z.infer<typeof documentSchema>;
