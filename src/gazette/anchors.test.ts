import { describe, expect, it } from 'vitest';
import { AnchorAllocator, type AnchorKind } from './anchors.ts';

/** Runs the blocks of one document through a fresh allocator, in order. */
function allocate(blocks: [AnchorKind, string][]): (string | undefined)[] {
	const anchors = new AnchorAllocator();
	return blocks.map(([kind, text]) => anchors.next(kind, text));
}

describe('AnchorAllocator: headings', () => {
	it('numbers parts by their printed numeral and sub-parts under the current part', () => {
		expect(
			allocate([
				['heading', '一、工作目标'],
				['heading', '二、主要任务'],
				['heading', '（一）强化老年群体保障'],
				['heading', '(二)加大儿童保障力度'],
				['heading', '（十二）其他'],
				['heading', '三、工作保障'],
				['heading', '（一）加强组织领导'],
			]),
		).toEqual(['part-1', 'part-2', 'part-2-1', 'part-2-2', 'part-2-12', 'part-3', 'part-3-1']);
	});

	it('follows the printed part number, not a count of headings', () => {
		expect(allocate([['heading', '三、组织实施'], ['heading', '十一、附则']])).toEqual(['part-3', 'part-11']);
	});

	it('numbers 附件 and 附表 headings in order of appearance, whatever their printed number', () => {
		expect(
			allocate([
				['heading', '附件2 温州市事业单位特设岗位核销备案表'],
				['heading', '附表 因病致贫返贫防范长效机制建议指标'],
				['heading', '附件'],
			]),
		).toEqual(['attachment-1', 'attachment-2', 'attachment-3']);
	});

	it('gives no id to headings that are not numbered parts or attachments', () => {
		expect(allocate([['heading', '附则'], ['heading', '总体要求'], ['heading', '第三条'], ['heading', '1.鼓励'], ['heading', '']])).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});

	it('requires the 、 after a part numeral and closing bracket after a sub-part numeral', () => {
		expect(allocate([['heading', '一是加强领导'], ['heading', '十分重要'], ['heading', '（一加强']])).toEqual([undefined, undefined, undefined]);
	});
});

describe('AnchorAllocator: paragraphs', () => {
	it.each([
		['第一条 为深入实施人才强市战略', 'article-1'],
		['第十二条 事业单位应当', 'article-12'],
		['第二十条 本办法由', 'article-20'],
		['第一百零五条 本条例自公布之日起施行', 'article-105'],
		['第两百条 测试', 'article-200'],
		['1.鼓励市外员工留温', 'measure-1'],
		['5．强化企业安全生产', 'measure-5'],
		['3、组织开展暖心活动', 'measure-3'],
		['12.加大员工招聘力度', 'measure-12'],
		['007.前导零', 'measure-7'],
		['\u3000\u3000第十二条　全角空格缩进', 'article-12'],
		['  4.半角空格缩进', 'measure-4'],
	])('%s → %s', (text, id) => {
		expect(allocate([['paragraph', text]])).toEqual([id]);
	});

	it.each([
		['a year', '2023年1月1日起施行'],
		['a decimal amount', '1.5万元以下的补贴'],
		['a percentage', '10.5%的企业'],
		['a full-width decimal point', '1．5万元'],
		['a four-digit number', '1000.鼓励'],
		['a date with dots', '2022.12.31前完成'],
		['an article cited mid-sentence', '依照第十二条规定'],
		['a chapter, not an article', '第三章 附则'],
		['a part numeral in a paragraph', '一、不是标题'],
		['a 附件 line in a paragraph', '附件：1.核准表'],
		['a note', '备注：1.资助困难群众'],
		['ordinary text', '本方案自2023年1月1日起施行。'],
		['empty text', ''],
	])('no id for %s: %s', (_label, text) => {
		expect(allocate([['paragraph', text]])).toEqual([undefined]);
	});
});

describe('AnchorAllocator: uniqueness', () => {
	it('suffixes a repeated printed number: 18. twice → measure-18, measure-18-2', () => {
		expect(
			allocate([
				['paragraph', '18.探索推行“明标暗评”'],
				['paragraph', '18.完善投标人信息数据研判和分析'],
				['paragraph', '19.严格执行诚信信息“体检”'],
				['paragraph', '18.第三次'],
			]),
		).toEqual(['measure-18', 'measure-18-2', 'measure-19', 'measure-18-3']);
	});

	it('suffixes a repeated part and article too', () => {
		expect(
			allocate([
				['heading', '一、甲'],
				['heading', '一、乙'],
				['paragraph', '第三条 甲'],
				['paragraph', '第三条 乙'],
			]),
		).toEqual(['part-1', 'part-1-2', 'article-3', 'article-3-2']);
	});

	it('never hands out an id that an earlier suffix took', () => {
		// part-1-2 is first a suffixed duplicate, then the printed （二） under part 1.
		const ids = allocate([
			['heading', '一、甲'],
			['heading', '一、乙'],
			['heading', '（二）丙'],
		]);
		expect(ids).toEqual(['part-1', 'part-1-2', 'part-1-2-2']);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps separate counters per allocator (per document)', () => {
		const a = new AnchorAllocator();
		const b = new AnchorAllocator();
		expect(a.next('paragraph', '18.甲')).toBe('measure-18');
		expect(a.next('heading', '附件1')).toBe('attachment-1');
		expect(b.next('paragraph', '18.甲')).toBe('measure-18');
		expect(b.next('heading', '附件1')).toBe('attachment-1');
	});
});
