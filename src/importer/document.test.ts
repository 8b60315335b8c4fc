import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { Warnings } from './model.ts';
import { formBlocks, parseDocument, parseTable } from './document.ts';
import { ISSUER_CODES, print } from './testkit.ts';

const right = (s: string) => `${' '.repeat(60)}${s}`;
const region = (lines: string[]) => toLines(lines.join('\n\n'));
const ctx = () => ({ issue: '2023-01', issuerCodes: ISSUER_CODES, warnings: new Warnings() });

describe('parseDocument: the head in its different layouts', () => {
	it('recipients, notice, signature, date, unified number, 文号 split over two lines, issuer, title over two lines', () => {
		const c = ctx();
		const doc = parseDocument(
			region([
				' 各县（市、区）人民政府，市政府直属各单位:',
				'《温州市测试管理办法》已经市政府同意，现印发给你们，',
				'请认真组织实施。',
				right('温州市人民政府'),
				right('２０２３年１月１０日'),
				'ZJCC01 - 2023 - 0001',
				'温政发〔2023〕',
				'1号',
				'温州市人民政府',
				'关于印发温州市测试管理办法',
				'的通知',
				...print(['为规范测试工作，制定本办法。本办法自2023年2月1日起实施，有效期为十年。']),
			]),
			c,
		)!;
		expect(doc).toMatchObject({
			title: '温州市人民政府关于印发温州市测试管理办法的通知',
			regulationTitle: '温州市测试管理办法',
			docNumber: '温政发〔2023〕1号',
			slug: '温政发-2023-1',
			unifiedNumber: 'ZJCC01–2023–0001',
			category: 'municipal-government',
			issuers: ['温州市人民政府'],
			recipients: '各县（市、区）人民政府，市政府直属各单位',
			notice: '《温州市测试管理办法》已经市政府同意，现印发给你们，请认真组织实施。',
			signedDate: '2023-01-10',
			publishedDate: '2023-01-10',
			effectiveDate: '2023-02-01',
			effectiveBasis: '自2023年2月1日起实施',
			expiryDate: '2033-01-31',
			expiryBasis: '有效期为十年',
			attachments: [],
			body: '为规范测试工作，制定本办法。本办法自2023年2月1日起实施，有效期为十年。',
		});
		expect(c.warnings.list.map((w) => w.field)).toEqual(['publishedDate']);
	});

	it('unified number and 文号 first, joint issuers, title with the issuer on the same line, no effective date', () => {
		const c = ctx();
		const doc = parseDocument(
			region([
				' ZJCC13–2023–0002',
				'温财发[2023]5号',
				'各有关单位：',
				'现将《温州市测试资金办法》印发给你们，请遵照执行。',
				right('温州市财政局  温州市审计局'),
				right('2023年1月12日'),
				'温州市财政局',
				'温州市审计局关于印发《温州市测试资金办法》的通知',
				'为加强测试资金管理，制定本办法。',
			]),
			c,
		)!;
		expect(doc.issuers).toEqual(['温州市财政局', '温州市审计局']);
		expect(doc.title).toBe('温州市财政局 温州市审计局关于印发《温州市测试资金办法》的通知');
		expect(doc.category).toBe('department');
		expect(doc.effectiveDate).toBe('2023-01-12');
		expect(doc.effectiveBasis).toBe('未载明施行日期，以成文日期为准');
		expect(doc.expiryDate).toBeUndefined();
		expect(c.warnings.list.map((w) => [w.field, w.line])).toEqual([
			['publishedDate', 11],
			['category', 3],
			['effectiveDate', 11],
		]);
	});

	it('no 《》 in the notice: regulationTitle from the title, with a warning; no issuer line: taken from the signature', () => {
		const c = ctx();
		const doc = parseDocument(
			region([' 各有关单位：', '现将办法印发给你们。', right('温州市财政局'), right('2023年1月12日'), '温财发〔2023〕6号', '关于印发温州市测试补助办法的通知', '第一条 为了测试。']),
			c,
		)!;
		expect(doc.regulationTitle).toBe('温州市测试补助办法');
		expect(doc.issuers).toEqual(['温州市财政局']);
		expect(c.warnings.list.map((w) => w.field)).toEqual(expect.arrayContaining(['regulationTitle', 'issuers']));
	});

	it('a region without a 文号 is not a document', () => {
		expect(parseDocument(region(['各有关单位：', '现将办法印发给你们。']), ctx())).toBeNull();
	});
});

describe('parseDocument: the text', () => {
	it('drops the title printed as a page head, keeps the text, splits off attachments with their tables', () => {
		const body = print(['为加强测试资金管理，提高资金使用效益，根据有关规定，结合本市实际，制定本办法。', '本办法自印发之日起施行。']);
		const doc = parseDocument(
			region([
				' 各有关单位：',
				'现将《温州市测试资金办法》印发给你们，请遵照执行。',
				right('温州市财政局'),
				right('2023年1月12日'),
				'温财发〔2023〕5号',
				'温州市财政局',
				'关于印发《温州市测试资金办法》的通知',
				...body.slice(0, 2),
				'温州市测试资金办法',
				` ${body[2]}`,
				...body.slice(3),
				'附表：温州市测试资金申请表',
				'附表',
				'温州市测试资金申请表',
				'备注：金额以万元计。',
				'序号 项目 金额 责任部门',
				'1 办公 100 财政',
				'2 差旅 200 财 政 、 审',
				'计',
			]),
			ctx(),
		)!;
		expect(doc.effectiveBasis).toBe('自印发之日起施行');
		expect(doc.attachments).toEqual([{ label: '附表', title: '温州市测试资金申请表', anchor: 'attachment-1' }]);
		expect(doc.body).toBe(
			[
				'为加强测试资金管理，提高资金使用效益，根据有关规定，结合本市实际，制定本办法。',
				'本办法自印发之日起施行。',
				'附表：温州市测试资金申请表',
				'### 附表 温州市测试资金申请表',
				'| 序号 | 项目 | 金额 | 责任部门 |\n| --- | --- | --- | --- |\n| 1 | 办公 | 100 | 财政 |\n| 2 | 差旅 | 200 | 财政、审计 |',
				'备注：金额以万元计。',
			].join('\n\n'),
		);
	});
});

describe('tables and forms', () => {
	it('a row whose last cell is missing gets it from the lines below', () => {
		const t = parseTable(toLines('序号 指标 属性 主要部门\n1 甲 约束性\n医保、银保监、共\n保体\n2 乙 预期性 卫健'))!;
		expect(t.markdown.split('\n').slice(2)).toEqual(['| 1 | 甲 | 约束性 | 医保、银保监、共保体 |', '| 2 | 乙 | 预期性 | 卫健 |']);
	});

	it('not a table without a header and a row 1', () => {
		expect(parseTable(toLines('单位名称 申报岗位名称\n申报岗位聘期'))).toBeNull();
	});

	it('a form keeps its printed lines; sentences stand apart; a long line runs on', () => {
		const lines = toLines(
			['单位名称 申报岗位名称', '申报岗位类别', '及等级', '情  况', '单位联系人：          联系电话：', '备注：本表填报时应将《事业单位岗位情况一览表》以及该特设岗位的岗位说明书、任职条件、竞聘', '上岗办法一并附上。'].join('\n'),
		);
		expect(formBlocks(lines)).toEqual([
			'单位名称 申报岗位名称  \n申报岗位类别  \n及等级  \n情况',
			'单位联系人： 联系电话：',
			'备注：本表填报时应将《事业单位岗位情况一览表》以及该特设岗位的岗位说明书、任职条件、竞聘上岗办法一并附上。',
		]);
	});
});
