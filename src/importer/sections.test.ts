import { describe, expect, it } from 'vitest';
import { toLines } from './lines.ts';
import { Warnings } from './model.ts';
import { briefKeyword, parseBriefs, parseChronicle, parseFeature, parsePersonnel, parsePhotos, parseStatistics } from './sections.ts';
import { ISSUER_CODES, print } from './testkit.ts';

const ctx = (issue = '2022-12') => ({ issue, issuerCodes: ISSUER_CODES, warnings: new Warnings() });

describe('photos', () => {
	it('captions run over lines; the credit is split off and ends the caption; a photo without one is warned', () => {
		const c = ctx();
		const p = parsePhotos(toLines(' 第十三届中国（阿联酋）贸易博览会举\n行，图为外商在温企展区洽谈业务\n\n   \n\n瑞安市陶山镇甘蔗田迎来丰收，农户正在\n采摘甘蔗                 （刘伟/摄）\n我市向困难群众免费发放退烧药\n(赵用／摄)'), c);
		expect(p.photos.map(({ caption, credit }) => ({ caption, credit }))).toEqual([
			{ caption: '第十三届中国（阿联酋）贸易博览会举行，图为外商在温企展区洽谈业务', credit: undefined },
			{ caption: '瑞安市陶山镇甘蔗田迎来丰收，农户正在采摘甘蔗', credit: '刘伟' },
			{ caption: '我市向困难群众免费发放退烧药', credit: '赵用' },
		]);
		expect(c.warnings.list).toEqual([expect.objectContaining({ line: 1, item: 'photo 1', field: 'credit' })]);
	});
});

describe('personnel', () => {
	it('decisions over lines and past the title and running head', () => {
		const c = ctx();
		const p = parsePersonnel(
			toLines(' 市人民政府决定:\n\n瞿自杰任温州市林业局局长；\n\n李莉任温州市机关事务管理局副局长，免\n\n12月份市政府人事任免\n\n机构人事\n\n去其温州市机关后勤发展中心主任职务；\n\n免去王丹军的温州市国有资本投资运营有\n\n限公司副总经理职务。'),
			c,
		);
		expect(p.title).toBe('12月份市政府人事任免');
		expect(p.decidedBy).toBe('市人民政府决定');
		expect(p.decisions.map((d) => d.text)).toEqual(['瞿自杰任温州市林业局局长', '李莉任温州市机关事务管理局副局长，免去其温州市机关后勤发展中心主任职务', '免去王丹军的温州市国有资本投资运营有限公司副总经理职务']);
		expect(p.decisions[1].changes.map((x) => x.action)).toEqual(['appoint', 'remove']);
		expect(c.warnings.list).toEqual([]);
	});

	it('a sentence it cannot read is warned, not guessed', () => {
		const c = ctx();
		const p = parsePersonnel(toLines('市人民政府决定：\n12月份市政府人事任免\n同意张三同志退休。'), c);
		expect(p.decisions).toEqual([]);
		expect(c.warnings.list).toEqual([expect.objectContaining({ line: 3, field: 'decisions' })]);
	});
});

describe('briefs', () => {
	it('headlines over two lines, the day in the first sentence, running heads removed', () => {
		const c = ctx();
		const text = [
			' 市委书记刘小涛主持召开',
			'县（市、区）委书记工作座谈会',
			...print(['12月9日，省委常委、市委书记刘小涛主持召开县（市、区）委书记工作座谈会。']),
			'张振丰部署新冠病毒感染防控工作',
			'政 务 简 讯',
			...print(['全省新冠病毒感染防控工作电视电话会议12月27日举行。会后，市委副书记、市长张振丰主持召开续会部署。']),
		].join('\n\n');
		const briefs = parseBriefs(toLines(text), c);
		expect(briefs.map((b) => [b.title, b.date])).toEqual([
			['市委书记刘小涛主持召开县（市、区）委书记工作座谈会', '2022-12-09'],
			['张振丰部署新冠病毒感染防控工作', '2022-12-27'],
		]);
		expect(briefs[1].body).toBe('全省新冠病毒感染防控工作电视电话会议12月27日举行。会后，市委副书记、市长张振丰主持召开续会部署。');
		expect(c.warnings.list).toEqual([]);
	});

	it('file keywords', () => {
		expect(briefKeyword('市政府常务会议研究消防安全和留工稳产工作')).toBe('市政府常务会议');
		expect(briefKeyword('市委书记刘小涛主持召开县（市、区）委书记工作座谈会')).toBe('县委书记工作座谈会');
		expect(briefKeyword('张振丰部署新冠病毒感染防控工作')).toBe('新冠病毒感染防控');
	});
});

describe('chronicle', () => {
	it('entries run on over lines and a page break; title and running heads skipped; full-width digits', () => {
		const c = ctx();
		const ch = parseChronicle(
			toLines(' 1日\n\n△ 常务副市长杨胜杰参加全省耕地占补平\n\n衡工作会议。\n\n９日\n\n△  市长张振丰参加市委书记专题会议。\n\n△ 市长张振丰，市委常委、副市长李无\n\n12月份市政府记事\n\n政府记事\n\n 文参加市委常委会会议。'),
			c,
		);
		expect(ch).toMatchObject({
			title: '12月份市政府记事',
			days: [
				{ date: '2022-12-01', entries: ['常务副市长杨胜杰参加全省耕地占补平衡工作会议。'] },
				{ date: '2022-12-09', entries: ['市长张振丰参加市委书记专题会议。', '市长张振丰，市委常委、副市长李无文参加市委常委会会议。'] },
			],
		});
		expect(c.warnings.list).toEqual([]);
	});

	it('a day out of order is warned', () => {
		const c = ctx();
		parseChronicle(toLines('12月份市政府记事\n5日\n△ 甲。\n3日\n△ 乙。'), c);
		expect(c.warnings.list).toEqual([expect.objectContaining({ line: 4, field: 'days' })]);
	});
});

describe('statistics', () => {
	it('source, title, header, rows with # sub-rows and ——, notes', () => {
		const c = ctx();
		const s = parseStatistics(
			toLines(' 温州市统计局制\n温州市2022年12月份国民经济主要统计指标\n    指标 单位 当月\n同比\n±%\n三、财政总收入 亿元 —— —— 918.81 -2.7 \n　　#一般公共预算收入 亿元 22.85 -23.2 573.85 -2.6\n注：财政总收入为扣除留抵\n退税因素后的增长。'),
			c,
		);
		expect(s).toMatchObject({ source: '温州市统计局', title: '温州市2022年12月份国民经济主要统计指标', month: '2022-12', notes: ['财政总收入为扣除留抵退税因素后的增长。'] });
		expect(s.rows).toEqual([
			{ indicator: '财政总收入', unit: '亿元', month: null, monthYoY: null, cumulative: 918.81, cumulativeYoY: -2.7 },
			{ indicator: '一般公共预算收入', unit: '亿元', month: 22.85, monthYoY: -23.2, cumulative: 573.85, cumulativeYoY: -2.6, parent: '财政总收入' },
		]);
		expect(c.warnings.list).toEqual([]);
	});
});

describe('feature', () => {
	it('title, subtitle, place, text, captions side by side and running on', () => {
		const c = ctx();
		const body = print(['鹿城区聚焦数字慈善、文化慈善、阳光慈善、活力慈善，不断健全慈善机制，全力推进新时代慈善事业高质量发展。'], 26);
		const f = parseFeature(toLines(` 鹿城区打造现代慈善“六大品牌”\n全力推进新时代慈善事业高质量发展\n\n${body.join('\n\n')}\n\n全市首个“善亭”室内餐食分发场地 红日亭公益活动现场 鹿城举行纪念\n《慈善法》颁布实施六周年活动\n\n鹿城区慈善文化馆`), c);
		expect(f).toMatchObject({ title: '鹿城区打造现代慈善“六大品牌”', subtitle: '全力推进新时代慈善事业高质量发展', place: '鹿城区' });
		expect(f.photos.map((p) => p.caption)).toEqual(['全市首个“善亭”室内餐食分发场地', '红日亭公益活动现场', '鹿城举行纪念《慈善法》颁布实施六周年活动', '鹿城区慈善文化馆']);
		expect(f.body).toBe('鹿城区聚焦数字慈善、文化慈善、阳光慈善、活力慈善，不断健全慈善机制，全力推进新时代慈善事业高质量发展。');
		expect(c.warnings.list.map((w) => w.field)).toEqual(['photos']);
	});
});
