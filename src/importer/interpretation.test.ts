import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { matchDocument, parseInterpretation, readContacts } from './interpretation.ts';
import { Warnings, type DocumentItem } from './model.ts';
import { ISSUER_CODES, print } from './testkit.ts';

const doc = (docNumber: string, regulationTitle: string) => ({ kind: 'document', docNumber, regulationTitle }) as DocumentItem;
const DOCS = [doc('温政办〔2022〕96号', '温州市火灾事故调查处理规定'), doc('温人社发〔2022〕73号', '温州市事业单位特设岗位设置管理实施办法（试行）'), doc('温政服〔2022〕41号', '关于温州市工程建设项目招投标“公优廉一体化”监管平台建设的实施方案（试行）')];

describe('readContacts', () => {
	it('解读单位 / 联系人 / 联系方式, ASCII colons, a space after the name', () => {
		expect(readContacts(['解读单位:温州市消防救援支队', '联系人：徐耀州 ', '联系方式：0577－86509700'])).toEqual({
			bodies: ['温州市消防救援支队'],
			contacts: [{ body: '温州市消防救援支队', name: '徐耀州', phone: '0577-86509700' }],
			problems: [],
		});
	});

	it('解读机关 / 解读人 / 联系电话', () => {
		expect(readContacts(['解读机关：温州市人力资源和社会保障局事业单位人事管理处', '解读人：刘晓君', '联系电话：0577-89090171']).contacts).toEqual([
			{ body: '温州市人力资源和社会保障局事业单位人事管理处', name: '刘晓君', phone: '0577-89090171' },
		]);
	});

	it('lines of 单位 姓名 电话', () => {
		const r = readContacts(['四、解读单位和联系人', '温州市经信局 何小小 0577-88968050', '温州市人力社保局　周敬超　0577-89090302']);
		expect(r.bodies).toEqual(['温州市经信局', '温州市人力社保局']);
		expect(r.contacts.map((c) => c.name)).toEqual(['何小小', '周敬超']);
	});

	it('a name without a telephone number is a problem', () => {
		expect(readContacts(['解读单位：温州市测试局', '联系人：李四']).problems).toEqual(['no telephone number for 李四']);
	});
});

describe('matchDocument', () => {
	it('the title it names, with or without （试行）', () => {
		expect(matchDocument('温州市火灾事故调查处理规定', '', DOCS, 4)).toMatchObject({ how: 'title', document: DOCS[0] });
		expect(matchDocument('温州市事业单位特设岗位设置管理实施办法', '', DOCS, 0)).toMatchObject({ how: 'title', document: DOCS[1] });
	});

	it('a slightly different title by similarity', () => {
		expect(matchDocument('关于全市工程建设项目招投标“公优廉一体化”监管平台建设的实施方案（试行）', '', DOCS, 0)).toMatchObject({ how: 'similar', document: DOCS[2] });
	});

	it('a 文号 cited in the text, else the printed position, else none', () => {
		expect(matchDocument('另一个规定', '根据温人社发〔2022〕73号', DOCS, 0)).toMatchObject({ how: 'number', document: DOCS[1] });
		expect(matchDocument('另一个规定', '', DOCS, 2)).toMatchObject({ how: 'position', document: DOCS[2] });
		expect(matchDocument('另一个规定', '', DOCS, 5)).toEqual({ how: 'none' });
	});
});

describe('parseInterpretation', () => {
	it('the title printed mid-text is removed from the text; contacts read from the end', () => {
		const body = print(['一、制定背景及依据', '近年来温州的火灾形势总体平稳，但事故数仍然居全省前列，火灾防控压力大。', '二、解读单位和联系人', '解读单位：温州市消防救援支队', '联系人：徐耀州', '联系方式：0577-86509700']);
		const lines = [...body.slice(0, 3), '关于《温州市火灾事故调查处理规定》的', '政策解读', ` ${body[3]}`, ...body.slice(4)];
		const warnings = new Warnings();
		const item = parseInterpretation(toLines(` ${lines.join('\n\n')}`), DOCS, 0, { issue: '2022-12', issuerCodes: ISSUER_CODES, warnings });
		expect(item).toMatchObject({
			title: '关于《温州市火灾事故调查处理规定》的政策解读',
			interprets: '温政办〔2022〕96号',
			interpretingBodies: ['温州市消防救援支队'],
			contacts: [{ body: '温州市消防救援支队', name: '徐耀州', phone: '0577-86509700' }],
		});
		expect(item.body).toBe('### 一、制定背景及依据\n\n近年来温州的火灾形势总体平稳，但事故数仍然居全省前列，火灾防控压力大。\n\n### 二、解读单位和联系人\n\n解读单位：温州市消防救援支队\n\n联系人：徐耀州\n\n联系方式：0577-86509700');
		expect(warnings.list).toEqual([]);
	});

	it('a document not in the issue: warned, the field left out', () => {
		const warnings = new Warnings();
		const item = parseInterpretation(toLines('关于《别的规定》的政策解读\n\n解读单位：甲\n\n联系人：乙\n\n联系电话：0577-1234567'), [], 0, { issue: '2022-12', issuerCodes: ISSUER_CODES, warnings });
		expect(item.interprets).toBeUndefined();
		expect(warnings.list).toEqual([expect.objectContaining({ line: 1, field: 'interprets' })]);
	});
});
