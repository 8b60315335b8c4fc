/**
 * The data files' schemas: one zod schema per API file, built from the
 * content schemas' own field types where JSON can carry them (文号, issue
 * months, 栏目, categories). From these come the files' TypeScript types, the
 * JSON Schema files published beside them (apiFiles.ts) and the field
 * tables of the API page, so the three never disagree.
 */
import { z } from 'astro/zod';
import { docNumber, issueRef } from '../schemas/common.ts';
import { DOCUMENT_CATEGORIES } from '../schemas/document.ts';
import { SECTIONS } from '../gazette/sections.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A site path, e.g. /documents/温政办-2022-94/. */
const path = z.string().startsWith('/');
const STATUSES = ['not-yet-in-force', 'in-force', 'expired', 'repealed'] as const;

const text = z
	.object({
		markdown: z.string().describe('正文，编辑撰写的 Markdown 原文'),
		html: z.string().describe('正文，网页所示的 HTML（已链接引用的文件、条款和单位）'),
	})
	.strict();

export const apiDocumentSchema = z
	.object({
		docNumber: docNumber.describe('文号，规范写法：机关代字〔年份〕序号号，六角括号，序号无前导零'),
		unifiedNumber: z.string().regex(/^[A-Z]{2,6}\d{1,4}-\d{4}-\d{1,6}$/).nullable().describe('规范性文件统一编号：系统代码-年份-序号，半角连字符，序号保留印刷的前导零；没有则为 null'),
		title: z.string().describe('标题（印发通知的全称）'),
		regulationTitle: z.string().describe('所印发的规定、办法、方案的标题'),
		category: z.enum(DOCUMENT_CATEGORIES).describe('栏目：municipal-government 市政府文件，general-office 市政府办公室文件，department 部门文件'),
		issuers: z.array(z.string()).describe('发文机关，主办机关在前'),
		recipients: z.string().describe('主送机关'),
		signedDate: date.describe('成文日期，YYYY-MM-DD'),
		publishedDate: date.describe('发布日期，YYYY-MM-DD'),
		effectiveDate: date.describe('施行日期，YYYY-MM-DD'),
		expiryDate: date.nullable().describe('有效期至（含当日）；未规定则为 null'),
		status: z.enum(STATUSES).describe('有效性（按 generated 当日）：not-yet-in-force 尚未施行，in-force 现行有效，expired 已失效，repealed 已废止'),
		issue: issueRef.describe('刊载期次，YYYY-MM'),
		url: path.describe('文件页面的路径'),
		interpretations: z.array(path).describe('政策解读页面的路径'),
		cites: z
			.array(
				z
					.object({
						docNumber: z.string().nullable().describe('被引文件的文号（规范写法）；按标题引用的为 null'),
						title: z.string().nullable().describe('被引文件的标题（正文写明时）'),
						url: path.nullable().describe('被引文件在本公报中的页面；本公报未刊载的为 null'),
					})
					.strict(),
			)
			.describe('本文件引用的文件'),
		citedBy: z.array(path).describe('引用本文件的文件页面'),
		mentionedIn: z.array(path).describe('提到本文件的政务简讯、政府记事等页面'),
		repeals: z.array(docNumber).describe('本文件废止的文件的文号'),
		repealedBy: docNumber.nullable().describe('废止本文件的文件的文号；未被废止则为 null'),
		responsibleUnits: z
			.array(
				z
					.object({
						unit: z.string().describe('责任单位全称'),
						measures: z.array(z.string()).describe('该单位负责的措施在文件页面上的锚点'),
					})
					.strict(),
			)
			.describe('责任单位及其负责的措施'),
	})
	.strict();
export type ApiDocument = z.infer<typeof apiDocumentSchema>;

export const documentsFileSchema = z
	.object({
		generated: date.describe('生成日期（上海时间），有效性按此日计算'),
		documents: z.array(apiDocumentSchema).describe('全部文件，最新一期在前，期内按刊印顺序'),
	})
	.strict();

export const documentDataFileSchema = apiDocumentSchema
	.extend({
		generated: date.describe('生成日期（上海时间），有效性按此日计算'),
		permalink: path.describe('按文号的永久链接：/d/ 加规范写法的文号'),
		notice: z.string().describe('印发通知正文（不含主送机关和落款）'),
		effectiveBasis: z.string().describe('施行日期的依据，如 自印发之日起施行'),
		expiryBasis: z.string().nullable().describe('有效期的依据，如 有效期10年；未规定则为 null'),
		attachments: z
			.array(
				z
					.object({
						label: z.string().describe('附件标注，如 附件1'),
						title: z.string().describe('附件标题'),
						anchor: z.string().describe('附件在文件页面上的锚点'),
					})
					.strict(),
			)
			.describe('附件'),
		text: text.describe('规定、办法或方案的正文'),
	})
	.strict();
export type DocumentDataFile = z.infer<typeof documentDataFileSchema>;

export const interpretationDataFileSchema = z
	.object({
		title: z.string().describe('解读标题'),
		url: path.describe('解读页面的路径'),
		interprets: z
			.object({
				docNumber: docNumber.describe('所解读文件的文号'),
				url: path.describe('所解读文件的页面'),
			})
			.strict()
			.describe('所解读的文件'),
		interpretingBodies: z.array(z.string()).describe('解读单位'),
		contacts: z
			.array(
				z
					.object({
						body: z.string().describe('联系人所在单位'),
						name: z.string().nullable().describe('联系人；印刷件只给联系电话时为 null'),
						phone: z.string().nullable().describe('联系电话；印刷件只给联系人时为 null'),
					})
					.strict(),
			)
			.describe('解读联系人'),
		publishedDate: date.describe('发布日期，YYYY-MM-DD'),
		issue: issueRef.describe('刊载期次，YYYY-MM'),
		text: text.describe('解读正文'),
	})
	.strict();
export type InterpretationDataFile = z.infer<typeof interpretationDataFileSchema>;

export const apiIssueSchema = z
	.object({
		month: issueRef.describe('期次，YYYY-MM'),
		year: z.number().int().describe('年份'),
		number: z.number().int().describe('当年期号'),
		totalNumber: z.number().int().nullable().describe('总期号；未印则为 null'),
		label: z.string().describe('期次名称，如 2022年第12期'),
		publishedDate: date.describe('出版日期，YYYY-MM-DD'),
		url: path.describe('本期目录页的路径'),
		sections: z
			.array(
				z
					.object({
						section: z.enum(SECTIONS).describe('栏目代码'),
						label: z.string().describe('栏目名称，如 市政府文件'),
						items: z
							.array(
								z
									.object({
										title: z.string().describe('标题'),
										url: path.describe('页面路径'),
										docNumber: docNumber.nullable().describe('文件的文号；其他内容为 null'),
									})
									.strict(),
							)
							.describe('栏目中的内容，按刊印顺序'),
					})
					.strict(),
			)
			.describe('目录：按刊印顺序的栏目；空栏目不列'),
	})
	.strict();
export type ApiIssue = z.infer<typeof apiIssueSchema>;

export const issuesFileSchema = z
	.object({
		generated: date.describe('生成日期（上海时间）'),
		issues: z.array(apiIssueSchema).describe('全部期次，最新在前'),
	})
	.strict();

const figure = z.number().nullable();
/** An indicator and, for a 其中 row, the one it belongs to. */
const indicatorName = {
	indicator: z.string().describe('指标'),
	parent: z.string().nullable().describe('“其中”项所属的指标；顶层指标为 null'),
};
const figures = {
	unit: z.string().describe('单位，如 亿元、%'),
	month: figure.describe('当月数；印为——的为 null'),
	monthYoY: figure.describe('当月同比增减（%）'),
	cumulative: figure.describe('累计数'),
	cumulativeYoY: figure.describe('累计同比增减（%）'),
};

export const statisticsMonthFileSchema = z
	.object({
		month: issueRef.describe('数据所属月份，YYYY-MM'),
		title: z.string().describe('表题'),
		source: z.string().describe('编制单位'),
		issue: issueRef.describe('刊载期次，YYYY-MM'),
		url: path.describe('统计数据页面的路径'),
		rows: z
			.array(
				z
					.object({
						...indicatorName,
						...figures,
					})
					.strict(),
			)
			.describe('按刊印顺序的各行'),
		notes: z.array(z.string()).describe('表注'),
	})
	.strict();

export const indicatorFileSchema = z
	.object({
		...indicatorName,
		points: z
			.array(
				z
					.object({
						period: issueRef.describe('数据所属月份，YYYY-MM'),
						issue: issueRef.describe('刊载期次，YYYY-MM'),
						...figures,
					})
					.strict(),
			)
			.describe('各月数据，时间顺序'),
	})
	.strict();

export const indicatorsFileSchema = z
	.object({
		indicators: z
			.array(
				z
					.object({
						...indicatorName,
						json: path.describe('该指标各月数据（JSON）'),
						csv: path.describe('该指标各月数据（CSV，UTF-8 带 BOM）'),
					})
					.strict(),
			)
			.describe('全部指标，按首次出现的顺序'),
	})
	.strict();

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const issueManifestFileSchema = z
	.object({
		issue: issueRef.describe('期次，YYYY-MM'),
		files: z
			.array(
				z
					.object({
						path: path.describe('文件在本站的路径'),
						sha256: sha256.describe('文件内容的 SHA-256（十六进制）'),
						bytes: z.number().int().describe('文件大小（字节）'),
					})
					.strict(),
			)
			.describe('本期每一项内容的页面、数据文件和原文'),
	})
	.strict();

export const manifestsFileSchema = z
	.object({
		manifests: z
			.array(
				z
					.object({
						issue: issueRef.describe('期次，YYYY-MM'),
						path: path.describe('该期完整性清单的路径'),
						sha256: sha256.describe('该清单的 SHA-256（十六进制）'),
					})
					.strict(),
			)
			.describe('每期的完整性清单，最新在前'),
	})
	.strict();
