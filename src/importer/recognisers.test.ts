import { describe, expect, it } from 'vitest';
import {
	findEffective,
	findExpiry,
	firstBookTitle,
	interpretedTitle,
	monthDayInIssue,
	parseCaption,
	parseChineseDate,
	parsePersonnelDecision,
	parseStatisticsRow,
	recogniseChronicleDay,
	recogniseChronicleEntry,
	recogniseDateLine,
	recogniseDocNumber,
	recogniseDocNumberAt,
	recogniseUnifiedNumber,
	recogniseUnifiedNumberAt,
	splitDecisions,
	splitOrganisationPosition,
} from './recognisers.ts';

describe('文号 in print', () => {
	it.each([
		['温政办〔2022〕94号', '温政办〔2022〕94号'],
		['温政办[2022]94号', '温政办〔2022〕94号'],
		['温政办【2022】94号', '温政办〔2022〕94号'],
		['温政办（２０２２）９４号', '温政办〔2022〕94号'],
		['  温人社发〔2022〕73号 ', '温人社发〔2022〕73号'],
		['温政办〔2022〕094号', '温政办〔2022〕94号'],
		['厅字〔2019〕第34号', '厅字〔2019〕34号'],
	])('%s', (line, canonical) => {
		expect(recogniseDocNumberAt([line], 0)?.canonical).toBe(canonical);
	});

	it.each([['（温委发〔2021〕19号）'], ['温政发〔2021〕11号）等文件精神'], ['根据《规定》（温政办〔2022〕94号）'], ['2022年12月22日']])('not a 文号 line: %s', (line) => {
		expect(recogniseDocNumber(line)).toBeNull();
	});

	it('a 文号 broken after the year joins its two lines', () => {
		expect(recogniseDocNumberAt(['温政办〔2022〕', '94号'], 0)).toMatchObject({ canonical: '温政办〔2022〕94号', span: 2 });
		expect(recogniseDocNumberAt(['温政办【2022', '】94号'], 0)).toMatchObject({ canonical: '温政办〔2022〕94号', span: 2 });
	});

});

describe('unified number', () => {
	it.each([
		['ZJCC01–2022–0021'],
		['ZJCC01-2022-0021'],
		['zjcc01 - 2022 - 0021'],
		['ＺＪＣＣ０１－２０２２－００２１'],
		[' ZJCC01—2022—0021 '],
	])('%s is printed with en dashes', (line) => {
		expect(recogniseUnifiedNumber(line)).toBe('ZJCC01–2022–0021');
	});

	it('split over two lines after a dash', () => {
		expect(recogniseUnifiedNumberAt(['ZJCC01–2022–', '0021'], 0)).toEqual({ unifiedNumber: 'ZJCC01–2022–0021', span: 2 });
		expect(recogniseUnifiedNumberAt(['ZJCC01-', '2022-0021'], 0)).toEqual({ unifiedNumber: 'ZJCC01–2022–0021', span: 2 });
	});

	it('not a unified number', () => {
		expect(recogniseUnifiedNumber('温政办〔2022〕94号')).toBeNull();
		expect(recogniseUnifiedNumberAt(['RCEP其他成员国', '2022'], 0)).toBeNull();
	});
});

describe('Chinese dates', () => {
	it.each([
		['2022年12月22日', '2022-12-22'],
		['２０２２年１２月２２日', '2022-12-22'],
		['2022 年 12 月 6 日', '2022-12-06'],
		['　2022年12月28日', '2022-12-28'],
		['二〇二二年十二月二十二日', '2022-12-22'],
		['二〇二三年一月一日', '2023-01-01'],
	])('%s', (text, iso) => {
		expect(parseChineseDate(text)).toBe(iso);
	});

	it('rejects days that do not exist', () => {
		expect(parseChineseDate('2023年2月30日')).toBeNull();
		expect(parseChineseDate('2022年13月1日')).toBeNull();
	});

	it('a date line stands alone; a sentence with a date is not one', () => {
		expect(recogniseDateLine('                 2022年12月22日 ')).toBe('2022-12-22');
		expect(recogniseDateLine('市政府于2022年12月22日制定出台了')).toBeNull();
	});

	it('month and day in the issue’s year; December in a January issue is last year', () => {
		expect(monthDayInIssue('12月9日，省委常委', '2022-12')).toBe('2022-12-09');
		expect(monthDayInIssue('会议１２月２７日举行', '2022-12')).toBe('2022-12-27');
		expect(monthDayInIssue('12月30日，会议召开', '2023-01')).toBe('2022-12-30');
		expect(monthDayInIssue('会议召开', '2023-01')).toBeNull();
	});
});

describe('effective-date phrases', () => {
	it('自印发之日起施行: the signed date', () => {
		expect(findEffective('本政策自印发之日起施行，有\n效期至2023年6月30日')).toMatchObject({ from: 'signed', basis: '自印发之日起施行' });
	});

	it('自发布之日起施行: the published date', () => {
		expect(findEffective('第十六条  本办法自发布之日起施行。')).toMatchObject({ from: 'published', basis: '自发布之日起施行' });
	});

	it('a printed date, split over lines, full-width digits, 实施 as well as 施行', () => {
		expect(findEffective('本规定自2023年2月1日起施行，有效期10年。')).toMatchObject({ from: 'date', date: '2023-02-01', basis: '自2023年2月1日起施行' });
		expect(findEffective('本方案自２０２３年１月\n１日起实施')).toMatchObject({ from: 'date', date: '2023-01-01', basis: '自2023年1月1日起实施' });
	});

	it('none stated', () => {
		expect(findEffective('“公优廉一体化”监管平台自2023年1月起至2023年12月底，分为三个阶段')).toBeNull();
	});

	it('the first phrase wins', () => {
		expect(findEffective('本办法自2023年3月1日起施行。原办法自发布之日起施行的规定同时废止。')?.date).toBe('2023-03-01');
	});
});

describe('expiry phrases', () => {
	it('有效期至 a date', () => {
		expect(findExpiry('有效期至2025年12月31日。', '2023-01-01')).toEqual({ date: '2025-12-31', basis: '有效期至2025年12月31日' });
		expect(findExpiry('有\n效期至2023年6月30日（措施已经明确时间的，', '2022-12-22')).toEqual({ date: '2023-06-30', basis: '有效期至2023年6月30日' });
	});

	it('有效期 N 年 counted from the effective date: lastDayOfYears', () => {
		expect(findExpiry('本规定自2023年2月1日起施行，有效\n期10年。', '2023-02-01')).toEqual({ date: '2033-01-31', basis: '有效期10年' });
		expect(findExpiry('有效期为10年', '2023-02-01')).toEqual({ date: '2033-01-31', basis: '有效期为10年' });
		expect(findExpiry('有效期为五年', '2023-01-01')).toEqual({ date: '2027-12-31', basis: '有效期为五年' });
		expect(findExpiry('有效期两年', '2023-01-01')).toEqual({ date: '2024-12-31', basis: '有效期两年' });
	});

	it('none', () => {
		expect(findExpiry('本办法自发布之日起施行。', '2022-12-06')).toBeNull();
		expect(findExpiry('有效期10年', undefined)).toBeNull();
	});
});

describe('personnel sentences', () => {
	it('X任Y: organisation and position split at the known post', () => {
		expect(parsePersonnelDecision('瞿自杰任温州市林业局局长；')).toEqual({
			text: '瞿自杰任温州市林业局局长',
			changes: [{ name: '瞿自杰', action: 'appoint', position: '局长', organisation: '温州市林业局' }],
			problems: [],
		});
	});

	it('X任Y（试用期一年）, printed over two lines', () => {
		expect(parsePersonnelDecision('余颖聪任温州市市级公办医院管理中心主\n任（试用期一年）；')?.changes).toEqual([
			{ name: '余颖聪', action: 'appoint', position: '主任', organisation: '温州市市级公办医院管理中心', probation: '一年' },
		]);
	});

	it('X任A，免去其B职务', () => {
		expect(parsePersonnelDecision('李莉任温州市机关事务管理局副局长，免去其温州市机关后勤发展中心主任职务')?.changes).toEqual([
			{ name: '李莉', action: 'appoint', position: '副局长', organisation: '温州市机关事务管理局' },
			{ name: '李莉', action: 'remove', position: '主任', organisation: '温州市机关后勤发展中心' },
		]);
	});

	it('免去X的Y职务', () => {
		expect(parsePersonnelDecision('免去王丹军的温州市国有资本投资运营有限公司副总经理职务。')?.changes).toEqual([
			{ name: '王丹军', action: 'remove', position: '副总经理', organisation: '温州市国有资本投资运营有限公司' },
		]);
	});

	it('an unknown post is split at the longest organisation ending, and says so', () => {
		expect(splitOrganisationPosition('温州市体育中心总监')).toEqual({ organisation: '温州市体育中心', position: '总监', guessed: true });
		const d = parsePersonnelDecision('张三任温州市体育中心总监');
		expect(d?.problems[0]).toContain('organisation ending');
	});

	it('not a decision', () => {
		expect(parsePersonnelDecision('市人民政府决定：')).toBeNull();
	});

	it('decisions split at ；and the final 。', () => {
		expect(splitDecisions('甲任A局局长；乙任B局局长；免去丙的C局局长职务。')).toEqual(['甲任A局局长', '乙任B局局长', '免去丙的C局局长职务']);
	});
});

describe('chronicle lines', () => {
	it('day lines, full-width digits, page-break space', () => {
		expect(recogniseChronicleDay(' 1日')).toBe(1);
		expect(recogniseChronicleDay('１２日')).toBe(12);
		expect(recogniseChronicleDay('12日，市长')).toBeNull();
		expect(recogniseChronicleDay('32日')).toBeNull();
	});

	it('entries after △, one or two spaces', () => {
		expect(recogniseChronicleEntry('△  市长张振丰参加全省领导干部大会。')).toBe('市长张振丰参加全省领导干部大会。');
		expect(recogniseChronicleEntry(' △ 常务副市长杨胜杰参加')).toBe('常务副市长杨胜杰参加');
		expect(recogniseChronicleEntry('文，副市长陈应许')).toBeNull();
	});
});

describe('statistics rows', () => {
	it('a top-level row with its ordinal', () => {
		expect(parseStatisticsRow('一、规模以上工业增加值 亿元 137.74 -3.4 1467.79 4.7 ')).toEqual({
			indicator: '规模以上工业增加值',
			unit: '亿元',
			month: 137.74,
			monthYoY: -3.4,
			cumulative: 1467.79,
			cumulativeYoY: 4.7,
			sub: false,
		});
	});

	it('—— is no figure; # marks a sub-row; full-width spaces and digits', () => {
		expect(parseStatisticsRow('　　#住户存款 亿元 —— —— 11199.89 20.2')).toMatchObject({ indicator: '住户存款', month: null, monthYoY: null, cumulative: 11199.89, sub: true });
		expect(parseStatisticsRow('六、居民消费价格总指数　%　１０２.４　——　１０１.８　——')).toMatchObject({ unit: '%', month: 102.4, monthYoY: null, cumulative: 101.8, cumulativeYoY: null });
	});

	it('header lines and notes are not rows', () => {
		expect(parseStatisticsRow('    指标 单位 当月')).toBeNull();
		expect(parseStatisticsRow('±%')).toBeNull();
		expect(parseStatisticsRow('注：财政总收入和一般公共预算收入为扣除留抵退税因素后的增长。')).toBeNull();
	});
});

describe('photo captions', () => {
	it('credit after spaces, full-width or ASCII brackets, ／ or /', () => {
		expect(parseCaption('瑞安市陶山镇甘蔗田迎来丰收，农户正在采摘甘蔗                 （刘伟/摄）')).toEqual({ caption: '瑞安市陶山镇甘蔗田迎来丰收，农户正在采摘甘蔗', credit: '刘伟' });
		expect(parseCaption('我市向困难群众免费发放退烧药(赵用／摄)')).toEqual({ caption: '我市向困难群众免费发放退烧药', credit: '赵用' });
	});

	it('no credit printed', () => {
		expect(parseCaption('第十三届中国（阿联酋）贸易博览会举行')).toEqual({ caption: '第十三届中国（阿联酋）贸易博览会举行' });
	});
});

describe('titles', () => {
	it('the first 《…》, nesting respected', () => {
		expect(firstBookTitle('现将《温州市事业单位特设岗位设置管理实施办法（试行）》印发给你们')).toBe('温州市事业单位特设岗位设置管理实施办法（试行）');
		expect(firstBookTitle('《关于印发《甲》的通知》已经同意')).toBe('关于印发《甲》的通知');
		expect(firstBookTitle('已经市政府同意')).toBeNull();
	});

	it('the title an interpretation names', () => {
		expect(interpretedTitle('关于《温州市火灾事故调查处理规定》的\n政策解读')).toBe('温州市火灾事故调查处理规定');
		expect(interpretedTitle('关于《关于深化“医保纾困”改革 强化\n“一困一老一小”医疗保障的实施方案》的\n政策解读')).toBe('关于深化“医保纾困”改革 强化“一困一老一小”医疗保障的实施方案');
		expect(interpretedTitle('政策解读')).toBeNull();
	});
});
