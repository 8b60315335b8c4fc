import { describe, expect, it } from 'vitest';
import { findMarkup, markupInText, refusedUrl, tooDeeplyNested } from './markup.ts';

describe('refusedUrl', () => {
	it.each([
		'https://www.wenzhou.gov.cn/',
		'http://www.zj.gov.cn/',
		'mailto:wzzfb@wenzhou.gov.cn',
		'tel:0577-88962222',
		'/documents/温政办-2022-94/',
		'#article-3',
		'附件1.pdf',
		'../2022-11/温政办-2022-80/',
		'?q=温政办',
	])('accepts %s', (url) => expect(refusedUrl(url)).toBeUndefined());

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'java\tscript:alert(1)',
		' \u0001javascript:alert(1)',
		'data:text/html;base64,PHNjcmlwdD4=',
		'vbscript:msgbox',
		'file:///etc/passwd',
		'//evil.example/',
		'\\\\evil.example\\x',
	])('refuses %j', (url) => expect(refusedUrl(url)).toMatch(/^a link to .* is not allowed: links may only be https:\/\/…, http:\/\/…, mailto:…, tel:… or a path on this site/));

	it('takes images only as relative paths to files', () => {
		expect(refusedUrl('photo-1.jpg', 'image')).toBeUndefined();
		expect(refusedUrl('../photos/2022-12/photo-1.jpg', 'image')).toBeUndefined();
		for (const url of ['https://example.com/a.jpg', '//example.com/a.jpg', 'data:image/png;base64,AAAA']) {
			expect(refusedUrl(url, 'image')).toBe(`an image must be a file in the content folder, written as a relative path (photo-1.jpg), not ${JSON.stringify(url)}`);
		}
	});
});

describe('findMarkup', () => {
	it('finds nothing in gazette text, full-width brackets and comparison signs included', () => {
		const text = '第三条　困难群众自费医疗费用控制率<20%，a<b。\n\n《温州市支持企业“留员工、稳生产、开门红”工作方案》（温政办〔2022〕94号）\n\n| 序号 | 指标 |\n| --- | --- |\n| 1 | ＜20 |\n\n详见[市政府网站](https://www.wenzhou.gov.cn/)。\n';
		expect(findMarkup(text)).toEqual([]);
	});

	it.each([
		['<script>alert(1)</script>', 'raw HTML <script> is not allowed in gazette content, which is shown exactly as written; write the text as Markdown (a blank line between paragraphs, ### for headings, | for tables) or remove it'],
		['正文<img src=x onerror=alert(1)>继续', 'raw HTML <img> is not allowed in gazette content, which is shown exactly as written; put photos in the front matter (photos: with image and caption)'],
		['<iframe src="https://example.com"></iframe>', 'raw HTML <iframe> is not allowed in gazette content, which is shown exactly as written; write the text as Markdown (a blank line between paragraphs, ### for headings, | for tables) or remove it'],
		['第一行<br>第二行', 'raw HTML <br> is not allowed in gazette content, which is shown exactly as written; end the paragraph with a blank line instead'],
		['<!-- 待核对 -->', 'an HTML comment <!-- … --> is not allowed in gazette content, which is shown exactly as written; remove it (keep notes to other editors outside content/)'],
		['见<a href="/x/">此处</a>', 'raw HTML <a> is not allowed in gazette content, which is shown exactly as written; write the link as Markdown: [text](https://…)'],
	])('reports %j', (markdown, message) => {
		expect(findMarkup(markdown)[0]).toEqual({ line: 1, message });
	});

	it('reports scriptable links however they are written, on their own lines', () => {
		const markdown = ['正文。', '', '[点此](javascript:alert(1))', '', '[转义](javascript&#58;alert(1))', '', '<javascript:alert(1)>', '', '[引用][坏]', '', '[坏]: vbscript:msgbox', '', '![图](photo-1.jpg)'].join('\n');
		expect(findMarkup(markdown).map((f) => [f.line, f.message.slice(0, 40)])).toEqual([
			[3, 'a link to "javascript:alert(1)" is not a'],
			[5, 'a link to "javascript:alert(1)" is not a'],
			[7, 'a link to "javascript:alert(1)" is not a'],
			[11, 'a link to "vbscript:msgbox" is not allow'],
			[13, 'a photo in the text is not shown on the '],
		]);
	});
});

describe('markupInText', () => {
	it.each([
		['温州市人民政府办公室关于印发…的通知', undefined],
		['资助率<20%', undefined],
		['a < b and c > d', undefined],
		['<b>加粗</b>标题', '<b>'],
		['标题<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
		['<script>alert(1)</script>', '<script>'],
		['备注<!-- x -->', '<!--'],
	])('%j → %j', (value, found) => expect(markupInText(value)).toBe(found));
});

describe('tooDeeplyNested', () => {
	it('finds the first line nesting quotations or lists deeper than print does, and nothing in ordinary text', () => {
		expect(tooDeeplyNested('第一条　正文。\n\n> 引文\n>> 引文中的引文\n\n1. 措施\n   - 子项\n')).toBeUndefined();
		expect(tooDeeplyNested(`正文。\n\n${'>'.repeat(63)} 引文\n`)).toBeUndefined();
		expect(tooDeeplyNested(`正文。\n\n${'> '.repeat(64)}引文\n`)).toBe(3);
		expect(tooDeeplyNested(`正文。\n${' '.repeat(300)}- 列表\n`)).toBe(2);
	});
});
