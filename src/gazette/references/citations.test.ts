/**
 * findReferences and regulationTitleKey, case by case: each case is a text as
 * printed and every reference it must yield, in order, with the exact span.
 */
import { describe, expect, it } from 'vitest';
import { findReferences, regulationTitleKey, type Reference } from './citations.ts';

interface Expected {
	/** The text the reference covers, exactly (its span). */
	span: string;
	docNumber?: string;
	printedNumber?: string;
	title?: string;
}

interface Case {
	name: string;
	text: string;
	knownCodes?: string[];
	refs: Expected[];
}

const FIRE = '温州市火灾事故调查处理规定';
const POSTS = '温州市事业单位特设岗位设置管理实施办法（试行）';

const CASES: Case[] = [
	{
		name: '《title》（文号） with full-width parentheses is one reference',
		text: `根据《${FIRE}》（温政办〔2022〕96号）执行。`,
		refs: [{ span: `《${FIRE}》（温政办〔2022〕96号）`, docNumber: '温政办〔2022〕96号', printedNumber: '温政办〔2022〕96号', title: FIRE }],
	},
	{
		name: '《title》(文号) with half-width parentheses is one reference',
		text: `根据《${FIRE}》(温政办〔2022〕96号)执行。`,
		refs: [{ span: `《${FIRE}》(温政办〔2022〕96号)`, docNumber: '温政办〔2022〕96号', printedNumber: '温政办〔2022〕96号', title: FIRE }],
	},
	{
		name: '《title》（文号） with spaces inside the parentheses',
		text: `《${FIRE}》（ 温政办〔2022〕96号 ）`,
		refs: [{ span: `《${FIRE}》（ 温政办〔2022〕96号 ）`, docNumber: '温政办〔2022〕96号', title: FIRE }],
	},
	{
		name: '【】 around the year',
		text: '按照温政办【2022】98号执行',
		knownCodes: ['温政办'],
		refs: [{ span: '温政办【2022】98号', docNumber: '温政办〔2022〕98号', printedNumber: '温政办【2022】98号' }],
	},
	{
		name: '[] around the year',
		text: '《浙江省事业单位特设岗位设置管理暂行办法》（浙人社发[2018]122号）',
		refs: [
			{
				span: '《浙江省事业单位特设岗位设置管理暂行办法》（浙人社发[2018]122号）',
				docNumber: '浙人社发〔2018〕122号',
				printedNumber: '浙人社发[2018]122号',
				title: '浙江省事业单位特设岗位设置管理暂行办法',
			},
		],
	},
	{
		name: '［］ (full-width square brackets) around the year',
		text: '（浙人社发［2018］122号）',
		refs: [{ span: '浙人社发［2018］122号', docNumber: '浙人社发〔2018〕122号', printedNumber: '浙人社发［2018］122号' }],
	},
	{
		name: '第 before the serial: canonical without it, printed with it',
		text: '《中共中央办公厅 国务院办公厅关于深化消防执法改革的意见》（厅字〔2019〕第34号）',
		refs: [
			{
				span: '《中共中央办公厅 国务院办公厅关于深化消防执法改革的意见》（厅字〔2019〕第34号）',
				docNumber: '厅字〔2019〕34号',
				printedNumber: '厅字〔2019〕第34号',
				title: '中共中央办公厅 国务院办公厅关于深化消防执法改革的意见',
			},
		],
	},
	{
		name: 'full-width digits in year and serial',
		text: '（温政办〔２０２２〕９６号）',
		refs: [{ span: '温政办〔２０２２〕９６号', docNumber: '温政办〔2022〕96号', printedNumber: '温政办〔２０２２〕９６号' }],
	},
	{
		name: 'spaces inside the 文号 are dropped from the printed number',
		text: '（温政办 〔2022〕 第 96 号）',
		refs: [{ span: '温政办 〔2022〕 第 96 号', docNumber: '温政办〔2022〕96号', printedNumber: '温政办〔2022〕第96号' }],
	},
	{
		name: 'a bare 文号 glued to the words before it: the known issuer code wins',
		text: '经温政办〔2022〕94号同意',
		knownCodes: ['温政办'],
		refs: [{ span: '温政办〔2022〕94号', docNumber: '温政办〔2022〕94号', printedNumber: '温政办〔2022〕94号' }],
	},
	{
		name: 'a bare 文号 after a long run of words: the known code is found at the end of the run',
		text: '为深入贯彻落实市委市政府决策部署经温政办〔2022〕94号同意',
		knownCodes: ['政办', '温政办'],
		refs: [{ span: '温政办〔2022〕94号', docNumber: '温政办〔2022〕94号' }],
	},
	{
		name: 'an unknown issuer glued to words keeps the whole Han run (documented fallback)',
		text: '经温政办〔2022〕94号同意',
		refs: [{ span: '经温政办〔2022〕94号', docNumber: '经温政办〔2022〕94号' }],
	},
	{
		name: '《》 inside 《》: the outer title is one mention',
		text: `《关于印发《${POSTS}》的通知》`,
		refs: [{ span: `《关于印发《${POSTS}》的通知》`, title: `关于印发《${POSTS}》的通知` }],
	},
	{
		name: '《》 inside 《》 followed by its 文号: one citation',
		text: `根据《关于印发《${POSTS}》的通知》（温人社发〔2022〕73号）`,
		refs: [{ span: `《关于印发《${POSTS}》的通知》（温人社发〔2022〕73号）`, docNumber: '温人社发〔2022〕73号', title: `关于印发《${POSTS}》的通知` }],
	},
	{
		name: 'a title broken over two lines is joined without a space',
		text: '按照《温州市事业单位特设岗位\n设置管理实施办法（试行）》设置',
		refs: [{ span: '《温州市事业单位特设岗位\n设置管理实施办法（试行）》', title: POSTS }],
	},
	{
		name: 'a line break with indentation is joined too',
		text: '《温州市事业单位特设岗位  \n    设置管理实施办法（试行）》',
		refs: [{ span: '《温州市事业单位特设岗位  \n    设置管理实施办法（试行）》', title: POSTS }],
	},
	{
		name: 'a real space between two names is kept',
		text: '《中共中央办公厅 国务院办公厅关于深化消防执法改革的意见》',
		refs: [{ span: '《中共中央办公厅 国务院办公厅关于深化消防执法改革的意见》', title: '中共中央办公厅 国务院办公厅关于深化消防执法改革的意见' }],
	},
	{
		name: 'a title with （试行） inside, then its 文号',
		text: `《${POSTS}》（温人社发〔2022〕73号）`,
		refs: [{ span: `《${POSTS}》（温人社发〔2022〕73号）`, docNumber: '温人社发〔2022〕73号', title: POSTS }],
	},
	{
		name: 'two titles side by side are two mentions, in order',
		text: '根据《中华人民共和国消防法》《浙江省消防条例》等法律法规',
		refs: [
			{ span: '《中华人民共和国消防法》', title: '中华人民共和国消防法' },
			{ span: '《浙江省消防条例》', title: '浙江省消防条例' },
		],
	},
	{
		name: 'a title and a later bare 文号 stay two references',
		text: `《${FIRE}》规定，按温政办〔2022〕98号执行。`,
		knownCodes: ['温政办'],
		refs: [
			{ span: `《${FIRE}》`, title: FIRE },
			{ span: '温政办〔2022〕98号', docNumber: '温政办〔2022〕98号' },
		],
	},
	{
		name: 'no reference: serial 0, no brackets, a three-digit year',
		text: '温政办〔2022〕0号；国务院令第652号；温政办〔202〕5号；2022年12月',
		refs: [],
	},
];

function describeRef(text: string, r: Reference) {
	return {
		span: text.slice(r.start, r.end),
		...(r.docNumber !== undefined ? { docNumber: r.docNumber } : {}),
		...(r.printedNumber !== undefined ? { printedNumber: r.printedNumber } : {}),
		...(r.title !== undefined ? { title: r.title } : {}),
	};
}

describe('findReferences', () => {
	it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		const refs = findReferences(c.text, new Set(c.knownCodes ?? []));
		const actual = refs.map((r) => describeRef(c.text, r));
		expect(actual).toHaveLength(c.refs.length);
		c.refs.forEach((e, i) => expect(actual[i]).toMatchObject(e));
		// Only the fields the case names, unless it names them all: no stray title or number.
		c.refs.forEach((e, i) => {
			if (e.title === undefined) expect(actual[i].title, `ref ${i} has a title`).toBeUndefined();
			if (e.docNumber === undefined) expect(actual[i].docNumber, `ref ${i} has a 文号`).toBeUndefined();
		});
	});

	it('keeps references sorted and never overlapping', () => {
		for (const c of CASES) {
			const refs = findReferences(c.text, new Set(c.knownCodes ?? []));
			refs.forEach((r, i) => {
				expect(r.start).toBeLessThan(r.end);
				if (i > 0) expect(r.start, c.name).toBeGreaterThanOrEqual(refs[i - 1].end);
			});
		}
	});

	it('a printed number is always the span’s 文号 without white space', () => {
		const text = '见《规定》（温政办 【2022】 第96号）和温政办〔2022〕98号';
		const refs = findReferences(text, new Set(['温政办']));
		expect(refs.map((r) => r.printedNumber)).toEqual(['温政办【2022】第96号', '温政办〔2022〕98号']);
	});
});

describe('regulationTitleKey', () => {
	it.each([
		['the regulation title itself', FIRE, FIRE],
		['the cover notice’s full title', `温州市人民政府办公室关于印发${FIRE}的通知`, FIRE],
		['a notice title without an issuer', `关于印发${FIRE}的通知`, FIRE],
		['a title in 《》', `《${FIRE}》`, FIRE],
		['《》 nested in the notice title', `关于印发《${POSTS}》的通知`, POSTS],
		['a nested title still in its outer 《》', `《关于印发《${POSTS}》的通知》`, POSTS],
		['《》 nested after several issuers', `中共温州市委组织部 温州市人力资源和社会保障局 温州市财政局关于印发《${POSTS}》的通知`, POSTS],
		['the outer mention as findReferences gives it', findReferences(`《关于印发《${POSTS}》的通知》`)[0].title!, POSTS],
		['white space and line breaks removed', '关于深化“医保纾困”改革 强化“一困一老一小”\n医疗保障的实施方案', '关于深化“医保纾困”改革强化“一困一老一小”医疗保障的实施方案'],
		['（试行） is part of the title', POSTS, POSTS],
	])('%s', (_name, title, key) => {
		expect(regulationTitleKey(title)).toBe(key);
	});

	it('gives one key for a document’s title and its regulation title in the sample', () => {
		// 温政办〔2022〕96号 and 温人社发〔2022〕73号 as content/ has them.
		expect(regulationTitleKey('温州市人民政府办公室关于印发温州市火灾事故调查处理规定的通知')).toBe(regulationTitleKey(FIRE));
		expect(regulationTitleKey(`中共温州市委组织部 温州市人力资源和社会保障局 温州市财政局关于印发《${POSTS}》的通知`)).toBe(regulationTitleKey(POSTS));
	});
});
