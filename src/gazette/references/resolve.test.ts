/**
 * ReferenceResolver over a small gazette: which document a 文号 or a title
 * names, titles that name two documents, self-references, and segments.
 */
import { describe, expect, it } from 'vitest';
import { ReferenceResolver, type RefTarget } from './resolve.ts';

const FIRE: RefTarget = { docNumber: '温政办〔2022〕96号', regulationTitle: '温州市火灾事故调查处理规定', url: '/documents/温政办-2022-96/' };
const HEALTH: RefTarget = {
	docNumber: '温政办〔2022〕98号',
	regulationTitle: '关于深化“医保纾困”改革 强化“一困一老一小”医疗保障的实施方案',
	url: '/documents/温政办-2022-98/',
};
const POSTS: RefTarget = { docNumber: '温人社发〔2022〕73号', regulationTitle: '温州市事业单位特设岗位设置管理实施办法（试行）', url: '/documents/温人社发-2022-73/' };
// Two documents issuing rules of one name: a title alone cannot tell them apart.
const TWIN_A: RefTarget = { docNumber: '温政办〔2021〕5号', regulationTitle: '温州市某某管理细则', url: '/documents/温政办-2021-5/' };
const TWIN_B: RefTarget = { docNumber: '温政发〔2022〕7号', regulationTitle: '温州市某某管理细则', url: '/documents/温政发-2022-7/' };

const resolver = () => new ReferenceResolver([FIRE, HEALTH, POSTS, TWIN_A, TWIN_B]);

/** [span, docNumber of the target or null] for every reference. */
const resolved = (r: ReferenceResolver, text: string, self?: string) =>
	r.resolve(text, self).map((ref) => [text.slice(ref.start, ref.end), ref.target?.docNumber ?? null]);

describe('ReferenceResolver: by 文号', () => {
	it.each([
		['〔〕', '温政办〔2022〕96号'],
		['【】', '温政办【2022】96号'],
		['[]', '温政办[2022]96号'],
		['［］ and 第', '温政办［2022］第96号'],
		['full-width digits', '温政办〔２０２２〕９６号'],
	])('%s: %s', (_name, printed) => {
		expect(resolved(resolver(), `经${printed}同意`)).toEqual([[printed, FIRE.docNumber]]);
	});

	it('a 文号 the gazette does not hold is a reference without a target', () => {
		expect(resolved(resolver(), '（浙人社发〔2018〕122号）')).toEqual([['浙人社发〔2018〕122号', null]]);
	});

	it('the 文号 wins over the title beside it', () => {
		// The title names 96号, the number 98号: the number is what the text cites.
		expect(resolved(resolver(), '《温州市火灾事故调查处理规定》（温政办〔2022〕98号）')).toEqual([['《温州市火灾事故调查处理规定》（温政办〔2022〕98号）', HEALTH.docNumber]]);
	});
});

describe('ReferenceResolver: by title', () => {
	it.each([
		['the regulation title', '《温州市火灾事故调查处理规定》', FIRE],
		['the notice title with issuer', '《温州市人民政府办公室关于印发温州市火灾事故调查处理规定的通知》', FIRE],
		['（试行） inside', '《温州市事业单位特设岗位设置管理实施办法（试行）》', POSTS],
		['nested 《》', '《关于印发《温州市事业单位特设岗位设置管理实施办法（试行）》的通知》', POSTS],
		['broken over two lines', '《温州市事业单位特设岗位\n设置管理实施办法（试行）》', POSTS],
		['a title with a space, printed without it', '《关于深化“医保纾困”改革强化“一困一老一小”医疗保障的实施方案》', HEALTH],
	])('%s', (_name, title, target) => {
		expect(resolved(resolver(), `研究审议${title}。`)).toEqual([[title, target.docNumber]]);
	});

	it('a title the gazette does not hold has no target', () => {
		expect(resolved(resolver(), '《中华人民共和国消防法》')).toEqual([['《中华人民共和国消防法》', null]]);
	});

	it('without the （试行） the title is another one', () => {
		expect(resolved(resolver(), '《温州市事业单位特设岗位设置管理实施办法》')).toEqual([['《温州市事业单位特设岗位设置管理实施办法》', null]]);
	});
});

describe('ReferenceResolver: ambiguous titles', () => {
	it('are reported with every candidate and left unlinked', () => {
		const r = resolver();
		const text = '按照《温州市某某管理细则》执行。';
		expect(resolved(r, text)).toEqual([['《温州市某某管理细则》', null]]);
		expect([...r.ambiguous.values()]).toEqual([{ title: '温州市某某管理细则', candidates: [TWIN_A.docNumber, TWIN_B.docNumber] }]);
		expect(r.segments(text)).toEqual([{ text }]);
	});

	it('are not reported until a text names them', () => {
		expect(resolver().ambiguous.size).toBe(0);
	});

	it('still resolve by their 文号', () => {
		const r = resolver();
		expect(resolved(r, '《温州市某某管理细则》（温政发〔2022〕7号）')).toEqual([['《温州市某某管理细则》（温政发〔2022〕7号）', TWIN_B.docNumber]]);
		expect(r.ambiguous.size).toBe(0);
	});
});

describe('ReferenceResolver: self-references', () => {
	const text = '《温州市火灾事故调查处理规定》（温政办〔2022〕96号）和温政办〔2022〕98号';

	it('are dropped, others kept', () => {
		expect(resolved(resolver(), text, FIRE.docNumber)).toEqual([['温政办〔2022〕98号', HEALTH.docNumber]]);
		expect(resolved(resolver(), '《温州市火灾事故调查处理规定》', FIRE.docNumber)).toEqual([]);
	});

	it('are kept when the text has no self', () => {
		expect(resolved(resolver(), text)).toHaveLength(2);
	});

	it('a reference to an unknown document is kept whatever self is', () => {
		expect(resolved(resolver(), '浙人社发〔2018〕122号', FIRE.docNumber)).toEqual([['浙人社发〔2018〕122号', null]]);
	});
});

describe('ReferenceResolver: segments', () => {
	it('cut exactly at the reference bounds', () => {
		const text = '根据《温州市火灾事故调查处理规定》（温政办〔2022〕96号）和温政办【2022】98号，参照《中华人民共和国消防法》执行。';
		expect(resolver().segments(text)).toEqual([
			{ text: '根据' },
			{ text: '《温州市火灾事故调查处理规定》（温政办〔2022〕96号）', href: FIRE.url },
			{ text: '和' },
			{ text: '温政办【2022】98号', href: HEALTH.url },
			{ text: '，参照《中华人民共和国消防法》执行。' },
		]);
	});

	it('start and end with a link when the text does', () => {
		expect(resolver().segments('温政办〔2022〕96号')).toEqual([{ text: '温政办〔2022〕96号', href: FIRE.url }]);
		expect(resolver().segments('《温州市火灾事故调查处理规定》《温州市事业单位特设岗位设置管理实施办法（试行）》')).toEqual([
			{ text: '《温州市火灾事故调查处理规定》', href: FIRE.url },
			{ text: '《温州市事业单位特设岗位设置管理实施办法（试行）》', href: POSTS.url },
		]);
	});

	it('keep line breaks and full-width characters, and join back to the text', () => {
		const text = '　　按照《温州市事业单位特设岗位\n设置管理实施办法（试行）》（温人社发〔２０２２〕７３号）。';
		const segments = resolver().segments(text);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments).toEqual([
			{ text: '　　按照' },
			{ text: '《温州市事业单位特设岗位\n设置管理实施办法（试行）》（温人社发〔２０２２〕７３号）', href: POSTS.url },
			{ text: '。' },
		]);
	});

	it('leave a text with no resolvable reference whole', () => {
		expect(resolver().segments('市长张振丰参加会议。')).toEqual([{ text: '市长张振丰参加会议。' }]);
		expect(resolver().segments('')).toEqual([]);
	});

	it('leave self unlinked', () => {
		expect(resolver().segments('按温政办〔2022〕96号和温政办〔2022〕98号', FIRE.docNumber)).toEqual([
			{ text: '按温政办〔2022〕96号和' },
			{ text: '温政办〔2022〕98号', href: HEALTH.url },
		]);
	});
});
