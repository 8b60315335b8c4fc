import { describe, expect, it } from 'vitest';
import { readAnchors } from './markdownAnchors.ts';
import { documentOutline, OUTLINE_LABEL_LENGTH, outlineLabel } from './outline.ts';

const regulation = [
	'### 一、总则',
	'第一条　为了规范火灾事故调查处理工作，根据《中华人民共和国消防法》，制定本规定。',
	'第二条　本规定适用于本市行政区域内的火灾事故调查处理。',
	'### 二、调查',
	'#### （一）组织',
	'第三条　较大火灾事故由市政府组织调查。',
	'#### （二）程序',
	'1.本段是措施，不进目录。',
	'### 附件',
].join('\n\n');

describe('documentOutline', () => {
	it('lists parts, sub-parts, articles and attachments in reading order, linking their anchors', () => {
		const outline = documentOutline(readAnchors(regulation).outline);
		expect(outline.map((o) => [o.id, o.label, o.level])).toEqual([
			['part-1', '一、总则', 1],
			['article-1', '第一条 为了规范火灾事故调查处理工作，根据《中华人民共…', 1],
			['article-2', '第二条 本规定适用于本市行政区域内的火灾事故调查处理', 1],
			['part-2', '二、调查', 1],
			['part-2-1', '（一）组织', 2],
			['article-3', '第三条 较大火灾事故由市政府组织调查', 1],
			['part-2-2', '（二）程序', 2],
			['attachment-1', '附件', 1],
		]);
	});

	it('lists the measures among the parts of a text with few parts', () => {
		const text = ['### 一、目标', '1.稳定就业。', '2.稳定生产。', '### 二、措施', '3.减免租金。', '4.发放补贴。'].join('\n\n');
		expect(documentOutline(readAnchors(text).outline).map((o) => o.id)).toEqual(['part-1', 'measure-1', 'measure-2', 'part-2', 'measure-3', 'measure-4']);
	});

	it('lists the measures of a text that has nothing else', () => {
		const measures = Array.from({ length: 6 }, (_, i) => `${i + 1}.第${i + 1}项措施。具体内容（责任单位：市财政局）`).join('\n\n');
		expect(documentOutline(readAnchors(measures).outline).map((o) => o.label)).toEqual(Array.from({ length: 6 }, (_, i) => `${i + 1}.第${i + 1}项措施`));
	});

	it('gives a short text no outline', () => {
		expect(documentOutline(readAnchors('### 一、总则\n\n### 二、附则\n\n第一条　内容。').outline)).toEqual([]);
	});
});

describe('outlineLabel', () => {
	it('keeps the first clause, full-width spaces folded', () => {
		expect(outlineLabel('第二条　本规定适用于本市。其他')).toBe('第二条 本规定适用于本市');
	});

	it('cuts a long clause to its length, ending in …', () => {
		const label = outlineLabel('第一条　为了规范火灾事故调查处理工作根据中华人民共和国消防法浙江省消防条例等法律法规制定本规定');
		expect([...label]).toHaveLength(OUTLINE_LABEL_LENGTH);
		expect(label.endsWith('…')).toBe(true);
	});
});
