import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeGazetteTables from './rehype-gazette-tables.ts';

/** Markdown through the same plugins Astro runs (raw HTML allowed and parsed, as Astro does). */
function markdownToHtml(markdown: string, times = 1): string {
	let processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
	for (let i = 0; i < times; i++) processor = processor.use(rehypeGazetteTables);
	return String(processor.use(rehypeStringify).processSync(markdown));
}

function htmlToHtml(html: string): string {
	return String(unified().use(rehypeParse, { fragment: true }).use(rehypeGazetteTables).use(rehypeStringify).processSync(html));
}

function dom(html: string) {
	return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

// The 附表 of 温政办〔2022〕98号, shortened.
const TABLE = `| 序号 | 指标 | 2023年 | 2025年 | 属性 |
| --- | --- | --- | --- | --- |
| 1 | 资助困难群众参加基本医疗保险率（%） | 100 | 100 | 约束性 |
| 2 | 惠民型商业补充医疗保险投保率（%） | ≥50 | ≥50 | 预期性 |
| 3 | 困难群众自费医疗费用控制率（%） | <20 | —— | 预期性 |
`;

describe('rehype-gazette-tables: a GFM table', () => {
	const document = dom(markdownToHtml(`附表说明。\n\n${TABLE}\n之后的段落。\n`));
	const wrapper = document.querySelector('div.table-scroll');

	it('is wrapped in a focusable, labelled scroll region', () => {
		expect(wrapper).not.toBeNull();
		expect(wrapper!.getAttribute('class')).toBe('table-scroll');
		expect(wrapper!.getAttribute('tabindex')).toBe('0');
		expect(wrapper!.getAttribute('role')).toBe('region');
		expect(wrapper!.getAttribute('aria-label')).toBe('表格（可横向滚动）');
	});

	it('has the table as the wrapper’s only child and stays where the table was', () => {
		expect(wrapper!.children).toHaveLength(1);
		expect(wrapper!.children[0].tagName.toLowerCase()).toBe('table');
		expect(wrapper!.previousElementSibling?.textContent).toBe('附表说明。');
		expect(wrapper!.nextElementSibling?.textContent).toBe('之后的段落。');
		expect(document.querySelectorAll('table')).toHaveLength(1);
		expect(document.querySelectorAll('div.table-scroll')).toHaveLength(1);
	});

	it('marks every header cell scope="col" and leaves data cells alone', () => {
		const headers = [...document.querySelectorAll('th')];
		expect(headers.map((th) => th.textContent)).toEqual(['序号', '指标', '2023年', '2025年', '属性']);
		expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
		expect([...document.querySelectorAll('td')].filter((td) => td.hasAttribute('scope'))).toHaveLength(0);
	});

	it('keeps full-width and special characters in cells intact', () => {
		const cells = [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
		expect(cells).toEqual([
			['1', '资助困难群众参加基本医疗保险率（%）', '100', '100', '约束性'],
			['2', '惠民型商业补充医疗保险投保率（%）', '≥50', '≥50', '预期性'],
			['3', '困难群众自费医疗费用控制率（%）', '<20', '——', '预期性'],
		]);
	});
});

describe('rehype-gazette-tables: tables that are already wrapped', () => {
	it('does not wrap a table already inside div.table-scroll (raw HTML in Markdown)', () => {
		const html = markdownToHtml('<div class="table-scroll"><table><tr><th>指标</th></tr></table></div>\n');
		const document = dom(html);
		expect(document.querySelectorAll('div.table-scroll')).toHaveLength(1);
		expect(document.querySelector('div.table-scroll > table')).not.toBeNull();
		expect(document.querySelector('th')!.getAttribute('scope')).toBe('col');
	});

	it('does not wrap twice when the plugin runs twice', () => {
		const document = dom(markdownToHtml(TABLE, 2));
		expect(document.querySelectorAll('div.table-scroll')).toHaveLength(1);
		expect(document.querySelectorAll('div.table-scroll > table')).toHaveLength(1);
		expect(document.querySelectorAll('div.table-scroll div.table-scroll')).toHaveLength(0);
	});

	it('wraps each of several tables on its own, and numbers their names so that no two regions share one', () => {
		const document = dom(markdownToHtml(`${TABLE}\n中间的段落。\n\n${TABLE}`));
		expect(document.querySelectorAll('div.table-scroll > table')).toHaveLength(2);
		expect(document.querySelectorAll('table')).toHaveLength(2);
		expect([...document.querySelectorAll('div.table-scroll')].map((d) => d.getAttribute('aria-label'))).toEqual(['表格1（可横向滚动）', '表格2（可横向滚动）']);
	});
});

describe('rehype-gazette-tables: a printed form (附件 tables with blanks to fill in)', () => {
	// The shape of 附件2 of 温人社发〔2022〕73号: labels and blanks in the first row.
	const FORM = `| 单位名称 | | | 专技或工勤常设岗位总量 | |
| --- | --- | --- | --- | --- |
| 核销原因 | | | | |
`;
	const document = dom(markdownToHtml(FORM));

	it('keeps the labels of the first row as column headers', () => {
		expect([...document.querySelectorAll('th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
			['单位名称', 'col'],
			['专技或工勤常设岗位总量', 'col'],
		]);
	});

	it('makes the blanks of the first row data cells, not empty headers', () => {
		const first = document.querySelector('thead tr')!;
		expect([...first.children].map((c) => c.tagName.toLowerCase())).toEqual(['th', 'td', 'td', 'th', 'td']);
		expect([...first.querySelectorAll('td')].every((td) => !td.hasAttribute('scope') && td.textContent === '')).toBe(true);
	});

	it('treats a header cell holding only full-width spaces as blank', () => {
		expect(htmlToHtml('<table><tr><th>\u3000\u3000</th><th>姓名</th></tr></table>')).toBe(
			'<div class="table-scroll" tabindex="0" role="region" aria-label="表格（可横向滚动）"><table><tbody><tr><td>\u3000\u3000</td><th scope="col">姓名</th></tr></tbody></table></div>',
		);
	});
});

describe('rehype-gazette-tables: HTML input', () => {
	it('wraps a top-level table of an HTML fragment', () => {
		expect(htmlToHtml('<table><tr><td>≥50</td></tr></table>')).toBe(
			'<div class="table-scroll" tabindex="0" role="region" aria-label="表格（可横向滚动）"><table><tbody><tr><td>≥50</td></tr></tbody></table></div>',
		);
	});

	it('keeps a scope the author set, e.g. a row header', () => {
		const document = dom(htmlToHtml('<table><tr><th scope="row">财政总收入</th><td>918.81</td></tr></table>'));
		expect(document.querySelector('th')!.getAttribute('scope')).toBe('row');
	});
});
