import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { matchDocument, parseInterpretation, readContacts } from './interpretation.ts';
import { Warnings, type DocumentItem } from './model.ts';
import { ISSUER_CODES, print } from './testkit.ts';
import { interpretationSchema } from '../schemas/interpretation.ts';

const doc = (docNumber: string, regulationTitle: string) => ({ kind: 'document', docNumber, regulationTitle }) as DocumentItem;
const DOCS = [doc('温政办〔2022〕96号', '温州市火灾事故调查处理规定'), doc('温人社发〔2022〕73号', '温州市事业单位特设岗位设置管理实施办法（试行）'), doc('温政服〔2022〕41号', '关于温州市工程建设项目招投标“公优廉一体化”监管平台建设的实施方案（试行）')];

/** Paragraphs numbered from line 1, as reflow gives them. */
const paragraphs = (texts: readonly string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('readContacts', () => {
	it('解读单位 / 联系人 / 联系方式, ASCII colons, a space after the name, a full-width hyphen', () => {
		expect(readContacts(paragraphs(['解读单位:温州市消防救援支队', '联系人：徐耀州 ', '联系方式：0577－86509700']))).toEqual({
			bodies: ['温州市消防救援支队'],
			contacts: [{ body: '温州市消防救援支队', name: '徐耀州', phone: '0577-86509700' }],
			problems: [],
			text: [],
		});
	});

	it('解读机关 / 解读人 / 联系电话', () => {
		expect(readContacts(paragraphs(['解读机关：温州市人力资源和社会保障局事业单位人事管理处', '解读人：刘晓君', '联系电话：0577-89090171'])).contacts).toEqual([
			{ body: '温州市人力资源和社会保障局事业单位人事管理处', name: '刘晓君', phone: '0577-89090171' },
		]);
	});

	it('lines of 单位 姓名 电话 under their heading, which leaves the text with them', () => {
		const r = readContacts(paragraphs(['三、其他说明', '本政策自印发之日起施行。', '四、解读单位和联系人', '温州市经信局 何小小 0577-88968050', '温州市人力社保局　周敬超　0577-89090302']));
		expect(r.bodies).toEqual(['温州市经信局', '温州市人力社保局']);
		expect(r.contacts.map((c) => c.name)).toEqual(['何小小', '周敬超']);
		expect(r.text.map((p) => p.text)).toEqual(['三、其他说明', '本政策自印发之日起施行。']);
	});

	it('labels in any order, several on one line, a number in brackets after the name', () => {
		expect(readContacts(paragraphs(['联系电话：0577-81234567', '解读人：张三　解读部门：温州市测试局'])).contacts).toEqual([{ body: '温州市测试局', name: '张三', phone: '0577-81234567' }]);
		expect(readContacts(paragraphs(['解读单位：温州市测试局', '联系人：张三（0577-81234567）'])).contacts).toEqual([{ body: '温州市测试局', name: '张三', phone: '0577-81234567' }]);
		expect(readContacts(paragraphs(['解读单位：温州市测试局 张三 0577-81234567'])).contacts).toEqual([{ body: '温州市测试局', name: '张三', phone: '0577-81234567' }]);
	});

	it('several units, paired with the people in printed order; brackets keep a unit whole', () => {
		const r = readContacts(paragraphs(['解读单位：温州市测试局、市委宣传部（市新闻出版局、市版权局）', '联系人：张三、李四', '联系电话：0577-81234567、0577-82345678']));
		expect(r.contacts).toEqual([
			{ body: '温州市测试局', name: '张三', phone: '0577-81234567' },
			{ body: '市委宣传部（市新闻出版局、市版权局）', name: '李四', phone: '0577-82345678' },
		]);
		expect(r.problems).toEqual([]);
	});

	it('one person with two numbers: a contact for each number', () => {
		const r = readContacts(paragraphs(['解读单位：温州市测试局', '联系人：张三', '联系电话：0577-81234567 0577-82345678']));
		expect(r.contacts.map((c) => [c.name, c.phone])).toEqual([
			['张三', '0577-81234567'],
			['张三', '0577-82345678'],
		]);
		expect(r.problems).toEqual([]);
	});

	it('a number continued in the next paragraph: the rest of a broken number joins it, a whole number is one more', () => {
		expect(readContacts(paragraphs(['联系人：张三', '联系电话：0577-8123', '4567'])).contacts).toEqual([{ name: '张三', phone: '0577-81234567' }]);
		expect(readContacts(paragraphs(['解读单位：温州市测试局', '联系人：张三、李四', '联系电话：0577-81234567', '0577-82345678'])).contacts.map((c) => c.phone)).toEqual(['0577-81234567', '0577-82345678']);
	});

	it('a number printed with spaces is one number', () => {
		expect(readContacts(paragraphs(['解读单位：温州市测试局', '联系人：张三', '联系电话：0577 8123 4567'])).contacts).toEqual([{ body: '温州市测试局', name: '张三', phone: '057781234567' }]);
	});

	it('a body paragraph that only starts like a label stays in the text when text follows it', () => {
		const r = readContacts(paragraphs(['联系电话：0577-81234567', '市民可拨打上述电话咨询办理进度，工作日均有专人接听。', '解读单位：温州市测试局', '联系人：张三', '联系电话：0577-82345678']));
		expect(r.text.map((p) => p.line)).toEqual([1, 2]);
		expect(r.contacts).toEqual([{ body: '温州市测试局', name: '张三', phone: '0577-82345678' }]);
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
	it('the title printed mid-text is removed from the text; contacts read from the end, and their block left out of the text', () => {
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
		expect(item.body).toBe('### 一、制定背景及依据\n\n近年来温州的火灾形势总体平稳，但事故数仍然居全省前列，火灾防控压力大。');
		expect(warnings.list).toEqual([]);
	});

	it('a document not in the issue: warned, the field left out', () => {
		const warnings = new Warnings();
		const item = parseInterpretation(toLines('关于《别的规定》的政策解读\n\n解读单位：甲\n\n联系人：乙\n\n联系电话：0577-1234567'), [], 0, { issue: '2022-12', issuerCodes: ISSUER_CODES, warnings });
		expect(item.interprets).toBeUndefined();
		expect(warnings.list).toEqual([expect.objectContaining({ line: 1, field: 'interprets' })]);
	});
});

describe('contact blocks as printed', () => {
	const INTRO = ['一、制定背景', '为规范全市测试工作，市测试局起草了本办法，经市政府同意后印发实施。'];
	const TITLE = '关于《温州市火灾事故调查处理规定》的政策解读';

	/** An interpretation whose contact block is printed as `block`, one input line per printed line. */
	function imported(block: readonly string[]) {
		const lines = [...print(INTRO), ...block, TITLE];
		const warnings = new Warnings();
		const item = parseInterpretation(toLines(lines.join('\n')), DOCS, 0, { issue: '2022-12', issuerCodes: ISSUER_CODES, warnings });
		// The block leaves the text whole: heading, labels and all.
		expect(item.body).toBe('### 一、制定背景\n\n为规范全市测试工作，市测试局起草了本办法，经市政府同意后印发实施。');
		// A unit's name never holds a label or a name glued to it.
		for (const body of item.interpretingBodies) expect(body).not.toMatch(/解读|联系|电话|[：:]/u);
		// What the importer writes passes the content schema, so that check and the build go through.
		interpretationSchema.parse({ title: item.title, interprets: item.interprets, interpretingBodies: item.interpretingBodies, contacts: item.contacts, issue: '2022-12' });
		return { contacts: item.contacts, warnings: warnings.list.map((w) => `${w.line} ${w.field}: ${w.message}`), lineOf: (text: string) => lines.indexOf(text) + 1 };
	}

	it('several people and several numbers in one block, under a numbered heading of its own', () => {
		const { contacts, warnings } = imported(['七、解读机关及解读人', '解读机关：温州市测试局', '解读人：张三、李四', '联系方式：0577-81234567、0577-82345678']);
		expect(contacts).toEqual([
			{ body: '温州市测试局', name: '张三', phone: '0577-81234567' },
			{ body: '温州市测试局', name: '李四', phone: '0577-82345678' },
		]);
		expect(warnings).toEqual([]);
	});

	it('numbers broken across printed lines, separated by ，；及, the labels in another order', () => {
		const block = ['五、联系方式', '联系电话：0577-81234567，0577-8234', '5678；0577-83456789及0577-84567890', '联系人：张三、李四、王五、赵六', '解读单位：温州市测试局'];
		const { contacts, warnings } = imported(block);
		expect(contacts.map((c) => `${c.name} ${c.phone}`)).toEqual(['张三 0577-81234567', '李四 0577-82345678', '王五 0577-83456789', '赵六 0577-84567890']);
		expect(contacts.every((c) => c.body === '温州市测试局')).toBe(true);
		expect(warnings).toEqual([]);
	});

	it('a number without a name: written as printed, with a warning at its line', () => {
		const { contacts, warnings, lineOf } = imported(['解读单位：温州市测试局', '咨询电话：0577-81234567']);
		expect(contacts).toEqual([{ body: '温州市测试局', phone: '0577-81234567' }]);
		expect(warnings).toEqual([`${lineOf('咨询电话：0577-81234567')} contacts: 0577-81234567 is printed without a 解读人 or 联系人: written without a name`]);
	});

	it('a name without a number: written as printed, with a warning at its line', () => {
		const { contacts, warnings, lineOf } = imported(['四、解读单位和联系人', '解读单位：温州市测试局', '联系人：张三']);
		expect(contacts).toEqual([{ body: '温州市测试局', name: '张三' }]);
		expect(warnings).toEqual([`${lineOf('联系人：张三')} contacts: no telephone number read for 张三: written without a phone`]);
	});

	it('two names and three numbers: paired in printed order, the third number without a name, and a warning', () => {
		const block = ['解读机关：温州市测试局', '解读人：张三、李四', '联系电话：0577-81234567、0577-82345678、', '0577-83456789'];
		const { contacts, warnings, lineOf } = imported(block);
		expect(contacts).toEqual([
			{ body: '温州市测试局', name: '张三', phone: '0577-81234567' },
			{ body: '温州市测试局', name: '李四', phone: '0577-82345678' },
			{ body: '温州市测试局', phone: '0577-83456789' },
		]);
		expect(warnings).toEqual([
			`${lineOf(block[2])} contacts: 2 names (张三、李四) and 3 telephone numbers (0577-81234567、0577-82345678、0577-83456789): paired in printed order, 0577-83456789 written without a name; check who answers on which number`,
		]);
	});

	it('three names and two numbers: the third name without a number, and a warning', () => {
		const { contacts, warnings, lineOf } = imported(['解读机关：温州市测试局', '解读人：张三、李四及王五', '联系电话：0577-81234567、0577-82345678']);
		expect(contacts.map((c) => [c.name, c.phone])).toEqual([
			['张三', '0577-81234567'],
			['李四', '0577-82345678'],
			['王五', undefined],
		]);
		expect(warnings).toEqual([
			`${lineOf('解读人：张三、李四及王五')} contacts: 3 names (张三、李四、王五) and 2 telephone numbers (0577-81234567、0577-82345678): paired in printed order, 王五 written without a number; check who answers on which number`,
		]);
	});

	it('one number for two names: given to each, and a warning', () => {
		const { contacts, warnings, lineOf } = imported(['解读单位：温州市测试局', '联系人：张三、李四', '联系电话：0577-81234567']);
		expect(contacts.map((c) => [c.name, c.phone])).toEqual([
			['张三', '0577-81234567'],
			['李四', '0577-81234567'],
		]);
		expect(warnings).toEqual([`${lineOf('联系电话：0577-81234567')} contacts: one telephone number 0577-81234567 for 2 names (张三、李四): given to each; check`]);
	});

	it('unit, name and number glued on one line: each in its field', () => {
		const { contacts, warnings } = imported(['解读单位：温州市测试局解读人：张三联系电话：0577-81234567']);
		expect(contacts).toEqual([{ body: '温州市测试局', name: '张三', phone: '0577-81234567' }]);
		expect(warnings).toEqual([]);
	});

	it('a number the content cannot carry: left out with a warning naming it, the name kept', () => {
		const { contacts, warnings, lineOf } = imported(['解读单位：温州市测试局', '联系人：张三', '联系电话：0577-81234567转801']);
		expect(contacts).toEqual([{ body: '温州市测试局', name: '张三' }]);
		expect(warnings).toEqual([
			`${lineOf('联系电话：0577-81234567转801')} contacts: “0577-81234567转801” is not a telephone number (digits and hyphens, e.g. 0577-89090171); left out: write it in contacts[].phone once corrected`,
			`${lineOf('联系人：张三')} contacts: no telephone number read for 张三: written without a phone`,
		]);
	});

	it('a unit’s name printed on two lines, the first not full: joined, with a warning', () => {
		const { contacts, warnings, lineOf } = imported(['解读机关：温州市人力社保局', '事业单位人事管理处', '解读人：张三', '联系电话：0577-81234567']);
		expect(contacts).toEqual([{ body: '温州市人力社保局事业单位人事管理处', name: '张三', phone: '0577-81234567' }]);
		expect(warnings).toEqual([`${lineOf('事业单位人事管理处')} contacts: “事业单位人事管理处” is read as the end of the 解读单位 “温州市人力社保局” above (温州市人力社保局事业单位人事管理处); check against the print`]);
	});
});
