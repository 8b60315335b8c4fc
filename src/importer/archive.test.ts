import { describe, expect, it } from 'vitest';
import { issueMonthOf, repealsIn } from './archive.ts';

describe('issueMonthOf', () => {
	it.each([
		['2023-01.txt', '2023-01'],
		['issues/2023_7.txt', '2023-07'],
		['温州市人民政府公报2023年第1期.txt', '2023-01'],
		['公报２０２３年第１２期.txt', '2023-12'],
		['2023年3月.txt', '2023-03'],
	])('reads the month from the file name %s', (name, month) => {
		expect(issueMonthOf(name, '正文')).toEqual({ month });
	});

	it('reads it from the masthead when the name has none', () => {
		expect(issueMonthOf('scan.txt', '温州市人民政府公报\n\n２０２３年第４期（总第２４４期）\n\n目录')).toEqual({ month: '2023-04' });
	});

	it('agrees with a masthead that says the same', () => {
		expect(issueMonthOf('2023-04.txt', '2023年第4期')).toEqual({ month: '2023-04' });
	});

	it('refuses a name and a masthead that disagree, and a text with neither', () => {
		expect(issueMonthOf('2023-05.txt', '2023年第4期')).toEqual({ problem: 'its name says issue 2023-05 and its masthead 2023年第4期 (2023-04); rename the file or check that it is the right text' });
		expect(issueMonthOf('scan.txt', '正文')).toEqual({ problem: 'no issue month in its name or masthead; name the file after the month it covers, e.g. 2023-01.txt or …2023年第1期.txt' });
		expect(issueMonthOf('2023-13.txt', '正文')).toHaveProperty('problem');
	});
});

describe('repealsIn', () => {
	const gazette = [
		{ docNumber: '温政发〔2020〕12号', title: '温州市人民政府关于印发温州市测试管理办法的通知', regulationTitle: '温州市测试管理办法' },
		{ docNumber: '温政办〔2021〕3号', title: '温州市人民政府办公室关于印发温州市测试资金办法的通知', regulationTitle: '温州市测试资金办法' },
	];
	const codes = new Set(['温政发', '温政办']);
	const find = (text: string) => repealsIn(text, '温政发〔2023〕1号', gazette, codes);

	it('finds a document of the gazette repealed by 文号, with the sentence that says so', () => {
		expect(find('本办法自2023年3月1日起施行。《温州市测试管理办法》（温政发〔2020〕12号）同时废止。')).toEqual({
			held: [{ docNumber: '温政发〔2020〕12号', sentence: '《温州市测试管理办法》（温政发〔2020〕12号）同时废止。' }],
			elsewhere: [],
		});
	});

	it('reads a 文号 broken over printed lines and typed with other brackets', () => {
		expect(find('原《温州市测试资金办法》（温政办\n[2021]3号）\n同时废止。').held.map((r) => r.docNumber)).toEqual(['温政办〔2021〕3号']);
	});

	it('finds one by its title alone when the title names one document of the gazette', () => {
		expect(find('原《温州市测试管理办法》同时废止。').held.map((r) => r.docNumber)).toEqual(['温政发〔2020〕12号']);
	});

	it('keeps a number the gazette does not hold apart: it can only be flagged', () => {
		expect(find('《温州市旧规定》（温政办〔2019〕88号）予以废止。')).toEqual({ held: [], elsewhere: [{ docNumber: '温政办〔2019〕88号', sentence: '《温州市旧规定》（温政办〔2019〕88号）予以废止。' }] });
	});

	it('takes only what the sentence itself repeals', () => {
		expect(find('决定修改《温州市测试管理办法》（温政发〔2020〕12号），废止《温州市测试资金办法》（温政办〔2021〕3号）。').held.map((r) => r.docNumber)).toEqual(['温政办〔2021〕3号']);
		expect(find('《温州市测试管理办法》（温政发〔2020〕12号）继续有效，不予废止。').held).toEqual([]);
		expect(find('《温州市测试管理办法》（温政发〔2020〕12号）已于2022年被废止。').held).toEqual([]);
		expect(find('《温州市测试管理办法》（温政发〔2020〕12号）第五条同时废止。').held).toEqual([]);
		expect(find('根据《关于废止部分规范性文件的决定》（温政办〔2021〕3号）精神，制定本办法。').held).toEqual([]);
		expect(find('《温州市测试管理办法》（温政发〔2020〕12号）予以废止。').held.map((r) => r.docNumber)).toEqual(['温政发〔2020〕12号']);
	});

	it('ignores numbers in sentences that repeal nothing, and the document itself', () => {
		expect(find('根据《温州市测试管理办法》（温政发〔2020〕12号），制定本细则。')).toEqual({ held: [], elsewhere: [] });
		expect(find('温政发〔2023〕1号自印发之日起施行，此前规定与本通知不一致的，以本通知为准，相关条款同时废止。')).toEqual({ held: [], elsewhere: [] });
	});
});
