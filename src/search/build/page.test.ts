/**
 * readSearchPage on built-page fixtures (src/gazette/fixtures/search-page/):
 * only the data-pagefind-body element is read, without [data-pagefind-ignore]
 * parts, scripts or page furniture, with blocks and table cells kept apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSearchPage, searchIssueOf } from './page.ts';
import { fromIndexText, toIndexText } from './text.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/search-page/${name}`, import.meta.url), 'utf8');
const read = (name: string) => readSearchPage(fixture(name), `dist/${name}`);

describe('readSearchPage', () => {
	it('returns null for a page without a data-pagefind-body element', () => {
		expect(read('no-body.html')).toBeNull();
		expect(readSearchPage('', 'empty.html')).toBeNull();
	});

	describe('a document page', () => {
		const page = read('document.html')!;

		it('takes the title from the h1 and the facts from data-search', () => {
			expect(page.title).toBe('温州市人民政府办公室关于印发温州市支持企业“留员工、稳生产、开门红”工作方案的通知');
			expect(page.info).toEqual({
				section: '市政府办公室文件',
				issue: '2022-12',
				date: '2022-12-22',
				issuers: ['温州市人民政府办公室'],
				docNumber: '温政办〔2022〕94号',
				unifiedNumber: 'ZJCC01-2022-0021',
				effectiveDate: '2022-12-22',
				expiryDate: '2023-06-30',
			});
		});

		it('reads the searchable part, the h1 included', () => {
			for (const text of ['温州市人民政府办公室关于印发', '温政办〔2022〕94号', 'ZJCC01–2022–0021', '2022年12月22日', '每人500元的标准', '加大RCEP合作交流支持', '0577-88925672']) {
				expect(page.text).toContain(text);
			}
			expect(page.text.indexOf(page.title)).toBeGreaterThanOrEqual(0);
		});

		it('leaves out everything marked data-pagefind-ignore, however deep', () => {
			for (const text of ['已失效', '打印本页', '机读数据', '编者注', '内层忽略', '此处为注释']) expect(page.text).not.toContain(text);
			// The text around an ignored span closes up.
			expect(page.text).toContain('发放一次性留工补助。加大RCEP合作交流支持。');
		});

		it('leaves out scripts, the head, navigation, header and footer', () => {
			for (const text of ['有效性脚本', '页头脚本', '跳到正文', '首页', '往期公报', '数据接口', '主办', '2022年第12期', '温州市人民政府公报']) {
				expect(page.text).not.toContain(text);
			}
		});

		it('keeps table cells apart in the text, and search reads across them as the page reads with its spacing removed', () => {
			expect(page.text).toMatch(/19140\.41[\t\n ]+15\.8/);
			expect(page.text).toMatch(/1467\.79[\t\n ]+-3\.4/);
			expect(page.text).not.toContain('19140.4115.8');
			const words = toIndexText(page.text).split(' ');
			// 19140.41 ends a cell and 15.8 starts the next: the bigram 11 spans the break, which rides on it to read back.
			expect(words.join(' ')).toContain('4qco 41 11␤ 15 5zco. 8qco');
			const back = fromIndexText(toIndexText(page.text));
			expect(back).toContain('19140.41 15.8');
			expect(back).toContain('1467.79 -3.4');
			expect(back).toContain('金融机构人民币存款余额\n亿元\n19140.41');
		});

		it('reads a Han phrase across a block break, keeping the break to read back', () => {
			// 通知 ends the h1 and 温 starts the next paragraph.
			expect(page.text).toMatch(/通知\s*\n\s*温政办/);
			const words = toIndexText(page.text).split(' ');
			expect(words).toContain('知温␤');
			expect(fromIndexText(toIndexText(page.text))).toMatch(/通知\n温政办/);
		});
	});

	it('collapses the whitespace of a title written over several lines', () => {
		const page = read('brief.html')!;
		expect(page.title).toBe('市政府常务会议研究 消防安全和留工稳产工作');
		// The space comes from the markup, not the text: search reads across it.
		expect(toIndexText(page.title).split(' ')).toContain('究消');
		expect(toIndexText(page.text).split(' ')).toContain('究消');
		expect(page.info).toEqual({ section: '政务简讯', issue: '2022-12', date: '2022-12-22' });
		expect(page.text).toContain('研究审议《温州市火灾事故调查处理规定》');
		expect(page.text).toMatch(/排查。$/);
	});

	it.each([
		['no-data-search.html', /dist\/no-data-search\.html: .*no data-search attribute/],
		['bad-json.html', /dist\/bad-json\.html: data-search is not JSON: \{section: 政务简讯\}/],
		['no-h1.html', /dist\/no-h1\.html: .*no h1/],
		['h1-ignored.html', /dist\/h1-ignored\.html: .*no h1/],
	])('throws for %s, naming the file', (name, message) => {
		expect(() => read(name)).toThrow(message);
	});
});

describe('searchIssueOf', () => {
	it('reads the same issue as readSearchPage, without parsing the page', () => {
		for (const name of ['document.html', 'brief.html']) {
			expect(searchIssueOf(fixture(name), name)).toBe(read(name)!.info.issue);
		}
		// Single-quoted, as another generator may write it.
		expect(searchIssueOf(fixture('h1-ignored.html'), 'h1-ignored.html')).toBe('2022-12');
	});

	it('returns null for a page without a searchable part', () => {
		expect(searchIssueOf(fixture('no-body.html'), 'no-body.html')).toBeNull();
	});

	it('decodes the attribute however its quotes are written', () => {
		for (const quote of ['&#34;', '&quot;', '&#x22;', '&QUOT;']) {
			const html = `<article data-pagefind-body data-search="{${quote}issue${quote}:${quote}2019-03${quote},${quote}section${quote}:${quote}A&amp;B${quote}}"><h1>题</h1></article>`;
			expect(searchIssueOf(html, 'x.html')).toBe('2019-03');
		}
	});

	it('names the file when the facts are missing or broken', () => {
		expect(() => searchIssueOf(fixture('no-data-search.html'), 'dist/no-data-search.html')).toThrow('dist/no-data-search.html: the data-pagefind-body element has no data-search attribute');
		expect(() => searchIssueOf(fixture('bad-json.html'), 'dist/bad-json.html')).toThrow(/^dist\/bad-json\.html: data-search is not JSON/);
		expect(() => searchIssueOf('<article data-pagefind-body data-search="{&#34;section&#34;:&#34;x&#34;}">', 'y.html')).toThrow('y.html: data-search names no issue (YYYY-MM)');
	});
});
