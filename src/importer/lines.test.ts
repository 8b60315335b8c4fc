import { describe, expect, it } from 'vitest';
import { closeUp, compact, displayWidth, isBlank, isLetterSpaced, isPageBreak, isRightAligned, nonBlank, toLines } from './lines.ts';

describe('toLines', () => {
	it('numbers lines from 1, keeps blank ones, handles CRLF and a BOM', () => {
		const lines = toLines('\uFEFF第一行\r\n\r\n  \n第四行');
		expect(lines.map((l) => [l.no, l.text])).toEqual([
			[1, '第一行'],
			[2, ''],
			[3, '  '],
			[4, '第四行'],
		]);
		expect(nonBlank(lines).map((l) => l.no)).toEqual([1, 4]);
		expect(isBlank('\u3000\u3000')).toBe(true);
	});
});

describe('page layout marks', () => {
	it('a single leading space opens a new page; many spaces right-align a signature', () => {
		expect(isPageBreak(' 使用的本地流量。')).toBe(true);
		expect(isPageBreak('使用的本地流量。')).toBe(false);
		expect(isPageBreak('    指标 单位 当月')).toBe(false);
		expect(isPageBreak('　　#一般公共预算收入')).toBe(false);
		expect(isRightAligned('                                          温州市人民政府办公室')).toBe(true);
		expect(isRightAligned(' 各县（市、区）人民政府：')).toBe(false);
	});
});

describe('displayWidth', () => {
	it('counts Chinese characters and full-width punctuation as one, ASCII as half', () => {
		expect(displayWidth('府有关决策部署，鼓励重点企业、重大项目、')).toBe(20);
		expect(displayWidth('2023年')).toBe(3);
		expect(displayWidth('１２月')).toBe(3);
	});
});

describe('letter-spacing', () => {
	it('recognises a line spread out to the measure, and a spaced-out heading', () => {
		expect(isLetterSpaced('刘 小 涛 强 调 ， 要 在 区 域 竞 争 中 奋 勇 争')).toBe(true);
		expect(isLetterSpaced('以 全 面 构 建 工 程 建 设 项 目 招 投 标 领 域')).toBe(true);
		expect(isLetterSpaced('附  则')).toBe(true);
		expect(isLetterSpaced('政 务 简 讯')).toBe(true);
		expect(isLetterSpaced('为认真贯彻落实《中共中央办公厅 国务院')).toBe(false);
		expect(isLetterSpaced('温州市经信局 何小小 0577-88968050')).toBe(false);
	});

	it('closeUp closes letter-spacing, drops spaces beside punctuation, keeps a space between two names', () => {
		expect(closeUp('刘 小 涛 强 调 ， 要 在 区 域 竞 争 中 奋 勇 争')).toBe('刘小涛强调，要在区域竞争中奋勇争');
		expect(closeUp('医 保 、 财 政 、 民')).toBe('医保、财政、民');
		expect(closeUp('程 “盲评”。按照评分标准')).toBe('程“盲评”。按照评分标准');
		expect(closeUp('为认真贯彻落实《中共中央办公厅 国务院')).toBe('为认真贯彻落实《中共中央办公厅 国务院');
		expect(closeUp(' 第一条  为深入实施  ')).toBe('第一条 为深入实施');
		expect(closeUp('　　　2.温州市事业单位特设岗位核销备案表')).toBe('2.温州市事业单位特设岗位核销备案表');
	});

	it('compact removes all whitespace, full-width included', () => {
		expect(compact('关于深化“医保纾困”改革  强化\n“一困一老一小”　')).toBe('关于深化“医保纾困”改革强化“一困一老一小”');
	});
});
