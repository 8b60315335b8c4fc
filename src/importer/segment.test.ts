import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { briefHeadlineAt, interpretationTitleAt, isRunningHead, segmentIssue, withoutRunningHeads, withoutTitleRuns } from './segment.ts';
import { SYNTHETIC_ISSUE } from './testkit.ts';

const firstText = (lines: { no: number; text: string }[]) => lines.find((l) => l.text.trim() !== '')!;

describe('segmentIssue: the sample issue', () => {
	const regions = segmentIssue(toLines(readFileSync('samples/2022-12.txt', 'utf8')));

	it('finds every item in printed order, each starting where the print starts it', () => {
		expect(regions.map((r) => [r.kind, firstText(r.lines).no])).toEqual([
			['photos', 1],
			['document', 23],
			['document', 344],
			['document', 726],
			['document', 1292],
			['document', 1702],
			['interpretation', 2281],
			['interpretation', 2491],
			['interpretation', 2633],
			['interpretation', 2851],
			['interpretation', 3013],
			['personnel', 3157],
			['briefs', 3180],
			['chronicle', 3612],
			['statistics', 3937],
			['feature', 3970],
		]);
	});

	it('leaves no line out', () => {
		const all = toLines(readFileSync('samples/2022-12.txt', 'utf8'));
		expect(regions.flatMap((r) => r.lines).map((l) => l.no)).toEqual(all.map((l) => l.no));
	});
});

describe('segmentIssue: messy layouts', () => {
	it('a made-up issue: split 文号, unified number first, titles at the end, no brief headline mistaken', () => {
		const regions = segmentIssue(toLines(SYNTHETIC_ISSUE));
		expect(regions.map((r) => r.kind)).toEqual(['photos', 'document', 'document', 'interpretation', 'interpretation', 'personnel', 'briefs', 'chronicle', 'statistics', 'feature']);
		expect(firstText(regions[2].lines).text.trim()).toBe('ZJCC13-2023-0002');
		expect(firstText(regions[4].lines).text.trim()).toBe('一、制定背景');
	});

	it('an issue with only documents', () => {
		const text = [' 各有关单位：', '现将《办法》印发给你们。', `${' '.repeat(50)}温州市财政局`, `${' '.repeat(50)}2023年1月12日`, '温财发〔2023〕5号', '温州市财政局', '关于印发《办法》的通知', '第一条 为了测试，制定本办法。'].join('\n\n');
		expect(segmentIssue(toLines(text)).map((r) => [r.kind, firstText(r.lines).no])).toEqual([['document', 1]]);
	});

	it('no document at all: everything before the first section is photos', () => {
		const regions = segmentIssue(toLines('照片说明（甲/摄）\n\n 1日\n\n△ 市长参加会议。'));
		expect(regions.map((r) => r.kind)).toEqual(['photos', 'chronicle']);
	});
});

describe('helpers', () => {
	it('running heads, letter-spaced or not', () => {
		expect(isRunningHead('政 务 简 讯')).toBe(true);
		expect(isRunningHead(' 政府记事 ')).toBe(true);
		expect(isRunningHead('政策解读')).toBe(false);
		expect(withoutRunningHeads(toLines('甲\n机构人事\n乙')).map((l) => l.text)).toEqual(['甲', '乙']);
	});

	it('title runs repeated as page heads, spaces ignored', () => {
		const lines = toLines('重大政策变\n关于深化“医保纾困”改革  强化“一困一老一小”\n医疗保障的实施方案\n 化，本政策');
		const { lines: kept, removed } = withoutTitleRuns(lines, ['关于深化“医保纾困”改革 强化“一困一老一小”医疗保障的实施方案']);
		expect(kept.map((l) => l.no)).toEqual([1, 4]);
		expect(removed.sort()).toEqual([2, 3]);
	});

	it('interpretation titles over one to four lines', () => {
		expect(interpretationTitleAt(['关于《温州市火灾事故调查处理规定》的', '政策解读'], 0)).toBe(2);
		expect(interpretationTitleAt(['关于《关于深化“医保纾困”改革 强化', '“一困一老一小”医疗保障的实施方案》的', '政策解读'], 0)).toBe(3);
		expect(interpretationTitleAt(['关于《温州市测试办法》的政策解读'], 0)).toBe(1);
		expect(interpretationTitleAt(['关于进一步规范招标投标的', '实施意见'], 0)).toBe(0);
	});

	it('brief headlines: short lines without sentence punctuation, then the day', () => {
		expect(briefHeadlineAt(['市委书记刘小涛主持召开', '县（市、区）委书记工作座谈会', '12月9日，省委常委、市委书记刘小涛主持'], 0)).toBe(2);
		expect(briefHeadlineAt(['张振丰部署新冠病毒感染防控工作', '全省新冠病毒感染防控工作电视电话会议', '12月27日举行。会后，市委副书记、市长张振'], 0)).toBe(1);
		expect(briefHeadlineAt(['会议强调', '要强化隐患排查，牢固树立理念。'], 0)).toBe(0);
	});
});
