import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './numerals.ts';

describe('parseChineseNumeral', () => {
	it.each([
		['一', 1],
		['二', 2],
		['两', 2],
		['九', 9],
		['十', 10],
		['十一', 11],
		['十二', 12],
		['二十', 20],
		['二十一', 21],
		['两百', 200],
		['九十九', 99],
		['一百', 100],
		['百', 100],
		['一百零五', 105],
		['一百〇五', 105],
		['一百一十', 110],
		['一百一十二', 112],
		['一百二十', 120],
		['二百五十六', 256],
		['零', 0],
	])('%s → %i', (text, value) => {
		expect(parseChineseNumeral(text)).toBe(value);
	});

	it.each([
		['empty string', ''],
		['Arabic digits', '12'],
		['full-width digits', '１２'],
		['a numeral followed by a counter', '十二条'],
		['a numeral with a prefix', '第十二'],
		['surrounding space', ' 十二 '],
		['千 is not supported', '一千'],
		['financial numerals', '壹拾贰'],
		['Latin text', 'twelve'],
	])('%s (%s) → null', (_label, text) => {
		expect(parseChineseNumeral(text)).toBeNull();
	});
});
