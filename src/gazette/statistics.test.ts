import { describe, expect, it } from 'vitest';
import { chineseOrdinal, formatFigure } from './statistics.ts';
import { parseChineseNumeral } from './numerals.ts';

describe('chineseOrdinal', () => {
	it.each([
		[1, '一'],
		[2, '二'],
		[9, '九'],
		[10, '十'],
		[11, '十一'],
		[15, '十五'],
		[19, '十九'],
		[20, '二十'],
		[21, '二十一'],
		[25, '二十五'],
		[30, '三十'],
		[99, '九十九'],
	])('%i → %s', (n, ordinal) => {
		expect(chineseOrdinal(n)).toBe(ordinal);
	});

	it('is the inverse of parseChineseNumeral for 1..99', () => {
		for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(chineseOrdinal(n))).toBe(n);
	});
});

describe('formatFigure', () => {
	it.each([
		[137.74, '137.74'],
		[-3.4, '-3.4'],
		[0, '0'],
		[19140.41, '19140.41'],
	])('%d → %s', (value, printed) => {
		expect(formatFigure(value)).toBe(printed);
	});
});
