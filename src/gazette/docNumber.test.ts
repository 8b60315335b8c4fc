import { describe, expect, it } from 'vitest';
import {
	DOC_NUMBER_EXPECTED,
	docNumberSlug,
	formatDocNumber,
	parseCanonicalDocNumber,
	parseDocNumber,
	type DocNumber,
} from './docNumber.ts';

const WZB_94: DocNumber = { issuerCode: '温政办', year: 2022, serial: 94 };

describe('parseDocNumber: spellings readers type for 温政办〔2022〕94号', () => {
	it.each([
		['canonical 六角括号', '温政办〔2022〕94号'],
		['ASCII square brackets', '温政办[2022]94号'],
		['黑色方头括号 【】', '温政办【2022】94号'],
		['ASCII parentheses', '温政办(2022)94号'],
		['full-width parentheses （）', '温政办（2022）94号'],
		['full-width square brackets ［］', '温政办［2022］94号'],
		['curly braces', '温政办{2022}94号'],
		['年 after the year', '温政办2022年94号'],
		['spaces instead of brackets', '温政办 2022 94号'],
		['no separator at all', '温政办2022 94号'],
		['leading zero in serial', '温政办〔2022〕094号'],
		['several leading zeros', '温政办〔2022〕00094号'],
		['without trailing 号', '温政办〔2022〕94'],
		['brackets and no 号', '温政办[2022]94'],
		['full-width digits', '温政办〔２０２２〕９４号'],
		['full-width digits and brackets', '温政办［２０２２］９４号'],
		['第 before the serial', '温政办〔2022〕第94号'],
		['surrounding whitespace', '  温政办〔2022〕94号  '],
		['ideographic space', '温政办\u30002022\u300094号'],
		['spaces inside brackets', '温政办〔 2022 〕 94 号'],
	])('%s: %s', (_label, input) => {
		expect(parseDocNumber(input)).toEqual(WZB_94);
	});
});

describe('parseDocNumber: other issuers', () => {
	it('parses a department code 温人社发〔2022〕73号', () => {
		expect(parseDocNumber('温人社发〔2022〕73号')).toEqual({ issuerCode: '温人社发', year: 2022, serial: 73 });
	});

	it('parses 温政服〔2022〕41号 typed with brackets', () => {
		expect(parseDocNumber('温政服[2022]41号')).toEqual({ issuerCode: '温政服', year: 2022, serial: 41 });
	});

	it('keeps the full issuer code when typed with 年', () => {
		expect(parseDocNumber('温人社发2022年73号')).toEqual({ issuerCode: '温人社发', year: 2022, serial: 73 });
	});
});

describe('parseDocNumber: rejects what is not a 文号', () => {
	it.each([
		['empty string', ''],
		['whitespace only', '   '],
		['Latin text', 'hello'],
		['issuer only', '温政办'],
		['two-digit year', '温政办〔22〕94号'],
		['three-digit year', '温政办〔202〕94号'],
		['five-digit year in brackets', '温政办〔20221〕94号'],
		['serial zero', '温政办〔2022〕0号'],
		['serial all zeros', '温政办〔2022〕000号'],
		['no serial', '温政办〔2022〕号'],
		['no issuer', '〔2022〕94号'],
		['Latin issuer', 'ABC〔2022〕94号'],
		['six-digit serial', '温政办〔2022〕123456号'],
		['trailing text', '温政办〔2022〕94号文件'],
		['negative serial', '温政办〔2022〕-94号'],
	])('%s: %j', (_label, input) => {
		expect(parseDocNumber(input)).toBeNull();
	});
});

describe('parseCanonicalDocNumber: only the canonical spelling', () => {
	it('accepts 温政办〔2022〕94号', () => {
		expect(parseCanonicalDocNumber('温政办〔2022〕94号')).toEqual(WZB_94);
	});

	it('accepts joint and department codes', () => {
		expect(parseCanonicalDocNumber('温人社发〔2022〕73号')).toEqual({ issuerCode: '温人社发', year: 2022, serial: 73 });
		expect(parseCanonicalDocNumber('温政服〔2022〕41号')).toEqual({ issuerCode: '温政服', year: 2022, serial: 41 });
	});

	it.each([
		['ASCII square brackets', '温政办[2022]94号'],
		['【】 brackets', '温政办【2022】94号'],
		['full-width parentheses', '温政办（2022）94号'],
		['年 after the year', '温政办2022年94号'],
		['leading zero', '温政办〔2022〕094号'],
		['missing 号', '温政办〔2022〕94'],
		['full-width digits', '温政办〔２０２２〕９４号'],
		['surrounding spaces', ' 温政办〔2022〕94号 '],
		['inner spaces', '温政办 〔2022〕 94号'],
		['serial zero', '温政办〔2022〕0号'],
		['two-digit year', '温政办〔22〕94号'],
		['empty', ''],
	])('rejects %s: %j', (_label, input) => {
		expect(parseCanonicalDocNumber(input)).toBeNull();
	});
});

describe('formatDocNumber and docNumberSlug', () => {
	it('formats the canonical spelling', () => {
		expect(formatDocNumber(WZB_94)).toBe('温政办〔2022〕94号');
	});

	it('builds the URL slug', () => {
		expect(docNumberSlug(WZB_94)).toBe('温政办-2022-94');
		expect(docNumberSlug({ issuerCode: '温人社发', year: 2022, serial: 73 })).toBe('温人社发-2022-73');
	});

	it.each(['温政办〔2022〕94号', '温人社发〔2022〕73号', '温政服〔2022〕41号', '温政发〔2023〕1号'])(
		'canonical %s round-trips through parse and format',
		(canonical) => {
			const parsed = parseCanonicalDocNumber(canonical);
			expect(parsed).not.toBeNull();
			expect(formatDocNumber(parsed!)).toBe(canonical);
			expect(parseDocNumber(canonical)).toEqual(parsed);
		},
	);

	it.each([
		['温政办[2022]094', '温政办〔2022〕94号', '温政办-2022-94'],
		['温人社发（２０２２）７３', '温人社发〔2022〕73号', '温人社发-2022-73'],
		['温政服 2022 41号', '温政服〔2022〕41号', '温政服-2022-41'],
	])('lenient %s normalises to %s and slug %s', (typed, canonical, slug) => {
		const parsed = parseDocNumber(typed)!;
		expect(formatDocNumber(parsed)).toBe(canonical);
		expect(docNumberSlug(parsed)).toBe(slug);
		expect(parseCanonicalDocNumber(formatDocNumber(parsed))).toEqual(parsed);
	});

	it('the documented example in DOC_NUMBER_EXPECTED is itself canonical', () => {
		const example = DOC_NUMBER_EXPECTED.split('e.g. ')[1];
		expect(parseCanonicalDocNumber(example)).toEqual(WZB_94);
	});
});
