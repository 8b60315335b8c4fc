import { describe, expect, it } from 'vitest';
import { cssString, itemNumbers, printContents, printItemHtml, printStylesheet } from './print.ts';

const TOC = [
	{ section: 'general-office' as const, label: '市政府办公室文件', items: [{ url: '/documents/温政办-2022-96/', title: '关于印发甲的通知', meta: '温政办〔2022〕96号' }, { url: '/documents/温政办-2022-97/', title: '乙' }] },
	{ section: 'briefs' as const, label: '政务简讯', items: [{ url: '/briefs/a/', title: '简讯一' }, { url: '/briefs/b/', title: '简讯二' }, { url: '/briefs/c/', title: '简讯三' }] },
	{ section: 'chronicle' as const, label: '政府记事', items: [{ url: '/issues/2022-12/chronicle/', title: '政府记事' }] },
];

describe('printContents', () => {
	const sections = printContents(TOC);
	const items = sections.flatMap((s) => s.items);

	it('numbers every item in printed order across sections', () => {
		expect(items.map((i) => [i.number, i.anchor, i.title])).toEqual([
			[1, 'item-1', '关于印发甲的通知'],
			[2, 'item-2', '乙'],
			[3, 'item-3', '简讯一'],
			[4, 'item-4', '简讯二'],
			[5, 'item-5', '简讯三'],
			[6, 'item-6', '政府记事'],
		]);
		expect(items[0].meta).toBe('温政办〔2022〕96号');
		expect(sections.map((s) => s.label)).toEqual(['市政府办公室文件', '政务简讯', '政府记事']);
	});

	it('starts a page before every item but runs briefs on under the first one’s page style', () => {
		expect(items.map((i) => [i.sheet, i.breakBefore])).toEqual([
			['item-1', true],
			['item-2', true],
			['item-3', true],
			['item-3', false],
			['item-3', false],
			['item-6', true],
		]);
	});
});

describe('itemNumbers', () => {
	it('names one item or a run', () => {
		expect(itemNumbers(7, 7)).toBe('第7篇');
		expect(itemNumbers(12, 15)).toBe('第12—15篇');
	});
});

describe('cssString', () => {
	it('keeps Chinese text and full-width punctuation as they are', () => {
		expect(cssString('温州市人民政府公报　2022年第12期（总第300期）')).toBe('"温州市人民政府公报　2022年第12期（总第300期）"');
	});

	it('escapes what could end the string or the rule', () => {
		expect(cssString('a"b\\c\nd')).toBe('"a\\22 b\\5c c\\a d"');
		const escaped = cssString('x"} body { display: none } @page { content: "');
		expect(escaped.slice(1, -1)).not.toMatch(/["\n]/);
		expect(escaped).toBe('"x\\22 } body { display: none } @page { content: \\22 "');
	});
});

describe('printStylesheet', () => {
	const css = printStylesheet('温州市人民政府公报　2022年第12期', printContents(TOC));

	it('gives every item its page style and running head, briefs one head for the run', () => {
		expect(css).toContain('.print-item[data-sheet="item-1"] { page: item-1; }');
		expect(css).toContain('@page item-1 { @top-right { content: "第1篇　市政府办公室文件";');
		expect(css).toContain('@page item-3 { @top-right { content: "第3—5篇　政务简讯";');
		expect(css).not.toContain('item-4');
		expect(css).toContain('@page item-6 { @top-right { content: "第6篇　政府记事";');
	});

	it('prints the masthead and the page number on every page but the cover', () => {
		expect(css).toContain('@top-left { content: "温州市人民政府公报　2022年第12期";');
		expect(css).toContain('@bottom-center { content: "— " counter(page) " —";');
		expect(css).toContain('@page :first { @top-left { content: none; } @bottom-center { content: none; } }');
	});
});

describe('printItemHtml', () => {
	const links = {
		origin: 'https://gazette.example.gov.cn',
		issue: '/issues/2022-12/',
		browse: ['/units/', '/statistics/'],
		items: new Map([
			['/documents/温政办-2022-96/', { anchor: 'item-1', number: 1 }],
			['/issues/2022-12/chronicle/', { anchor: 'item-6', number: 6 }],
		]),
	};

	it('moves headings one level down under the issue’s h1', () => {
		expect(printItemHtml('<h1>题</h1><h2>二</h2><h3>三</h3><h6>六</h6>', { anchor: 'item-2', number: 2 }, links)).toBe('<h2>题</h2><h3>二</h3><h4>三</h4><h6>六</h6>');
	});

	it('prefixes ids and the references to them, so two items never share one', () => {
		const html = '<div aria-labelledby="regulation-title"><h2 id="regulation-title">办法</h2><p id="art-1">第一条</p><a href="#art-1">第一条</a><label for="q">检</label><table><td headers="a b">x</td></table></div>';
		expect(printItemHtml(html, { anchor: 'item-2', number: 2 }, links)).toBe(
			'<div aria-labelledby="item-2-regulation-title"><h3 id="item-2-regulation-title">办法</h3><p id="item-2-art-1">第一条</p><a href="#item-2-art-1">第一条</a><label for="item-2-q">检</label><table><tbody><tr><td headers="item-2-a item-2-b">x</td></tr></tbody></table></div>',
		);
	});

	it('names its landmarks after the item as well, as every item has its own 印发通知 or 咨询联系', () => {
		expect(printItemHtml('<section aria-label="印发通知"></section><div role="region" aria-label="表格（可横向滚动）"></div><ul aria-label="政策解读"></ul>', { anchor: 'item-2', number: 2 }, links)).toBe(
			'<section aria-label="印发通知（第2篇）"></section><div role="region" aria-label="表格（可横向滚动）（第2篇）"></div><ul aria-label="政策解读"></ul>',
		);
		expect(printItemHtml('<aside aria-labelledby="contacts-title"><h2 id="contacts-title">咨询联系</h2></aside>', { anchor: 'item-7', number: 7 }, links)).toBe(
			'<aside aria-labelledby="item-7-contacts-title item-7-number"><h3 id="item-7-contacts-title">咨询联系</h3></aside>',
		);
	});

	it('links an item printed on the page to its place there, with its number to print', () => {
		expect(printItemHtml('<a href="/documents/%E6%B8%A9%E6%94%BF%E5%8A%9E-2022-96/#art-3">第三条</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="#item-1-art-3" data-print-ref="见第1篇">第三条</a>');
		expect(printItemHtml('<a href="/issues/2022-12/chronicle/">记事</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="#item-6" data-print-ref="见第6篇">记事</a>');
	});

	it('links the issue itself to the cover, and prints nothing for it', () => {
		expect(printItemHtml('<a href="/issues/2022-12/">2022年第12期</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="#cover">2022年第12期</a>');
	});

	it('prints no address for pages to browse by, which the print does not carry', () => {
		expect(printItemHtml('<a href="/units/温州市财政局/">市财政局</a><a href="/statistics/%E8%B4%A2%E6%94%BF/">财政</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="/units/温州市财政局/">市财政局</a><a href="/statistics/%E8%B4%A2%E6%94%BF/">财政</a>');
	});

	it('gives every other link its full, readable address to print', () => {
		expect(printItemHtml('<a href="/documents/温政办-2021-3/">温政办〔2021〕3号</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="/documents/温政办-2021-3/" data-print-url="https://gazette.example.gov.cn/documents/温政办-2021-3/">温政办〔2021〕3号</a>');
		expect(printItemHtml('<a href="/issues/2022-11/">上期</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="/issues/2022-11/" data-print-url="https://gazette.example.gov.cn/issues/2022-11/">上期</a>');
		expect(printItemHtml('<a href="https://www.gov.cn/zhengce/">国务院</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="https://www.gov.cn/zhengce/" data-print-url="https://www.gov.cn/zhengce/">国务院</a>');
		expect(printItemHtml('<a href="tel:057788888888">0577-88888888</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="tel:057788888888">0577-88888888</a>');
	});

	it('leaves a link that is no address, or to the top of the page, as it is', () => {
		expect(printItemHtml('<a href="http://">x</a><a href="#">y</a>', { anchor: 'item-2', number: 2 }, links)).toBe('<a href="http://">x</a><a href="#">y</a>');
	});

	it('leaves text as text', () => {
		expect(printItemHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt; “引号” &amp;</p>', { anchor: 'item-2', number: 2 }, links)).toBe('<p>&#x3C;script>alert(1)&#x3C;/script> “引号” &#x26;</p>');
	});
});
